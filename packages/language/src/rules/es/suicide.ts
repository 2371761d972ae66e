import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

const DELITO =
  '"Cometer" asocia el suicidio con un delito o un pecado; culpa a la persona y dificulta que la familia y los colegas hablen de la muerte.';
const RESULTADO =
  "Hablar de éxito, fracaso o consumación convierte la muerte en un logro y el intento sobrevivido en un fracaso.";
const METODO =
  "Describir cómo o dónde ocurrió un suicidio puede provocar imitación (contagio); omita el método y el lugar.";
/** Pills and tablets, for method detail such as "se tomó un frasco entero de pastillas". */
const PASTILLAS =
  "pastillas|pildoras|comprimidos|tabletas|somniferos|ansioliticos|antidepresivos|paracetamol|benzodiacepinas";
/** Words that show a sentence is about suicide, for rules whose wording is ordinary elsewhere. */
const SUICIDIO = [
  "suicidio",
  "suicidios",
  "suicidarse",
  "suicido",
  "suicidaron",
  "suicida",
  "suicidas",
  "quitarse",
  "quito",
  "quitaron",
  "matarse",
  "mato",
];
/** The same, plus words for a death. */
const MUERTE = [...SUICIDIO, "vida", "murio", "muerte", "muerto", "muerta", "morir", "fallecio"];

