// Real content for the print tests: the library's facts, key messages and resources, the two shipped
// partner kits and their logos, in English and Spanish.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Citation, Fact, Locale, Resource } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import { defaultTheme, type Theme, themeFromBrandKit } from "@chorus/tokens";
import type { FactSheetContent, FlyerContent, PosterContent, PrintBrand, PrintInput } from "../src/index.js";

export const campaignsDir = path.resolve(import.meta.dirname, "../../../campaigns");

/** A citation as one printed line: authors, title, publisher, year and address. */
export function citationLine(citation: Citation): string {
  const authors = citation.authors ? `${citation.authors.replace(/\.$/, "")}. ` : "";
  return `${authors}${citation.title}. ${citation.publisher}, ${citation.year}. ${citation.url}`;
}

export interface Fixtures {
  collaborative: PrintBrand;
  partner: PrintBrand;
  partnerTheme: Theme;
  poster(locale: Locale): PrintInput<PosterContent>;
  flyer(locale: Locale): PrintInput<FlyerContent>;
  factSheet(locale: Locale): PrintInput<FactSheetContent>;
  facts: readonly Fact[];
  resources: readonly Resource[];
  everything(locale: Locale): PrintInput<FactSheetContent>;
}

const ACTION_URL = "https://chorus-collaborative.org/campaigns/burnout-is-a-system-problem/checklist";

