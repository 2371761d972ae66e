import type { Locale } from "@chorus/content";
import { sharedKeys } from "./matcher.js";
import type { TokenizedText } from "./tokenize.js";

/**
 * What a finding inside a quote says besides its rule's advice: the speaker's words are theirs to keep, but
 * readers still see them, so the editor is asked to paraphrase or choose another quote (decision 45).
 */
export function quoteLabel(locale: Locale): string {
  return locale === "es" ? "en una cita" : "in a quote";
}

export function quoteNote(locale: Locale): string {
  return locale === "es"
    ? "Las palabras del hablante son suyas, pero los lectores también las ven."
    : "The speaker's words are theirs to keep, but readers still see them.";
}

export function quoteSuggestion(locale: Locale): string {
  return locale === "es"
    ? "parafrasee al hablante con lenguaje seguro, o elija una cita ilustrativa que no use esta expresión"
    : "paraphrase the speaker in safe wording, or choose an illustrative quote that does not use this phrase";
}

const OPENING_QUOTES = new Set(['"', "“", "'", "‘", "«"]);
const CLOSING_QUOTES = new Set(['"', "”", "'", "’", "»"]);

/**
 * A flagged phrase written inside quotation marks on its own ('avoid "committed suicide"') is
 * mentioned, not used: messaging guides do this all the time.
 */
export function isMention(text: string, start: number, end: number): boolean {
  if (OPENING_QUOTES.has(text[start - 1] ?? "")) {
    let after = end;
    while (/[.,;:!?]/.test(text[after] ?? "")) after++;
    if (CLOSING_QUOTES.has(text[after] ?? "")) return true;
  }
  return isQuotedExample(text, start, end);
}

/** Words that say a short quoted stretch is an example of wording, not speech: "not “a bipolar resident”". */
const MENTION_CUES =
  /\b(?:not|no|talk(?:ing)?\s+about|hablar\s+de|hablemos\s+de|say|saying|call|calling|called|term|word|words|phrase|phrases|label|labels|trope|tropes|avoid|instead\s+of|rather\s+than|use|using|write|writing|prefer|joke|jokes|chiste|chistes|broma|bromas|decir|digas|diga|digan|llamar\p{L}*|llamen|término|palabra|palabras|expresión|expresiones|frase|frases|comentario|etiqueta|etiquetas|evite|evita|evitamos|evitan|evitar|evitemos|titular|titulares|headline|headlines|vez\s+de|lugar\s+de|usar|usamos|prefiera|prefiere|escriba)\b/iu;
// Eight: a joke quoted to criticise it ("ese chiste de «me mato si no sale el rol»").
const MAX_EXAMPLE_WORDS = 8;
/** How far the quote marks and the cue may lie from the flagged words, in characters. */
const EXAMPLE_REACH = 60;

/**
 * A flagged phrase inside a short quoted stretch that the sentence presents as an example of wording ("Decir
 * “está loco” duele", "not “la anoréxica de la 4”", "The 'psycho killer' trope"): within a few words of
 * quotation marks on both sides, with a cue word (not, say, term, trope, decir, palabra…) just before the
 * opening mark or just after the closing one. A quoted sentence of speech is not an example.
 */
function isQuotedExample(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let at = start - 1; at >= Math.max(0, start - EXAMPLE_REACH); at--) {
    const char = text[at]!;
    if (CLOSING_QUOTES.has(char) && !OPENING_QUOTES.has(char)) return false;
    if (OPENING_QUOTES.has(char) && (char !== "'" || !/\p{L}/u.test(text[at - 1] ?? ""))) {
      open = at;
      break;
    }
    if (/[.!?\n]/.test(char)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let at = end; at < Math.min(text.length, end + EXAMPLE_REACH); at++) {
    const char = text[at]!;
    if (CLOSING_QUOTES.has(char) && (char !== "'" || !/\p{L}/u.test(text[at + 1] ?? ""))) {
      close = at;
      break;
    }
    if (/[!?\n]/.test(char)) return false;
  }
  if (close < 0) return false;
  const quoted = text.slice(open + 1, close).trim();
  if (quoted.split(/\s+/).length > MAX_EXAMPLE_WORDS || /[.!?]$/.test(quoted)) return false;
  const before = text.slice(Math.max(0, open - 40), open);
  const after = text.slice(close + 1, close + 30);
  return (
    MENTION_CUES.test(before) ||
    /^\s*(?:trope|tropes|label|labels|is\s+a\s+(?:label|word|term|phrase)|es\s+una\s+(?:etiqueta|palabra|expresión|frase)|no\s+existe|doesn['’]t\s+exist|does\s+not\s+exist)\b/iu.test(
      after,
    )
  );
}

/** Words of a speaker's account of themselves: the first person, and how someone felt ("she felt…"). */
const FIRST_PERSON: Record<Locale, ReadonlySet<string>> = {
  en: new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "felt", "feel", "feels"]),
  // Token keys carry no accents: "mí", "sentía" and "sentí" are read as these.
  es: new Set(["yo", "me", "mi", "mis", "conmigo", "sentia", "senti", "siento"]),
};

