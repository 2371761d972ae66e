import type { Source } from "./schema.js";

/** Guidance the rules cite. One place, so a moved page is fixed once. */
export const SOURCES = {
  actionAlliance: {
    name: "National Action Alliance for Suicide Prevention, Framework for Successful Messaging",
    url: "https://suicidepreventionmessaging.org/",
  },
  messaging988: {
    name: "988 Suicide & Crisis Lifeline Messaging Framework",
    url: "https://988lifeline.org/wp-content/uploads/2023/02/FINAL_988_Messaging_Framework.pdf",
  },
  reportingOnSuicide: {
    name: "Recommendations for Reporting on Suicide",
    url: "https://reportingonsuicide.org/",
  },
  nidaWordsMatter: {
    name: 'NIDA, "Words Matter: Terms to Use and Avoid When Talking About Addiction"',
    url: "https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction",
  },
  nami: {
    name: "NAMI, StigmaFree: language matters",
    url: "https://www.nami.org/get-involved/pledge-to-be-stigmafree/",
  },
  apStylebook: {
    name: "AP Stylebook, mental illness and addiction entries",
    url: "https://www.apstylebook.com/",
  },
  govukLinks: {
    name: "GOV.UK content design: links",
    url: "https://www.gov.uk/guidance/content-design/links",
  },
  wcagLinkPurpose: {
    name: "WCAG 2.2, Success Criterion 2.4.4 Link Purpose (In Context)",
    url: "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context",
  },
  wcagNonText: {
    name: "WCAG 2.2, Success Criterion 1.1.1 Non-text Content",
    url: "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content",
  },
  lornaBreen: {
    name: "Dr. Lorna Breen Heroes' Foundation, licensure and credentialing language",
    url: "https://drlornabreen.org/removebarriers/",
  },
  fsmb: {
    name: "FSMB, Physician Wellness and Burnout policy (2018)",
    url: "https://www.fsmb.org/siteassets/advocacy/policies/policy-on-wellness-and-burnout.pdf",
  },
  nam: {
    name: "National Academy of Medicine, Taking Action Against Clinician Burnout (2019)",
    url: "https://nam.edu/systems-approaches-to-improve-patient-care-by-supporting-clinician-well-being/",
  },
  surgeonGeneral: {
    name: "U.S. Surgeon General's Advisory on Addressing Health Worker Burnout (2022)",
    url: "https://www.hhs.gov/surgeongeneral/reports-and-publications/health-worker-burnout/index.html",
  },
  ncdjStyleGuide: {
    name: "National Center on Disability and Journalism, Disability Language Style Guide",
    url: "https://ncdj.org/style-guide/",
  },
  unDisabilityLanguage: {
    name: "Naciones Unidas (Ginebra), Directrices para un lenguaje inclusivo en el ámbito de la discapacidad, anexo I",
    url: "https://www.ungeneva.org/es/about/accessibility/disability-inclusive-language/annex-i",
  },
} satisfies Record<string, Source>;
