import { defineRules } from "../schema.js";
import { SOURCES } from "../sources.js";

const SISTEMA =
  "El agotamiento profesional nace sobre todo del sistema de trabajo (carga, historia clínica electrónica, personal). Presentar la resiliencia personal como solución culpa al profesional.";

export const spanishBurnoutFramingRules = defineRules([
  {
    id: "burnout-framing/resiliencia-como-solucion",
    category: "burnout-framing",
    severity: "warning",
    patterns: ["resiliencia", "mas resilientes|resiliente", "autocuidado"],
    explanation: SISTEMA,
    suggestions: [
      "corregir las causas del sistema (carga de trabajo, personal, historia clínica) junto con el apoyo individual",
    ],
    source: SOURCES.nam,
    requireInSentence: [
      "solucion",
      "solucionar",
      "resolver",
      "resuelve",
      "cura",
      "clave",
      "evitar",
      "prevenir",
      "basta",
      "solo",
      "necesitan",
      "deben",
    ],
    unlessInSentence: ["sistema", "sistemas", "no", "carga", "personal", "organizacion", "liderazgo"],
  },
  {
    id: "burnout-framing/falta-de-resiliencia",
    category: "burnout-framing",
    severity: "warning",
    patterns: [
      "falta de resiliencia|fortaleza",
      "no son|es lo? suficientemente|bastante fuertes|fuerte|resilientes|resiliente",
      "fracaso|debilidad personal",
    ],
    explanation: SISTEMA,
    suggestions: ["el agotamiento es un problema del sistema con soluciones del sistema"],
    source: SOURCES.nam,
  },
]);
