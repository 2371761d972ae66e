import { defineRules } from "../schema.js";
import { SOURCES } from "../sources.js";

const CASUAL =
  "Usar una enfermedad mental como insulto o adjetivo casual la trivializa y hace que la gente calle lo que vive.";
const CONDICIONES =
  "depresion|ansiedad|estres|agotamiento|burnout|adiccion|alcoholismo|esquizofrenia|bipolaridad|trastorno|trastornos|una|enfermedad|enfermedades";

export const spanishMentalHealthRules = defineRules([
  {
    id: "mental-health/loco",
    category: "mental-health",
    severity: "warning",
    patterns: ["loco|loca|locos|locas|locura|locuras|chiflado|chiflada|chiflados|zafado|zafada"],
    explanation: CASUAL,
    suggestions: ["abrumador", "caótico", "increíble"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/psicopata",
    category: "mental-health",
    severity: "error",
    patterns: [
      "psicopata|psicopatas|psicotico|psicotica|lunatico|lunatica|lunaticos|demente|dementes|desquiciado|desquiciada",
    ],
    explanation: CASUAL,
    suggestions: ["cruel", "imprudente"],
    source: SOURCES.nami,
    unlessAfter: ["episodio|trastorno|sintomas|brote"],
    unlessBefore: ["episodio|trastorno|brote"],
  },
  {
    id: "mental-health/sufre-de",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      `sufre|sufren|sufria|sufrir|sufriendo|padece|padecen|padecer|padeciendo de? la|el|los|las? ${CONDICIONES}`,
    ],
    explanation: '"Sufrir de" presupone que la vida de la persona se define por el dolor.',
    suggestions: ["vive con", "tiene"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/victima-de",
    category: "mental-health",
    severity: "suggestion",
    patterns: [`victima|victimas de|del la|el|los|las? ${CONDICIONES}`],
    explanation: '"Víctima" presenta a la persona como indefensa.',
    suggestions: ["persona que vive con"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/enfermo-mental",
    category: "mental-health",
    severity: "warning",
    patterns: ["enfermo|enferma|enfermos|enfermas mental|mentales", "los|las locos|locas|enfermos|dementes"],
    explanation: "Las etiquetas colectivas definen a las personas por su enfermedad.",
    suggestions: ["persona con una enfermedad mental", "personas con enfermedades mentales"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/diagnostico-casual",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "muy|tan|super|bien|poco|medio bipolar|bipolares|tdah|toc|esquizo|esquizofrenico|esquizofrenica",
    ],
    explanation: "Nombrar un diagnóstico para un estado de ánimo o una costumbre trivializa la condición.",
    suggestions: ["cambiante", "detallista"],
    source: SOURCES.nami,
    unlessAfter: ["trastorno|diagnostico"],
  },
  {
    id: "mental-health/manicomio",
    category: "mental-health",
    severity: "warning",
    patterns: ["manicomio|manicomios|loquero|loqueros|psiquiatrico|psiquiatricos"],
    explanation: "Términos institucionales antiguos evocan miedo y coerción, no cuidado.",
    suggestions: ["hospital psiquiátrico", "unidad de salud mental"],
    source: SOURCES.nami,
    unlessBefore: ["hospital|hospitales|tratamiento|centro|ingreso|servicio|servicios"],
    unlessAfter: ["hospital"],
  },
]);
