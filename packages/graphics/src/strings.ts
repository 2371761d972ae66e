/** The few fixed words a card shows, per locale. Everything else comes from the content. */
export const STRINGS = {
  en: {
    source: "Source",
    collaboration: "In collaboration with",
    helpAvailable: "Help is available",
  },
  es: {
    source: "Fuente",
    collaboration: "En colaboración con",
    helpAvailable: "Hay ayuda disponible",
  },
} as const satisfies Record<"en" | "es", Record<string, string>>;

export type Locale = keyof typeof STRINGS;
