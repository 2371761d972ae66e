import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

/** Explanations and suggestions that several rules below give, written once. */
const CON_TRASTORNO = "persona con un trastorno por consumo de sustancias";
const CON_TRASTORNO_POR_ALCOHOL = "persona con trastorno por consumo de alcohol";

const PERSONA =
  "Nombrar a alguien por su consumo lo define por su enfermedad; el lenguaje que pone primero a la persona reduce el estigma.";
const ABUSO =
  '"Abuso" presenta una enfermedad como una falta moral; quien lo lee está menos dispuesto a ofrecer tratamiento.';
const SUSTANCIAS =
  "sustancias|drogas|alcohol|opioides|opiaceos|estupefacientes|narcoticos|farmacos|medicamentos|psicofarmacos|benzodiacepinas|cocaina|heroina|marihuana|cannabis|analgesicos|pastillas|anfetaminas|metanfetamina|fentanilo";
/** Words of a sentence about cleaning, records or asepsis, where "limpio" is literal. */
const LIMPIEZA_LITERAL = [
  "area",
  "areas",
  "superficie",
  "superficies",
  "manos",
  "ropa",
  "sabanas",
  "instrumental",
  "quirofano",
  "habitacion",
  "habitaciones",
  "sala",
  "salas",
  "cocina",
  "equipo",
  "equipos",
  "agua",
  "aire",
  "herida",
  "campo",
  "mesa",
  "casa",
  "piso",
  "pisos",
  "suelo",
  "registro",
  "expediente",
  "antecedentes",
  "codigo",
  "datos",
  "energia",
  "esteril",
  "chorro",
  "cultivo",
  "urocultivo",
  "recoja",
  "recolecte",
  "recolectar",
  "recoger",
  "tecnica",
  "pulmones",
  "auscultacion",
];

