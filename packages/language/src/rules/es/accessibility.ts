import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

const ENLACE =
  "Quienes usan lectores de pantalla saltan de enlace en enlace; el texto del enlace debe decir adónde lleva.";
const IMAGEN =
  "imagen|imagenes|foto|fotos|fotografia|fotografias|grafico|graficos|grafica|graficas|ilustracion|ilustraciones|icono|pic";
const PERSONA_PRIMERO =
  "Las etiquetas definen a la persona por su discapacidad; las guías de lenguaje inclusivo piden nombrar primero a la persona.";

export const spanishAccessibilityRules = defineRules([
  {
    id: "accessibility/haga-clic-aqui",
    category: "accessibility",
    severity: "error",
    patterns: [
      "haga|haz|hacer|pulse|pulsa|presione|presiona|de|da clic|click aqui|aca|abajo",
      "haga|haz|pulse|pulsa|presione|presiona|toque|toca|pinche|pincha|clique|clica|cliquee|cliquea aqui|aca|abajo",
      "clic|click aqui|aca|abajo",
      "haga|haz|pulse|pulsa|presione|presiona clic|click? en este|el enlace|vinculo|link",
      "clic|click en este|el enlace|vinculo|link",
    ],
    explanation: ENLACE,
    suggestions: ['nombre el destino, p. ej. "Lea la guía de licencias"'],
    source: SOURCES.govukLinks,
  },
  {
    id: "accessibility/leer-mas",
    category: "accessibility",
    severity: "error",
    patterns: [
      "leer|ver|saber|conocer|descubra|descubre|lea|vea mas",
      "mas informacion|info|detalles",
      "seguir|continuar leyendo",
      "continuar|continue|siguiente",
      "aqui|aca",
      "este enlace|vinculo|link",
      "enlace|vinculo|link",
      "mas",
      "detalles",
    ],
    explanation: ENLACE,
    suggestions: ['describa el destino, p. ej. "Lea el marco de mensajes del 988"'],
    source: SOURCES.wcagLinkPurpose,
    contexts: ["link"],
    anchor: "whole",
  },
  {
    id: "accessibility/descargue-aqui",
    category: "accessibility",
    severity: "error",
    patterns: [
      "descargue|descarga|descargar|inscribase|inscribete|inscribirse|registrese|registrate|registrarse|suscribase|suscribete|apuntate|apuntese|done|dona|donar aqui|aca",
    ],
    explanation: ENLACE,
    suggestions: [
      'nombre lo que se descarga o a qué se inscribe, p. ej. "Descargue la guía para supervisores (PDF)"',
    ],
    source: SOURCES.govukLinks,
  },
  {
    id: "accessibility/imagen-de",
    category: "accessibility",
    severity: "warning",
    patterns: [
      `${IMAGEN} de|del|que|donde|mostrando|con`,
      `una|la|esta ${IMAGEN} de|del|que|donde|mostrando|con`,
      "captura|capturas de pantalla de|del|que|con",
    ],
    explanation: 'Los lectores de pantalla ya anuncian la imagen; empezar con "imagen de" lo repite.',
    suggestions: ["describa lo que muestra la imagen, empezando por el sujeto"],
    source: SOURCES.wcagNonText,
    contexts: ["alt"],
    anchor: "start",
    unlessAfter: [
      "barras|lineas|sectores|dispersion|columnas|areas|torta|pastel|burbujas|radar|flujo|caja|cajas|velas",
    ],
  },
  {
    id: "accessibility/texto-alternativo-vacio",
    category: "accessibility",
    severity: "error",
    patterns: [
      `${IMAGEN}|img|logo|logotipo|banner|marcador|alt|pendiente|titulo|dibujo|diagrama|captura|fotomontaje`,
      "sin titulo",
      "texto alternativo",
      "captura de pantalla",
      "por definir",
    ],
    explanation:
      'Un texto alternativo que solo dice "imagen" no le cuenta nada a quien usa un lector de pantalla.',
    suggestions: ["describa lo que muestra la imagen y por qué está ahí"],
    source: SOURCES.wcagNonText,
    contexts: ["alt"],
    anchor: "whole",
  },
  {
    id: "accessibility/ver-abajo",
    category: "accessibility",
    severity: "suggestion",
    patterns: [
      "ver|vea|vease|mire|consulte abajo|arriba",
      "como se muestra|ve|indica arriba|abajo",
      "mostrado|mostrada|mostrados|mostradas arriba|abajo",
      "que aparece|aparecen arriba|abajo",
      "en la|el imagen|foto|fotografia|grafico|grafica|figura|tabla|ilustracion de arriba|abajo",
      "en la|el imagen|foto|fotografia|grafico|grafica|figura|tabla|ilustracion de la izquierda|derecha",
      "en la|el imagen|foto|fotografia|grafico|grafica|figura|tabla|ilustracion superior|inferior",
    ],
    explanation:
      "Las indicaciones que dependen del diseño no funcionan con lectores de pantalla ni en pantallas pequeñas.",
    suggestions: ["nombre la sección o el elemento"],
    source: SOURCES.wcagNonText,
    contexts: ["body", "heading"],
  },
  {
    id: "accessibility/minusvalido",
    category: "accessibility",
    severity: "error",
    patterns: [
      "minusvalido|minusvalida|minusvalidos|minusvalidas|lisiado|lisiada|lisiados|lisiadas|tullido|tullida|tullidos|tullidas|discapacitado|discapacitada|discapacitados|discapacitadas",
      "un|una|los|las|unos|unas invalido|invalida|invalidos|invalidas",
      "quedo|quedar|quedara|quedaron|quedado|dejo|dejar invalido|invalida|invalidos|invalidas",
      "para|de|con invalidos|invalidas",
      "persona|personas|paciente|pacientes|hombre|hombres|mujer|mujeres|nino|nina|ninos|ninas|anciano|anciana|ancianos|ancianas|veterano|veteranos|soldado|soldados|trabajador|trabajadora|trabajadores|hijo|hija|hijos|padre|madre|gente|residente|residentes invalido|invalida|invalidos|invalidas",
      "silla|sillas|carrito|carro de invalido|invalida|invalidos|invalidas",
      "paralitico|paralitica|paraliticos|paraliticas",
      "disminuido|disminuida|disminuidos|disminuidas fisico|fisica|fisicos|fisicas|psiquico|psiquica|psiquicos|psiquicas|mental|mentales|sensorial|sensoriales",
      "capacidades diferentes|especiales|distintas",
    ],
    explanation: PERSONA_PRIMERO,
    suggestions: ["persona con discapacidad", "persona con discapacidad física", "estacionamiento accesible"],
    source: SOURCES.unDisabilityLanguage,
    unlessBefore: ["ileo|ileos|estrabismo|estrabismos"],
  },
  {
    id: "accessibility/retraso-mental",
    category: "accessibility",
    severity: "error",
    patterns: [
      "retraso|retrasos|retardo mental|mentales",
      "deficiente|deficientes mental|mentales",
      "oligofrenico|oligofrenica|oligofrenicos|oligofrenicas",
    ],
    explanation:
      '"Retraso mental" y "deficiente mental" son términos médicos antiguos que hoy se usan como insulto; la denominación actual es discapacidad intelectual.',
    suggestions: ["discapacidad intelectual", "persona con discapacidad intelectual"],
    source: SOURCES.unDisabilityLanguage,
    unlessBefore: ["termino|expresion|palabra|etiqueta|denominacion"],
  },
  {
    id: "accessibility/confinado-a-silla-de-ruedas",
    category: "accessibility",
    severity: "warning",
    patterns: [
      "confinado|confinada|confinados|confinadas|postrado|postrada|postrados|postradas|atado|atada|atados|atadas|condenado|condenada|condenados|condenadas|relegado|relegada|limitado|limitada|prisionero|prisionera a|en una|la|su? silla|sillas de ruedas",
    ],
    explanation:
      "La silla de ruedas da movilidad; hablar de estar confinado o atado a ella presenta a la persona como víctima.",
    suggestions: ["persona usuaria de silla de ruedas", "usa silla de ruedas"],
    source: SOURCES.unDisabilityLanguage,
  },
  {
    id: "accessibility/sordomudo",
    category: "accessibility",
    severity: "warning",
    patterns: ["sordomudo|sordomuda|sordomudos|sordomudas"],
    explanation:
      "La mayoría de las personas sordas pueden hablar y muchas se comunican en lengua de señas; sordomudo es inexacto y anticuado.",
    suggestions: ["persona sorda", "persona con discapacidad auditiva"],
    source: SOURCES.unDisabilityLanguage,
  },
  {
    id: "accessibility/sufre-discapacidad",
    category: "accessibility",
    severity: "suggestion",
    patterns: [
      "sufre|sufren|sufria|sufrir|sufriendo|sufrio|padece|padecen|padecia|padecer|padeciendo|aquejado|aquejada|aquejados|victima|victimas de|por? una|un? discapacidad|discapacidades|paralisis|paraplejia|tetraplejia|ceguera|sordera|cuadriplejia|hemiplejia|amputacion|autismo|epilepsia|dislexia|enanismo|esclerosis|distrofia|ela|polio|poliomielitis|espina",
      "sufre|sufren|sufria|sufrir|sufriendo|padece|padecen|padecia|padecer|padeciendo de? sindrome de down",
      "sufre|sufren|sufria|sufrir|sufriendo|padece|padecen|padecia|padecer|padeciendo de? espina bifida",
    ],
    explanation:
      'Una discapacidad se "tiene", no se "sufre" ni se "padece"; el verbo presupone una vida definida por el dolor.',
    suggestions: ["tiene", "vive con", "es una persona con"],
    source: SOURCES.unDisabilityLanguage,
  },
  {
    id: "accessibility/expresion-capacitista",
    category: "accessibility",
    severity: "warning",
    patterns: [
      "hacer|hace|hacen|hizo|hicieron|hacia|hacian|haciendo|hagan|haga|haran|hara|hecho oidos sordos",
      "oidos sordos",
      "cae|caen|cayo|cayeron|caia|caian|caera|caeran en oidos sordos",
      "excusa|excusas|propuesta|propuestas|argumento|argumentos|razon|razones|respuesta|respuestas|politica coja|cojas|cojo|cojos",
      "paralizado|paralizada|paralizados|paralizadas|paraliza|paralizan|paralizo|paralizaron|paralizante|paralizantes por|ante|con|de la|el|los|las? burocracia|papeleo|tramites|miedo|reglas|normas|indecision|comites|reuniones|dudas",
      "ciego|ciega|ciegos|ciegas ante|a @det? problema|problemas|realidad|necesidades|sufrimiento|senales|riesgos|quejas|dano|suplicas|ruegos|alertas|avisos",
      "sordo|sorda|sordos|sordas ante|a @det? quejas|reclamos|peticiones|pedidos|necesidades|problema|problemas|suplicas|ruegos|llamados|alertas|avisos|criticas",
      "nos|los|las|me|te|le|les|lo|la tiene|tienen|tenia|tenian|dejo|dejaron|deja|dejan paralizado|paralizada|paralizados|paralizadas",
      "se? hacer|hace|hacen|hizo|hicieron|hacia|hacian el|la|los|las ciego|ciega|ciegos|ciegas|sordo|sorda|sordos|sordas",
    ],
    explanation:
      "Usar la discapacidad como metáfora de algo malo (sordo, ciego, cojo, paralizado) asocia a las personas con discapacidad con el fracaso y la impotencia.",
    suggestions: ["ignorar", "débil", "estancado", "no ver"],
    source: SOURCES.unDisabilityLanguage,
    unlessInSentence: [
      "ictus",
      "lesion",
      "medular",
      "paralisis",
      "fisioterapia",
      "audicion",
      "auditiva",
      "visual",
      "accidente",
      "derrame",
    ],
  },
  {
    id: "accessibility/postrado",
    category: "accessibility",
    severity: "warning",
    patterns: [
      "postrado|postrada|postrados|postradas",
      "atado|atada|atados|atadas|amarrado|amarrada a una|la|su silla",
    ],
    explanation: PERSONA_PRIMERO,
    suggestions: ["usa silla de ruedas", "que no puede levantarse de la cama"],
    source: SOURCES.unDisabilityLanguage,
  },
  // Issue 14, ronda de ajuste 7 (de los conjuntos de entrenamiento 7a–7d, nunca de un conjunto ciego).
  {
    id: "accessibility/metafora-discapacidad",
    category: "accessibility",
    severity: "warning",
    patterns: [
      "quedo|queda|quedan|quedaron|esta|anda cojo|coja|cojos|cojas|manco|manca|ciego|ciega|sordo|sorda",
      "dialogo de sordos",
      "estas|esta|estan|eres sordo|sorda|sordos|ciego|ciega|ciegos",
      "no seas|sean autista|autistas|retrasado|retrasada|mongol|mongolico",
      "bien|tan|muy|super autista|retrasado|retrasada|mongolo|mongola",
      "deuda|deudas paralizante|paralizantes",
      "afectado|afectada|afectados|afectadas de|por sindrome|autismo|paralisis|ceguera|sordera",
      "padece|padecen|padecia|sufre|sufren|sufria autismo|sordera|ceguera|paralisis|epilepsia|dislexia|enanismo",
      "a pesar de su discapacidad|sordera|ceguera|silla",
      "supero|superar|supera su discapacidad|sordera|ceguera|autismo",
    ],
    explanation:
      "Usar una discapacidad como insulto o metáfora de algo que falla (cojo, sordo, ciego), o presentarla como sufrimiento que se supera, asocia a las personas con discapacidad al fracaso o a la tragedia.",
    suggestions: [
      "incompleto",
      "no escuchar",
      "tiene autismo / es autista",
      "describa lo que la persona hizo",
    ],
    source: SOURCES.ncdjStyleGuide,
    unlessInSentence: ["interprete", "lengua", "señas", "senas", "audifono~", "implante~", "paciente~"],
  },
]);
