import type { Fact, Resource } from "@chorus/content";
import { MERGE_FIELD } from "./tokenize.js";

/** A figure written in copy: a percentage, an "X in Y" ratio, a multiplier, a figure in words or a count. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  /** The numbers in it, normalised (`"one in five"` → `["1", "5"]`), for comparison with facts. */
  numbers: string[];
  /** The sentence the figure is in, for the meaning of the claim and a source named beside it. */
  sentence: string;
  /**
   * The source the sentence itself names ("according to the CDC", "In Medscape's 2021 survey"), if any.
   * Weaker than a cited library fact, but a reader can see where the figure comes from.
   */
  namedSource?: string;
}

const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
  hundred: "100",
  thousand: "1000",
  half: "50",
  twice: "2",
  doubled: "2",
  tripled: "3",
  uno: "1",
  una: "1",
  dos: "2",
  tres: "3",
  cuatro: "4",
  cinco: "5",
  seis: "6",
  siete: "7",
  ocho: "8",
  nueve: "9",
  diez: "10",
  cien: "100",
  mitad: "50",
  doble: "2",
  triple: "3",
  duplicado: "2",
  triplicado: "3",
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const WORD_NUMBER = `(?:${Object.keys(TENS).join("|")})(?:-(?:${ONES.join("|")}))?|${Object.keys(NUMBER_WORDS).join("|")}`;

/** "sixty-three" → "63"; "five" → "5"; anything else undefined. */
function wordValue(word: string): string | undefined {
  const [tens, ones] = word.toLowerCase().split("-");
  const tensValue = TENS[tens ?? ""];
  if (tensValue !== undefined) return String(tensValue + (ones ? ONES.indexOf(ones) + 1 : 0));
  return NUMBER_WORDS[word.toLowerCase()];
}
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const ANY_NUMBER = `(?:${NUMBER}|${WORD_NUMBER})`;

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";

const UNITS_OF_TIME =
  "seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|shifts?|segundos?|minutos?|horas?|d[ií]as?|noches?|semanas?|mes|meses|años?|turnos?|guardias?";
const MONEY_WORDS = "dollars?|usd|euros?|eur|pesos?|d[oó]lares|stipend|bonus|grant|beca|bono|subsidio";

/**
 * Spans that contain digits but are not claims: links, placeholders, dates, times, phone numbers, years,
 * names, ages, durations and duty-hour limits, money paid or offered, and numbered places (bed 12, room 4).
 */
