import type { Locale } from "@chorus/content";
import type { Rule } from "./rules/schema.js";
import { joinsPhrase, normalizeWord, type TokenizedText } from "./tokenize.js";
import { lexiconForms, wordClass } from "./word-classes.js";

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
  requireInSentence: Map<Rule, Set<string>>;
  unlessInSentence: Map<Rule, Set<string>>;
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

/** The keys one alternative of a pattern token stands for: a word, a lemma's forms, or a word class. */
function alternativeKeys(alternative: string, locale: Locale, keys: Set<string>): void {
  if (alternative.startsWith("@")) {
    for (const word of wordClass(alternative.slice(1), locale)) keys.add(normalizeWord(word));
  } else if (alternative.endsWith("~")) {
    const lemma = normalizeWord(alternative.slice(0, -1));
    for (const form of inflections(lemma)) keys.add(form);
    for (const form of lexiconForms(lemma, locale)) keys.add(form);
  } else keys.add(normalizeWord(alternative));
}

function compileStep(token: string, locale: Locale): Step {
  const optional = token.endsWith("?");
  const body = optional ? token.slice(0, -1) : token;
  if (body === "*") return { keys: undefined, optional };
  const keys = new Set<string>();
  let end = false;
  for (const alternative of body.split("|")) {
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
    unlessInSentence: new Map(),
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
    if (rule.requireInSentence) compiled.requireInSentence.set(rule, keySet(rule.requireInSentence, locale));
    if (rule.unlessInSentence) compiled.unlessInSentence.set(rule, keySet(rule.unlessInSentence, locale));
  });
  return compiled;
}

function keySet(words: readonly string[], locale: Locale): Set<string> {
  const keys = new Set<string>();
  for (const word of words) alternativeKeys(word, locale, keys);
  return keys;
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
  const required = compiled.requireInSentence.get(rule);
  const unless = compiled.unlessInSentence.get(rule);
  if (required || unless) {
    const sentence = doc.sentences[doc.tokens[firstToken]!.sentence]!;
    let hasRequired = !required;
    for (let index = sentence.first; index < sentence.last; index++) {
      const key = doc.tokens[index]!.key;
      if (unless?.has(key)) return false;
      if (required?.has(key)) hasRequired = true;
    }
    if (!hasRequired) return false;
  }
  return true;
}
