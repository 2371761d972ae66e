import { defineRules } from "../schema.js";
import { SOURCES } from "../sources.js";

export const spanishClinicianStigmaRules = defineRules([
  {
    id: "clinician-stigma/medico-deteriorado",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "medico|medica|medicos|medicas|enfermero|enfermera|enfermeros|enfermeras|profesional|profesionales deteriorado|deteriorada|deteriorados|deterioradas|incapacitado|incapacitada|incapacitados",
    ],
    explanation:
      '"Deteriorado" etiqueta a la persona en lugar de describir su capacidad actual para ejercer.',
    suggestions: ["médico con una condición de salud", "profesional que puede necesitar apoyo"],
    source: SOURCES.fsmb,
  },
  {
    id: "clinician-stigma/senal-de-debilidad",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "senal|signo|muestra de debilidad",
      "es de debiles",
      "aguantate|aguantese|aguantarse",
      "no aguanta|aguantan|aguantaba la presion",
    ],
    explanation:
      "Presentar la búsqueda de ayuda como debilidad es la principal razón por la que el personal clínico no busca atención.",
    suggestions: ["pedir ayuda es una señal de fortaleza"],
    source: SOURCES.lornaBreen,
    unlessInSentence: ["no", "nunca"],
  },
  {
    id: "clinician-stigma/admitir-problema",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "admitir|admita|admiten|admitio|admite que? tiene|tienen|tenia un problema",
      "confesar que necesita ayuda",
    ],
    explanation: '"Admitir" presenta buscar ayuda como una confesión de culpa.',
    suggestions: ["reconocer que necesita apoyo"],
    source: SOURCES.lornaBreen,
  },
]);