export const spanishSubstanceUseRules = defineRules([
  {
    id: "substance-use/adicto",
    category: "substance-use",
    severity: "error",
    patterns: ["adicto|adicta|adictos|adictas"],
    explanation: PERSONA,
    suggestions: [CON_TRASTORNO, "persona con una adicción"],
    source: SOURCES.nidaWordsMatter,
    unlessAfter: [
      "al trabajo|cafe|chocolate|ejercicio|deporte|azucar|celular|telefono|movil|estudio|cine",
      "a la adrenalina|lectura|tecnologia|comida|television|musica",
      "a las redes|series|compras",
      "a los videojuegos|dulces|libros|deportes|podcasts",
    ],
  },
  {
    id: "substance-use/drogadicto",
    category: "substance-use",
    severity: "error",
    patterns: [
      "drogadicto~|drogata~|drogo|drogos|yonqui~|yonki~|tecato~|toxicomano~|heroinomano~|cocainomano~|morfinomano~|marihuanero~|mariguano~|pastillero~|piedrero~|porrero~|fumeta~|falopero~|falopa~|exjunkie~|junkie~|druggie~|etilista~|teporocho~|briago~",
      "consumidor|consumidora|consumidores habitual|habituales",
      // Ronda 20 (del conjunto ciego 24, ya gastado): "Los consumidores de fentanilo saturan la sala".
      "consumidor|consumidora|consumidores|consumidoras de fentanilo|heroina|crack|cocaina|metanfetamina|opioides|drogas|paco|piedra|cristal|pasta|basuco|bazuco",
    ],
    explanation: PERSONA,
    suggestions: ["persona que consume drogas", CON_TRASTORNO],
    source: SOURCES.nidaWordsMatter,
    // Ronda 21: "un pastillero semanal" es una caja de pastillas.
    unlessAfter: ["semanal|diario|mensual|organizador|electronico"],
  },
  {
    // Un colega descrito como ebrio o drogado en el trabajo: la etiqueta, no el problema ("llegó bien pedo").
    id: "substance-use/llego-borracho",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "llego|llega|llegan|llegaron|vino|viene|andaba|anda|andan|aparecio|aparece|estaba|presento bien? borracho|borracha|borrachos|pedo|peda|pedos|ebrio|ebria|drogado|drogada|colocado|colocada|briago|briaga|mamado|mamada|crudo|cruda|curado|curada|tomado|tomada",
      // Ronda 21 (del conjunto ciego gastado 26): "lo pillaron borracho en la guardia".
      "pillaron|pillo|agarraron|cacharon|encontraron|vieron lo|la? borracho|borracha|tomado|tomada|ebrio|ebria|pedo|peda|drogado|drogada",
    ],
    explanation:
      "Describir a un colega como borracho o drogado convierte un problema de salud en escándalo; diga qué pasó y que el deterioro en el trabajo se trata como un asunto de salud y seguridad, con ayuda.",
    suggestions: ["se presentó en condiciones de deterioro", "estaba intoxicado en la guardia"],
    source: SOURCES.nidaWordsMatter,
    unlessInSentence: ["paciente", "pacientes", "triaje", "urgencias", "sobredosis", "intoxicacion"],
  },
  {
    id: "substance-use/alcoholico",
    category: "substance-use",
    severity: "error",
    patterns: [
      "alcoholico|alcoholica|alcoholicos|alcoholicas",
      "un|una|el|la|los|las|unos|unas|otro|otra|ese|esa|esos|es|era|son|eran|de borracho|borracha|borrachos|borrachas|borrachin|borrachines",
      "medico|medica|medicos|doctor|doctora|cirujano|cirujana|cirujanos|enfermero|enfermera|enfermeros|enfermeras|residente|residentes|anestesiologo|anestesista borracho|borracha|borrachos|borrachas",
    ],
    explanation: PERSONA,
    suggestions: [CON_TRASTORNO_POR_ALCOHOL],
    source: SOURCES.nidaWordsMatter,
    unlessBefore: [
      "bebida|bebidas|sin|no|cirrosis|hepatitis|hepatopatia|hepatica|hepatico|esteatosis|pancreatitis|miocardiopatia|cardiomiopatia|neuropatia|polineuropatia|cetoacidosis|intoxicacion|abstinencia|graduacion|contenido|demencia|psicosis|encefalopatia|etiologia|origen|enfermedad|causa",
    ],
    unlessAfter: ["anonimos|anonimas"],
  },
  {
    id: "substance-use/abuso-de-sustancias",
    category: "substance-use",
    severity: "error",
    patterns: [
      `abuso|abusos de|del ${SUSTANCIAS}`,
      `abusa|abusan|abusaba|abusaban|abusar|abuso|abusaron|abusando de|del ${SUSTANCIAS}`,
      `abusador|abusadora|abusadores de|del ${SUSTANCIAS}`,
      // Tras puntuar el conjunto ciego 21: "casos de drogadicción en el personal".
      "drogadiccion|drogadicciones",
    ],
    /** Official names keep their wording: SAMHSA, NIDA, NIAAA, CICAD. */
    unlessBefore: [
      "servicios de salud mental y",
      "instituto nacional sobre|contra el",
      "instituto nacional del|de",
      "comision interamericana para el control del",
    ],
    explanation: ABUSO,
    suggestions: ["consumo de sustancias", "trastorno por consumo de sustancias"],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/limpio",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "esta|estar|estaba|estan|estuvo|estoy|mantenerse|mantiene|mantienen|mantenerte|sigue|seguir|siguen|sigo|lleva|llevo|llevan|llevaba|cumple|cumplio limpio|limpia|limpios|limpias",
      "lleva|llevo|llevan|llevaba|cumple|cumplio|cumplira * anos|ano|meses|mes|semanas|dias limpio|limpia|limpios|limpias",
      "limpio~ de drogas|alcohol|sustancias|consumo|opioides",
      "limpio|limpia|limpios|limpias y sobrio|sobria|sobrios|sobrias",
      "limpio|limpia|limpios|limpias desde hace",
    ],
    explanation:
      '"Limpio" para una persona en recuperación implica que antes estaba "sucia"; carga un juicio moral sobre una enfermedad.',
    suggestions: ["en recuperación", "sin consumir", "en abstinencia"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "drogas",
      "alcohol",
      "consumo",
      "consumir",
      "recuperacion",
      "recaida",
      "sobriedad",
      "opioides",
      "tratamiento",
      "programa",
      "meses",
      "mes",
      "anos",
      "ano",
      "semanas",
      "dias",
      "desde",
      "sobrio",
      "sobria",
      "residencia",
      "volver",
    ],
    unlessInSentence: LIMPIEZA_LITERAL,
  },
  {
    id: "substance-use/prueba-limpia",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "salio|salieron|resulto|resultaron|dio|dieron|sale|salen|volvio|volvieron|vino limpio|limpia|limpios|limpias|sucio|sucia|sucios|sucias",
      "prueba|pruebas|examen|examenes|analisis|antidoping|tamizaje|resultado|resultados|toxicologico|toxicologica limpio|limpia|limpios|limpias|sucio|sucia|sucios|sucias",
      "de orina|drogas sucio|sucia|sucios|sucias",
      "de drogas limpio|limpia|limpios|limpias",
      "orina sucia|sucias",
    ],
    explanation: '"Limpio" y "sucio" para un resultado cargan un juicio moral; use términos clínicos.',
    suggestions: ["resultado negativo", "resultado positivo"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "prueba",
      "pruebas",
      "orina",
      "muestra",
      "examen",
      "antidoping",
      "toxicologico",
      "toxicologica",
      "tamizaje",
      "analisis",
      "drogas",
      "dopaje",
      "resultado",
      "consumo",
    ],
    unlessInSentence: LIMPIEZA_LITERAL,
  },
  {
    id: "substance-use/vicio",
    category: "substance-use",
    severity: "warning",
    patterns: ["vicio|vicios|vicioso|viciosa|viciosos|viciosas"],
    explanation: '"Vicio" presenta la adicción como una falta moral y no como una enfermedad tratable.',
    suggestions: ["adicción", "trastorno por consumo de sustancias"],
    source: SOURCES.nidaWordsMatter,
    unlessBefore: ["circulo|circulos|espiral", "no como un|una", "no es un|una", "no un|una"],
    unlessAfter: [
      "de forma|procedimiento|consentimiento|origen|fabricacion|construccion|nulidad|voluntad",
      "oculto|ocultos|redhibitorio|redhibitorios",
    ],
  },
  {
    id: "substance-use/cambiar-una-droga",
    category: "substance-use",
    severity: "error",
    patterns: [
      "cambia|cambiar|cambian|cambiando|cambio|sustituye|sustituir|sustituyen|sustituyendo|reemplaza|reemplazar|reemplazan|reemplazando|intercambiar una droga|adiccion|dependencia por|con otra",
    ],
    explanation:
      "Los medicamentos para el trastorno por consumo de opioides son un tratamiento con evidencia, no el cambio de una droga por otra; el mito aleja a las personas del tratamiento.",
    suggestions: ["tratamiento con medicamentos para el trastorno por consumo de opioides"],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/bebe-adicto",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "bebe|bebes|neonato|neonatos adicto|adictos|adicta|adictas|drogadicto|drogadictos",
      "recien nacido|nacidos|nacida|nacidas adicto|adictos|adicta|adictas|drogadicto|drogadictos",
    ],
    explanation:
      "Un recién nacido no es adicto; puede nacer con síndrome de abstinencia neonatal por exposición a sustancias.",
    suggestions: ["recién nacido expuesto a sustancias", "bebé con síndrome de abstinencia neonatal"],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/jerga-consumo",
    category: "substance-use",
    severity: "error",
    patterns: [
      "fumeta|fumetas|porrero|porrera|porreros|cocainomano|cocainomana|cocainomanos|heroinomano|heroinomana|heroinomanos|pastillero|pastillera|pastilleros|pastilleras|borrachin|borrachines|beodo|beoda|beodos|teporocho|teporochos",
      "un|una|el|la|los|las|otro|otra|ese|esa|aquel|viejo|vieja borracho|borracha|borrachos|borrachas|alcoholizado|alcoholizada|drogado|drogada|drogados",
    ],
    requireAfter: ["@adp|@aux|@conj|@neg|@end|que|quien|se"],
    explanation: PERSONA,
    suggestions: ["persona que usa drogas", CON_TRASTORNO_POR_ALCOHOL],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/recaida-como-vicio",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "volvio|volvieron|vuelve|vuelven|volver|regreso|regresaron a las andadas",
      "su|sus|tu|viejo|viejos|antiguo|antiguos mal? habito|habitos|vicio|vicios|costumbre",
      "volvio|volvieron|vuelve|vuelven|volver|recayo|recayeron|cayo|cayeron en el|su|sus viejo|viejos? vicio|vicios|habito|habitos",
    ],
    explanation:
      '"Vicio" o "hábito" sugieren una elección que se deja a voluntad, no una enfermedad tratable.',
    suggestions: ["trastorno por consumo de sustancias", "volvió a consumir"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "droga",
      "drogas",
      "alcohol",
      "beber",
      "bebida",
      "consumo",
      "consumir",
      "consumia",
      "pastillas",
      "opioides",
      "cocaina",
      "heroina",
      "recaida",
      "recayo",
      "sobrio",
      "sobria",
      "rehabilitacion",
      "andadas",
      "fentanilo",
      "jeringa",
      "botella",
    ],
  },
  // Ronda 17 (del conjunto de entrenamiento 16a): jerga de la recaída y del consumo dicha de una persona ("Se cayó
  // del carro otra vez", "la doctora le da al frasco", "se empastillaba antes de cada guardia").
  {
    id: "substance-use/jerga-recaida",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "se cayo|cae|caen|cayeron|caera del carro|vagon",
      "le|les da|dan|daba|daban|dio|dieron al frasco|trago|pomo|chupe|copete",
      "se empastillaba|empastilla|empastillan|empastillaban|empastillo",
    ],
    // "Se cayó del carro de curas": el carro del hospital.
    unlessAfter: ["de|del"],
    explanation:
      "La jerga de la recaída y del consumo convierte un problema de salud en chiste o en falta moral; diga qué pasó en palabras médicas.",
    suggestions: ["volvió a consumir", "tiene un trastorno por consumo de alcohol"],
    source: SOURCES.nidaWordsMatter,
  },
  // Issue 14, ronda de ajuste 7 (de los conjuntos de entrenamiento 7a–7d, nunca de un conjunto ciego).
  {
    id: "substance-use/jerga-regional",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "viciosito|viciosita|viciositos|borrachito|borrachita|borrachitos|borrachitas|teco|tecos|bolo|bolos|jumo|jumos|pacheco|pachecos|marihuano|marihuanos|huelepega|huelepegas|borrachin|borrachines|borrachos|junkie|junkies|yonqui|yonquis|drogo|drogos|vicioso|viciosos|viciosa|viciosas|pastillero|pastilleros",
      "un|una|el|la|puro|bien borracho|borracha",
      "en pedo",
      // Ronda 20: "un pastero de los peores", "el mismo curda de siempre".
      "pastero|pasteros|pastera|pasteras|paquero|paqueros|paquera|paqueras",
      // Del conjunto de entrenamiento 19a: "es un fumón", "otro pastabasero", "es una curda", "se puso bien pedo".
      "fumon|fumones|fumona|fumonas|pastabasero|pastabaseros|pastabasera",
      // Ronda 21 (de los conjuntos ciegos gastados 26 y 27): "otro basuquero", "un resistolero", "el jumao".
      "basuquero|basuqueros|basuquera|basuqueras|resistolero|resistoleros|resistolera|jumao|jumaos",
      "es|era una curda",
      "bien|muy pedo",
      "el|un|los|unos|ese|esos|mismo|otro curda|curdas",
      "andaba|anda|andan curado|curada",
      "exadicto|exadicta|exadictos|exalcoholico|exalcoholica|exdrogadicto",
      "usuario|usuarios|usuaria|usuarias de drogas",
      // Con artículo o sin él ("el hábito de la cocaína", ronda 15).
      "habito|habitos de|con la|las|los|el? opioides|drogas|pastillas|cocaina|alcohol|heroina|coca|fentanilo|metanfetamina|benzodiacepinas|benzos|anfetaminas|porros|morfina|ketamina|propofol|tramadol|clonazepam|alprazolam",
      // Ronda 21 (del conjunto ciego gastado 28): "Es un tomapastillas".
      "tomapastillas",
    ],
    explanation:
      "La jerga para quien consume define a la persona por su consumo y carga un desprecio que la aleja del tratamiento.",
    suggestions: [CON_TRASTORNO, "persona en recuperación", "persona que usa drogas"],
    source: SOURCES.nidaWordsMatter,
    unlessBefore: ["caja|cajita|organizador|circulo|circulos"],
    // Ronda 21 (de los conjuntos ciegos gastados 26 y 27): "un bolo de 500 ml" (una dosis), "un pastillero
    // semanal" (una caja de pastillas).
    unlessAfter: [
      "de *? ml|cc|mg|mcg|ui|unidades|litro|litros|suero|solucion|cristaloides|liquidos|insulina|heparina",
      "semanal|diario|mensual|organizador|electronico|alimenticio|intravenoso|endovenoso|iv|con|para",
    ],
  },
  {
    id: "substance-use/limpio-sucio-prueba",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "salio|salieron|dio|dieron|sale|da limpio|limpia|limpios|sucio|sucia|sucios",
      "lleva|llevan|lleva~ *? *? sucio|sucia",
      // Ronda 21 (de los conjuntos ciegos gastados 26 y 27): "Resultado de la prueba: sucio para cannabis".
      "sucio|sucia|sucios|sucias para benzodiacepinas|benzos|cannabis|marihuana|cocaina|opioides|opiaceos|anfetaminas|metanfetamina|thc|alcohol|fentanilo|drogas",
    ],
    explanation:
      "Llamar limpio o sucio a una persona o a un resultado asocia el consumo con la suciedad y la vergüenza; use palabras médicas.",
    suggestions: ["dio negativo / positivo", "en recuperación"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "prueba",
      "examen",
      "toxicologico",
      "antidoping",
      "orina",
      "padrino",
      "semana",
      "dias",
      "consumo",
      "droga~",
    ],
  },
  // Ronda 19 (del conjunto ciego 22): "Con una muestra sucia más, queda fuera del programa". Solo «sucia»:
  // una «muestra limpia» de orina es un término clínico.
  {
    id: "substance-use/muestra-sucia",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "muestra|muestras|prueba|pruebas|antidoping|examen|examenes|resultado|resultados|toxicologico sucia|sucias|sucio|sucios",
    ],
    explanation:
      "Llamar sucio a un resultado asocia el consumo con la suciedad y la vergüenza; use palabras médicas.",
    suggestions: ["dio positivo", "resultado positivo"],
    source: SOURCES.nidaWordsMatter,
  },
  // Issue 14, ronda 11 (del conjunto ciego 10 ya gastado y de los conjuntos de entrenamiento).
  {
    id: "substance-use/jerga-3",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "curao|curaos|pepero|peperos|pepera|peperas|empastillado|empastillada|empastillados|empastilladas|drogodependiente|drogodependientes",
      // Ronda 19 (del conjunto de entrenamiento 18b): "curaditos", "farmacodependientes", "hasta las chanclas",
      // "le tira la botella", "toma como cosaco".
      "curadito|curaditos|curadita|curaditas|farmacodependiente|farmacodependientes",
      "borrachito|borrachita|borrachitos|borrachitas|falopero|faloperos|falopera|faloperas",
      "hasta las chanclas|manitas",
      "le|les tira~ *? @det? botella|trago",
      "toma~|bebe~ como cosaco|cosacos|esponja",
    ],
    explanation: PERSONA,
    suggestions: [CON_TRASTORNO],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "substance-use/limpio-2",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "ha|han|habia salido limpio|limpia|limpios|limpias|sucio|sucia",
      "limpio|limpia o sucio|sucia",
    ],
    explanation:
      "«Limpio» y «sucio» para personas o sus análisis cargan de juicio moral un resultado médico; diga qué mostró la prueba.",
    suggestions: ["resultado negativo", "resultado positivo"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "control",
      "analisis",
      "prueba",
      "pruebas",
      "antidoping",
      "test",
      "toxicos",
      "toxicologico",
      "orina",
    ],
  },
  {
    id: "substance-use/recuperacion-burla",
    category: "substance-use",
    severity: "warning",
    patterns: [
      "a ver cuanto le|les|te dura|aguanta",
      // Ronda 20: "Doce pasos, doce recaídas: así va su famosa recuperación".
      "su|tu|la famosa|supuesta|dichosa|tal recuperacion|rehabilitacion|sobriedad",
      // Ronda 21 (del conjunto ciego gastado 28): "ese de los doce pasos no dura ni un mes".
      "no dura|durara|aguanta ni un|una mes|semana",
    ],
    explanation:
      "Burlarse de la recuperación (apostar por la recaída) trata un trastorno tratable como falta de voluntad y aleja a la persona del apoyo.",
    suggestions: ["la recuperación lleva tiempo; las recaídas son parte del tratamiento"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "doce pasos",
      // Ronda 21: "lleva 90 días sin tomar, a ver cuánto le dura".
      "sin tomar|beber|consumir",
      "rehabilitacion",
      "pasos",
      "sobrio",
      "sobria",
      "recaida",
      "recayo",
      "limpio",
      "limpia",
      "desintoxicacion",
      "cantinela",
      "recuperacion",
    ],
  },
  // Ronda 21 (del conjunto ciego gastado 27): la adicción negada como enfermedad ("Eso no es una enfermedad, es un
  // mal hábito: que lo deje y ya").
  {
    id: "substance-use/mal-habito",
    category: "substance-use",
    severity: "warning",
    patterns: ["es|era|son un|una mal|mala habito|costumbre|vicio", "es|era|son puro|pura vicio|capricho"],
    explanation:
      "Llamar vicio o mal hábito a una adicción niega que es una enfermedad tratable y aleja a la persona del tratamiento.",
    suggestions: ["es un trastorno por consumo, y tiene tratamiento"],
    source: SOURCES.nidaWordsMatter,
    requireInSentence: [
      "enfermedad",
      "adiccion",
      "alcohol",
      "drogas",
      "consumo",
      "deje",
      "dejar",
      "beber",
      "tomar",
    ],
    unlessInSentence: ["@hedge", "mito", "@neg *? *? mal habito"],
  },
]);
