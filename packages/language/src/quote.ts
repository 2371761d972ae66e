import type { Locale } from "@chorus/content";
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
  if (!OPENING_QUOTES.has(text[start - 1] ?? "")) return false;
  let after = end;
  while (/[.,;:!?]/.test(text[after] ?? "")) after++;
  return CLOSING_QUOTES.has(text[after] ?? "");
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

/** Sentences in which the speaker speaks of themselves: in a quote, their own account. */
export function firstPersonSentences(doc: TokenizedText, locale: Locale): Set<number> {
  const words = FIRST_PERSON[locale];
  const sentences = new Set<number>();
  for (const token of doc.tokens)
    if (words.has(token.key) || (locale === "es" && SPANISH_FIRST_PERSON_VERB.test(token.text.toLowerCase())))
      sentences.add(token.sentence);
  return sentences;
}