export async function loadFixtures(): Promise<Fixtures> {
  const { content } = await loadContent(campaignsDir);
  const { library } = content;
  const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`fixture ${id} is not in the library`);
    return item;
  };
  const brandOf = async (id: string): Promise<PrintBrand> => {
    const loaded = content.partners.find((candidate) => candidate.partner.id === id);
    if (!loaded) throw new Error(`partner ${id} is not in campaigns/_partners`);
    const logoPath = path.isAbsolute(loaded.logoPath)
      ? loaded.logoPath
      : path.resolve(campaignsDir, "..", loaded.logoPath);
    return {
      name: loaded.partner.name,
      logo: { data: await readFile(logoPath), type: "image/svg+xml", alt: loaded.partner.logo.alt },
    };
  };
  const collaborative = await brandOf("collaborative");
  const partner = await brandOf("example-health");
  const partnerKit = content.partners.find((loaded) => loaded.partner.id === "example-health")!.partner;
  const partnerTheme = themeFromBrandKit(partnerKit).theme;
  const burnout = byId(library.facts, "physician-burnout-2024");
  const organization = content.partners.find((loaded) => loaded.partner.id === "collaborative")!.partner;

  const poster = (locale: Locale): PrintInput<PosterContent> => ({
    locale,
    theme: defaultTheme,
    brand: collaborative,
    title: locale === "en" ? "Burnout is a system problem" : "El agotamiento es un problema del sistema",
    label: `burnout-is-a-system-problem/poster (${locale})`,
    content:
      locale === "en"
        ? {
            headline: "Burnout is a system problem, not a personal failing",
            body: "Burnout comes from how care is organized: short staffing, long hours and the inbox after dinner. Fixing the work helps everyone who does it, and every clinician can ask for it.",
            fact: {
              figure: burnout.value,
              statement: burnout.statement.en,
              citation: citationLine(burnout.citation),
            },
            action: { label: "Get the system change checklist", url: ACTION_URL },
            resource: {
              name: "988 Suicide & Crisis Lifeline",
              contact: "Call or text 988, or chat at 988lifeline.org",
              description: "Free and confidential, 24 hours a day, 7 days a week.",
            },
          }
        : {
            headline: "El agotamiento es un problema del sistema, no un fallo personal",
            body: "¿Sientes que el trabajo no te deja descansar? El agotamiento nace de cómo está diseñado el trabajo: la falta de personal, las jornadas largas y la bandeja de entrada después de la cena. Mejorar el trabajo ayuda a todo el equipo.",
            fact: {
              figure: burnout.value,
              statement: burnout.statement.es ?? burnout.statement.en,
              citation: citationLine(burnout.citation),
            },
            action: { label: "Descarga la lista de cambios en el sistema", url: ACTION_URL },
            resource: {
              name: "988 Línea de Prevención del Suicidio y Crisis",
              contact: "Llama o envía un mensaje de texto al 988 (marca 2 para español)",
              description: "Gratuita y confidencial, las 24 horas, los 7 días de la semana.",
            },
          },
  });

  const flyer = (locale: Locale): PrintInput<FlyerContent> => ({
    locale,
    theme: partnerTheme,
    brand: partner,
    collaborative,
    title:
      locale === "en"
        ? "Getting care is part of good practice"
        : "Buscar atención es parte de la buena práctica",
    label: `help-seeking-without-fear/flyer for example-health (${locale})`,
    content:
      locale === "en"
        ? {
            headline: "Getting care is part of good practice",
            lead: "Clinicians get sick, grieve and struggle like everyone else. Reaching out early is a sign of sound judgment.",
            points: [
              "Talking to someone about stress, sleep or grief is confidential care, like any other care.",
              "Many licensing boards now ask only about current impairment, not past treatment.",
              "In 2024, 43.2% of physicians reported at least one symptom of burnout [1]: you are not alone.",
              "Peers who have been there can help: the Physician Support Line is free and needs no appointment.",
            ],
            action: { label: "Find confidential support near you", url: ACTION_URL },
            resource: {
              name: "Physician Support Line",
              contact: "Call 1-888-409-0141",
              description: "Volunteer psychiatrists, every day, 8 a.m. to 1 a.m. Eastern Time.",
            },
            citations: [citationLine(burnout.citation)],
          }
        : {
            headline: "Buscar atención es parte de la buena práctica",
            lead: "El personal clínico se enferma, vive duelos y pasa por momentos difíciles como cualquier persona. ¿Pedir ayuda a tiempo? Es señal de buen juicio.",
            points: [
              "Hablar con alguien sobre el estrés, el sueño o el duelo es atención confidencial, como cualquier otra.",
              "Muchas juntas de licencias ya solo preguntan por un deterioro actual, no por tratamientos pasados.",
              "En 2024, el 43.2% de los médicos tenía al menos un síntoma de agotamiento [1]: no estás solo.",
              "Colegas que han pasado por lo mismo pueden ayudarte, año tras año, sin cita previa.",
            ],
            action: { label: "Encuentra apoyo confidencial cerca de ti", url: ACTION_URL },
            resource: {
              name: "988 Línea de Prevención del Suicidio y Crisis",
              contact: "Llama al 988 y marca 2, o envía AYUDA al 988",
              description: "Gratuita y confidencial, las 24 horas, en español.",
            },
            citations: [citationLine(burnout.citation)],
          },
  });

  const factSheetContent = (locale: Locale): FactSheetContent => ({
    title: locale === "en" ? "Burnout is a system problem" : "El agotamiento es un problema del sistema",
    intro:
      locale === "en"
        ? "Burnout comes from how care is organized, not from a lack of grit. Safe staffing, less EHR busywork and protected time to recover help the most, and every clinician can ask for them."
        : "El agotamiento nace de cómo se organiza la atención, no de la falta de fortaleza. Lo que más ayuda es tener personal suficiente, menos trámites en el expediente electrónico y tiempo protegido para recuperarse.",
    facts: [
      burnout,
      byId(library.facts, "ehr-desk-work-time"),
      byId(library.facts, "health-worker-intent-to-leave-2022"),
    ],
    keyMessages: [
      byId(library.keyMessages, "burnout-is-a-system-problem"),
      byId(library.keyMessages, "fix-the-work-not-the-worker"),
      byId(library.keyMessages, "clinician-well-being-is-patient-safety"),
      byId(library.keyMessages, "leaders-shape-the-conditions"),
    ],
    quote: {
      illustrative: true,
      text:
        locale === "en"
          ? "We stopped asking people to be tougher. We fixed the inbox rules and added team help with notes. My evenings came back."
          : "Dejamos de pedirle a la gente que fuera más fuerte. Cambiamos las reglas de la bandeja de entrada y sumamos apoyo del equipo con las notas. Recuperé mis tardes.",
      attribution: {
        name: locale === "en" ? "A family physician in the Midwest" : "Una médica de familia del Medio Oeste",
      },
    },
    definitions: [byId(library.definitions, "burnout"), byId(library.definitions, "system-level-change")],
    resources: [byId(library.resources, "988"), byId(library.resources, "physician-support-line")],
    action: {
      label: locale === "en" ? "Get the system change checklist" : "Descarga la lista de cambios",
      url: ACTION_URL,
    },
    organization,
  });

  return {
    collaborative,
    partner,
    partnerTheme,
    poster,
    flyer,
    facts: library.facts,
    resources: library.resources,
    factSheet: (locale) => ({
      locale,
      theme: locale === "en" ? partnerTheme : defaultTheme,
      brand: locale === "en" ? partner : collaborative,
      collaborative: locale === "en" ? collaborative : undefined,
      title:
        locale === "en"
          ? "Burnout is a system problem: fact sheet"
          : "El agotamiento es un problema del sistema: hoja informativa",
      label: `burnout-is-a-system-problem/fact-sheet (${locale})`,
      content: factSheetContent(locale),
    }),
    everything: (locale) => ({
      locale,
      theme: defaultTheme,
      brand: collaborative,
      title: "Everything in the library",
      label: "library/everything",
      content: {
        ...factSheetContent(locale),
        facts: library.facts,
        keyMessages: library.keyMessages,
        definitions: library.definitions,
        resources: library.resources,
      },
    }),
  };
}
