import { defineRules } from "../schema.js";
import { SOURCES } from "../sources.js";

const DELITO =
  '"Cometer" asocia el suicidio con un delito o un pecado; culpa a la persona y dificulta que la familia y los colegas hablen de la muerte.';

export const spanishSuicideRules = defineRules([
  {
    id: "suicide/cometio-suicidio",
    category: "suicide",
    severity: "error",
    patterns: ["cometio|cometieron suicidio"],
    explanation: DELITO,
    suggestions: ["murió por suicidio"],
    fixable: true,
    source: SOURCES.actionAlliance,
  },
  {
    id: "suicide/cometer-suicidio",
    category: "suicide",
    severity: "error",
    patterns: ["cometer|comete|cometen|cometia|cometiendo|cometido|cometa|comet suicidio"],
    explanation: DELITO,
    suggestions: ["morir por suicidio"],
    source: SOURCES.actionAlliance,
  },
  {
    id: "suicide/suicidio-exitoso",
    category: "suicide",
    severity: "error",
    patterns: [
      "suicidio|suicidios exitoso|exitosos|consumado|consumados|completado|completados|fallido|fallidos",
      "intento|intentos fallido|fallidos de suicidio",
    ],
    explanation:
      "Hablar de éxito o fracaso convierte la muerte en un logro y el intento sobrevivido en un fracaso.",
    suggestions: ["muerte por suicidio", "intento de suicidio"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/victima-de-suicidio",
    category: "suicide",
    severity: "error",
    patterns: ["victima|victimas del|de suicidio"],
    explanation: '"Víctima" presenta a la persona como pasiva y la muerte como un crimen.',
    suggestions: ["persona que murió por suicidio"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/egoista",
    category: "suicide",
    severity: "error",
    patterns: ["acto|decision egoista|cobarde", "salida facil|cobarde"],
    explanation: "Llamar egoísta o cobarde al suicidio avergüenza a quien sufre y a su familia.",
    suggestions: ["el suicidio es el resultado complejo de muchos factores, muchos tratables"],
    source: SOURCES.actionAlliance,
    requireInSentence: ["suicidio", "suicidarse", "vida", "murio", "muerte"],
  },
  {
    id: "suicide/epidemia",
    category: "suicide",
    severity: "warning",
    patterns: ["epidemia de suicidios|suicidio", "suicidios se disparan"],
    explanation: "Palabras sensacionalistas hacen que el suicidio parezca común y normal.",
    suggestions: ["tasa de suicidio"],
    source: SOURCES.reportingOnSuicide,
  },
]);
