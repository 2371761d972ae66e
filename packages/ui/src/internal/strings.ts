import type { Locale } from "@chorus/content";

/** Interface text the components print themselves (content text comes from @chorus/content). */
const STRINGS = {
  en: {
    source: "Source",
    inPartnershipWith: "in partnership with",
    examplePartner: "Example partner",
    call: (number: string) => `Call ${number}`,
    text: (number: string, keyword?: string) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
    visit: (host: string) => `Visit ${host}`,
    hours: "Hours",
    servesOnlyEnglish: "This service answers in English.",
    kinds: {
      crisis: "Crisis line",
      "support-line": "Support line",
      "peer-support": "Peer support",
      information: "Information",
    },
    resourcesHeading: "Where to find support",
    helpHeading: "Help is available",
    helpText:
      "If you are having thoughts of suicide, or are worried about someone, you can reach the 988 Suicide & Crisis Lifeline any time, day or night. It is free and confidential.",
    callOrText: "Call or text 988",
    chat: "Chat at 988lifeline.org",
    contentFrom: "Approved content from the Clinician Well-Being Collaborative.",
    unsubscribe: "Unsubscribe",
    keyMessages: "Key messages",
    byTheNumbers: "By the numbers",
    glossary: "What we mean",
    illustrativeQuote: "An illustration written for this campaign, not a real person's words.",
  },
  es: {
    source: "Fuente",
    inPartnershipWith: "en colaboración con",
    examplePartner: "Socio de ejemplo",
    call: (number: string) => `Llama al ${number}`,
    text: (number: string, keyword?: string) =>
      keyword ? `Envía ${keyword} al ${number}` : `Envía un texto al ${number}`,
    visit: (host: string) => `Visita ${host}`,
    hours: "Horario",
    servesOnlyEnglish: "Este servicio atiende en inglés.",
    kinds: {
      crisis: "Línea de crisis",
      "support-line": "Línea de apoyo",
      "peer-support": "Apoyo entre colegas",
      information: "Información",
    },
    resourcesHeading: "Dónde encontrar apoyo",
    helpHeading: "Hay ayuda disponible",
    helpText:
      "Si tienes pensamientos suicidas, o te preocupa otra persona, puedes comunicarte con la 988 Línea de Prevención del Suicidio y Crisis a cualquier hora del día o de la noche, también en español. Es gratuita y confidencial.",
    callOrText: "Llama o envía un mensaje de texto al 988",
    chat: "Chatea en 988lifeline.org",
    contentFrom: "Contenido aprobado por el Clinician Well-Being Collaborative.",
    unsubscribe: "Cancelar suscripción",
    keyMessages: "Mensajes clave",
    byTheNumbers: "En cifras",
    glossary: "Qué queremos decir",
    illustrativeQuote: "Un ejemplo escrito para esta campaña; no son palabras de una persona real.",
  },
} satisfies Record<Locale, unknown>;

export type UiStrings = (typeof STRINGS)["en"];

export function strings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

/** "988lifeline.org" from "https://988lifeline.org/chat": what people read aloud and type. */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
