import { defineRules } from "../schema.js";
import { SOURCES } from "../sources.js";

const PERSONA =
  "Nombrar a alguien por su consumo lo define por su enfermedad; el lenguaje que pone primero a la persona reduce el estigma.";

export const spanishSubstanceUseRules = defineRules([
  {
    id: "substance-use/adicto",
    category: "substance-use",
    severity: "error",
    patterns: ["adicto|adicta|adictos|adictas"],
    explanation: PERSONA,
    suggestions: ["persona con un trastorno por consumo de sustancias"],
    source: SOURCES.nidaWordsMatter,
    unlessAfter: ["al|a la|a los|a las trabajo|cafe|chocolate|ejercicio"],
  },
  {
    id: "substance-use/drogadicto",
    category: "substance-use",
    severity: "error",
    patterns: [
      "drogadicto|drogadicta|drogadictos|drogadictas|drogata|drogatas|yonqui|yonquis|yonki|yonkis|toxicomano|toxicomana|toxicomanos|toxicomanas",
    ],
    explanation: PERSONA,
    suggestions: ["persona que consume drogas"],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/alcoholico",
    category: "substance-use",
    severity: "error",
    patterns: ["alcoholico|alcoholica|alcoholicos|alcoholicas|borracho|borracha|borrachos|borrachas"],
    explanation: PERSONA,
    suggestions: ["persona con trastorno por consumo de alcohol"],
    source: SOURCES.nidaWordsMatter,
    unlessBefore: ["bebida|bebidas|sin|no"],
    unlessAfter: ["anonimos"],
  },
  {
    id: "substance-use/abuso-de-sustancias",
    category: "substance-use",
    severity: "error",
    patterns: ["abuso de sustancias|drogas|alcohol|opioides|opiaceos"],
    explanation: '"Abuso" presenta una enfermedad como una falta moral.',
    suggestions: ["consumo de sustancias", "trastorno por consumo de sustancias"],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/limpio",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "esta|estar|estaba|mantenerse|sigue|seguir limpio|limpia|limpios|limpias",
      "dio|salio|resulto limpio|limpia|sucio|sucia",
      "orina|prueba|muestra limpia|sucia",
    ],
    explanation: '"Limpio" y "sucio" cargan un juicio moral sobre la persona o el resultado.',
    suggestions: ["en recuperación", "resultado negativo"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "drogas",
      "alcohol",
      "consumo",
      "recuperacion",
      "prueba",
      "orina",
      "muestra",
      "meses",
      "anos",
      "sobrio",
      "sobria",
    ],
  },
]);
