import type { Definition, Fact, KeyMessage, PartnerKit, Resource } from "@chorus/content";

// Small, explicit test content in the shape of campaigns/_library. Storybook renders the real files.

export const burnoutFact: Fact = {
  id: "physician-burnout-2021",
  value: "62.8%",
  statement: {
    en: "In late 2021, 62.8% of US physicians in a national survey had at least one symptom of burnout.",
    es: "A finales de 2021, el 62.8% de los médicos de Estados Unidos encuestados tenía al menos un síntoma de agotamiento profesional.",
  },
  citation: {
    title:
      "Changes in Burnout and Satisfaction With Work-Life Integration in Physicians During the First 2 Years of the COVID-19 Pandemic",
    publisher: "Mayo Clinic Proceedings",
    authors: "Shanafelt TD, West CP, Dyrbye LN, et al.",
    year: 2022,
    url: "https://doi.org/10.1016/j.mayocp.2022.09.002",
  },
  reviewBy: "2027-06-30",
};

export const systemMessage: KeyMessage = {
  id: "burnout-is-a-system-problem",
  title: { en: "Burnout is a system problem", es: "El agotamiento es un problema del sistema" },
  text: {
    en: "Burnout comes from how work is set up, not from a flaw in the people doing it.",
    es: "El agotamiento nace de cómo está organizado el trabajo, no de una falla de quienes lo hacen.",
  },
};

export const englishOnlyMessage: KeyMessage = {
  id: "asking-for-help-is-strength",
  title: { en: "Asking for help is part of the job" },
  text: { en: "Clinicians who reach out for support are doing what they ask of their patients." },
};

export const lifeline: Resource = {
  id: "988",
  name: { en: "988 Suicide & Crisis Lifeline", es: "988 Línea de Prevención del Suicidio y Crisis" },
  description: {
    en: "Free, confidential support from trained crisis counselors.",
    es: "Apoyo gratuito y confidencial.",
  },
  kind: "crisis",
  phone: "988",
  sms: { number: "988", keyword: { es: "AYUDA" } },
  url: "https://988lifeline.org",
  hours: { en: "24 hours a day, 7 days a week", es: "Las 24 horas, los 7 días de la semana" },
  serves: ["en", "es"],
};

export const crisisText: Resource = {
  id: "crisis-text-line",
  name: { en: "Crisis Text Line" },
  description: { en: "Free, confidential support by text message." },
  kind: "crisis",
  sms: { number: "741741", keyword: "HOME" },
  url: "https://www.crisistextline.org",
  hours: { en: "24 hours a day, 7 days a week" },
  serves: ["en"],
};

export const physicianLine: Resource = {
  id: "physician-support-line",
  name: { en: "Physician Support Line" },
  description: { en: "A free, confidential peer support line staffed by volunteer psychiatrists." },
  kind: "support-line",
  phone: "1-888-409-0141",
  url: "https://www.physiciansupportline.com",
  hours: { en: "Every day, 8 a.m. to 1 a.m. Eastern Time" },
  serves: ["en"],
};

export const burnoutDefinition: Definition = {
  id: "burnout",
  term: { en: "Burnout", es: "Agotamiento profesional (burnout)" },
  definition: {
    en: "A work-related syndrome of emotional exhaustion, detachment and a reduced sense of accomplishment.",
    es: "Un síndrome ligado al trabajo que combina agotamiento emocional, distancia y una menor sensación de logro.",
  },
  source: {
    title: "Taking Action Against Clinician Burnout",
    publisher: "National Academies",
    year: 2019,
    url: "https://doi.org/10.17226/25521",
  },
};

export const examplePartner: PartnerKit = {
  id: "example-health",
  name: "Example Health System (sample partner)",
  kind: "example",
  example: true,
  logo: {
    file: "logos/example-health.svg",
    alt: "Example Health System logo (sample partner)",
    width: 240,
    height: 64,
  },
  colors: { primary: "#6A1B9A", accent: "#FFB300", text: "#212121", background: "#FAFAFA" },
  website: "https://example-health.org",
  postalAddress: ["Example Health System", "500 Sample Avenue", "Springfield, IL 62701"],
  sender: { name: "Example Health", email: "wellbeing@example-health.org" },
  unsubscribeUrl: "https://example-health.org/email/preferences",
  sendingDomains: ["example-health.org"],
};

export const logo = (label: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64"><text x="0" y="40">${label}</text></svg>`)}`;