const NOT_CLAIMS: RegExp[] = [
  /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/gi,
  MERGE_FIELD,
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  new RegExp(String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`, "gi"),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?:${MONTHS})\b`, "gi"),
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)(?![\p{L}])/giu,
  /\b\d{1,2}:\d{2}\b/g,
  // Times on the 24-hour clock: "handoff at 0645", "leave by 1930", "0700 huddle", "a las 0700".
  /\b0\d[0-5]\d\b|\b(?:at|by|until|till|from|before|after|to|around|a\s+las|hasta\s+las|desde\s+las)\s+(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*(?:%|percent|por\s+ciento))/giu,
  /(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b/g,
  /\b24\/7\b|\b24\s*(?:hours?|horas)\s*(?:a|al)\s*(?:day|d[ií]a)\b/gi,
  /\b(?:19|20)\d{2}s?\b|\b\d0s\b/g,
  /\b\d+(?:st|nd|rd|th|\.?er|\.?o|\.?a)\b|\b\d+\.?[ºª]/g,
  // Crisis and emergency lines: 988, 911, 112, 999, and Spain's 024 (suicide), 016 and 061.
  /\b(?:988|911|112|999|024|016|061|741741)\b/g,
  // A Spanish phone number in groups of three: "Teléfono de la Esperanza: 717 003 717".
  /\b[6789]\d{2} \d{3} \d{3}\b/g,
  // A line's number or short code: "la línea *4141", "the crisis line 741741", "#SAFE (7233)".
  /[*#]\d{3,6}\b|\b(?:l[ií]nea|line|hotline|helpline|n[uú]mero|tel[eé]fono|phone)\s+(?:de\s+\p{L}+\s+)?[*#]?\d{3,}/giu,
  // Numbers to call or text: "text HOME to 741741", "llame al 800 123".
  /\b(?:call|text|dial|llam[ea]r?|marc[ae]r?|envi[ea]r?|env[ií]a)\b[^.;\n\d]{0,20}\d[\d\s-]{2,}\d/giu,
  // Names with digits: COVID-19, H1N1, Title 42, section 504, bed 12, room 4, Ward 7.
  /\b\p{L}+-\d+\b|\b\p{L}+\d+\p{L}*\b|\b(?:title|section|chapter|step|page|p\.|pp\.|slide|lesson|module|question|item|room|rooms|suite|suites|aula|box|census|episode|episodio|ep\.|season|temporada|minute|minuto|consultorio|quir[oó]fano|pabell[oó]n|no\.|apt\.?|bed|beds|floor|floors|unit|units|ward|wards|bay|bays|pod|building|extension|ext\.?|cama|camas|habitaci[oó]n|habitaciones|sala|salas|piso|planta|unidad|p[aá]gina|p[aá]g\.|diapositiva|lecci[oó]n|m[oó]dulo|pregunta|paso|cap[ií]tulo|art[ií]culo|ley)\s+#?\d+(?:\s*(?:-|to|and|y|a)\s*\d+)?\b/giu,
  // A figure quoted to talk about it: "We pulled the ‘1 in 5’ claim", "la cifra «1 de cada 5»".
  /[‘'"“«][^‘’'"“”«»]{1,24}[’'"”»]\s+(?:claim|claims|figure|figures|statistic|stat|stats|number|numbers|line)\b|\b(?:cifra|dato|estad[ií]stica|frase)\s+(?:de\s+)?[‘'"“«][^‘’'"“”«»]{1,24}[’'"”»]/giu,
  // Where something is, and one at a time: "the code is in 12", "entren de dos en dos", "uno por uno".
  /\b(?:is|are|was|were|it['’]s)\s+in\s+\d{1,4}\b(?!\s*(?:%|percent|out|of|in\b))|\bde\s+(\p{L}+)\s+en\s+\1\b/giu,
  // A discount: "20% off", "a 15% discount", "el 60 % de descuento".
  /\b\d+(?:[.,]\d+)?\s*(?:%|percent|por\s+ciento)\s*(?:off\b|discount|de\s+descuento|descuento)/giu,
  // A raise in a contract, "a 4% raise in year one and 3% in year two", "un 5 % de aumento salarial".
  /\b\d+(?:[.,]\d+)?\s*(?:%|percent|por\s+ciento)\s*(?:raises?\b|(?:pay|wage|salary)\s+(?:rises?|increases?)\b|cost[-\s]of[-\s]living|COLA\b|(?:employer\s+)?match\b|(?:de\s+)?(?:aumento|incremento|subida)\s+(?:salarial|de\s+sueldo|del\s+sueldo)|de\s+aumento\b)/giu,
  // The raise's later years, "… and 3% in year two": from the word "raise" on, with no other figure between.
  /\b(?:raises?|aumentos?)\b[^.;:!?%\d]{0,60}\d+(?:[.,]\d+)?\s*(?:%|percent)\s+(?:in|for)\s+year\s+(?:one|two|three|four|five|\d)\b/giu,
  // Round 21 (from the spent blind sets 26 and 27): a unit's census ("a census of 32"), a plan that covers
  // care in full ("cubre al 100 % ocho sesiones"), a raise named by its verb ("aumentamos un 10 % el
  // estipendio", "raising the stipend by 5%") and a room called by its number ("en la 14 está…").
  /\bcensus\s+(?:of|is|at|was|hit|hits)\s+\d+\b|\b(?:cubre|cubren|cubrimos|cubrir[aá]|covers?|covered)\s+(?:al\s+|el\s+|an?\s+)?100\s*(?:%|percent|por\s+ciento)|\b100\s*(?:%|percent|por\s+ciento)\s+(?:covered|cubiert[oa]s?|gratis|free|paid|pagad[oa]s?)\b/giu,
  /\b(?:aument|increment|sub|rais|increas|boost|bump)\p{L}*\s+(?:en\s+|by\s+)?(?:un\s+|el\s+|a\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent|por\s+ciento)\s+(?:el|la|los|las|our|the)\s+(?:estipendio|sueldo|salario|beca|bono|pago|tarifa|n[oó]mina|stipend|salary|salaries|pay|wage|bonus)\p{L}*|\b(?:rais|increas|boost|bump)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:stipends?|salar(?:y|ies)|pay|wages?|bonus(?:es)?)\s+(?:by\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent)/giu,
  /\ben\s+(?:la|el)\s+\d{1,3}\b(?!\s*(?:%|por\s+ciento|de\s+cada|[.,]\d))/giu,
  // "Aumento salarial del 6 % aprobado", "a pay raise of 4%".
  /\b(?:aumento|incremento|subida)\s+(?:salarial|de\s+sueldo|del\s+sueldo)\s+(?:del|de\s+un|de)\s+\d+(?:[.,]\d+)?\s*(?:%|por\s+ciento)|\b(?:pay|wage|salary)\s+(?:raise|rise|increase)\s+of\s+\d+(?:[.,]\d+)?\s*(?:%|percent)/giu,
  // A sample size, "n = 412"; a weekday's date, "jueves 12", "Tuesday 14".
  /\bn\s*=\s*[\d.,]+|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+\d{1,2}\b/giu,
  // A patient's vital signs: "a heart rate of 150", "BP 180/100", "frecuencia cardiaca de 130".
  /\b(?:heart\s+rate|pulse|HR|BP|blood\s+pressure|respiratory\s+rate|RR|temp(?:erature)?|glucose|sugar|frecuencia\s+card[ií]aca|frecuencia\s+respiratoria|pulso|presi[oó]n(?:\s+arterial)?|tensi[oó]n|temperatura|glucosa|glucemia)\s*(?:of|de|was|is|at|en|:|was\s+at)?\s*\d+(?:[.,/]\d+)?/giu,
  // A patient's clinical values: "saturation of 91%", "saturación de 91 %", "SpO2 88%", "EF 35%".
  /\b(?:saturation|saturaci[oó]n|sats?|SpO2|O2|FiO2|HbA1c|A1c|ejection\s+fraction|fracci[oó]n\s+de\s+eyecci[oó]n|EF|FEVI)\s*(?:of|de|at|a|was|is|was\s+at|del|:)?\s*(?:\p{L}+\s+)?\d+(?:[.,]\d+)?\s*%/giu,
  // An age after a name or a role: "Dr. Ana Reyes, 41, died…", "Longtime pharmacist, 41, dies by suicide".
  // Shifts and decades: "12s", "the 90s".
  /(?<=\p{Lu}[\p{L}.-]*,\s)\d{1,3}(?=,)|(?<=\p{L},\s)\d{2}(?=,\s+\p{Ll})|\b\d{1,2}s\b/gu,
  // An age at a moment of a life: "Dr. Lorna Breen was 49 when she died".
  /\b(?:was|is|were|turned)\s+\d{1,2}\s+(?=when\b|cuando\b)/giu,
  // Ages: "ages 25 to 34", "aged 30", "a 30-year-old", "de 29 años", "entre 25 y 34 años".
  /\bages?\s+\d+(?:\s*(?:-|–|to|and|through)\s*\d+)?\b|\baged\s+\d+(?:\s*(?:-|–|to|and)\s*\d+)?\b|\b\d+[-\s]years?[-\s]olds?\b/gi,
  /\b(?:de|entre|los|las|a\s+los|edad\s+de)\s+\d+(?:\s*(?:-|–|y|a)\s*\d+)?\s+años\b/giu,
  // An age at a life event: "diagnosed at 34", "her diagnosis came at 34", "retired at 60", "se jubiló a los 60".
  /\b(?:diagnos\w*|came|started|began|retired|died|married|graduated|matched|became|quit|left|joined|diagnostic\w*|lleg[oó]|empez[oó]|comenz[oó]|se\s+jubil[oó]|muri[oó]|se\s+gradu[oó]|se\s+cas[oó])\s+(?:\p{L}+\s+){0,2}(?:at|a\s+los)\s+\d{1,2}\b(?!\s*(?:%|percent|per\b|in\b|out\b|of\b|por\b|de\b))/giu,
  // Durations, shift lengths and duty-hour limits: "80-hour", "28-hour shift", "24 hours", "12 weeks", "16 horas".
  new RegExp(String.raw`\b\d+(?:[.,]\d+)?(?:\s*(?:-|–|to|a|y)\s*\d+)?[-\s]?(?:${UNITS_OF_TIME})\b`, "giu"),
];

/**
 * Money paid or offered: "$3,000 stipend", "3.000 dólares", "USD 500". Sums in millions stay claims, and so
 * does any sum in a sentence about what something costs ("Replacing one nurse costs roughly $50,000").
 */
const MONEY_PAID: RegExp[] = [
  new RegExp(
    String.raw`(?:US)?[$€£]\s?\d+(?:[.,]\d+)*(?!\s*(?:million|billion|millones|mil\s+millones)\b)(?:\s*(?:${MONEY_WORDS}))?`,
    "giu",
  ),
  new RegExp(String.raw`\b\d+(?:[.,]\d+)*\s+(?:${MONEY_WORDS})\b`, "giu"),
];
const COST_CLAIM =
  /\b(?:costs?|costing|cost\s+us|cuesta|cuestan|cost[oó]|costaron|costar\p{L}*|to\s+replace|reemplazar|reponer|ow(?:e|es|ed|ing)|debts?|deudas?|endeudad\p{L}*|average|promedio)\b/iu;
/**
 * What something costs to buy is a price, not a claim: "The five-day CE retreat costs $1,450, lodging
 * included", "La inscripción al curso cuesta 20.000 pesos".
 */
const PRICE_WORDS =
  /\b(?:retreats?|courses?|registration|tickets?|fees?|tuition|membership|subscriptions?|conferences?|workshops?|webinars?|class(?:es)?|lodging|parking|included|includes|per\s+person|per\s+seat|per\s+night|admission|inscripci[oó]n|cuotas?|matr[ií]cula|cursos?|talleres?|entradas?|boletos?|incluid[oa]s?|incluye|alojamiento|estacionamiento|por\s+persona|por\s+noche|visits?|copays?|co-pays?|consultas?|visitas?|copagos?)\b/iu;

/** Sentences with one of these words count people or things on hand (hired, attending, beds), not a rate. */
const COUNT_WORDS =
  /\b(?:of\s+us\s+(?:came|went|showed|turned|were\s+there)|in\s+front\s+of|audience|crowd|hir(?:e|ed|es|ing)|recruit\w*|welcom\w*|attend\w*|join\w*|enrol\w*|register\w*|sign(?:ed)?\s+up|train(?:ed|s)?|graduat\w*|new|host(?:s|ed|ing)?|offer(?:s|ed|ing)?|sessions?|workshops?|events?|webinars?|classes|seats?|beds?|slots?|spots?|volunteers?|attendees?|participants?|members?|staff|contrat\w*|nuev[oa]s?|asist\w*|inscri\w*|particip\w*|plazas?|camas?|voluntari\w*|se\s+unieron|capacit\w*|formamos|organiz\w*|talleres?|sesiones|eventos?|cursos?|ofrec\w*)\b/iu;
/** A bare count is a statistic only in a sentence that reads as a claim about a population or a rate. */
const CLAIM_WORDS =
  /\b(?:die[sd]?|dying|deaths?|suicides?|costs?|cuesta|cuestan|report(?:s|ed)?|say|says|said|surveyed|respondents?|experienc\w*|burn(?:out|ed|t)|quit|leav(?:e|es|ing)|left|struggl\w*|annually|nationwide|nationally|rates?|estimat\w*|stud(?:y|ies)|data|research|more\s+than|nearly|almost|as\s+many\s+as|up\s+to|each\s+year|every\s+year|per\s+year|a\s+year|last\s+year|el\s+a[ñn]o\s+pasado|mueren|murieron|muertes?|suicidios?|report\w*|dicen|afirman|encuest\w*|cada\s+año|al\s+año|por\s+año|anualmente|tasas?|estudios?|datos|m[aá]s\s+de|casi|hasta|on\s+average|en\s+promedio|de\s+media|por\s+t[eé]rmino\s+medio|dejan|dejaron|abandonan|abandonaron|renuncian|renunciaron)\b/iu;

/** Kinds of source, in either case ("survey", "Wellness Survey"): a sentence naming one with its owner or year is sourced. */
const SOURCE_NOUNS = [
  "survey",
  "surveys",
  "report",
  "reports",
  "study",
  "studies",
  "poll",
  "census",
  "analysis",
  "review",
  "audit",
  "advisory",
  "brief",
  "data",
  "dashboard",
  "index",
  "interviews",
  "benchmarking",
  "benchmark",
  "registry",
  "scorecard",
  "assessment",
  "evaluation",
  "barometer",
  "encuesta",
  "informe",
  "estudio",
  "sondeo",
  "censo",
  "an[aá]lisis",
  "auditor[ií]a",
  "datos",
  "bolet[ií]n",
  "memoria",
  "entrevistas",
  "registro",
  "evaluaci[oó]n",
  "bar[oó]metro",
]
  .map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`)
  .join("|");

/** Clinicians' titles, singular (a plural "s" is added where used): a role that speaks is not a source. */
const ROLE_TITLES = "RN|LPN|CNA|MD|DO|NP|PA|OT|PT|SLP|RT|EMT|CRNA|APRN|PGY|TCAE|MIR";
/**
 * People who speak for themselves, in the plural, at the start of a sentence: "Sonographers report shoulder pain
 * at rates near 90%" is a claim with no source, where "Medscape report shows…" names one.
 */
const ROLE_WORDS =
  "Nurses|Doctors|Physicians|Surgeons|Residents|Interns|Pharmacists|Sonographers|Technicians|Techs|Therapists|Clinicians|Midwives|Paramedics|Medics|Dentists|Hygienists|Chaplains|Dietitians|Students|Staff|Workers|Employees|Respondents|Providers|Aides|Dispatchers|Enfermeras|Enfermeros|M[eé]dicos|Residentes|Farmac[eé]uticos|T[eé]cnicos|Matronas|Trabajadores|Profesionales";

/** Cues that the sentence names where its figure comes from. */
const SOURCE_CUES: RegExp[] = [
  // Not a rumour: "según lo que se comenta en los pasillos", "according to what people say".
  /\b(?:according\s+to(?!\s+(?:what|rumou?rs?|hearsay|hallway|the\s+grapevine|people|everyone|gossip|studies|research|experts|surveys|data|some|many|several)\b)|as\s+reported\s+by|per\s+the|per\s+our|seg[uú]n(?!\s+(?:lo\s+que|se\s+dice|se\s+comenta|se\s+rumorea|se\s+cuenta|dicen|comentan|radio\s+pasillo|cuentan|rumores|parece|el\s+rumor|los\s+rumores|estudios|investigaciones|expertos|los\s+expertos|encuestas|datos|algunos|varios|muchos)\b)|de\s+acuerdo\s+con|conforme\s+a)\b[^,.;]*/iu,
  // Round 21: a Spanish reporting verb, then a body with a capitalized name: "informó el Ministerio de
  // Sanidad en 2023".
  /\b(?:inform[oó]|informaron|report[oó]|reportaron|public[oó]|publicaron|indic[oó]|señal[oó]|estim[oó]|calcul[oó]|document[oó]|registr[oó])\s+(?:el|la|los|las)\s+\p{Lu}[\p{L}.]*(?:\s+(?:de|del|la|las|los|y|of|the|and|for|para)?\s*\p{Lu}[\p{L}.]*){0,6}/u,
  // A source named after a label: "Source: AAMC 2024 workforce projections", "Fuente: OPS, 2023".
  /\b(?:[Ss]ources?|[Ff]uentes?|[Dd]ata|[Dd]atos|[Vv]ia|[Cc]ited)\s*:\s*[\p{Lu}\p{N}][^;]{2,}/u,
  // "per Infection Prevention's monthly report", "per our 2024 exit interviews".
  new RegExp(String.raw`\b[Pp]er\s+[\p{Lu}][^,.;]{0,60}?\b(?:${SOURCE_NOUNS})(?![\p{L}])`, "u"),
  // "In Medscape's 2021 survey", "the National Academy of Medicine's 2019 report", "nuestra encuesta interna de marzo".
  new RegExp(
    String.raw`\b(?:(?!(?:The|A|An|In|On|Our|This|That|These|Those|One|Each|Every|Any|Some|New|Recent|Un|Una|El|La|Los|Las|Este|Esta|Estos|Estas|En|Según|Segun|Cada|Otro|Otra|Nuevo|Nueva)\b)(?!(?:${ROLE_TITLES})s?\b)(?!(?:${ROLE_WORDS})\s)[\p{Lu}][\p{L}&.-]*(?:'s|’s)?\s+(?:(?:19|20)\d{2}\s+)?|(?:our|nuestr[oa]s?)\s+(?:\p{L}+\s+)?|(?:19|20)\d{2}\s+)(?:survey|report|study|poll|census|analysis|review|audit|data|encuesta|informe|estudio|sondeo|censo|an[aá]lisis|auditor[ií]a|datos)\b`,
    "u",
  ),
  /\b(?:survey|report|study|poll|census|analysis|audit|data|figures|encuesta|informe|estudio|sondeo|censo|an[aá]lisis|datos|cifras|memoria(?:\s+anual)?)\s+(?:(?:of|by|from|de|del|por)\s+(?:the\s+|la\s+|el\s+|las\s+|los\s+)?[\p{Lu}]|(?:interna?|internal)\b|(?:de\s+)?(?:19|20)\d{2})/u,
  // "la encuesta de bienestar 2025 del Colegio de Enfermería", "the wellness survey 2024 by the State Board".
  // Also "El Barómetro Sanitario 2023 del CIS".
  // Also "El aviso de 2022 del Cirujano General".
  new RegExp(
    String.raw`\b(?:${SOURCE_NOUNS}|[Aa]viso|[Aa]dvertencia)\s+(?:[\p{L}-]+\s+){0,3}(?:19|20)\d{2}\s+(?:del|de\s+la|de\s+los|de|of|by|from)\s+(?:the\s+)?[\p{Lu}]`,
    "u",
  ),
  // A source someone named owns, with its year: "the Nebraska Hospital Association said in its 2025 workforce
  // survey", "según su informe 2024".
  new RegExp(
    String.raw`\b(?:its|their|su|sus)\s+(?:19|20)\d{2}\s+(?:[\p{L}&-]+\s+){0,4}(?:${SOURCE_NOUNS})(?![\p{L}])`,
    "u",
  ),
  // A kind of source, a name, then its year: "La encuesta Medscape de 2024", "the Medscape survey of 2023".
  new RegExp(
    String.raw`\b(?:${SOURCE_NOUNS})\s+(?:[\p{Lu}][\p{L}&.-]*\s+){1,3}(?:de\s+|del\s+|of\s+|from\s+)?(?:19|20)\d{2}\b`,
    "u",
  ),
  // A year, then an owner's name and the kind of source: "A 2022 Surgeon General's advisory projected…".
  new RegExp(
    String.raw`\b(?:19|20)\d{2}\s+(?:[\p{Lu}][\p{L}&.-]*\s+){0,3}[\p{Lu}][\p{L}&.-]*(?:'s|’s|s'|s’)\s+(?:[\p{L}-]+\s+){0,2}(?:${SOURCE_NOUNS})(?![\p{L}])`,
    "u",
  ),
  // People surveyed by a named body: "encuestados por el Ministerio de Salud", "surveyed by the AMA".
  /\b(?:surveyed|polled|interviewed|encuestad[oa]s?|entrevistad[oa]s?|consultad[oa]s?)\s+(?:by|por)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?[\p{Lu}]/u,
  // A kind of source, what it covers and its year: "la encuesta de colegiados de 2024", "the survey of
  // residents in 2025", "la encuesta de clima laboral del hospital de 2025".
  new RegExp(
    String.raw`\b(?:${SOURCE_NOUNS})\s+(?:de|del|of|on)\s+(?:[\p{L}-]+\s+){1,4}(?:de\s+|del\s+|of\s+|in\s+|en\s+)?(?:19|20)\d{2}\b`,
    "u",
  ),
  // A name, then its year in parentheses: "Academias Nacionales (2019)", "Shanafelt (2022)", "de EE. UU. (2019)".
  /\b[\p{Lu}][\p{L}.-]+\s+\((?:19|20)\d{2}\)/u,
  // A name or "our", a year, then up to three words before the kind of source: "Medscape's 2024 physician
  // burnout report", "Our 2025 staff pulse survey", "the Surgeon General's 2022 advisory".
  // Also "our hospital's 2024 engagement survey", "Sen and colleagues' 2010 intern study", "the 2023 Medscape
  // Physician Burnout and Depression Report", "the AMA's 2023 national burnout benchmarking".
  new RegExp(
    String.raw`(?:\b[\p{Lu}][\p{L}&.-]*(?:'s|’s|s'|s’)|\b(?:[Oo]ur|[Tt]he|[Nn]uestr[oa]s?)(?:(?:\s+[\p{L}&.-]+){1,3}(?:'s|’s|s'|s’))?|\b[\p{Lu}][\p{L}-]+\s+(?:and|y)\s+(?:colleagues|coauthors|co-authors|colegas|colaboradores)(?:'|’)?)\s+(?:19|20)\d{2}\s+(?:[\p{L}&'’-]+\s+){0,5}(?:${SOURCE_NOUNS})(?![\p{L}])`,
    "u",
  ),
  /\b(?:19|20)\d{2}\s+(?:[\p{L}&-]+\s+){0,3}(?:survey|report|study|poll|census|analysis|review|audit|advisory|meta-analysis|encuesta|informe|estudio|sondeo|censo|an[aá]lisis|metaan[aá]lisis)\s+(?:by|from|of|in|de|del|en|por|publicad[oa])\s+(?:the\s+|la\s+|el\s+)?[\p{Lu}]/u,
  // A citation in parentheses: "(Shanafelt et al., 2022)", "(Mayo Clinic Proceedings, 2022)", "(CDC, 2023)".
  // Bounded, so a long parenthesis costs linear time.
  /\((?=[^()]{0,200}?\p{Lu})[^()]{0,200}?(?:19|20)\d{2}\)|\b[\p{Lu}][\p{L}-]+\s+et\s+al\.?/u,
  // "The CDC counted", "AAMC data show", "la OMS registró".
  // Not a unit or a role that speaks: "nurses in the ICU said", "RNs reported".
  // Round 16: clinicians' titles in the plural ("OTs report…") are roles too.
  new RegExp(
    String.raw`\b(?!(?:ICU|NICU|PICU|CICU|MICU|SICU|CVICU|PACU|ED|ER|OR|EHR|EMR|${ROLE_TITLES}|UCI|UTI|URGENCIAS)s?\b)[\p{Lu}]{2,8}s?\s+(?:counted|found|reported|reports|recorded|estimates|estimated|says|said|published|data|survey|figures|registr[oó]|report[oó]|estim[oó]|contabiliz[oó]|public[oó]|encontr[oó]|inform[oó]|informaron|publicaron|registraron|estimaron|contabilizaron|encontraron|reportaron|estima|estiman|calcula|calculan|calcul[oó]|calcularon|registra|registran|reporta|reportan|informa|informan|contabiliza|cifra|cifr[oó]|estimate|calculates|calculated|counts|finds)(?![\p{L}])`,
    "u",
  ),
  // A body of several capitalized words that estimated or found something, with the year: "Las Academias
  // Nacionales estimaron en 2019 que…", "The National Academies estimated in 2019 that…".
  new RegExp(
    String.raw`\b(?!(?:${ROLE_WORDS})\s)(?:[\p{Lu}][\p{L}.-]+\s+){1,4}(?:estim\p{L}*|calcul\p{L}*|report[oó]|reportaron|inform[oó]|informaron|registr[oó]|registraron|encontr[oó]|encontraron|estimated|found|reported|counted|calculated|projected|proyect[oó]|proyectaron)\s+(?:en|in)\s+(?:19|20)\d{2}\b`,
    "u",
  ),
  // A named report with its year after it: "The Medscape Physician Burnout & Depression Report 2024 found…".
  new RegExp(
    String.raw`\b(?!(?:The|A|An|This|That|Our|El|La|Los|Las|Un|Una|Este|Esta|Nuestro|Nuestra)\s)[\p{Lu}][\p{L}&.-]*(?:\s+(?:[\p{Lu}][\p{L}&.-]*|&))*\s+(?:${SOURCE_NOUNS})\s+(?:de\s+)?(?:19|20)\d{2}\b`,
    "u",
  ),
  // A survey with its year that found something: "A 2023 wellness survey at the vet school found that…".
  new RegExp(
    String.raw`\b(?:19|20)\d{2}\s+(?:[\p{L}-]+\s+){0,3}(?:${SOURCE_NOUNS})\s+(?:[^,.;]{0,40}?\s)?(?:found|showed|shows|finds|reported|estimated|encontr[oó]|mostr[oó]|revel[oó]|indic[oó])\b`,
    "u",
  ),
  // A kind of source, its owner's name and a year further on: "la encuesta de bienestar de la Red de Residentes
  // del Cono Sur de 2024", "el informe de 2019 de las Academias Nacionales", "the staffing report of the State
  // Nurses Association, 2024". Last, so the cues above name the source more exactly; bounded, so a long
  // sentence costs linear time.
  new RegExp(
    String.raw`\b(?:${SOURCE_NOUNS}|[Aa]viso|[Aa]dvertencia)\b[^;:?!]{0,60}?\b(?:de|del|of|by|from)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?[\p{Lu}][^;:?!]{0,60}?\b(?:19|20)\d{2}\b`,
    "u",
  ),
];

const STRONG_CLAIMS: RegExp[] = [
  new RegExp(String.raw`\b(?:${NUMBER}|${WORD_NUMBER})\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b)`, "gi"),
  new RegExp(
    String.raw`\b${ANY_NUMBER}\s+(?:in|out\s+of|of\s+every|de\s+cada|en)\s+(?:every\s+)?${ANY_NUMBER}\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\b(?:${NUMBER}|${WORD_NUMBER})\s*(?:x|times|veces)\s+(?:more|less|higher|lower|as|the|greater|likelier|m[aá]s|menos|mayor|superior)\b`,
    "gi",
  ),
  // Figures in words: "nearly half", "a third of", "doubled", "casi la mitad", "se ha duplicado".
  /\b(?:at\s+)?(?:double|triple|twice|half)\s+the\s+(?:rate|number|risk|odds|(?:national|state|general|US|population|average|overall)\b)\b|\bby\s+(?:\d+(?:[.,]\d+)?|two|three|four|five|ten)\s*(?:x|times)(?![p{L}])|\b[x×]\s?\d\b|\btwice\s+as\b|\btwice\s+(?:those|that|the\s+rate|as\s+high)\b|\b(?:the|a)\s+(?:vast\s+|large\s+|clear\s+|slim\s+|narrow\s+|growing\s+)?majority\s+of\b|\bby\s+a\s+factor\s+of\s+(?:\d+|two|three|four|five|ten)\b|\bmultiplied\s+by\s+(?:two|three|four|five|ten|\d+)\b|\b(?:nearly|almost|about|over|more\s+than|less\s+than|fewer\s+than|roughly|around|close\s+to|at\s+least|just\s+under|just\s+over|only)\s+(?:half|a\s+third|a\s+quarter|one[-\s]third|one[-\s]quarter|two[-\s]thirds|three[-\s]quarters|a\s+fifth)\b|\b(?:half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters|a\s+fifth)\s+of\b|\b(?:doubled|tripled|quadrupled|halved|triples|quadruples|halves)\b|\b(?<!\b(?:\d+|two|three|four|five|six|seven|eight|several|many|back-to-back|through|worked|working|work|works|pulled|pulling|pull|pulls|covered|covering|covers|picked\s+up|pick\s+up|picks\s+up|no|more|extra|mandatory)\s+)doubles\b|\b(?:double|triple|quadruple)(?=\s+(?:at|in|since|over|across|among|nationwide|statewide|this|last|during)\b)|\b(?<=(?:is|are|was|were|now)\s+)(?:double|triple|twice)(?=\s+(?:what\s+(?:it|they)\s+(?:was|were)|last\s+(?:year|month|winter|summer|spring|fall|autumn|quarter))\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[-\s]?fold\b|\btwice\s+the\b/gi,
  // After blind set 25 was scored: "roughly double that of other women", "have cut physician turnover in half",
  // "return $3 for every $1 invested".
  /\b(?:up|down)\s+(?:by\s+)?(?:a\s+third|a\s+quarter|half|a\s+fifth|two[-\s]thirds)\s+(?:since|from|over|in|this|last)\b|\b(?:visits|programs?|interventions?|training|support|sessions?|coaching|schedules?|scribes?)\s+cut(?:s)?\s+(?:\p{L}+\s+){1,4}in\s+half\b|\bhalf\s+as\s+(?:likely|many|much|often|common)\b|\b\d+(?:[.,]\d+)?\s?[x×]\s+(?:more\s+|higher\s+|the\s+)?(?:\p{L}+\s+)?(?:errors?|risk|rates?|odds|deaths|turnover|burnout|mistakes|likely)\b|\b(?:the|an?)\s+average\s+(?:\p{L}+\s+){1,3}(?:sleeps|works|spends|sees|earns|makes|logs|gets|owes|carries|takes|charts)\s+(?:about\s+|just\s+|only\s+|nearly\s+|around\s+|roughly\s+|under\s+|over\s+|(?:fewer|more|less)\s+than\s+)?(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|\b(?:double|triple)\s+(?:that|those)\s+of\b|\b(?:have|has|had|will|would|could)\s+cut\s+(?:\p{L}+\s+){1,3}(?:in|by)\s+half\b|\b(?:return|returns|returned|save|saves|saved|yield|yields)\s+[$€£]\s?\d+(?:[.,]\d+)?\s+(?:for\s+(?:every|each)|per)\s+[$€£]\s?\d+/giu,
  /\b(?:casi|cerca\s+de|m[aá]s\s+de|menos\s+de|alrededor\s+de|aproximadamente)\s+(?:la\s+mitad|un\s+tercio|una\s+cuarta\s+parte|dos\s+tercios|tres\s+cuartas\s+partes|un\s+cuarto)\b|\b(?:la\s+mitad|un\s+tercio|una\s+cuarta\s+parte|dos\s+tercios|tres\s+cuartas\s+partes)\s+de\b(?!\s+(?:la|mi|tu|su|esta|esa|cada)\s+(?:guardia|noche|mañana|tarde|semana|jornada|consulta|reuni[oó]n|rotaci[oó]n|residencia|sesi[oó]n|clase|charla|pel[ií]cula|vida)\b)|\b(?:creci(?:[oó]|eron)|aument(?:[oó]|aron)|subi(?:[oó]|eron)|se\s+dispar(?:[oó]|aron)|lleg(?:[oó]|aron))\s+al\s+(?:doble|triple)\b|\b(?:el\s+doble|el\s+triple|del\s+doble|del\s+triple)\b(?!\s+(?:turno|turnos|guardia|guardias|jornada|jornadas|clic|click|check|filtro|control|chequeo|factor)\b)|\buna\s+(?:tercera|cuarta|quinta)\s+parte\b|\b(?:se\s+)?multiplic(?:[oó]|aron|a|an|ado|ada)\s+(?:casi\s+|m[aá]s\s+de\s+)?por\s+(?:dos|tres|cuatro|cinco|diez|\d+)\b|\b(?:se\s+)?(?:ha|han|habr[ií]a|habr[ií]an)\s+(?:duplicado|triplicado|cuadruplicado)\b|\b(?:se\s+)?(?:duplic|triplic|cuadruplic|quintuplic)(?:[oó]|aron|an|a)(?![\p{L}])/giu,
  // Changes by a fraction and averages: "dropped by half", "cut sick calls by a quarter", "bajó a la mitad",
  // "an average of 1.5 hours", "Surgery residents average 80 hours", "en promedio, 4,5 horas".
  /\bby\s+(?:half|a\s+third|a\s+quarter|one[-\s]third|two[-\s]thirds|a\s+fifth)\b|\b(?:baj[oó]|bajaron|cay[oó]|cayeron|se\s+redujo|se\s+redujeron|redujo|redujeron|se\s+reduce|disminuy[oó]|disminuyeron|baja|bajan|cae|caen)\s+a\s+la\s+mitad\b|\b(?:reducen|reducir[ií]an|redujeron|recortan|recortaron)\s+(?:\p{L}+\s+){1,3}a\s+la\s+mitad\b/giu,
  // Time per hour of care, in Spanish order: "Por cada hora de consulta, los médicos dedican casi dos horas al
  // papeleo".
  /\bpor\s+cada\s+hora\s+(?:de|con)\s+(?:el\s+|la\s+|los\s+|las\s+)?\p{L}+,?\s+(?:\p{L}+\s+){0,6}(?:casi\s+|m[aá]s\s+de\s+|unas\s+)?(?:dos|tres|cuatro|\d+(?:[.,]\d+)?)(?:\s+horas\b|(?=\s+(?:al|a\s+la|en|frente|con)\b))/giu,
  /\b(?:an?\s+average\s+of|averag(?:e|es|ed|ing)|on\s+average,?|un\s+promedio\s+de|una\s+media\s+de|en\s+promedio,?|de\s+media)\s+(?:just\s+|only\s+|apenas\s+|about\s+|around\s+|roughly\s+|nearly\s+|unas?\s+|alrededor\s+de\s+)?(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce)\b/giu,
  /[$€£]\s?\d+(?:[.,]\d+)*\s*(?:million|billion|millones|mil\s+millones)\b/gi,
  // Round 19 (from the spent blind set 22): sums and changes in words and points: "hasta un millón de
  // dólares", "half a million dollars", "creció 35 puntos en cinco años", "rose 12 percentage points".
  /\b(?:un|medio|one|a|half\s+a)\s+(?:mill[oó]n|million|billion)\s+(?:de\s+)?(?:d[oó]lares|dollars|pesos|euros)\b/giu,
  /\b(?:creci[oó]|crecieron|subi[oó]|subieron|aument[oó]|aumentaron|cay[oó]|cayeron|baj[oó]|bajaron|rose|fell|jumped|climbed|dropped|increased|decreased|grew|declined)\s+(?:by\s+|en\s+)?\d+(?:[.,]\d+)?\s+(?:percentage\s+points|points|puntos(?:\s+porcentuales)?)\b/giu,
  /\b\d+(?:[.,]\d+)?\s*(?:million|billion|millones|mil\s+millones)\b/gi, // Round 18 (from the spent blind set 20): "one resident in four", "un residente de cada cuatro".
  /\b(?:one|un|una|uno)\s+(?!(?:weekend|night|shift|day|week|month|year|call|fin|noche|turno|guardia|d[ií]a|semana|mes|año)s?\b)\p{L}+\s+(?:in|out\s+of|de\s+cada)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{1,3})\b(?![.,]?\d)/giu,
  // Time given as a rate of work, not a duty-hour limit: "14 hours of staff time per practice each week",
  // "two hours on the EHR for every hour of patient care" (minutes per patient are a schedule, not a claim).
  /\b(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:hours?|horas?)\s+(?:(?:of|on|in|de|en)\s+(?:[\p{L}-]+\s+){0,3})?(?:per|for\s+every|for\s+each|por|por\s+cada)\s+(?:practice|physician|doctor|nurse|clinician|patient|visit|encounter|provider|hour|médico|medico|enfermer[oa]|paciente|consulta|visita|hora)s?\b/giu,
];

const OWN_ACTION =
  /^(?:doubled|tripled|quadrupled|halved|doubles|triples|halves|(?:se\s+)?(?:duplic|triplic|cuadruplic)\p{L}*)$/iu;
const ORIENTED = /(?:oriented|orientad[oa]|A&O|AO)\s*$/i;
const WE = /\b(?:we|we've|our|hemos|duplicamos|triplicamos|nuestr[oa]s?)\b/iu;

/** Counts in words ("dozens of residents", "miles de enfermeras"), a statistic only in a claim, as `COUNT`. */
const WORD_COUNT = /\b(?:dozens|hundreds|thousands|millions|billions|docenas|cientos|miles|millones)\b/giu;

/** Counts: a bare number of two or more digits (`400 physicians`), a statistic only in a claim. */
const COUNT =
  /(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\d.,]*\d)|(?<![\d.,])\d{2,}(?:[.,]\d+)?(?![\d])/g;

function numbersIn(text: string): string[] {
  const numbers: string[] = [];
  const pattern = new RegExp(
    `${NUMBER}|\\b(?:${WORD_NUMBER}|doubled|tripled|doble|triple|duplicado|triplicado)\\b`,
    "gi",
  );
  for (const match of text.matchAll(pattern)) {
    const word = wordValue(match[0]);
    numbers.push(word ?? match[0].replace(/[,.](?=\d{3}\b)/g, "").replace(",", "."));
  }
  return numbers;
}

/**
 * Where a sentence ends: . ! ? followed by a space or the end (not the period of an abbreviation or an
 * initial: "U.S. health care", "Han et al. found", "Dr. Ruiz", "p. 22", "EE. UU."), or a blank line.
 */
const SENTENCE_END =
  /(?<!\b(?:\p{Lu}|\p{Lu}\.\p{Lu}|[Ee]t al|[Ee]tc|[Ee]\.g|[Ii]\.e|[Dd]ra?|[Mm]rs?|[Mm]s|[Ss]ra?|[Ss]t|[Jj]r|[Vv]s|[Nn]o|[Pp]p?|[Ff]ig|[Vv]ol|[Pp]ág|[Ll]ic|[Ii]nc|EE|EE\.\s?UU|UU))[.!?…]+(?=\s|$)|\n[ \t]*\n/gu;

/** Sentence spans of `text`. */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** The source a sentence names for its figures, or undefined. */
export function namedSourceIn(sentence: string): string | undefined {
  for (const cue of SOURCE_CUES) {
    const match = cue.exec(sentence);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** A cheap first test: sentences without a digit, a percent sign or a number word hold no figure. */
const MAY_HOLD_FIGURE = new RegExp(
  String.raw`\d|%|\b(?:${WORD_NUMBER}|thirds?|quarters?|fifth|doubled|tripled|quadrupled|halved|doubles|triples|quadruples|halves|dozens|hundreds|thousands|millions|billions|million|billion|mill[oó]n|docenas|cientos|miles|millones|tercios?|cuarta|cuartas|doble|triple|duplic\w*|triplic\w*|cuadruplic\w*|quintuplic\w*|\w+fold|majority|double|multiplied|multiplic\w*|tercera|cuarta|quinta|mitad|average\w*|promedio)\b`,
  "i",
);

/** Every figure in `text` that reads as a statistic. */
export function findFigures(text: string, extraExclusions: readonly string[] = []): Figure[] {
  const figures: Figure[] = [];
  // Sentence by sentence: whether a bare count is a claim, and whether a source is named, are read in
  // the figure's own sentence, and most sentences are skipped by one cheap test.
  for (const [start, end] of sentenceSpans(text)) {
    const sentence = text.slice(start, end);
    if (MAY_HOLD_FIGURE.test(sentence)) figuresInSentence(sentence, start, extraExclusions, figures);
  }
  return figures;
}

function figuresInSentence(
  sentence: string,
  offset: number,
  extraExclusions: readonly string[],
  figures: Figure[],
): void {
  const masked = sentence.split("");
  const mask = (start: number, end: number) => {
    for (let index = start; index < end; index++) masked[index] = " ";
  };
  const spans: Array<[number, number]> = [];
  // Figures in words and sums in millions are found before masking, so "tripled over 10 years" keeps
  // "tripled" and "$4.6 billion" is not taken for money paid.
  for (const pattern of STRONG_CLAIMS.slice(3)) {
    for (const match of sentence.matchAll(pattern)) {
      // "We doubled our peer-support team" reports the writer's own action, not a finding.
      if (OWN_ACTION.test(match[0]) && WE.test(sentence.slice(0, match.index))) continue;
      // "alert, oriented x3" is an exam finding, not a multiple.
      if (ORIENTED.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  const costClaim = COST_CLAIM.test(sentence) && !PRICE_WORDS.test(sentence);
  for (const pattern of costClaim ? NOT_CLAIMS : [...NOT_CLAIMS, ...MONEY_PAID]) {
    for (const match of sentence.matchAll(pattern)) mask(match.index, match.index + match[0].length);
  }
  for (const literal of extraExclusions) {
    if (!literal) continue;
    for (let at = sentence.indexOf(literal); at >= 0; at = sentence.indexOf(literal, at + literal.length)) {
      mask(at, at + literal.length);
    }
  }
  const maskedText = masked.join("");
  for (const pattern of STRONG_CLAIMS.slice(0, 3)) {
    for (const match of maskedText.matchAll(pattern))
      spans.push([match.index, match.index + match[0].length]);
  }
  let countsAreClaims: boolean | undefined;
  for (const pattern of [COUNT, WORD_COUNT])
    for (const match of maskedText.matchAll(pattern)) {
      countsAreClaims ??= CLAIM_WORDS.test(sentence) && !COUNT_WORDS.test(sentence);
      if (countsAreClaims) spans.push([match.index, match.index + match[0].length]);
    }
  if (spans.length === 0) return;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const namedSource = namedSourceIn(sentence);
  let last: Figure | undefined;
  for (const [start, end] of spans) {
    if (last && start + offset < last.end) {
      if (end + offset > last.end) {
        last.end = end + offset;
        last.text = sentence.slice(last.start - offset, end);
        last.numbers = numbersIn(last.text);
      }
      continue;
    }
    const figureText = sentence.slice(start, end);
    last = {
      start: start + offset,
      end: end + offset,
      text: figureText,
      numbers: numbersIn(figureText),
      sentence,
      ...(namedSource ? { namedSource } : {}),
    };
    figures.push(last);
  }
}

/** Numbers quoted by a fact (its value and statement in every locale). */
export function factNumbers(fact: Fact): Set<string> {
  return new Set(numbersIn([fact.value, fact.statement.en, fact.statement.es ?? ""].join(" ")));
}

/** The fact whose numbers include every number of `figure`, if any. */
export function factFor(figure: Figure, facts: readonly Fact[]): Fact | undefined {
  if (figure.numbers.length === 0) return undefined;
  return facts.find((fact) => {
    const numbers = factNumbers(fact);
    return figure.numbers.every((number) => numbers.has(number));
  });
}

/** Words too common to show what a claim is about. */
const STOP_WORDS = new Set(
  (
    "the a an and or of in on at to for from with by about as than that this these those their they them " +
    "who which what when where how is are was were be been being has have had do does did will would can could " +
    "may might should must not no more most less many much some any each every all per one two three four five " +
    "nearly almost over under just only also said say says report reported percent year years time times " +
    "staggering whopping shocking los las el la un una unos unas de del en con por para que y o es son fue " +
    "fueron mas menos cada casi segun sus su"
  ).split(" "),
);

/** Content words of `text`, cut to a common stem so "nurses" meets "nurse" and "burned" meets "burnout". */
function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const match of text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .matchAll(/\p{L}{3,}/gu)) {
    const word = match[0];
    if (STOP_WORDS.has(word)) continue;
    stems.add(word.slice(0, 5));
  }
  return stems;
}

/**
 * The library fact a figure may come from: the same numbers AND at least one topic word shared between
 * the figure's sentence and the fact's statement, so "a staggering 1 in 5" about sleep is not sent to
 * a fact about burnout that happens to say "1 in 5".
 */
export function libraryFactFor(figure: Figure, facts: readonly Fact[]): Fact | undefined {
  if (figure.numbers.length === 0) return undefined;
  const claim = topicStems(figure.sentence.replace(figure.text, " "));
  return facts.find((fact) => {
    const numbers = factNumbers(fact);
    if (!figure.numbers.every((number) => numbers.has(number))) return false;
    const statement = topicStems([fact.statement.en, fact.statement.es ?? ""].join(" "));
    for (const stem of claim) if (statement.has(stem)) return true;
    return false;
  });
}

/** Phone and text numbers of resources: quoting them is contact information, not a statistic. */
export function resourceNumbers(resources: readonly Resource[]): string[] {
  const numbers: string[] = [];
  for (const resource of resources) {
    if (resource.phone) numbers.push(resource.phone);
    if (resource.sms) numbers.push(resource.sms.number);
  }
  return numbers;
}
