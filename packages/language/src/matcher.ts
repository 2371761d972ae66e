import type { Locale } from "@chorus/content";
import type { Rule } from "./rules/schema.js";
import { joinsPhrase, normalizeWord, type TokenizedText } from "./tokenize.js";
import { type ClauseWords, clauseWords, lexiconForms, wordClass } from "./word-classes.js";

/** One word position of a compiled pattern: the accepted keys (undefined = any word). */
interface Step {
  keys: ReadonlySet<string> | undefined;
  optional: boolean;
  /** `@end`: also matches, without taking a word, where the phrase ends (punctuation or sentence end). */
  end?: boolean;
}

interface CompiledPattern {
  rule: Rule;
  ruleIndex: number;
  /** The first step is always required: leading optional words are expanded into separate variants. */
  steps: Step[];
}

export interface CompiledRules {
  rules: readonly Rule[];
  /** Patterns indexed by the key of their first word: one map lookup per word of the text. */
  byFirstKey: Map<string, CompiledPattern[]>;
  /** Patterns starting with `*` (rare): tried at every word. */
  anyFirst: CompiledPattern[];
  before: Map<Rule, Step[][]>;
  after: Map<Rule, Step[][]>;
  requireAfter: Map<Rule, Step[][]>;
  requireInSentence: Map<Rule, SentenceCondition>;
  requireAlsoInSentence: Map<Rule, SentenceCondition>;
  unlessInSentence: Map<Rule, SentenceCondition>;
  requireBefore: Map<Rule, Step[][]>;
  unlessAffirmed: Map<Rule, SentenceCondition>;
  /** The locale's negations, chain words and clause openers, for the clause-aware conditions. */
  clause: ClauseWords;
}

/** Words (one key each; classes and lemmas as their shared sets) and phrases a sentence condition looks for. */
interface SentenceCondition {
  keys: ReadonlySet<string>[];
  phrases: Step[][];
}

export interface RuleMatch {
  rule: Rule;
  ruleIndex: number;
  firstToken: number;
  /** One past the last token. */
  lastToken: number;
}

