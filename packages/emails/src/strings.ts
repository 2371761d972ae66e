import type { Locale } from "@chorus/content";

/** The few words the templates themselves say, per locale. Campaign copy comes from content. */
export interface EmailStrings {
  inPartnershipWith: string;
  sources: string;
  source: string;
  unsubscribe: string;
  whyYouGetThis: (partner: string) => string;
  examplePartner: string;
  call: string;
  text: (keyword?: string) => string;
  visit: string;
  when: string;
  where: string;
  register: string;
  addToCalendar: string;
  proofBanner: string;
  proofDetails: string;
  inThisIssue: string;
  yourKit: string;
  keyMessage: string;
  /** Under a quote the campaign team wrote: no reader may take it for a real person's words. */
  illustrativeQuote: string;
}

const en: EmailStrings = {
  inPartnershipWith: "in partnership with",
  sources: "Sources",
  source: "Source",
  unsubscribe: "Unsubscribe",
  whyYouGetThis: (partner) =>
    `You are receiving this email because you are on the clinician well-being list of ${partner}.`,
  examplePartner: "Example partner: sample content for demonstration, not a real organization.",
  call: "Call",
  text: (keyword) => (keyword ? `Text ${keyword} to` : "Text"),
  visit: "Visit",
  when: "When",
  where: "Where",
  register: "Register",
  addToCalendar: "Add to calendar",
  proofBanner: "Proof for review — not approved for sending",
  proofDetails: "Review copy",
  inThisIssue: "In this issue",
  yourKit: "What is in your kit",
  keyMessage: "Key message",
  illustrativeQuote: "An illustration written for this campaign, not a real person's words.",
};

const es: EmailStrings = {
  inPartnershipWith: "en colaboración con",
  sources: "Fuentes",
  source: "Fuente",
  unsubscribe: "Cancelar la suscripción",
  whyYouGetThis: (partner) =>
    `Recibes este correo porque estás en la lista de bienestar del personal clínico de ${partner}.`,
  examplePartner: "Socio de ejemplo: contenido de muestra para demostración, no es una organización real.",
  call: "Llama al",
  text: (keyword) => (keyword ? `Envía ${keyword} por texto al` : "Envía un texto al"),
  visit: "Visita",
  when: "Cuándo",
  where: "Dónde",
  register: "Inscríbete",
  addToCalendar: "Agregar al calendario",
  proofBanner: "Prueba para revisión: no aprobada para envío",
  proofDetails: "Copia de revisión",
  inThisIssue: "En este número",
  yourKit: "Qué incluye su kit",
  keyMessage: "Mensaje clave",
  illustrativeQuote: "Un ejemplo escrito para esta campaña; no son palabras de una persona real.",
};

export const STRINGS: Record<Locale, EmailStrings> = { en, es };
