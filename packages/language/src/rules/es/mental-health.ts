import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

const CASUAL =
  "Usar una enfermedad mental como insulto o adjetivo casual la trivializa y hace que la gente calle lo que vive.";
const ETIQUETA = "Las etiquetas definen a las personas por su diagnóstico; nombre primero a la persona.";
const CONDICIONES =
  "depresion|ansiedad|estres|agotamiento|burnout|adiccion|alcoholismo|esquizofrenia|bipolaridad|psicosis|anorexia|bulimia|panico|demencia|tept";
const ARTICULO = "la|el|los|las|una|un";

export const spanishMentalHealthRules = defineRules([
  {
    id: "mental-health/loco",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "loco|loca|locos|locas|locura|locuras|chiflado|chiflada|chiflados|chifladas|zafado|zafada|zafados|chalado|chalada|chalados|pirado|pirada|pirados|majara|majareta|orate|orates|trastornado|trastornada|trastornados|trastornadas|histerico|histerica|histericos|histericas",
    ],
    explanation: CASUAL,
    suggestions: ["abrumador", "caótico", "increíble"],
    source: SOURCES.nami,
    unlessAfter: ["anos veinte|20"],
  },
  {
    id: "mental-health/psicopata",
    category: "mental-health",
    severity: "error",
    patterns: [
      "psicopata|psicopatas|psicotico|psicotica|lunatico|lunatica|lunaticos|demente|dementes|desquiciado|desquiciada|desquiciados",
    ],
    explanation: CASUAL,
    suggestions: ["cruel", "imprudente"],
    source: SOURCES.nami,
    unlessAfter: ["episodio|trastorno|sintomas|brote"],
    unlessBefore: ["episodio|trastorno|brote|sintoma|cuadro|estado|rasgo|rasgos"],
  },
  {
    id: "mental-health/esquizofrenico",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "un|una|el|la|los|las|unos|unas|otro|otra esquizofrenico|esquizofrenica|esquizofrenicos|esquizofrenicas|bipolar|bipolares|psicoticos|psicoticas|paranoico|paranoica|paranoicos|anorexica|anorexicas|anorexicos|depresivo|depresiva|depresivos|depresivas",
    ],
    explanation: ETIQUETA,
    suggestions: ["persona con esquizofrenia", "persona con trastorno bipolar", "persona con depresión"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/es-diagnostico",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "es|era|son|eran|eres|soy|somos|sea|sean|fue|fueron|ser|siendo anorexico|anorexica|anorexicos|anorexicas|bulimico|bulimica|bulimicos|bulimicas|bipolar|bipolares|esquizofrenico|esquizofrenica|esquizofrenicos|esquizofrenicas|depresivo|depresiva|depresivos|depresivas",
    ],
    explanation:
      'Decir que alguien "es" su diagnóstico (es bipolar, es anoréxica) reduce a la persona a la enfermedad; la persona tiene una condición, no es la condición.',
    suggestions: ["tiene trastorno bipolar", "vive con anorexia", "tiene depresión"],
    source: SOURCES.apStylebook,
    unlessBefore: [
      "trastorno|episodio|cuadro|sintoma|sintomas|estado|animo|componente|patron|espectro|subtipo|diagnostico",
    ],
    unlessAfter: ["tipo|i|ii"],
    unlessInSentence: [
      "electrodo",
      "electrodos",
      "pinza",
      "pinzas",
      "cauterio",
      "electrocauterio",
      "coagulacion",
      "neurona",
      "neuronas",
      "celula",
      "celulas",
      "transistor",
      "iman",
      "molecula",
      "marcapasos",
    ],
  },
  {
    id: "mental-health/sufre-de",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      `sufre|sufren|sufria|sufrir|sufriendo|sufrio|padece|padecen|padecia|padecer|padeciendo|padecio de? ${ARTICULO}? ${CONDICIONES}`,
      `sufre|sufren|sufria|sufrir|sufriendo|sufrio|padece|padecen|padecia|padecer|padeciendo|padecio de? ${ARTICULO}? enfermedad|enfermedades|trastorno|trastornos mental|mentales|psiquiatrico|psiquiatricos|psiquiatrica|psiquiatricas|bipolar|depresivo|depresivos|obsesivo`,
      `sufre|sufren|sufria|sufrir|sufriendo|sufrio|padece|padecen|padecia|padecer|padeciendo|padecio de? ${ARTICULO}? trastorno|trastornos de|del ansiedad|animo|panico|estres|personalidad|alimentacion|consumo`,
      `aquejado|aquejada|aquejados|aquejadas de|por ${ARTICULO}? ${CONDICIONES}`,
    ],
    explanation: '"Sufrir de" presupone que la vida de la persona se define por el dolor.',
    suggestions: ["vive con", "tiene"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/victima-de",
    category: "mental-health",
    severity: "suggestion",
    patterns: [`victima|victimas mas? de|del ${ARTICULO}? ${CONDICIONES}|enfermedad`],
    explanation: '"Víctima" presenta a la persona como indefensa.',
    suggestions: ["persona que vive con"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/enfermo-mental",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "enfermo|enferma|enfermos|enfermas mental|mentales|psiquiatrico|psiquiatrica|psiquiatricos|psiquiatricas",
      "los|las locos|locas|dementes",
    ],
    unlessAfter: ["anos veinte|20"],
    explanation: "Las etiquetas colectivas definen a las personas por su enfermedad.",
    suggestions: ["persona con una enfermedad mental", "personas con enfermedades mentales"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/diagnostico-casual",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "muy|tan|super|bien|poco|medio bipolar|bipolares|tdah|toc|esquizo|esquizofrenico|esquizofrenica|paranoico|paranoica|paranoicos",
      "esta|estan|estaba|estaban|estoy|estas|anda|andan|andaba|andaban|ando|andas bipolar|bipolares|esquizo",
      "se pone|ponen|puso|pusieron bipolar|bipolares|esquizo",
    ],
    explanation: "Nombrar un diagnóstico para un estado de ánimo o una costumbre trivializa la condición.",
    suggestions: ["cambiante", "detallista", "desconfiado"],
    source: SOURCES.nami,
    unlessAfter: ["trastorno|diagnostico"],
  },
  {
    id: "mental-health/manicomio",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "manicomio|manicomios|loquero|loqueros",
      "el|un|al|del|los|unos|ese psiquiatrico|psiquiatricos",
    ],
    explanation: "Términos institucionales antiguos evocan miedo y coerción, no cuidado.",
    suggestions: ["hospital psiquiátrico", "unidad de salud mental"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/retrasado",
    category: "mental-health",
    severity: "error",
    patterns: [
      "retrasado|retrasada|retrasados|retrasadas mental|mentales",
      "un|una|unos|unas|el|la|los|las|eres|es|son|seas|sea|pareces|parece retrasado|retrasada|retrasados|retrasadas",
      "subnormal|subnormales|mongolico|mongolica|mongolicos|mongolicas|mongolito|mongolita|tarado|tarada|tarados|taradas",
    ],
    explanation: "Es un insulto hacia las personas con discapacidad intelectual.",
    suggestions: ["persona con discapacidad intelectual", "persona con síndrome de Down"],
    source: SOURCES.unDisabilityLanguage,
  },
  {
    id: "mental-health/perdio-la-cabeza",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      "perdio|perdieron|perder|perdiendo|pierde|pierden|perdi|perdiste la cabeza|razon|chaveta|cordura",
      "se le fue|va|iba la olla|pinza|cabeza",
      "le|les|te falta|faltan|faltaba un tornillo",
      "se le zafo|zafaron un tornillo",
    ],
    explanation: CASUAL,
    suggestions: ["se alteró", "se enojó", "estaba abrumado"],
    source: SOURCES.nami,
    unlessAfter: ["de|del|sobre"],
  },
  {
    id: "mental-health/gente-normal",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "persona|personas|gente|medicos|colegas|companeros normal|normales|cuerda|cuerdas|cuerdo|cuerdos",
    ],
    explanation:
      'Llamar "normales" o "cuerdas" a quienes no tienen un diagnóstico implica que las personas con una enfermedad mental no lo son.',
    suggestions: ["personas sin un diagnóstico de salud mental"],
    source: SOURCES.unDisabilityLanguage,
    requireInSentence: [
      "depresion",
      "ansiedad",
      "trastorno",
      "trastornos",
      "enfermedad",
      "enfermedades",
      "mental",
      "mentales",
      "psiquiatrico",
      "psiquiatrica",
      "terapia",
      "psicologo",
      "psiquiatra",
      "bipolar",
      "esquizofrenia",
      "diagnostico",
      "discapacidad",
    ],
  },
]);
