import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

/** Explanations and suggestions that several rules below give, written once. */
const PELIGRO =
  "Asociar la enfermedad mental con el peligro o la violencia es falso (las personas con enfermedad mental son mucho más a menudo víctimas que agresoras) y alimenta el estigma.";

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
      // Ronda 20 (del conjunto ciego 24, ya gastado): la misma palabra escrita sin la p ("Qué sicótico el que…").
      "sicopata|sicopatas|sicotico|sicotica|sicoticos|sicoticas",
    ],
    explanation: CASUAL,
    suggestions: ["cruel", "imprudente"],
    source: SOURCES.nami,
    unlessAfter: ["episodio|trastorno|sintomas|brote"],
    unlessBefore: ["episodio|trastorno|brote|sintoma|cuadro|estado|rasgo|rasgos|crisis"],
  },
  {
    id: "mental-health/esquizofrenico",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "un|una|el|la|los|las|unos|unas|otro|otra esquizofrenico|esquizofrenica|esquizofrenicos|esquizofrenicas|bipolar|bipolares|psicoticos|psicoticas|paranoico|paranoica|paranoicos|anorexica|anorexicas|anorexico|anorexicos|bulimica|bulimico|depresivo|depresiva|depresivos|depresivas",
      // Ronda 15: contados o señalados ("tenemos dos bipolares", "esos esquizofrénicos").
      "dos|tres|cuatro|cinco|varios|varias|algunos|algunas|muchos|muchas|tantos|tantas|estos|estas|esos|esas|aquellos|aquellas esquizofrenicos|esquizofrenicas|bipolares|psicoticos|psicoticas|paranoicos|paranoicas|anorexicas|anorexicos|bulimicas|bulimicos|depresivos|depresivas",
      // Ronda 20: en pareja, sin artículo ("solo nos mandan bipolares y psicóticos").
      "esquizofrenicos|esquizofrenicas|bipolares|psicoticos|psicoticas|paranoicos|depresivos|depresivas|anorexicas y|o esquizofrenicos|esquizofrenicas|bipolares|psicoticos|psicoticas|paranoicos|depresivos|depresivas|anorexicas",
    ],
    explanation: ETIQUETA,
    suggestions: ["persona con esquizofrenia", "persona con trastorno bipolar", "persona con depresión"],
    source: SOURCES.apStylebook,
    // Adjetivos de un cuadro, no de personas: "síntomas depresivos y psicóticos".
    unlessBefore: [
      "sintoma|sintomas|rasgo|rasgos|episodio|episodios|trastorno|trastornos|cuadro|cuadros|brote|brotes|estado|estados",
    ],
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
      `sufre|sufren|sufria|sufrir|sufriendo|sufrio|padece|padecen|padecia|padecer|padeciendo|padecio de? ${ARTICULO}? enfermedad|enfermedades|trastorno|trastornos mental|mentales|psiquiatrico|psiquiatricos|psiquiatrica|psiquiatricas|bipolar|depresivo|depresivos|obsesivo|limite|esquizoafectivo`,
      `sufre|sufren|sufria|sufrir|sufriendo|sufrio|padece|padecen|padecia|padecer|padeciendo|padecio de? ${ARTICULO}? trastorno|trastornos de|del ansiedad|animo|panico|estres|personalidad|alimentacion|consumo`,
      `aquejado|aquejada|aquejados|aquejadas de|por ${ARTICULO}? ${CONDICIONES}`,
      `aquejado|aquejada|aquejados|aquejadas de|por ${ARTICULO}? trastorno|trastornos|enfermedad|enfermedades`,
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
      // Ronda 19: "los enfermos de la mente".
      "enfermo|enferma|enfermos|enfermas de la mente",
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
    evenInOwnAccount: true,
    category: "mental-health",
    severity: "warning",
    patterns: [
      "muy|tan|super|bien|poco|medio bipolar|bipolares|tdah|toc|esquizo|esquizos|esquizofrenico|esquizofrenica|esquizofrenicos|esquizofrenicas|paranoico|paranoica|paranoicos|depre",
      "esta|estan|estaba|estaban|estoy|estas|anda|andan|andaba|andaban|ando|andas bipolar|bipolares|esquizo|esquizos|depre",
      "de lo mas bipolar|bipolares|esquizo|esquizos|esquizofrenico~|paranoico~",
      "que bipolar|bipolares|esquizo|esquizos|esquizofrenico~ esta|estan|es|son|anda|andan|estuvo|se",
      "se pone|ponen|puso|pusieron bipolar|bipolares|esquizo",
      // Ronda 17 (del conjunto de entrenamiento 16a): "Hoy estoy de un TDAH que…", "me va a dar un brote psicótico".
      "estoy|esta|estas|estaba de un|una tdah|toc|bipolar|depre|esquizo",
      "me|le|te va|iba a dar un brote|ataque psicotico|esquizofrenico",
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
    // La historia de una institución no es un insulto: "el antiguo manicomio es hoy un centro cultural".
    unlessInSentence: [
      "antiguo",
      "antigua",
      "antiguos",
      "historia",
      "historico",
      "exposicion",
      "museo",
      "reforma",
    ],
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
  {
    id: "mental-health/diagnostico-como-adjetivo",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "clima|tiempo|jefe|jefa|mercado|dia|semana|humor|horario|sistema|impresora|servidor|wifi|correo|bandeja|unidad|servicio esta|es|anda|parece|pone|estuvo|estado|andaba muy|tan|super|medio|bien|totalmente? bipolar|esquizofrenico|esquizofrenica|esquizo|toc|tdah|psicotico|psicotica|paranoico|paranoica|autista",
      "soy|eres|es|somos|estoy|estas|ando|andas|pongo|pone|seas|sea muy|tan|super|medio|bien|un poco? toc|tdah|autista|bipolar|paranoico|paranoica",
      // Ronda 20: "Andas bien neurótico hoy, ¿eh?"
      "soy|eres|es|estoy|estas|ando|andas|anda|andan|esta|estan muy|tan|super|medio|bien|re|un poco? neurotico|neurotica|neuroticos|neuroticas|psicotico|psicotica|histerico|histerica",
      // Del conjunto de entrenamiento 19a: "ando bien esquisofrénica", "Estoy re ADHD hoy".
      "soy|eres|es|estoy|estas|ando|andas|anda|andan|esta|estan muy|tan|super|medio|bien|re esquisofrenico|esquisofrenica|esquizofrenico|esquizofrenica|adhd|ocd|toc|tdah|bipolar",
      "no seas|sean|sea paranoico|paranoica|paranoicos|paranoicas|bipolar|esquizo|toc",
      "mi|tu|su toc|tdah con|para|sale|salio|me|se",
      "un|una|el|la|los|las|unos|unas|otro|otra|ese|esa|aquel|aquella paranoico|paranoica|paranoicos|paranoicas|bulimico|bulimica|bulimicos|bulimicas|psicotico|psicotica|neurotico|neurotica|neuroticos|neuroticas|hipocondriaco|hipocondriaca|obsesivo|obsesiva",
    ],
    explanation: CASUAL,
    suggestions: ["cambiante", "detallista", "desconfiado", "distraído"],
    source: SOURCES.nami,
    unlessAfter: [
      "trastorno|episodio|episodios|cuadro|diagnostico|tratamiento|tipo|i|ii|de|del|compulsivo|pensamiento|rasgo|rasgos",
    ],
    unlessInSentence: [
      "diagnosticado",
      "diagnosticada",
      "diagnostico",
      "tratamiento",
      "psiquiatra",
      "medicacion",
    ],
  },
  /*
   * Primero la persona: un diagnóstico como adjetivo de una persona ("enfermera bipolar", "hija anoréxica",
   * "pacientes esquizofrénicos") o como sustantivo ("es una límite"). Con clases de palabras
   * (rules/es/classes.ts: @person × @diagnosis, con los roles clínicos), así que "trastorno bipolar" y
   * "personas con anorexia" no se marcan. "Autista" no está en @diagnosis.
   */
  {
    id: "mental-health/diagnostico-tras-persona",
    category: "mental-health",
    severity: "warning",
    patterns: ["@person @diagnosis", "paciente|pacientes|persona|personas limite"],
    explanation:
      "Un diagnóstico como adjetivo de una persona (enfermera bipolar, hija anoréxica, pacientes esquizofrénicos) la define por la enfermedad; nombre primero a la persona.",
    suggestions: ["enfermera con trastorno bipolar", "hija con anorexia", "personas con esquizofrenia"],
    source: SOURCES.apStylebook,
    unlessAfter: ["por|ante|tras|con"],
  },
  {
    id: "mental-health/limite-como-sustantivo",
    category: "mental-health",
    severity: "warning",
    // "El límite" es una frontera; "una límite", "la límite" es una persona con trastorno límite.
    patterns: ["una|la|esa|esta|otra limite"],
    explanation: ETIQUETA,
    suggestions: ["persona con trastorno límite de la personalidad"],
    source: SOURCES.apStylebook,
    unlessAfter: ["de|del"],
  },
  {
    id: "mental-health/enfermedad-como-peligro",
    category: "mental-health",
    severity: "warning",
    fallback: true,
    patterns: [
      "@violent y|e|o @violent",
      "@violent",
      // Ronda 20: "El residente con esquizofrenia es una bomba de tiempo".
      "una? bomba de tiempo|relojeria",
    ],
    explanation: PELIGRO,
    suggestions: ["describa la conducta, no el diagnóstico", "persona con un problema de salud mental"],
    source: SOURCES.apStylebook,
    requireBefore: ["@predicate", "@predicate a? la|las|los? gente|personas|pacientes"],
    requireInSentence: [
      "enfermedad|enfermedades|trastorno|trastornos mental|mentales",
      "enfermo~ mental|mentales",
      "enfermo~ de la mente",
      "psiquiatrico~",
      "esquizofrenia",
      "psicosis",
      "@diagnosed",
    ],
    requireAlsoInSentence: ["@person", "ellos", "ellas", "quien", "quienes", "alguien"],
    unlessInSentence: [
      "@hedge",
      "victima~",
      "mismo",
      "misma",
      "mismos",
      "raramente",
      "menos",
      "estereotipo~",
    ],
    unlessNegated: true,
  },
  // Ronda 19 (del conjunto ciego 22): "Los enfermos mentales no deberían andar sueltos por la calle".
  {
    id: "mental-health/encierro",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "andar~|andan|anden|estar~|esten|estan sueltos|sueltas|suelto|suelta",
      "deberian|deben|debe|deberia estar|vivir encerrados|encerradas|encerrado|encerrada|internados|aislados",
      "tendrian|tienen|tendria|tiene que estar|vivir encerrados|encerradas|encerrado|encerrada|internados|aislados",
      "encerrar~|encerrarlos|encerrarlas @det? todos|todas|a",
    ],
    explanation: PELIGRO,
    suggestions: ["describa la conducta, no el diagnóstico", "persona con un problema de salud mental"],
    source: SOURCES.apStylebook,
    requireInSentence: [
      "enfermo~ mental|mentales",
      "enfermo~ de la mente",
      "locos",
      "locas",
      "esquizofrenico~",
      "psicoticos",
      "bipolares",
      "@diagnosed",
    ],
    unlessInSentence: ["@hedge", "mito", "estereotipo~", "falso"],
  },
  // Issue 14, ronda de ajuste 7 (de los conjuntos de entrenamiento 7a–7d, nunca de un conjunto ciego).
  {
    id: "mental-health/jerga",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "deschavetado|deschavetada|zafado|zafada|chiflado|chiflada|pirado|pirada|tocado|trastornado|trastornada|chalado|chalada|majareta|orate|orates",
      "mal de la cabeza",
      "enfermo|enferma|enfermos|enfermas de los nervios",
      "me triggereo|triggerea",
      "me dio|da un trigger",
      "psiquiatrico total",
      "colifa|colifata|rayado|rayada|loquita|loquito",
      // Del conjunto de entrenamiento 19a: "está tronada", "está corrido de la teja", "está zumbado".
      "esta|estas|estan|anda|andas tronado|tronada|tronados|zumbado|zumbada|zumbados",
      "corrido|corrida de la teja",
      // Tras puntuar el conjunto ciego 25 (sin medir): "Ese correo me dejó traumada, literal".
      "me|nos dejo|dejaron|dejas traumado|traumada|traumados|traumadas",
      "parezco|pareces|parece anorexica|anorexico|bipolar|esquizofrenica|esquizofrenico",
      "afligido|afligida|afectado|afectada por|de la? esquizofrenia|depresion|bipolaridad|ansiedad",
      "un|una|el|la|es caso|casos psiquiatrico|psiquiatricos",
      "anda|esta|andaba|estaba|vino sin sus|su pastillas|medicacion|medicamentos|litio",
      "mi|tu|su toc|ocd|tdah|bipolaridad",
      "se dejo de tomar las pastillas",
      "paciente|pacientes psiquiatrico|psiquiatricos|mentales ataca|atacan|violento|violentos|peligroso|peligrosos",
      "pacientes mentales",
      // Ronda 15: "es un desequilibrado", y la jerga inglesa en una frase en español ("is totally psycho").
      "un|una|el|la|los|las|unos|unas|es|son|eres|esta|estan|ese|esa|esos|esas desequilibrado|desequilibrada|desequilibrados|desequilibradas",
      "psycho|psychos",
      "no esta|estas|estaba|anda|andas|andaba bien de la cabeza",
      // Ronda 21 (del conjunto ciego gastado 28): "me tiene traumada, literal".
      "me|nos tiene|tienen traumado|traumada|traumados|traumadas",
    ],
    explanation: CASUAL,
    suggestions: ["describa la conducta o el día con palabras sencillas (alterado, caótico, meticuloso)"],
    source: SOURCES.nami,
    // Ronda 21 (del conjunto ciego gastado 28): "Mi TDAH, diagnosticado a los 30, me explicó muchas cosas".
    unlessInSentence: ["diagnosticado", "diagnosticada", "diagnosticaron", "diagnostico"],
  },
  // Issue 14, ronda 11 (del conjunto ciego 10 ya gastado y de los conjuntos de entrenamiento).
  {
    id: "mental-health/jerga-2",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "mas|tan|muy bipolar|bipolares|esquizofrenico|esquizofrenica",
      "como una cabra|regadera|chota",
      "modo esquizofrenico|esquizo|bipolar|psicopata|loco|loca",
      "esta|estas|anda|andas|medio|bien tostado|tostada",
    ],
    explanation: CASUAL,
    suggestions: ["describa la conducta o el día con palabras sencillas (alterado, caótico, cambiante)"],
    source: SOURCES.nami,
    unlessAfter: ["trastorno|diagnostico"],
  },
  // Ronda 16 (del conjunto ciego 15 ya gastado): jerga de España para la locura, dicha de alguien o de algo.
  {
    id: "mental-health/jerga-espana",
    category: "mental-health",
    severity: "warning",
    patterns: [
      // Dicha de otro ("se le ha ido la olla"); "se me fue la olla" es un despiste propio.
      "se le|te|les ha|han ido la olla|pinza|chaveta",
      "se le|te|les fue|va|iba|fueron|van la olla|pinza|chaveta",
      "es|son|era|eran de psiquiatrico|manicomio",
    ],
    explanation: CASUAL,
    suggestions: [
      "describa la conducta o el día con palabras sencillas (desquiciante, caótico, fuera de lugar)",
    ],
    source: SOURCES.nami,
    // "La paciente es de psiquiátrico": la planta que la atiende.
    unlessInSentence: [
      "paciente",
      "pacientes",
      "planta",
      "ingreso",
      "ingresa~",
      "traslad~",
      "cama",
      "unidad",
      "interconsulta",
    ],
  },
  {
    id: "mental-health/antecedentes-y-violencia",
    category: "mental-health",
    severity: "warning",
    patterns: ["antecedentes psiquiatricos|psiquiatrico", "antecedentes de salud mental"],
    explanation:
      "Unir la violencia con la enfermedad mental refuerza un estereotipo falso: las personas con enfermedad mental son más a menudo víctimas que autoras de violencia.",
    suggestions: ["omita el diagnóstico salvo que sea pertinente y esté confirmado"],
    source: SOURCES.nami,
    requireInSentence: [
      "agresor",
      "agresora",
      "atacante",
      "tirador",
      "asesino",
      "asesina",
      "ataque",
      "tiroteo",
      "apunalo",
      "agresion",
      "violento",
      "violenta",
    ],
  },
  // Ronda 21 (de los conjuntos ciegos gastados 26 y 27): jerga para personas ("los esquizos"), un diagnóstico de
  // broma ("estoy full depre", "Casi me da un ataque de pánico… jaja") y la violencia atada al diagnóstico ("el
  // atacante tenía esquizofrenia", "así son todos").
  {
    id: "mental-health/jerga-ronda-21",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "esquizos|esquizas",
      "estoy|ando|andas|esta|anda full|re|super|bien|toda|todo depre|bipo|esquizo",
      "casi me da|dio un ataque de panico|ansiedad",
    ],
    explanation: CASUAL,
    suggestions: ["describa la conducta o el día con palabras sencillas"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/violencia-y-diagnostico",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "atacante|agresor|agresora|tirador|asesino|asesina|homicida tenia|tiene|padecia|sufria esquizofrenia|psicosis|bipolaridad|depresion",
      "atacante|agresor|agresora|tirador|asesino|asesina|homicida tenia|tiene|padecia|sufria un trastorno",
      "asi son todos|todas",
    ],
    explanation: "Vincular la enfermedad mental con la violencia es inexacto y alimenta el estigma.",
    suggestions: ["persona con un problema de salud mental"],
    source: SOURCES.apStylebook,
    requireInSentence: [
      "psicotico~",
      "esquizofreni~",
      "bipolar~",
      "atacante",
      "agresor~",
      "tirador",
      "asesino~",
      "homicida",
      "enfermo~ mental~",
    ],
  },
]);
