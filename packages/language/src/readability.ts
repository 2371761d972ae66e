import type { Audience, Locale } from "@chorus/content";
import type { TokenizedText } from "./tokenize.js";

/** Highest acceptable reading grade per audience: public copy at grade 8, professional copy at grade 10. */
export const DEFAULT_GRADE_TARGETS: Record<Audience, number> = {
  public: 8,
  clinicians: 10,
  physicians: 10,
  nurses: 10,
  trainees: 10,
  leaders: 10,
  policymakers: 10,
  partners: 10,
};

export const DEFAULT_MAX_SENTENCE_WORDS = 25;
/** A grade computed over fewer words than this is noise (a heading, a button). */
export const DEFAULT_MIN_GRADE_WORDS = 30;

export interface ReadabilityOptions {
  gradeTargets?: Partial<Record<Audience, number>>;
  maxSentenceWords?: number;
  minGradeWords?: number;
}

export interface TextStatistics {
  words: number;
  sentences: number;
  syllables: number;
}

const SPANISH_VOWELS = /[aeiouáéíóúü]+/g;
const STRONG = /[aeoáéíóú]/;

/** English syllables by the usual vowel-group heuristic (good to about ±1 per word, enough for a grade). */
export function englishSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, "");
  if (lower.length === 0)
    return /\d/.test(word) ? Math.max(1, Math.ceil(word.replace(/\D/g, "").length / 2)) : 0;
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Spanish syllables: vowel groups, splitting two strong vowels (hiatus). */
export function spanishSyllables(word: string): number {
  const lower = word.toLowerCase();
  let count = 0;
  for (const group of lower.match(SPANISH_VOWELS) ?? []) {
    count++;
    for (let index = 1; index < group.length; index++) {
      if (STRONG.test(group[index]!) && STRONG.test(group[index - 1]!)) count++;
    }
  }
  return Math.max(1, count);
}

export function textStatistics(
  doc: TokenizedText,
  locale: Locale,
  from = 0,
  to = doc.tokens.length,
): TextStatistics {
  const count = locale === "es" ? spanishSyllables : englishSyllables;
  let syllables = 0;
  const sentences = new Set<number>();
  for (let index = from; index < to; index++) {
    const token = doc.tokens[index]!;
    syllables += count(token.text);
    sentences.add(token.sentence);
  }
  return { words: to - from, sentences: Math.max(1, sentences.size), syllables };
}

/**
 * Reading grade: Flesch-Kincaid for English; for Spanish, Crawford's grade formula, which is
 * calibrated on Spanish text (Flesch-Kincaid overrates Spanish because its words are longer).
 */
export function readingGrade(stats: TextStatistics, locale: Locale): number {
  if (stats.words === 0) return 0;
  if (locale === "es") {
    const sentencesPer100 = (stats.sentences / stats.words) * 100;
    const syllablesPer100 = (stats.syllables / stats.words) * 100;
    return -0.205 * sentencesPer100 + 0.049 * syllablesPer100 - 3.407;
  }
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

export function gradeTarget(audience: Audience, options: ReadabilityOptions = {}): number {
  return options.gradeTargets?.[audience] ?? DEFAULT_GRADE_TARGETS[audience];
}

/** Acronyms and initialisms that are correct in capitals; anything else in capitals reads as shouting. */
const KNOWN_ACRONYMS = new Set(
  (
    "EHR EMR ICU ED ER OR MD DO RN NP PA APRN CRNA LPN CNA PHD MPH CME CEU PTSD ADHD OCD SUD OUD AUD MOUD MAT CEO CMO CNO " +
    "HR FAQ NAM NAMI AMA ANA AAMC ACGME FSMB SAMHSA CDC NIH NIDA HHS COVID HIPAA LGBTQ LGBTQIA PDF URL SMS AI OK TV " +
    "USA US UK EU NYC DC PHP PHYSICIAN AFSP QPR ASIST EAP CBT DBT SSRI FDA CMS VA DOD IT UCSF UCLA NHS RSVP ASAP FYI " +
    "AM PM EST PST CST MST ET PT CT UTC GME UME MCAT USMLE NCLEX DEA NPI"
  ).split(" "),
);

export interface CapsRun {
  start: number;
  end: number;
}

/** Runs of words written in capitals that are not known acronyms: two or more in a row, or one long word. */
export function shoutingRuns(doc: TokenizedText): CapsRun[] {
  const runs: CapsRun[] = [];
  let runStart = -1;
  let runLength = 0;
  let unknown = 0;
  let lastIndex = -1;
  const flush = () => {
    if (runStart >= 0) {
      const first = doc.tokens[runStart]!;
      const last = doc.tokens[lastIndex]!;
      const single = runLength === 1 && last.text.length >= 5;
      if (unknown > 0 && (runLength >= 2 || single)) runs.push({ start: first.start, end: last.end });
    }
    runStart = -1;
    runLength = 0;
    unknown = 0;
  };
  doc.tokens.forEach((token, index) => {
    // Most words start with a lower-case ASCII letter: not capitals, so they end a run (a fast path for the
    // same answer as below).
    const code = token.text.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      flush();
      return;
    }
    const letters = token.text.replace(/[^\p{L}]/gu, "");
    // Numbers such as 988 and single letters ("A", "I") neither start nor break a run.
    if (letters.length === 0 || (letters.length === 1 && letters === letters.toUpperCase())) return;
    const caps = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const previous = lastIndex >= 0 ? doc.tokens[lastIndex] : undefined;
    if (!caps || (previous && previous.sentence !== token.sentence)) flush();
    if (!caps) return;
    if (runStart < 0) runStart = index;
    runLength++;
    lastIndex = index;
    if (!KNOWN_ACRONYMS.has(letters)) unknown++;
  });
  flush();
  return runs;
}
