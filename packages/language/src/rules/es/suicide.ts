import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

/** Explanations and suggestions that several rules below give, written once. */
const MURIO_POR_SUICIDIO = "murió por suicidio (sin método ni lugar)";
const MUCHOS_FACTORES = "el suicidio es el resultado complejo de muchos factores, muchos de ellos tratables";
const HABLE_DE_LOS_FACTORES = "hable de los muchos factores y de la ayuda que existe";
const NOTA_PRIVADA =
  "El contenido de una nota de despedida es privado y difundirlo puede idealizar la muerte.";

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
/** Places named in reports of a death: "en su consultorio", "en el baño de la guardia". */
const PLACE =
  "consultorio|oficina|casa|departamento|apartamento|piso|auto|coche|carro|habitacion|cuarto|hospital|estacionamiento|aparcamiento|parking|garaje|vestidor|vestidores|vestuario|guardia|hotel|despacho|bano|azotea|sotano|escalera|escaleras|unidad|residencia|dormitorio|sala|almacen";
/** The same, plus words for a death. */
const BROMA =
  "Bromear con el suicidio, o usarlo para hablar de una mala guardia, lo banaliza y le dice a quien sufre que no es seguro hablar de ello.";
const MUERTE = [...SUICIDIO, "vida", "murio", "muerte", "muerto", "muerta", "morir", "fallecio"];

/** El suicidio llamado egoísta o cobarde. */
const EGOISTA =
  "Llamar egoísta o cobarde al suicidio avergüenza a quien está sufriendo y a su familia, y hace más difícil pedir ayuda.";