/** Regular English inflections; over-generation is harmless because non-words never occur in text. */
export function inflections(word: string): string[] {
  const forms = new Set([
    word,
    `${word}s`,
    `${word}es`,
    `${word}ed`,
    `${word}ing`,
    `${word}er`,
    `${word}ers`,
  ]);
  if (word.endsWith("e")) {
    const stem = word.slice(0, -1);
    for (const suffix of ["ed", "ing", "er", "ers"]) forms.add(stem + suffix);
    forms.add(`${word}d`);
  }
  if (word.endsWith("y")) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`);
  }
  const last = word[word.length - 1] ?? "";
  if (/[bdgklmnprt]/.test(last) && /[aeiou]/.test(word[word.length - 2] ?? "")) {
    for (const suffix of ["ed", "ing", "er", "ers"]) forms.add(word + last + suffix);
  }
  return [...forms];
}

/** Keys of each word class and lemma, per locale: patterns share them, so each is expanded once. */
const expanded: Record<Locale, Map<string, ReadonlySet<string>>> = { en: new Map(), es: new Map() };

/** The keys of a word class (`@weak`) or a lemma (`weak~`), expanded once per locale and shared. */
export function sharedKeys(alternative: string, locale: Locale): ReadonlySet<string> {
  let set = expanded[locale].get(alternative);
  if (!set) {
    const keys = new Set<string>();
    if (alternative.startsWith("@")) {
      // Classes of meaning list lemmas (`weak~`) and other classes; closed classes list plain words.
      for (const member of wordClass(alternative.slice(1), locale)) alternativeKeys(member, locale, keys);
    } else {
      const lemma = normalizeWord(alternative.slice(0, -1));
      for (const form of inflections(lemma)) keys.add(form);
      for (const form of lexiconForms(lemma, locale)) keys.add(form);
    }
    set = keys;
    expanded[locale].set(alternative, set);
  }
  return set;
}

/** The keys one alternative of a pattern token stands for: a word, a lemma's forms, or a word class. */
function alternativeKeys(alternative: string, locale: Locale, keys: Set<string>): void {
  if (!alternative.startsWith("@") && !alternative.endsWith("~")) keys.add(normalizeWord(alternative));
  else for (const key of sharedKeys(alternative, locale)) keys.add(key);
}

function compileStep(token: string, locale: Locale): Step {
  const optional = token.endsWith("?");
  const body = optional ? token.slice(0, -1) : token;
  if (body === "*") return { keys: undefined, optional };
  const alternatives = body.split("|");
  // A lone class or lemma shares its expanded set instead of copying it.
  if (alternatives.length === 1 && body !== "@end" && (body.startsWith("@") || body.endsWith("~")))
    return { keys: sharedKeys(body, locale), optional };
  const keys = new Set<string>();
  let end = false;
  for (const alternative of alternatives) {
    if (alternative === "@end") end = true;
    else alternativeKeys(alternative, locale, keys);
  }
  return end ? { keys, optional, end } : { keys, optional };
}

function compileSteps(pattern: string, locale: Locale): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((token) => compileStep(token, locale));
}

/** All variants of `steps` whose first step is required. */
function withRequiredFirst(steps: Step[]): Step[][] {
  const variants: Step[][] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    variants.push([{ ...step, optional: false }, ...steps.slice(index + 1)]);
    if (!step.optional) break;
  }
  return variants;
}

export function compileRules(rules: readonly Rule[], locale: Locale = "en"): CompiledRules {
  const compiled: CompiledRules = {
    rules,
    byFirstKey: new Map(),
    anyFirst: [],
    before: new Map(),
    after: new Map(),
    requireAfter: new Map(),
    requireInSentence: new Map(),
    requireAlsoInSentence: new Map(),
    unlessInSentence: new Map(),
    requireBefore: new Map(),
    unlessAffirmed: new Map(),
    clause: clauseWords(locale),
  };
  const stepsOf = (patterns: readonly string[]) => patterns.map((pattern) => compileSteps(pattern, locale));
  rules.forEach((rule, ruleIndex) => {
    for (const pattern of rule.patterns) {
      for (const steps of withRequiredFirst(compileSteps(pattern, locale))) {
        const entry = { rule, ruleIndex, steps };
        const keys = steps[0]!.keys;
        if (!keys) {
          compiled.anyFirst.push(entry);
          continue;
        }
        for (const key of keys) {
          const list = compiled.byFirstKey.get(key);
          if (list) list.push(entry);
          else compiled.byFirstKey.set(key, [entry]);
        }
      }
    }
    if (rule.unlessBefore) compiled.before.set(rule, stepsOf(rule.unlessBefore));
    if (rule.unlessAfter) compiled.after.set(rule, stepsOf(rule.unlessAfter));
    if (rule.requireAfter) compiled.requireAfter.set(rule, stepsOf(rule.requireAfter));
    if (rule.requireInSentence)
      compiled.requireInSentence.set(rule, sentenceCondition(rule.requireInSentence, locale));
    if (rule.requireAlsoInSentence)
      compiled.requireAlsoInSentence.set(rule, sentenceCondition(rule.requireAlsoInSentence, locale));
    if (rule.unlessInSentence)
      compiled.unlessInSentence.set(rule, sentenceCondition(rule.unlessInSentence, locale));
    if (rule.requireBefore) compiled.requireBefore.set(rule, stepsOf(rule.requireBefore));
    if (rule.unlessAffirmed)
      compiled.unlessAffirmed.set(rule, sentenceCondition(rule.unlessAffirmed, locale));
  });
  return compiled;
}

/** One-word entries become keys (one set lookup per word); entries with spaces are phrases. */
function sentenceCondition(entries: readonly string[], locale: Locale): SentenceCondition {
  const words = new Set<string>();
  const keys: ReadonlySet<string>[] = [words];
  const phrases: Step[][] = [];
  for (const entry of entries) {
    if (/\s/.test(entry.trim())) phrases.push(...withRequiredFirst(compileSteps(entry, locale)));
    else
      for (const alternative of entry.split("|")) {
        if (alternative.startsWith("@") || alternative.endsWith("~"))
          keys.push(sharedKeys(alternative, locale));
        else words.add(normalizeWord(alternative));
      }
  }
  return { keys, phrases };
}

function hasKey(condition: SentenceCondition, token: { key: string; base: string }): boolean {
  for (const set of condition.keys) if (set.has(token.key) || set.has(token.base)) return true;
  return false;
}

/**
 * Longest match of `steps` starting at token `at`, as one past the last matched token, or -1.
 * Words of a phrase must be joined by spaces, line breaks or hyphens, and stay in one sentence.
 */
function matchForward(
  doc: TokenizedText,
  steps: readonly Step[],
  at: number,
  stepIndex = 0,
  previous = -1,
): number {
  if (stepIndex === steps.length) return previous + 1;
  const step = steps[stepIndex]!;
  let best = -1;
  const token = doc.tokens[at];
  const joined =
    token !== undefined &&
    (previous < 0 ||
      (joinsPhrase(doc.text, doc.tokens[previous]!.end, token.start) &&
        doc.tokens[previous]!.sentence === token.sentence));
  if (joined && (!step.keys || step.keys.has(token.key) || step.keys.has(token.base))) {
    best = matchForward(doc, steps, at + 1, stepIndex + 1, at);
  }
  if (best < 0 && step.end && previous >= 0 && !joined) {
    best = matchForward(doc, steps, at, stepIndex + 1, previous);
  }
  if (best < 0 && step.optional) best = matchForward(doc, steps, at, stepIndex + 1, previous);
  return best;
}

/** Whether `steps` (no optional words) match the words right before token `at`. */
function matchesBefore(doc: TokenizedText, steps: readonly Step[], at: number): boolean {
  const first = at - steps.length;
  if (first < 0) return false;
  return (
    matchForward(doc, steps, first) === at &&
    joinsPhrase(doc.text, doc.tokens[at - 1]!.end, doc.tokens[at]!.start)
  );
}

/** Find every rule match in the text: one index lookup per word, so time grows with the text, not the rule count. */
export function findMatches(
  compiled: CompiledRules,
  doc: TokenizedText,
  accept: (rule: Rule) => boolean,
): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const { tokens } = doc;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const candidates =
      compiled.byFirstKey.get(token.key) ??
      (token.base !== token.key ? compiled.byFirstKey.get(token.base) : undefined);
    const lists =
      compiled.anyFirst.length > 0 ? [candidates ?? [], compiled.anyFirst] : candidates ? [candidates] : [];
    let bestByRule: Map<number, RuleMatch> | undefined;
    for (const list of lists) {
      for (const candidate of list) {
        if (!accept(candidate.rule)) continue;
        const end = matchForward(doc, candidate.steps, index);
        if (end < 0) continue;
        bestByRule ??= new Map();
        const existing = bestByRule.get(candidate.ruleIndex);
        if (!existing || existing.lastToken < end) {
          bestByRule.set(candidate.ruleIndex, {
            rule: candidate.rule,
            ruleIndex: candidate.ruleIndex,
            firstToken: index,
            lastToken: end,
          });
        }
      }
    }
    if (!bestByRule) continue;
    for (const match of bestByRule.values()) {
      if (passesConditions(compiled, doc, match)) matches.push(match);
    }
  }
  return matches;
}

function passesConditions(compiled: CompiledRules, doc: TokenizedText, match: RuleMatch): boolean {
  const { rule, firstToken, lastToken } = match;
  const before = compiled.before.get(rule);
  if (before?.some((steps) => matchesBefore(doc, steps, firstToken))) return false;
  const after = compiled.after.get(rule);
  if (after?.some((steps) => matchForward(doc, steps, lastToken, 0, lastToken - 1) > 0)) return false;
  const requiredAfter = compiled.requireAfter.get(rule);
  if (
    requiredAfter &&
    !requiredAfter.some((steps) => matchForward(doc, steps, lastToken, 0, lastToken - 1) > 0)
  )
    return false;
  const sentence = doc.sentences[doc.tokens[firstToken]!.sentence]!;
  const unless = compiled.unlessInSentence.get(rule);
  if (
    unless &&
    (rule.unlessInTopic
      ? inSentenceOrTopic(doc, sentence, unless)
      : findInSentence(doc, sentence, unless) >= 0)
  )
    return false;
  const required = compiled.requireInSentence.get(rule);
  if (required && !inSentenceOrTopic(doc, sentence, required, rule.requireInSentenceOrBefore)) return false;
  const alsoRequired = compiled.requireAlsoInSentence.get(rule);
  if (alsoRequired && !inSentenceOrTopic(doc, sentence, alsoRequired)) return false;
  const requiredBefore = compiled.requireBefore.get(rule);
  if (requiredBefore && !hasRoleBefore(doc, requiredBefore, firstToken, compiled.clause)) return false;
  if (rule.unlessNegated && isNegated(doc, firstToken, compiled.clause)) return false;
  const affirmed = compiled.unlessAffirmed.get(rule);
  if (affirmed && affirms(doc, sentence, affirmed, match, compiled.clause)) return false;
  return true;
}

/** Index of the first word of `sentence` where `condition` matches (a key, or a phrase starting there), or -1. */
function findInSentence(
  doc: TokenizedText,
  sentence: { first: number; last: number },
  condition: SentenceCondition,
  from = sentence.first,
): number {
  for (let index = from; index < sentence.last; index++) {
    const token = doc.tokens[index]!;
    if (hasKey(condition, token)) return index;
    for (const steps of condition.phrases) if (matchForward(doc, steps, index) > 0) return index;
  }
  return -1;
}

/** The longest question that may set the topic of the sentence after it. */
const TOPIC_QUESTION_WORDS = 6;

/**
 * Whether `condition` holds in the sentence, or in a short question just before it that sets its topic:
 * "Stressed? A hot bath will sort you out." ("¿Agotada? Un baño lo arregla todo.")
 */
function inSentenceOrTopic(
  doc: TokenizedText,
  sentence: { first: number; last: number },
  condition: SentenceCondition,
  orBefore = false,
): boolean {
  if (findInSentence(doc, sentence, condition) >= 0) return true;
  const index = doc.tokens[sentence.first]!.sentence;
  const previous = doc.sentences[index - 1];
  if (
    previous &&
    (isTopicQuestion(doc, previous, sentence) || (orBefore && sameParagraph(doc, previous, sentence))) &&
    findInSentence(doc, previous, condition) >= 0
  )
    return true;
  // A short question answered by the next sentence: "The secret to beating burnout? A gratitude list."
  const next = doc.sentences[index + 1];
  return (
    next !== undefined && isTopicQuestion(doc, sentence, next) && findInSentence(doc, next, condition) >= 0
  );
}

/** Whether sentence `first` is followed by `second` with no blank line between. */
function sameParagraph(
  doc: TokenizedText,
  first: { first: number; last: number },
  second: { first: number; last: number },
): boolean {
  return !/\n\s*\n/.test(doc.text.slice(doc.tokens[first.last - 1]!.end, doc.tokens[second.first]!.start));
}

/** Whether `question` is a short question ending right before `answer`, in the same paragraph. */
function isTopicQuestion(
  doc: TokenizedText,
  question: { first: number; last: number },
  answer: { first: number; last: number },
): boolean {
  if (question.last - question.first > TOPIC_QUESTION_WORDS) return false;
  const gap = doc.text.slice(doc.tokens[question.last - 1]!.end, doc.tokens[answer.first]!.start);
  return /^[\s"”»)]*\?/.test(gap) && sameParagraph(doc, question, answer);
}

/** Punctuation that closes a clause: a comma, semicolon, colon, dash, bracket or quotation mark. */
const CLAUSE_BREAK = new Set([...',;:()[]"“”«»¿¡?!—–']);

/** How far back a closing single quote looks for the one that opened it. */
const SINGLE_QUOTE_REACH = 80;

/**
 * Whether the text between two words closes a clause (a spaced hyphen counts as a dash). Single curly quotes
 * count too, when they are quotation marks and not apostrophes: an opening ‘ after a space, and a ’ that
 * closes an opening ‘ shortly before it ("‘committed suicide’ echoes…", but not "nurses’ station").
 * Allocates nothing.
 */
export function breaksClause(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const char = text[index]!;
    if (CLAUSE_BREAK.has(char)) return true;
    if (char === "-" && index > from && index + 1 < to && text[index - 1] === " " && text[index + 1] === " ")
      return true;
    if (char === "‘" && (index === 0 || /\s/.test(text[index - 1]!))) return true;
    if (char === "’" && closesSingleQuote(text, index)) return true;
  }
  return false;
}

/** Whether the ’ at `at` closes a ‘ opened after a space within `SINGLE_QUOTE_REACH` characters, in one sentence. */
function closesSingleQuote(text: string, at: number): boolean {
  for (let index = at - 1; index >= Math.max(0, at - SINGLE_QUOTE_REACH); index--) {
    const char = text[index]!;
    if (char === "’" || char === "." || char === "\n") return false;
    if (char === "‘") return index === 0 || /\s/.test(text[index - 1]!);
  }
  return false;
}

/** First token of the clause that holds token `at`. */
function clauseStart(doc: TokenizedText, at: number, words: ClauseWords): number {
  const { first } = doc.sentences[doc.tokens[at]!.sentence]!;
  for (let index = at; index > first; index--) {
    const token = doc.tokens[index]!;
    if (words.clauseStarts.has(token.key)) return index;
    if (breaksClause(doc.text, doc.tokens[index - 1]!.end, token.start)) return index;
  }
  return first;
}

/** How many words before the match a role (`requireBefore`) may end. */
const ROLE_WINDOW = 4;

function hasRoleBefore(doc: TokenizedText, roles: Step[][], at: number, words: ClauseWords): boolean {
  // A list of predicates shares its subject: "Our heroes never stop, never rest, never complain."
  let start = clauseStart(doc, at, words);
  while (
    start > doc.sentences[doc.tokens[at]!.sentence]!.first &&
    words.negators.has(doc.tokens[start]!.key)
  ) {
    const gap = doc.text.slice(doc.tokens[start - 1]!.end, doc.tokens[start]!.start);
    if (!/^\s*,\s*$/.test(gap)) break;
    start = clauseStart(doc, start - 1, words);
  }
  for (let index = start; index < at; index++) {
    for (const steps of roles) {
      const end = matchForward(doc, steps, index);
      if (end > 0 && end <= at && at - end <= ROLE_WINDOW) return true;
    }
  }
  return false;
}

/**
 * A negation earlier in the clause reaches token `at` when only chain words (auxiliaries, pronouns,
 * determiners, verbs of showing) stand between them; a negative subject negates the whole clause. Two
 * predicates joined by a coordinator share it: "was not selfish or cowardly".
 */
function isNegated(doc: TokenizedText, at: number, words: ClauseWords): boolean {
  const start = clauseStart(doc, at, words);
  let chained = true;
  // The word before a coordinator right before the match is the first of the pair, and stands in the chain.
  let coordinated = false;
  for (let index = at - 1; index >= start; index--) {
    const key = doc.tokens[index]!.key;
    if (words.negativeSubjects.has(key)) return true;
    if (key === "one" && doc.tokens[index - 1]?.key === "no") return true;
    if (chained && words.negators.has(key)) return true;
    if (index === at - 1 && words.coordinators.has(key)) {
      coordinated = true;
      continue;
    }
    if (coordinated && index === at - 2) continue;
    // One modifier right before the match may stand in the chain: "is not a personal weakness".
    if (!words.chain.has(key) && index !== at - 1) chained = false;
  }
  return false;
}

/** A negation within three words before token `at`, in its clause: "not the schedule", "isn't about staffing". */
function negatedNearby(doc: TokenizedText, at: number, words: ClauseWords): boolean {
  const start = Math.max(clauseStart(doc, at, words), at - 3);
  for (let index = at - 1; index >= start; index--) {
    if (words.negators.has(doc.tokens[index]!.key)) return true;
  }
  return false;
}

/**
 * Whether the word at `at` is what someone is told not to blame: a blame word within the four words before it,
 * with a negation or a word that calls it off within the four before that ("Stop blaming the EHR", "Dejad de
 * echarle la culpa al sistema"), all in its clause.
 */
function blameCalledOff(doc: TokenizedText, at: number, words: ClauseWords): boolean {
  const start = clauseStart(doc, at, words);
  for (let blame = at - 1; blame >= Math.max(start, at - 4); blame--) {
    if (!words.blame.has(doc.tokens[blame]!.key)) continue;
    for (let index = blame - 1; index >= Math.max(start, blame - 4); index--) {
      const { key } = doc.tokens[index]!;
      if (words.negators.has(key) || words.stop.has(key)) return true;
    }
  }
  return false;
}

/**
 * Whether the word at `at` only says where or how long: a word of scope within the three words before it
 * ("across the entire health system", "en todo el sistema"), or "of"/"de" and a word of rest right after
 * it ("eight hours of sleep").
 */
function incidental(doc: TokenizedText, at: number, words: ClauseWords): boolean {
  const start = clauseStart(doc, at, words);
  for (let index = at - 1; index >= Math.max(start, at - 3); index--)
    if (words.scope.has(doc.tokens[index]!.key)) return true;
  const of = doc.tokens[at + 1];
  const rest = doc.tokens[at + 2];
  return (
    of !== undefined &&
    rest !== undefined &&
    (of.key === "of" || of.key === "de") &&
    of.sentence === doc.tokens[at]!.sentence &&
    words.rest.has(rest.key)
  );
}

/** Whether the sentence affirms (does not negate) one of `condition`'s words outside the match. */
function affirms(
  doc: TokenizedText,
  sentence: { first: number; last: number },
  condition: SentenceCondition,
  match: RuleMatch,
  words: ClauseWords,
): boolean {
  for (let index = findInSentence(doc, sentence, condition); index >= 0; ) {
    const inside = index >= match.firstToken && index < match.lastToken;
    if (
      !inside &&
      !negatedNearby(doc, index, words) &&
      !blameCalledOff(doc, index, words) &&
      !incidental(doc, index, words)
    )
      return true;
    index = index + 1 < sentence.last ? findInSentence(doc, sentence, condition, index + 1) : -1;
  }
  return false;
}
