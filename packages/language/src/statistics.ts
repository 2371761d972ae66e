import type { Fact, Resource } from "@chorus/content";

/** A figure written in copy: a percentage, an "X in Y" ratio, a multiplier or a count. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  /** The numbers in it, normalised (`"one in five"` → `["1", "5"]`), for comparison with facts. */
  numbers: string[];
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

/** Spans that contain digits but are not claims: links, placeholders, dates, times, phone numbers, years, names. */
const NOT_CLAIMS: RegExp[] = [
  /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/gi,
  /\{\{[^}]*\}\}/g,
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  new RegExp(String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`, "gi"),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?:${MONTHS})\b`, "gi"),
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)(?![\p{L}])/giu,
  /\b\d{1,2}:\d{2}\b/g,
  /(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b/g,
  /\b24\/7\b|\b24\s*(?:hours?|horas)\s*(?:a|al)\s*(?:day|d[ií]a)\b/gi,
  /\b(?:19|20)\d{2}s?\b/g,
  /\b\d+(?:st|nd|rd|th|º|ª)\b/g,
  /\b988\b/g,
  // Names with digits: COVID-19, H1N1, Title 42, section 504.
  /\b\p{L}+-\d+\b|\b\p{L}+\d+\p{L}*\b|\b(?:title|section|chapter|step|page|room|suite|no\.|apt\.?)\s+\d+\b/giu,
];

const CLAIMS: RegExp[] = [
  new RegExp(String.raw`\b(?:${NUMBER}|${WORD_NUMBER})\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b)`, "gi"),
  new RegExp(
    String.raw`\b${ANY_NUMBER}\s+(?:in|out\s+of|of\s+every|de\s+cada|en)\s+(?:every\s+)?${ANY_NUMBER}\b`,
    "gi",
  ),
  new RegExp(
    String.raw`\b(?:${NUMBER}|${WORD_NUMBER})\s*(?:x|times|veces)\s+(?:more|less|higher|lower|as|the|m[aá]s|menos)\b`,
    "gi",
  ),
  /\btwice\s+as\b|\bhalf\s+of\b|\bla\s+mitad\s+de\b|\bel\s+doble\b/gi,
  /[$€£]\s?\d+(?:[.,]\d+)*(?:\s*(?:million|billion|thousand|millones|mil)\b)?/gi,
  /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\s*(?:million|billion|thousand|millones|mil)\b|\b\d{2,}(?:\.\d+)?\b/gi,
];

function numbersIn(text: string): string[] {
  const numbers: string[] = [];
  const pattern = new RegExp(`${NUMBER}|\\b(?:${WORD_NUMBER})\\b`, "gi");
  for (const match of text.matchAll(pattern)) {
    const word = wordValue(match[0]);
    numbers.push(word ?? match[0].replace(/,(?=\d{3}\b)/g, "").replace(",", "."));
  }
  return numbers;
}

/** Every figure in `text` that reads as a statistic. */
export function findFigures(text: string, extraExclusions: readonly string[] = []): Figure[] {
  const masked = text.split("");
  const mask = (start: number, end: number) => {
    for (let index = start; index < end; index++) masked[index] = " ";
  };
  for (const pattern of NOT_CLAIMS) {
    for (const match of text.matchAll(pattern)) mask(match.index, match.index + match[0].length);
  }
  for (const literal of extraExclusions) {
    if (!literal) continue;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
      mask(at, at + literal.length);
    }
  }
  const maskedText = masked.join("");
  const spans: Array<[number, number]> = [];
  for (const pattern of CLAIMS) {
    for (const match of maskedText.matchAll(pattern))
      spans.push([match.index, match.index + match[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const figures: Figure[] = [];
  for (const [start, end] of spans) {
    const last = figures[figures.length - 1];
    if (last && start < last.end) {
      if (end > last.end) {
        last.end = end;
        last.text = text.slice(last.start, end);
        last.numbers = numbersIn(last.text);
      }
      continue;
    }
    const figureText = text.slice(start, end);
    figures.push({ start, end, text: figureText, numbers: numbersIn(figureText) });
  }
  return figures;
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

/** Phone and text numbers of resources: quoting them is contact information, not a statistic. */
export function resourceNumbers(resources: readonly Resource[]): string[] {
  const numbers: string[] = [];
  for (const resource of resources) {
    if (resource.phone) numbers.push(resource.phone);
    if (resource.sms) numbers.push(resource.sms.number);
  }
  return numbers;
}