/** Spanish drops the pronoun: a first-person preterite ("pensé", "creí", "sentí") says it instead. */
const SPANISH_FIRST_PERSON_VERB =
  /^(?!(?:qu|porqu|caf|beb|jos|ah|aqu|all|ac|as|ten)é$)\p{Ll}{2,}(?:é|[cdrt]í)$/u;

/**
 * Someone else the speaker talks about: "I wouldn't let him near my patients", "yo no me fiaría de ella". A
 * sentence with one of these judges another person, and is not the speaker's account of themselves.
 */
const OTHER_PERSON: Record<Locale, ReadonlySet<string>> = {
  en: new Set(["him", "them", "his", "their", "theirs", "himself", "themselves"]),
  es: new Set(["el", "ella", "ellos", "ellas"]),
};

/**
 * Asides that give an opinion on something else ("…, in my opinion", "if you ask me", "para mí"): their
 * first person does not make the sentence the speaker's account of themselves.
 */
const OPINION_ASIDES =
  /\b(?:in\s+my\s+(?:humble\s+)?(?:opinion|view|experience|book|estimation)|if\s+you\s+ask\s+me|to\s+me|believe\s+me|trust\s+me|en\s+mi\s+(?:humilde\s+)?(?:opini[oó]n|experiencia)|a\s+mi\s+(?:parecer|juicio|entender|modo\s+de\s+ver)|para\s+m[ií]|si\s+me\s+preguntan?|cr[eé]eme|cr[eé]anme)\b/giu;

/** Words that make a person noun the speaker's own role: "I was a nurse who…", "as a resident who…". */
const OWN_ROLE: ReadonlySet<string> = new Set([
  "was",
  "am",
  "i'm",
  "as",
  "being",
  "soy",
  "era",
  "fui",
  "como",
  "siendo",
]);

/** A relative pronoun after a person: "a CMO who'd been to rehab", "un médico que va a terapia". */
const RELATIVES: Record<Locale, ReadonlySet<string>> = {
  en: new Set(["who", "who'd", "who's", "whom", "whose", "that"]),
  es: new Set(["que", "quien", "quienes", "cuyo", "cuya"]),
};

/** Sentences in which the speaker speaks of themselves: in a quote, their own account. */
export function firstPersonSentences(doc: TokenizedText, locale: Locale): Set<number> {
  const words = FIRST_PERSON[locale];
  const others = OTHER_PERSON[locale];
  const sentences = new Set<number>();
  const aboutOthers = new Set<number>();
  const asides = [...doc.text.matchAll(OPINION_ASIDES)].map((m) => [m.index, m.index + m[0].length]);
  const inAside = (at: number) => asides.some(([start, end]) => at >= start! && at < end!);
  for (const [index, token] of doc.tokens.entries()) {
    if (
      (words.has(token.key) ||
        (locale === "es" && SPANISH_FIRST_PERSON_VERB.test(token.text.toLowerCase()))) &&
      !inAside(token.start)
    )
      sentences.add(token.sentence);
    // "el" is also the article: only the accented pronoun "él" counts.
    if (others.has(token.key) && (token.key !== "el" || token.text.toLowerCase() === "él"))
      aboutOthers.add(token.sentence);
    // A kind of person described by a clause ("I'd never hire a CMO who'd been to rehab") is someone else.
    // Not the speaker's own role ("I was a nurse who…", "como residente que…").
    const next = doc.tokens[index + 1];
    if (
      next &&
      next.sentence === token.sentence &&
      RELATIVES[locale].has(next.key) &&
      sharedKeys("@person", locale).has(token.key) &&
      !doc.tokens.slice(Math.max(0, index - 2), index).some((before) => OWN_ROLE.has(before.key))
    )
      aboutOthers.add(token.sentence);
  }
  for (const sentence of aboutOthers) sentences.delete(sentence);
  return sentences;
}