export const spanishSuicideRules = defineRules([
  {
    id: "suicide/cometio-suicidio",
    category: "suicide",
    severity: "error",
    patterns: ["cometio un? suicidio"],
    explanation: DELITO,
    suggestions: ["murió por suicidio"],
    fixable: true,
    source: SOURCES.actionAlliance,
  },
  {
    id: "suicide/cometer-suicidio",
    category: "suicide",
    severity: "error",
    patterns: [
      "cometer|cometerse|comete|cometen|cometia|cometian|cometiendo|cometido|cometida|cometa|cometan|cometi|cometieron|cometiera|cometieran|cometiese|cometera|cometeran|cometeria|cometerian un? suicidio",
    ],
    explanation: DELITO,
    suggestions: ["morir por suicidio", "murieron por suicidio"],
    source: SOURCES.actionAlliance,
  },
  {
    id: "suicide/suicidio-exitoso",
    category: "suicide",
    severity: "error",
    patterns: [
      "suicidio|suicidios exitoso|exitosos|consumado|consumados|completado|completados|logrado|logrados|fallido|fallidos|frustrado|frustrados",
      "suicidio|suicidios con exito",
      "intento|intentos fallido|fallidos|frustrado|frustrados de suicidio|suicidarse",
      "intento|intentos de suicidio fallido|fallidos|frustrado|frustrados",
      "no logro|logra|lograron|consiguio|consiguieron suicidarse|matarse",
      "no logro|logra|lograron|consiguio|consiguieron quitarse la vida",
      "suicidio|suicidarse|matarse sin exito",
      "quitarse la vida sin exito",
      "intento|intentaron|intentaba|intentaban sin exito suicidarse|matarse",
      "intento|intentaron|intentaba|intentaban sin exito quitarse la vida",
    ],
    explanation: RESULTADO,
    suggestions: ["muerte por suicidio", "intento de suicidio", "sobrevivió a un intento de suicidio"],
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
    patterns: [
      "acto|decision|salida egoista|cobarde",
      "acto|muestra|signo de cobardia|egoismo",
      "salida|camino facil|cobarde",
      "salida|camino de los? cobardes",
      "es|son|era de cobardes|egoistas",
      "cobardia",
    ],
    explanation:
      "Llamar egoísta o cobarde al suicidio avergüenza a quien está sufriendo y a su familia, y hace más difícil pedir ayuda.",
    suggestions: ["el suicidio es el resultado complejo de muchos factores, muchos de ellos tratables"],
    source: SOURCES.actionAlliance,
    requireInSentence: [...SUICIDIO, "vida"],
    unlessInSentence: ["no", "ni", "nunca", "jamas"],
  },
  {
    id: "suicide/los-suicidas",
    category: "suicide",
    severity: "warning",
    patterns: ["los|las|un|una|el|unos|unas|otro|otra suicida|suicidas"],
    explanation:
      'Usar "suicida" como sustantivo reduce a la persona a una conducta; hable de la persona y de su riesgo.',
    suggestions: ["persona con pensamientos suicidas", "persona en riesgo de suicidio"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/metodo",
    category: "suicide",
    severity: "error",
    patterns: [
      "se ahorco|ahorcaron|ahorca|ahorcan|ahorcara|ahorcaba",
      "ahorcarse",
      "se corto|cortaron las venas",
      "cortarse las venas",
      "se disparo|dispararon en la cabeza|sien|boca|pecho",
      "se pego|pegaron un tiro|balazo",
      "se tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron|precipito al vacio",
      "se tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron|precipito desde|de|del|por un|una|el|la? puente|edificio|ventana|azotea|balcon|techo|estacionamiento|torre|viaducto|mirador",
      "tirarse|lanzarse|arrojarse|precipitarse al vacio",
      "tirarse|lanzarse|arrojarse|precipitarse desde|de|del|por un|una|el|la? puente|edificio|ventana|azotea|balcon|techo|estacionamiento|torre|viaducto|mirador",
      "se tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron|precipito desde|de|del lo alto de|del",
      "tirarse|lanzarse|arrojarse|precipitarse desde|de|del lo alto de|del",
      "se tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron|precipito desde|de|del el|un? * piso|nivel",
      "tirarse|lanzarse|arrojarse|precipitarse desde|de|del el|un? * piso|nivel",
      `se tomo|tomaron|trago|tragaron|bebio|bebieron todo|toda? un|una|el|la frasco|bote|caja|blister|envase entero|entera|completo|completa? de ${PASTILLAS}`,
      `trago|tragaron|ingirio|ingirieron|tomarse|tragarse|beberse|ingerir todo|toda? un|una|el|la frasco|bote|caja|blister|envase entero|entera|completo|completa? de ${PASTILLAS}`,
      "se tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron a las vias",
      "murio|fallecio|murieron ahorcado|ahorcada|ahorcados",
    ],
    explanation: METODO,
    suggestions: ["murió por suicidio (sin método ni lugar)"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/metodo-detalle",
    category: "suicide",
    severity: "error",
    patterns: [
      "por|mediante ahorcamiento|envenenamiento|asfixia|precipitacion",
      "por|mediante una? sobredosis intencional|deliberada|voluntaria",
      `sobredosis de insulina|potasio|propofol|midazolam|${PASTILLAS}`,
      `dosis letal|mortal|masiva de insulina|potasio|propofol|midazolam|${PASTILLAS}`,
      "del carro|carrito de medicamentos|medicacion|paro|curaciones|urgencias",
      "en el carro|carrito de medicamentos|medicacion|paro|curaciones|urgencias",
      "salto|saltaron|saltar desde|de|del un|una|el|la? puente|edificio|ventana|azotea|balcon|techo|estacionamiento|torre|viaducto|mirador",
      "salto|saltaron|saltar al vacio",
    ],
    explanation: METODO,
    suggestions: ["murió por suicidio (sin método ni lugar)"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: SUICIDIO,
  },
  {
    id: "suicide/lugar",
    category: "suicide",
    severity: "error",
    patterns: [
      "se suicido|suicidaron|mato en su|sus|el|la|un|una? consultorio|oficina|casa|departamento|apartamento|piso|auto|coche|carro|habitacion|cuarto|hospital|estacionamiento|garaje|vestidor|vestidores|vestuario|guardia|hotel|despacho",
      "se quito|quitaron la vida en su|sus|el|la|un|una? consultorio|oficina|casa|departamento|apartamento|piso|auto|coche|carro|habitacion|cuarto|hospital|estacionamiento|garaje|vestidor|vestidores|vestuario|guardia|hotel|despacho",
      "encontrado|encontrada|hallado|hallada|encontraron|hallaron muerto|muerta|colgado|colgada en su|sus|el|la|un|una? consultorio|oficina|casa|departamento|apartamento|piso|auto|coche|carro|habitacion|cuarto|hospital|estacionamiento|garaje|vestidor|vestidores|vestuario|guardia|hotel|despacho",
      "encontrado|encontrada|hallado|hallada sin vida en su|sus|el|la|un|una? consultorio|oficina|casa|departamento|apartamento|piso|auto|coche|carro|habitacion|cuarto|hospital|estacionamiento|garaje|vestidor|vestidores|vestuario|guardia|hotel|despacho",
    ],
    explanation:
      "Nombrar dónde ocurrió una muerte por suicidio puede provocar imitación y expone a la familia.",
    suggestions: ["murió por suicidio (sin método ni lugar)"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/epidemia",
    category: "suicide",
    severity: "warning",
    patterns: ["epidemia|ola de suicidios|suicidio", "suicidios se disparan|dispararon|disparan"],
    explanation: "Palabras sensacionalistas hacen que el suicidio parezca común y normal.",
    suggestions: ["tasa de suicidio", "aumento de las muertes por suicidio"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/inevitable",
    category: "suicide",
    severity: "error",
    patterns: [
      "inevitable",
      "nada se pudo|podia|podria hacer",
      "no se pudo|podia|podria hacer nada",
      "nadie pudo|podia|podria haberlo|evitarlo|impedirlo",
      "la? unica salida",
    ],
    explanation:
      "El suicidio se puede prevenir. Presentarlo como inevitable o como la única salida le dice a quien sufre que la ayuda no sirve.",
    suggestions: ["el suicidio se puede prevenir", "hay ayuda y la recuperación es posible"],
    source: SOURCES.actionAlliance,
    requireInSentence: SUICIDIO,
    unlessBefore: ["no es|era|fue", "no es|era|fue la", "nunca es|fue", "nunca es|fue la"],
  },
  {
    id: "suicide/decidio-morir",
    category: "suicide",
    severity: "warning",
    patterns: [
      "decidio|eligio|opto por? quitarse la vida",
      "decidio|eligio|opto por? suicidarse",
      "decidio|eligio|opto por? poner fin a su vida",
      "tomo la decision de quitarse la vida",
    ],
    explanation:
      "Presentar el suicidio como una elección libre oculta la enfermedad y el sufrimiento que hay detrás.",
    suggestions: ["murió por suicidio"],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/llamar-la-atencion",
    category: "suicide",
    severity: "warning",
    patterns: [
      "solo|busca|buscaba|buscan|buscaban|queria|quiere|quieren|querian|buscar llamar la atencion",
      "para llamar la atencion",
      "solo|solamente fue|era? una llamada de auxilio|atencion",
    ],
    explanation:
      "Descartar la conducta suicida como una forma de llamar la atención minimiza un riesgo real y retrasa la ayuda.",
    suggestions: ["tome en serio toda mención del suicidio"],
    source: SOURCES.actionAlliance,
    requireInSentence: [...MUERTE, "intento", "intentos", "suicidas"],
    unlessAfter: ["sobre|de|del|hacia|a|al|en"],
    unlessBefore: ["no"],
  },
  {
    id: "suicide/gesto-suicida",
    category: "suicide",
    severity: "warning",
    patterns: ["gesto|gestos suicida|suicidas", "gesto|gestos de suicidio"],
    explanation: '"Gesto" minimiza un intento y sugiere que la persona no hablaba en serio.',
    suggestions: ["intento de suicidio"],
    source: SOURCES.actionAlliance,
  },
  {
    id: "suicide/nota-suicida",
    category: "suicide",
    severity: "warning",
    patterns: ["nota|notas|carta|cartas suicida|suicidas", "nota|notas|carta|cartas de suicidio"],
    explanation: "El contenido de una nota de suicidio es privado y difundirlo puede idealizar la muerte.",
    suggestions: ["omita la nota y su contenido"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "leyo", "dejo", "decia", "publico", "escribio", "compartio", "leer"],
  },
  {
    id: "suicide/perdio-la-batalla",
    category: "suicide",
    severity: "warning",
    patterns: [
      "perdio|perdieron la batalla|lucha|pelea contra|con la|el? depresion|adiccion|enfermedad|suicidio|ansiedad",
    ],
    explanation: "El lenguaje de batalla insinúa que la persona no luchó lo suficiente.",
    suggestions: ["murió por suicidio", "murió por una sobredosis"],
    source: SOURCES.actionAlliance,
  },
]);
