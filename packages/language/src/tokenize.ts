/** A word of the text with its exact offsets and its comparison key. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lowercased, curly apostrophes straightened, accents removed: what patterns are compared with. */
  key: string;
  /** The key without a possessive 's ("victim's" → "victim"), so "suicide victim's family" still matches. */
  base: string;
  start: number;
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
}

export interface Sentence {
  /** Index of the first and one past the last token of the sentence. */
  first: number;
  last: number;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Offsets in the text of tokens `first` to one before `last` (a sentence or a clause), not empty. */
export function spanOf(
  doc: TokenizedText,
  range: { first: number; last: number },
): { start: number; end: number } {
  return { start: doc.tokens[range.first]!.start, end: doc.tokens[range.last - 1]!.end };
}

/** Numbers keep their decimal and thousands separators; words keep inner apostrophes (can't, doctor's). */
/**
 * A merge field the send fills in (`{{firstName}}`): a name, not copy. The figures check does not read its
 * digits, and the meaning model does not read its words.
 */
export const MERGE_FIELD = /\{\{[^}]*\}\}/g;
const WORD = /\p{N}+(?:[.,:]\p{N}+)+|[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const SENTENCE_END = /[.!?…]|\n[ \t]*\n/;
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "st",
  "vs",
  "etc",
  "e",
  "i",
  "g",
  "u",
  "s",
  "jr",
  "sr",
  "prof",
  "no",
  // Spanish: "EE. UU." (the United States), "Dra.", "Sra.", "Lcda.", "aprox.", "núm.", "pág.".
  "ee",
  "uu",
  // "RR. HH." (recursos humanos).
  "rr",
  "hh",
  "dra",
  "sra",
  "srta",
  "lcda",
  "lcdo",
  "lic",
  "aprox",
  "num",
  "pag",
]);
const DIACRITICS = /\p{M}/gu;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  // Only decompose when needed: most English words are plain ASCII.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range test
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFD").replace(DIACRITICS, "");
}

/** Split `text` into words and sentences once; every check works on this. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    const previous = tokens[tokens.length - 1];
    if (
      previous &&
      endsSentence(text.slice(previousEnd, start), previous.key) &&
      !closingTags(text, previousEnd, start)
    ) {
      sentences.push({ first: sentenceStart, last: tokens.length });
      sentence++;
      sentenceStart = tokens.length;
    }
    const word = match[0];
    const key = normalizeWord(word);
    const base = key.endsWith("'s") ? key.slice(0, -2) : key;
    tokens.push({ text: word, key, base, start, end: start + word.length, sentence });
    previousEnd = start + word.length;
  }
  if (tokens.length > sentenceStart) sentences.push({ first: sentenceStart, last: tokens.length });
  return { text, tokens, sentences };
}

/** Only hashtags (and emoji, spaces, punctuation) from `lastIndex` to the end of the text. */
const TRAILING_TAGS = /(?:[^\p{L}\p{N}#]*#[\p{L}\p{N}_]+)+[^\p{L}\p{N}#]*$/uy;

/**
 * Hashtags that close a post belong to its last sentence ("Nothing a bubble bath can't fix! 🛁 #burnout
 * #selfcare"): they say what it is about. Read only where the gap before a word holds a "#".
 */
function closingTags(text: string, gapStart: number, wordStart: number): boolean {
  if (text.charCodeAt(wordStart - 1) !== 35) return false;
  // Sticky, from the gap on: no copy of the rest of the text at each hashtag.
  TRAILING_TAGS.lastIndex = gapStart;
  return TRAILING_TAGS.test(text);
}

function endsSentence(gap: string, previousKey: string): boolean {
  if (!SENTENCE_END.test(gap)) return false;
  if (/^\.\s*$/.test(gap) && ABBREVIATIONS.has(previousKey)) return false;
  // A period followed by a comma, semicolon or colon closes an abbreviation, not a sentence ("EE. UU., entre…").
  if (/^\.\s*[,;:]/.test(gap)) return false;
  return true;
}

/** Spanish words cut short with an apostrophe ("pa' los que"); a closing quote mark after a word ends a phrase. */
const ELIDED = /(?:^|[^\p{L}])(?:pa|na|to)$/iu;

/**
 * Words inside one phrase may be separated by spaces, line breaks and hyphens only, and by the apostrophe of a
 * word cut short ("pa' los que no aguantan").
 */
export function joinsPhrase(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index);
    if (
      index === from &&
      (char === 39 || char === 0x2019) &&
      ELIDED.test(text.slice(Math.max(0, from - 3), from))
    )
      continue;
    // space, tab, newline, carriage return, hyphen-minus, hyphen, non-breaking hyphen, no-break space
    if (
      char !== 32 &&
      char !== 9 &&
      char !== 10 &&
      char !== 13 &&
      char !== 45 &&
      char !== 0x2010 &&
      char !== 0x2011 &&
      char !== 0xa0
    ) {
      return false;
    }
  }
  return true;
}
