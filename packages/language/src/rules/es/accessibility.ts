import { defineRules } from "../schema.js";
import { SOURCES } from "../sources.js";

const ENLACE =
  "Quienes usan lectores de pantalla saltan de enlace en enlace; el texto del enlace debe decir adónde lleva.";

export const spanishAccessibilityRules = defineRules([
  {
    id: "accessibility/haga-clic-aqui",
    category: "accessibility",
    severity: "error",
    patterns: [
      "haga|haz|hacer|pulse|pulsa|presione|presiona clic|click aqui?",
      "haga|haz|pulse|pulsa|presione|presiona aqui",
      "clic|click aqui",
      "clic|click en este enlace",
      "pincha|pinche aqui",
    ],
    explanation: ENLACE,
    suggestions: ['nombre el destino, p. ej. "Lea la guía de licencias"'],
    source: SOURCES.govukLinks,
  },
  {
    id: "accessibility/leer-mas",
    category: "accessibility",
    severity: "error",
    patterns: ["leer|ver|saber mas", "mas informacion|detalles", "aqui", "este enlace", "enlace"],
    explanation: ENLACE,
    suggestions: ['describa el destino, p. ej. "Lea el marco de mensajes del 988"'],
    source: SOURCES.wcagLinkPurpose,
    contexts: ["link"],
    anchor: "whole",
  },
  {
    id: "accessibility/imagen-de",
    category: "accessibility",
    severity: "warning",
    patterns: ["imagen|foto|fotografia|grafico|ilustracion de|del|que muestra"],
    explanation: 'Los lectores de pantalla ya anuncian la imagen; empezar con "imagen de" lo repite.',
    suggestions: ["describa lo que muestra la imagen, empezando por el sujeto"],
    source: SOURCES.wcagNonText,
    contexts: ["alt"],
    anchor: "start",
  },
]);