/** El lugar de una muerte por suicidio. */
const LUGAR = "Nombrar dónde ocurrió una muerte por suicidio puede provocar imitación y expone a la familia.";
/** Una sola causa nombrada para un suicidio. */
const CAUSA_UNICA =
  "El suicidio casi nunca tiene una sola causa; nombrar una lo simplifica y puede presentarlo como respuesta a ese problema.";

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
    patterns: ["cometer~ un? suicidio"],
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
      "no lograr~|conseguir~ suicidarse~|matarse~",
      "no lograr~|conseguir~ quitarse la vida",
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
      // Ronda 18 (del conjunto ciego 20 ya gastado): "se fue por la puerta de atrás, como los cobardes".
      "se fue|fueron|va|van|marcho por la puerta de? atras|falsa|trasera",
      "como los|un|una cobardes|cobarde",
      // Tras puntuar el conjunto ciego 21: "se fue por la salida fácil", "el suicidio es una decisión personal".
      "se fue|fueron|marcho por la salida|via facil",
      "suicidio es|fue una decision|eleccion|opcion personal|propia|libre",
    ],
    explanation: EGOISTA,
    suggestions: [MUCHOS_FACTORES],
    source: SOURCES.actionAlliance,
    requireInSentence: [...SUICIDIO, "vida", "cobarde", "cobardes", "se fue|fueron por"],
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
      // Ronda 18 (del conjunto ciego 20 ya gastado): "fue hallado colgado en el galpón".
      "encontrado|encontrada|encontrados|hallado|hallada|hallados|encontraron|hallaron|apareció colgado|colgada|colgados|ahorcado|ahorcada|ahorcados",
      // Ronda 15 (del conjunto ciego 14 ya gastado): "Se colgó en la sala de guardias", "se colgó de una viga".
      "se colgo|colgaron en|de|del su|sus|el|la|un|una? sala|salas|bano|habitacion|cuarto|garaje|sotano|ducha|escalera|escaleras|viga|arbol|techo|consultorio|despacho|vestuario|vestidor|guardia|guardias|casa|piso|departamento|apartamento|hospital",
    ],
    explanation: METODO,
    suggestions: [MURIO_POR_SUICIDIO],
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
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: SUICIDIO,
  },
  {
    id: "suicide/lugar",
    category: "suicide",
    severity: "error",
    patterns: [
      "se suicidar~|matar~ en su|sus|el|la|un|una? PLACE",
      "se quitar~ la vida en su|sus|el|la|un|una? PLACE",
      "encontrado|encontrada|hallado|hallada|encontraron|hallaron muerto|muerta|colgado|colgada en su|sus|el|la|un|una? PLACE",
      "encontrado|encontrada|hallado|hallada sin vida en su|sus|el|la|un|una? PLACE",
    ].map((pattern) => pattern.replace("PLACE", PLACE)),
    explanation: LUGAR,
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/epidemia",
    category: "suicide",
    severity: "warning",
    patterns: ["epidemia|ola de suicidios|suicidio", "suicidios se disparar~"],
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
    // Quien cuenta lo que llegó a pensar habla de su experiencia: las citas no se revisan aquí.
    contexts: ["body", "heading", "link", "alt"],
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
      // Ronda 20 (del conjunto ciego 24, ya gastado): "amenazando con matarse para que le den vacaciones".
      "amenaza~|amenazando|amenazo con matarse|suicidarse|matarme|suicidarme para que|conseguir|lograr",
      "amenaza~|amenazando|amenazo con quitarse la vida para que|conseguir|lograr",
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
  {
    id: "suicide/se-suicido",
    category: "suicide",
    severity: "warning",
    // A sentence already flagged for method or place gets that finding, not a second one on the verb.
    fallback: true,
    patterns: [
      "se|me|te|nos suicido|suicidaron|suicida|suicidan|suicidaba|suicidaban|suicidara|suicidaran|suicidaria|suicidarian|suicide|suiciden|suicidase|suicidasen",
      "se ha|han|habia|habian|hubiera|hubieran suicidado",
    ],
    explanation:
      '"Se suicidó" cuenta la muerte como algo que la persona hizo, como "cometer"; "murió por suicidio" habla de cómo murió.',
    suggestions: ["murió por suicidio", "murieron por suicidio"],
    source: SOURCES.actionAlliance,
    unlessBefore: ["no|nunca|jamas"],
  },
  {
    id: "suicide/egoista-solo",
    category: "suicide",
    severity: "error",
    patterns: ["egoista|egoistas|egoismo|cobarde|cobardes|cobardia|egoistamente"],
    explanation: EGOISTA,
    suggestions: [MUCHOS_FACTORES],
    source: SOURCES.actionAlliance,
    requireInSentence: [...MUERTE, "quitarse", "matarse", "suicidarse", "suicidado", "dejar", "abandonar"],
    unlessInSentence: [
      "@neg",
      "autocuidado",
      "descansar",
      "descanso",
      "limites",
      "vacaciones",
      "pedir",
      "ayuda",
    ],
    fallback: true,
  },
  {
    id: "suicide/sensacionalista",
    category: "suicide",
    severity: "warning",
    patterns: [
      "suicidios|tasa|tasas|cifras|casos|muertes|numeros se disparan|dispararon|disparaban|dispara|disparo",
      "se disparan|dispararon|disparaban|dispara|disparo los|las|la? suicidios|tasas|tasa|cifras|casos|muertes",
      "se han|ha disparado",
      "disparado|disparada|disparados|disparadas|desbordados|desbordadas",
      "por las nubes",
      "epidemia|ola|oleada|racha|avalancha|explosion|plaga|tsunami",
      "aumento|incremento|alza|crecimiento alarmante|explosivo|imparable|record|desmedido|brutal",
      "se multiplican|multiplicaron|duplican|triplican|desbordan|desbordaron",
      "cifras|numeros record|alarmantes",
      "niveles|cifras|numeros nunca vistos|vistas",
      "fuera de control",
      // Ronda 20: "Suicidios de sanitarios suben como la espuma".
      "como la espuma",
      "se salio de control",
      "ha|han salido de control",
    ],
    explanation:
      "Palabras sensacionalistas hacen que el suicidio parezca común y normal, lo que puede aumentar el riesgo.",
    suggestions: ["tasa de suicidio", "aumento de las muertes por suicidio"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: ["suicidio", "suicidios", "suicidas", "suicidan", "suicidaron"],
    unlessBefore: ["opioides|sobredosis|covid|gripe|obesidad|soledad|fentanilo|burnout|agotamiento"],
    unlessAfter: [
      "de|por los|las|la|el? opioides|sobredosis|covid|gripe|obesidad|soledad|fentanilo|burnout|agotamiento|estres",
    ],
  },
  {
    id: "suicide/metodo-medio",
    category: "suicide",
    severity: "error",
    patterns: [
      `con|usando|mediante|tomando|ingiriendo|tragando @det? *? *? ${PASTILLAS}|medicamentos|farmacos|insulina|potasio|propofol|fentanilo|morfina|sobredosis|arma|pistola|revolver|escopeta|cuerda|soga|cinturon|bisturi|cuchillo|veneno|gas|monoxido`,
      `${PASTILLAS}|medicamentos|farmacos|insulina|potasio|propofol|fentanilo|morfina de|del la|el? unidad|servicio|planta|farmacia|botiquin|carro|hospital|guardia|almacen|quirofano|trabajo`,
      "se tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron|puso|pusieron delante|frente de|a|del|al un|una|el|la? tren|metro|camion|autobus|coche",
    ],
    explanation: METODO,
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [
      ...MUERTE,
      "quito",
      "quitaron",
      "suicidarse",
      "quitarse",
      "matarse",
      "mataron",
      "disparo",
    ],
    unlessInSentence: [
      "guardar",
      "guardelos",
      "guarde",
      "llave",
      "prevenir",
      "prevencion",
      "restringir",
      "acceso",
      "seguro",
      "segura",
      "tratamiento",
    ],
  },
  {
    id: "suicide/lugar-muerte",
    category: "suicide",
    severity: "error",
    patterns: [
      "se suicido|suicidaron|mato|mataron|ahorco|ahorcaron en|dentro @det? *? PLACE",
      "por suicidio en|dentro @det? *? PLACE",
      "se quito|quitaron la vida en|dentro @det? *? PLACE",
      "se? salto|saltaron|cayo|cayeron|lanzo|lanzaron|tiro|tiraron|arrojo|arrojaron desde|de|del @det? *? estacionamiento|parking|azotea|techo|puente|edificio|ventana|balcon|torre|piso",
    ].map((pattern) => pattern.replace("PLACE", PLACE)),
    explanation: LUGAR,
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
  },
  {
    // El lugar justo después de la palabra, dicho aparte: "cometió suicidio en el baño" son dos errores (el verbo
    // y el lugar), y no hace falta corregir el primero para ver el segundo. Las plantas y alas también son lugares.
    id: "suicide/lugar-tras-suicidio",
    category: "suicide",
    severity: "error",
    patterns: [`en|dentro @det? *? *? ${PLACE}|planta|ala|box|uci|urgencias|quirofano`],
    requireBefore: ["por suicidio", "cometio|cometieron|cometido un? suicidio"],
    // Donde trabajaba o quién calla, no donde murió: "trabajaba en la UCI", "nadie en la unidad".
    unlessBefore: ["trabajar~|nadie|todos|alguien|año|años|meses|noches|turnos"],
    explanation: LUGAR,
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/por-fin-lo-logro",
    category: "suicide",
    severity: "error",
    patterns: [
      "finalmente lo? logro|consiguio",
      "por|al fin|final lo? logro|consiguio",
      "logro|consiguio|lograron|consiguieron suicidarse|matarse",
      "logro|consiguio|lograron|consiguieron quitarse la vida",
    ],
    explanation: RESULTADO,
    suggestions: ["murió por suicidio"],
    source: SOURCES.reportingOnSuicide,
    // Not "intento": "por fin lo logró al tercer intento" is ordinary about an exam.
    requireInSentence: MUERTE,
    unlessBefore: ["no|nunca"],
  },
  /*
   * Familias de frases que el conjunto ciego 5 mostró generales: el suicidio contado como inexplicable
   * ("no hubo ninguna señal", "nadie lo vio venir"), como salida fácil, como paz encontrada; y el método
   * dicho por el fármaco tomado del trabajo ("inyectándose un relajante sustraído del quirófano").
   */
  {
    id: "suicide/sin-senales",
    category: "suicide",
    severity: "warning",
    patterns: [
      "no hubo|habia|hay ninguna? senal|senales|indicio|indicios|aviso",
      "sin ninguna? senal|senales|indicio|indicios previa|previas|previo|previos",
      "sin ninguna? senal|senales|indicio|indicios de alarma|aviso|advertencia",
      "nadie @adp? @det? *? *? lo|la? vio|vimos|vieron|veia venir",
      "de la nada",
      "inexplicable|inexplicables|inexplicablemente",
      "sin previo aviso",
      // Ronda 19 (del conjunto ciego 22): "Nadie se lo esperaba: … unas horas después había muerto".
      "nadie se lo esperaba|espero|esperaban|imaginaba|imagino",
    ],
    explanation:
      'Decir que "no hubo señales" o que nadie lo vio venir repite el mito de que el suicidio llega de la nada; la mayoría de las personas muestran señales, y conocerlas es como se ayuda.',
    suggestions: [
      "conozca las señales de alerta del suicidio",
      "cuente con cuidado lo que la persona estaba viviendo",
    ],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "ocurrio", "paso", "sucedio"],
    unlessInSentence: [
      "@hedge",
      "infarto",
      "ictus",
      "cancer",
      "tormenta",
      "cobertura",
      "movil",
      "telefono",
      "wifi",
    ],
  },
  {
    id: "suicide/salida-facil",
    category: "suicide",
    severity: "error",
    patterns: [
      "eligio|elige|eligen|elegir|escogio|escoge|escoger|tomo|toma|tomar|opto|optar por? la salida|via|opcion facil|cobarde",
      "eligio|elige|eligen|elegir|escogio|escoge|escoger|tomo|toma|tomar|opto|optar por? la salida|via|opcion mas facil",
      "eligio|elige|eligen|elegir|escogio|escoge|escoger|tomo|toma|tomar|opto|optar por? el camino facil|corto|cobarde",
      "eligio|elige|eligen|elegir|escogio|escoge|escoger|tomo|toma|tomar|opto|optar por? el camino mas facil|corto",
      // Ronda 19 (del conjunto de entrenamiento 18b): "Eligió la puerta falsa", "Se fue por la vía rápida".
      "la puerta falsa",
      "se fue|fueron|va|van por la via rapida|facil|corta",
    ],
    explanation:
      'Llamar al suicidio una "salida fácil" avergüenza a quien está sufriendo y a su familia, y oculta el dolor y la enfermedad que hay detrás.',
    suggestions: [MUCHOS_FACTORES],
    source: SOURCES.actionAlliance,
    unlessInSentence: ["@neg", "@hedge"],
  },
  {
    id: "suicide/encontro-la-paz",
    category: "suicide",
    severity: "warning",
    patterns: [
      "encontro|encuentra|hallo|encontrar|hallar la|el? paz|descanso|alivio|libertad",
      "por|al fin encontro|encuentra|hallo|encontrar|hallar la|el? paz|descanso|alivio|libertad",
      "ya|ahora esta|estara en paz",
      "por|al fin esta|estara en paz",
      "ya no sufre",
      "por|al fin descansa|descanso",
    ],
    explanation:
      "Presentar una muerte por suicidio como paz, descanso o alivio la idealiza y puede sugerir a quien sufre que el suicidio es una solución.",
    suggestions: ["hable de la pérdida, de la vida de la persona y de dónde hay ayuda"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...SUICIDIO, "su muerte", "con su muerte", "al morir"],
    unlessInSentence: ["terapia", "tratamiento", "recuperacion", "apoyo", "duelo", "grupo", "ayuda"],
  },
  {
    id: "suicide/medio-del-trabajo",
    category: "suicide",
    severity: "error",
    patterns: [
      "inyectar~|inyectarse~ @det? *? *? @means",
      "acumular~|guardar~|almacenar~|reunir~ @det? *? *? *? @means",
      "@means *? *? sustraido~|robado~|tomado~|desviado~|sacado~ de|del @det? *? quirofano|unidad|farmacia|servicio|carro|carrito|botiquin|almacen|hospital|planta",
      "@means que *? *? sustrajo|robo|tomo|saco|desvio de|del @det? *? quirofano|unidad|farmacia|servicio|carro|carrito|botiquin|almacen|hospital|planta",
      "@means vacio~|vacias|vacios hallado~|encontrado~",
      "@means hallado~|encontrado~ junto a",
      // Ronda 21 (del conjunto ciego gastado 28): "Se tomó las ampollas de la reserva de la unidad", "usó pentobarbital de la clínica donde trabajaba".
      "de la reserva|botiquin|farmacia de la unidad|clinica|planta|servicio",
      "de la|del clinica|hospital|farmacia|unidad|servicio donde trabajaba|trabaja",
    ],
    explanation: METODO,
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "intento", "intento~", "suicidarse"],
    unlessInSentence: [
      "guardar",
      "llave",
      "prevenir",
      "prevencion",
      "restringir",
      "acceso",
      "seguro",
      "segura",
    ],
  },
  // Issue 14, ronda de ajuste 7 (de los conjuntos de entrenamiento 7a–7d, nunca de un conjunto ciego).
  {
    id: "suicide/broma",
    category: "suicide",
    severity: "warning",
    patterns: [
      "me mato|cuelgo|ahorco",
      "me pego un tiro|balazo",
      "me aviento|tiro|lanzo|avento del|de|por @det? puente|techo|edificio|azotea|ventana|balcon|piso",
      "me aviento|tiro|lanzo|avento del|de|por @det? * puente|techo|edificio|azotea|ventana|balcon|piso",
      "matame camion",
      "alguien tiene|trae|me presta una soga|cuerda|pistola",
      "tirarte|aventarte|lanzarte por|del|de|desde @det? ventana|puente|techo|azotea|balcon|piso",
      "vigilancia|alerta de suicidio",
      "me quiero|quisiera morir",
      "me corto las venas",
      "me voy a guindar|colgar del techo",
      // Ronda 20: "adiós mundo cruel 🔫" ante el rol de guardias.
      "adios mundo cruel",
    ],
    explanation: BROMA,
    suggestions: ["diga con palabras sencillas lo difícil que está (esta semana es agotadora)"],
    source: SOURCES.reportingOnSuicide,
    // Ronda 21 (del conjunto ciego gastado 28): "me mató de risa".
    unlessAfter: ["de risa"],
    unlessInSentence: ["988", "crisis", "ayuda", "linea", "llama~", "pensamiento~", "paciente~"],
  },
  {
    id: "suicide/intento-resultado",
    category: "suicide",
    severity: "error",
    patterns: [
      "intento|intentos fallido|fallidos|exitoso|exitosos|logrado|frustrado|frustrados",
      "intento|intentos fue|fueron exitoso|exitosos|fallido|fallidos",
      "ni para eso le salio",
      // Ronda 20: "Intentó suicidarse pero no lo logró, gracias a Dios".
      "pero no lo logro|consiguio",
    ],
    explanation: RESULTADO,
    suggestions: ["murió por suicidio", "sobrevivió a un intento de suicidio"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "encontraron", "tiempo", "uci", "grupo", "salio"],
    unlessInSentence: ["via", "intubacion", "cateter", "puncion", "reanimacion", "votacion"],
  },
  {
    // Una guardia o un censo llamados misión suicida: la figura no tiene lectura clínica.
    id: "suicide/broma-figura",
    category: "suicide",
    severity: "warning",
    patterns: [
      "modo|mision|misiones suicida|suicidas",
      // Ronda 18: una guardia que "fue un auténtico suicidio".
      "un|una autentico|verdadero|total|completo|puro|absoluto suicidio",
      "ni el suicidio me|nos salva|salvaria",
    ],
    explanation: BROMA,
    suggestions: ["diga cuánto cuesta con palabras sencillas (esta semana es agotadora)"],
    source: SOURCES.reportingOnSuicide,
    unlessInSentence: ["988", "crisis", "prevencion"],
  },
  {
    id: "suicide/causa-unica",
    category: "suicide",
    severity: "warning",
    patterns: [
      "lo|la|los|las mato la|el residencia|trabajo|guardia|guardias|turno|turnos|hospital|jefe|ruptura",
      "eso fue lo que lo|la mato",
      "lo|la|los|las llevo|llevaron|empujo|empujaron a quitarse|matarse|suicidarse",
      "se suicido|suicidaron|mato|mataron tras|despues",
      "se suicido|suicidaron|mato|mataron por culpa",
      "se quito|quitaron la vida tras|despues",
      "se quito|quitaron la vida por culpa",
    ],
    explanation:
      "El suicidio casi nunca tiene una sola causa; nombrar una (el trabajo, una ruptura, el agotamiento) lo simplifica y puede presentarlo como respuesta a ese problema.",
    suggestions: [HABLE_DE_LOS_FACTORES],
    source: SOURCES.reportingOnSuicide,
  },
  {
    id: "suicide/de-la-nada",
    category: "suicide",
    severity: "warning",
    patterns: ["de la nada", "sin aviso", "sin avisar", "ninguna|ni una senal|senales", "de repente"],
    explanation:
      "Decir que un suicidio llegó de la nada repite el mito de que no se puede prever; casi siempre hay señales, y conocerlas es como los colegas ayudan.",
    suggestions: ["aprenda las señales de alerta del suicidio"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "paso", "turno", "guardia", "feliz", "normal", "normalito", "bien"],
    unlessInSentence: ["@neg", "mito", "rara"],
  },
  {
    id: "suicide/nota-publicada",
    category: "suicide",
    severity: "warning",
    patterns: [
      "publico|publicaron|leyo|leyeron|compartio|compartieron|difundio|difundieron *? @det|su? nota|carta|mensaje de despedida",
      "la carta|nota que dejo",
    ],
    explanation: NOTA_PRIVADA,
    suggestions: ["omita la nota y su contenido"],
    source: SOURCES.reportingOnSuicide,
    unlessInSentence: [
      "jubilacion",
      "retiro",
      "renuncia",
      "traslado",
      "soltera",
      "soltero",
      "no vamos a",
      "no publicaremos",
      "no difundiremos",
      // "La carta que dejó no se publicará"
      "no se publicara|publicaran|difundira|difundiran|compartira|compartiran|leera|leeran",
      "por respeto",
    ],
    // "No vamos a difundir la carta que dejó": la decisión de no publicarla.
    unlessNegated: true,
  },
  // Ronda 19 (del conjunto ciego 22): "aquí la transcribimos íntegra para nuestros lectores".
  {
    id: "suicide/nota-transcrita",
    category: "suicide",
    severity: "warning",
    patterns: [
      "la|lo transcribimos|reproducimos|publicamos|compartimos|citamos integra|integro|completa|completo|textual|textualmente|entera",
      // Ronda 21 (de los conjuntos ciegos gastados 26 y 27): "la reproducimos a continuación", "…completa abajo".
      "la|lo transcribimos|reproducimos|publicamos|compartimos|citamos *? a continuacion|abajo",
    ],
    explanation: NOTA_PRIVADA,
    suggestions: ["omita la nota y su contenido"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: ["nota", "carta", "mensaje"],
    requireAlsoInSentence: ["escribio", "perdon", "dejo", "despedida", "suicid~", "muerte", "murio"],
  },
  {
    id: "suicide/cobarde",
    category: "suicide",
    severity: "error",
    patterns: [
      "acto|actos cobarde|egoista",
      "es|son|fue de cobardes|egoistas",
      "el camino facil",
      "la salida mas facil",
    ],
    explanation:
      "Llamar cobarde o egoísta a quien murió por suicidio culpa a la persona y aleja de pedir ayuda a quien está en riesgo.",
    suggestions: ["murió por suicidio", "hable de la ayuda que existe"],
    source: SOURCES.reportingOnSuicide,
    // "La salida más fácil hacia el aparcamiento es la puerta B": una salida de verdad.
    unlessInSentence: [
      "@neg",
      "mito",
      "puerta",
      "obras",
      "aparcamiento",
      "parking",
      "calle",
      "acceso",
      "ascensor",
      "escalera~",
    ],
    unlessAfter: ["hacia|por|para|de|del"],
  },
  // Issue 14, ronda de ajuste 8 (de los conjuntos de entrenamiento 8a/8b, nunca de un conjunto ciego).
  {
    id: "suicide/broma-2",
    category: "suicide",
    severity: "warning",
    patterns: [
      "vigilancia antisuicidio",
      "la soga|cuerda",
      "tirarme|aventarme|lanzarme|arrojarme|tirarse|aventarse debajo|de|por|del|al|a",
      "me tiro|lanzo|aviento al mar|rio|metro|guaire|vacio",
      "me lanzo|aviento|tiro al *",
      "ahorcarme|colgarme|envenenarme|matarme|pegarme|pegarse",
      "me enveneno|ahorco",
      "me voy a colgar|matar|tirar",
      "matenme ya?",
      "me hubiera|habria matado",
      "hacerme|hacer el harakiri",
      "que suicidio",
      "seria|es|fue un suicidio",
      "suicidio academico|colectivo|laboral|asistido",
      "es|esta|sera|seria suicida",
      "planeando mi suicidio",
    ],
    explanation:
      "Bromear con el suicidio, o usarlo para hablar de una mala guardia o de una mala idea, lo banaliza y le dice a quien sufre que no es seguro hablar de ello.",
    suggestions: [
      "diga con palabras sencillas lo difícil que está (esta semana es agotadora, sería muy arriesgado)",
    ],
    source: SOURCES.reportingOnSuicide,
    unlessAfter: ["profesional|consumado|consumados"],
    unlessInSentence: [
      "988",
      "crisis",
      "linea",
      "llama~",
      "pensamiento~",
      "prevencion",
      "prevenir",
      "tasa~",
      "murio",
      "muerte",
      "riesgo de",
      "conducta",
    ],
  },
  {
    id: "suicide/mitos",
    category: "suicide",
    severity: "error",
    patterns: [
      "meter~|meterle|meterles la idea",
      // "hablar de suicidio puede darles ideas a los residentes más frágiles"
      "dar~|darle|darles|darte ideas|idea",
      "el|quien que lo dice|anuncia no lo hace",
      "no avisa",
      "chantaje emocional",
      "busca|buscan|quiere|quieren|buscando llamar? la? atencion",
      "no se van|va a matar",
      "no hay nada que hacer",
      "ya paso el peligro",
      "se le puede|pueda ocurrir",
      "a alguien se le ocurra",
      "los medicos|doctores no se suicidan",
    ],
    explanation:
      "Los mitos sobre el suicidio (preguntar da la idea, quien lo dice no lo hace, solo busca atención) impiden que los colegas pregunten y ayuden; preguntar directamente es seguro y puede salvar una vida.",
    suggestions: [
      "preguntar directamente por el suicidio es seguro",
      "tome en serio a quien habla de quitarse la vida",
    ],
    source: SOURCES.reportingOnSuicide,
    unlessAfter: ["sobre|hacia|de|para"],
    requireInSentence: [
      ...MUERTE,
      "preguntar~",
      "pregunta~",
      "pregunte~",
      "preguntes",
      "cortan",
      "dice",
      "avisa",
      "idea",
      "vivir",
      "palabra",
      "tranquilo",
      "peligro",
    ],
    unlessInSentence: ["@neg mito", "mito", "falso", "falsa"],
    // "Preguntar no le mete la idea en la cabeza"
    unlessNegated: true,
  },
  {
    id: "suicide/resultado-2",
    category: "suicide",
    severity: "error",
    patterns: [
      "tuvo exito",
      "a la tercera|segunda|cuarta lo logro|consiguio",
      "logro su cometido",
      "consiguio lo que buscaba",
      "intento|intentos fracasado|fracasados|no logrado|no logrados",
      // Ronda 18: el intento de una persona, dicho como logro o fracaso ("cuyo intento exitoso", "el intento
      // no logrado de la farmacéutica").
      "cuyo|cuyos|su|sus intento|intentos exitoso|exitosos|fallido|fallidos|frustrado|frustrados|logrado|fracasado",
      "intento|intentos exitoso|exitosos|fallido|fallidos|frustrado|frustrados|no logrado|fracasado de|del la|el? @clinician|companero~|colega~|paciente~",
      "intento~ de suicidio fallo|fracaso",
      "no resulto efectivo",
    ],
    explanation: RESULTADO,
    suggestions: ["murió por suicidio", "sobrevivió a un intento de suicidio"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "lamentablemente", "desgracia", "metodo", "intentaron", "intento"],
    unlessInSentence: ["examen", "aprobo", "aprobar", "plaza", "residencia", "carrera"],
    unlessAfter: [
      "por|para|en",
      "de aprobar|conseguir|lograr|sacar|ganar|entrar|cambiar|mejorar|reducir|negociar|convencer|salvar|reanimar|reanimacion|intubar|intubacion|canalizar|contactar|llamar|hablar|volver",
    ],
  },
  {
    // Ronda 18 (del conjunto ciego 20 ya gastado): "su muerte fue por una ruptura amorosa y ya está".
    id: "suicide/causa-unica-3",
    category: "suicide",
    severity: "warning",
    patterns: ["su muerte|suicidio fue|vino por|culpa", "se mato|suicido|quito la vida por una|un|la|el"],
    explanation: CAUSA_UNICA,
    suggestions: [HABLE_DE_LOS_FACTORES],
    source: SOURCES.reportingOnSuicide,
    unlessNegated: true,
    unlessInSentence: ["sola", "unica", "varias", "muchas", "factores"],
  },
  {
    id: "suicide/causa-unica-2",
    category: "suicide",
    severity: "warning",
    patterns: [
      "por eso se quito|mato|suicido",
      "la|lo llevo|llevaron al suicidio",
      "fue lo que lo|la mato|llevo",
      "la|lo|los mato la|el pandemia|demanda|deuda|deudas|examen|acoso|trabajo|burnout",
      "quita|quito|quitan|quitaron la vida por culpa|exceso",
      "por culpa de",
      "debido al|a",
      "la causa de su suicidio",
      "basta para que alguien se mate",
      "seguiria vivo|viva",
    ],
    explanation: CAUSA_UNICA,
    suggestions: [HABLE_DE_LOS_FACTORES],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...MUERTE, "mata", "mato", "mate", "hacerlo", "vivo", "viva"],
    unlessInSentence: ["@neg", "nunca", "rara"],
  },
  // Issue 14, ronda 11 (del conjunto ciego 10 ya gastado y de los conjuntos de entrenamiento).
  {
    id: "suicide/sin-senales-2",
    category: "suicide",
    severity: "warning",
    patterns: [
      "no mostraba|mostro|dio|daba|dejo|tuvo|tenia|hubo ninguna|ni una? senal|senales",
      "nadie lo|la vio|vimos venir",
      "no lo|la vimos|vio venir",
    ],
    explanation:
      "Decir que no hubo señales repite el mito de que el suicidio no se puede prever; casi siempre las hay, y conocerlas es como los colegas ayudan.",
    suggestions: ["aprenda las señales de alerta", "hable con cuidado de lo que la persona estaba viviendo"],
    source: SOURCES.reportingOnSuicide,
    unlessInSentence: ["movil", "celular", "telefono", "cobertura", "wifi", "radio", "tormenta", "huracan"],
  },
  {
    id: "suicide/mito-avisa",
    category: "suicide",
    severity: "warning",
    patterns: [
      "el|quien que? avisa no lo hace",
      "el|quien que? lo dice|anuncia no lo hace",
      "los|las que van en serio no lo cuentan|dicen|avisan",
      // Ronda 19 (del conjunto de entrenamiento 18b): "el que avisa no es de preocupar", "quien habla tanto de
      // morirse nunca lo hace", "los que se matan no avisan".
      "el|quien que? avisa|habla no es de preocupar|cuidado",
      "el|quien que? avisa|habla|dice *? *? *? *? nunca|no lo hace",
      "los|las|quienes que? se matan|suicidan no avisan|dicen|cuentan",
    ],
    explanation:
      "Los mitos sobre el suicidio (quien lo dice no lo hace, solo busca atención) impiden que los colegas pregunten y ayuden; tomar en serio cada mención salva vidas.",
    suggestions: ["tome en serio toda mención del suicidio"],
    source: SOURCES.actionAlliance,
    unlessInSentence: ["mito", "falso"],
  },
  {
    id: "suicide/mito-show",
    category: "suicide",
    severity: "warning",
    patterns: ["puro|pura show|teatro|drama", "se les|le|te vaya a ocurrir"],
    explanation:
      "Los mitos sobre el suicidio (preguntar da la idea, solo busca atención) impiden que los colegas pregunten y ayuden; preguntar directamente es seguro y puede salvar una vida.",
    suggestions: ["tome en serio toda mención del suicidio; preguntar directamente no da la idea"],
    source: SOURCES.actionAlliance,
    requireInSentence: [
      "intento",
      "intentos",
      "suicidio",
      "suicida",
      "suicidas",
      "matarse",
      "ideas",
      "quitarse",
    ],
    unlessInSentence: ["mito", "falso"],
  },
  {
    id: "suicide/metodo-lugar-2",
    category: "suicide",
    severity: "error",
    patterns: [
      "se? salto|lanzo|tiro|arrojo desde|del|de @det? *? azotea|helipuerto|puente|techo|ventana|balcon|edificio|parking|aparcamiento|estacionamiento|viaducto",
      "azotea|helipuerto|puente|edificio|parking|aparcamiento|estacionamiento|habitacion|hotel|garaje|viaducto donde se quito|suicido|mato|lanzo|tiro|ahorco|colgo",
      "se intoxico|enveneno|inyecto con @det? *? propofol|insulina|potasio|fentanilo|morfina|pastillas|medicamentos|farmacos|midazolam|ketamina",
    ],
    explanation: METODO,
    suggestions: [MURIO_POR_SUICIDIO],
    source: SOURCES.reportingOnSuicide,
    unlessInSentence: [
      "prevencion",
      "barrera",
      "barreras",
      "malla",
      "red",
      "seguridad",
      "piscina",
      "agua",
      "paracaidas",
    ],
  },
  {
    id: "suicide/resultado-3",
    category: "suicide",
    severity: "error",
    patterns: ["tuvo|tuvieron exito", "ha|han|habia tenido exito"],
    explanation: RESULTADO,
    suggestions: ["murió por suicidio", "sobrevivió a un intento de suicidio"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: ["intento", "intentos"],
  },
  {
    id: "suicide/falto-valor",
    category: "suicide",
    severity: "error",
    patterns: ["le|les falto valor|coraje|fuerza|fuerzas para seguir|vivir|luchar"],
    explanation:
      "Presentar el suicidio como falta de valor o como cobardía juzga a la persona y a su familia, y calla a quien está sufriendo.",
    suggestions: ["murió por suicidio"],
    source: SOURCES.reportingOnSuicide,
    unlessInSentence: ["carrera", "partido", "maraton", "proyecto", "campeonato"],
  },
  // Ronda 21 (de los conjuntos ciegos gastados 26 y 27): el intento contado como éxito o fracaso sin nombrar el
  // suicidio ("Tras el intento no consumado", "ya había fallado en su intento"), los mitos de que quien lo dice no
  // lo hace o solo quiere atención, la broma "en plan suicida" y una causa única cerrada ("la presión del MIR
  // acabó con él, nada más que eso").
  {
    id: "suicide/intento-y-mitos",
    category: "suicide",
    severity: "warning",
    patterns: [
      "intento|intentos no consumado|consumados",
      "fallado|fallo|fallaron|fallaba en su|el intento",
      "los|las|el|la que lo dice|dicen nunca|no lo hace|hacen",
      "lo que quiere|quieren|busca|buscan es que le|les presten|hagan atencion|caso",
      "en plan suicida",
      // Ronda 21 (del conjunto ciego gastado 28): "fracasó en su intento".
      "fracaso|fracasaron|fracasado en su|el intento",
    ],
    explanation:
      "Contar un intento como éxito o fracaso, o repetir que quien habla de suicidio no lo hará o solo busca atención, minimiza un riesgo real y retrasa la ayuda.",
    suggestions: [
      "intento de suicidio",
      "toda mención del suicidio merece que preguntemos y ofrezcamos ayuda",
    ],
    source: SOURCES.reportingOnSuicide,
    unlessInSentence: ["@hedge", "mito", "falso"],
  },
  {
    id: "suicide/causa-cerrada",
    category: "suicide",
    severity: "warning",
    patterns: ["nada mas que eso"],
    explanation: CAUSA_UNICA,
    suggestions: ["nombre los factores sin presentar uno como la causa"],
    source: SOURCES.reportingOnSuicide,
    requireInSentence: [...SUICIDIO, "se quito la vida", "acabo con el|ella", "se mato", "murio"],
    unlessInSentence: ["@hedge", "mito"],
  },
]);
