import type { Locale } from "@chorus/content";

/** Text the printed layouts add around the content (the content itself comes in the input). */
const STRINGS = {
  en: {
    scan: "Scan the code or go to",
    qrLabel: (url: string) => `QR code that opens ${url}`,
    source: "Source",
    sources: "Sources",
    support: "Where to find support",
    inPartnershipWith: "in partnership with",
    publishedBy: (name: string) => `Published by ${name}.`,
  },
  es: {
    scan: "Escanea el código o visita",
    qrLabel: (url: string) => `Código QR que abre ${url}`,
    source: "Fuente",
    sources: "Fuentes",
    support: "Dónde encontrar apoyo",
    inPartnershipWith: "en colaboración con",
    publishedBy: (name: string) => `Publicado por ${name}.`,
  },
} satisfies Record<Locale, unknown>;

export type PrintStrings = (typeof STRINGS)["en"];

export function printStrings(locale: Locale): PrintStrings {
  return STRINGS[locale];
}
