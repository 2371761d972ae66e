import type { Audience, Fact, Locale, Resource } from "@chorus/content";
import { type CompiledRules, compileRules, findMatches, type RuleMatch } from "./matcher.js";
import { meaningDiagnostics, readingOf, type TextReading } from "./meaning/layer.js";
import { isMention, quoteLabel, quoteNote, quoteSuggestion } from "./quote.js";
import {
  DEFAULT_MAX_SENTENCE_WORDS,
  DEFAULT_MIN_GRADE_WORDS,
  gradeTarget,
  type ReadabilityOptions,
  readingGrade,
  shoutingRuns,
  textStatistics,
} from "./readability.js";
import { rulesFor } from "./rules/index.js";
import type { Category, Rule, Severity, Source, TextContext } from "./rules/schema.js";
import { factFor, findFigures, libraryFactFor, resourceNumbers } from "./statistics.js";
import { normalizeWord, spanOf, type TokenizedText, tokenize } from "./tokenize.js";

export type DiagnosticCategory = Category | "plain-language" | "evidence" | "safe-messaging";

/** One finding in a piece of text, with exact offsets into that text. */
export interface TextDiagnostic {
  ruleId: string;
  category: DiagnosticCategory;
  severity: Severity;
  message: string;
  /** Offsets into the checked text: `text.slice(start, end)` is the flagged wording. */
  start: number;
  end: number;
  /** Preferred wording, best first. */
  suggestions: string[];
  /** `suggestions[0]` may replace the flagged wording automatically. */
  fixable: boolean;
  /** The guidance behind the rule. */
  source?: Source;
}

export interface EvidenceOptions {
  /** Facts the text may quote: figures found in them are cited. */
  cited?: readonly Fact[];
  /** The whole library: a figure found there but not cited gets a hint naming the fact. */
  library?: readonly Fact[];
  /** Resources whose phone and text numbers are contact details, not statistics. */
  resources?: readonly Resource[];
  /** How this kind of material cites a fact, for the advice (default "a Fact block"). */
  citeWith?: string;
}

export interface CheckOptions {
  locale: Locale;
  audience: Audience;
  /** Where the text is used (default `body`). Quotes skip word rules; link and alt text have their own. */
  context?: TextContext;
  /** Plain-language checks, or `false` to skip them. */
  readability?: ReadabilityOptions | false;
  /** Uncited-statistic check, or `false` to skip it. */
  evidence?: EvidenceOptions | false;
  /**
   * Rule ids to skip. The meaning model's findings have the ids `clinician-stigma/meaning-model` and
   * `burnout-framing/meaning-model`: list them to turn it off.
   */
  disable?: readonly string[];
  /** A custom rule set (default: the built-in rules for `locale`). */
  rules?: CompiledRules;
}

const compiledByLocale = new Map<Locale, CompiledRules>();

export function compiledRulesFor(locale: Locale): CompiledRules {
  let compiled = compiledByLocale.get(locale);
  if (!compiled) {
    compiled = compileRules(rulesFor(locale), locale);
    compiledByLocale.set(locale, compiled);
  }
  return compiled;
}

/** Words that introduce a title in Spanish: «…» after one of them names a work, not the writer's own wording. */
const TITLE_CUES = new Set([
  "guia",
  "libro",
  "informe",
  "manual",
  "programa",
  "campana",
  "documental",
  "pelicula",
  "serie",
  "podcast",
  "curso",
  "taller",
  "articulo",
  "ponencia",
  "conferencia",
  "charla",
  "seminario",
  "simposio",
  "jornada",
  "capitulo",
  "seccion",
  "revista",
  "boletin",
  "folleto",
  "estudio",
  "proyecto",
  "reportaje",
  "novela",
  "ensayo",
  "obra",
  "titulo",
  "titulado",
  "titulada",
  "llamado",
  "llamada",
  "denominado",
  "denominada",
  "lema",
]);

/**
 * A flagged phrase inside a title in guillemets («La resiliencia no basta», «Abuso de sustancias en
 * residentes») names a work: the title is the author's, not the writer's. Only «…» that opens with a
 * capital letter and directly follows a word such as "guía", "libro" or "titulado" counts, so quoted
 * speech («Es de cobardes», dijo) is still checked.
 */
function isQuotedTitle(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("«", start);
  if (open < 0 || text.lastIndexOf("»", start) > open) return false;
  const close = text.indexOf("»", end);
  if (close < 0 || text.slice(end, close).includes("«")) return false;
  if (!/^\p{Lu}/u.test(text.slice(open + 1).trimStart())) return false;
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(0, open));
  return before !== null && TITLE_CUES.has(normalizeWord(before[1]!));
}

function isAnchored(doc: TokenizedText, match: RuleMatch, anchor: Rule["anchor"]): boolean {
  if (!anchor) return true;
  const first = doc.tokens[match.firstToken]!;
  const last = doc.tokens[match.lastToken - 1]!;
  const edge = /^[\s\p{P}\p{S}]*$/u;
  if (!edge.test(doc.text.slice(0, first.start))) return false;
  return anchor === "start" || edge.test(doc.text.slice(last.end));
}

/** `reading`: the sentences left alone (`readingOf`), worked out once for the rules and the meaning model. */
function ruleDiagnostics(
  doc: TokenizedText,
  options: CheckOptions,
  { ownAccount, refuting }: TextReading,
): TextDiagnostic[] {
  const context = options.context ?? "body";
  const compiled = options.rules ?? compiledRulesFor(options.locale);
  const disabled = new Set(options.disable ?? []);
  // In a quote the speaker's words stay theirs, but readers still see them: every rule runs there too, as a
  // warning that asks the editor to paraphrase or pick another quote (decision 45). A speaker's account of
  // themselves ("I thought asking for help was weakness", "Yo era adicta") is left alone, except unsafe
  // suicide wording and a diagnosis made casual ("I'm so OCD about my inbox": `evenInOwnAccount`).
  const accept = (rule: Rule) =>
    !disabled.has(rule.id) && (!rule.contexts || rule.contexts.includes(context));
  const matches = findMatches(compiled, doc, accept);
  const diagnostics: TextDiagnostic[] = [];
  const flaggedSentences = new Set<string>();
  for (const match of matches) {
    if (!match.rule.fallback)
      flaggedSentences.add(`${match.rule.category} ${doc.tokens[match.firstToken]!.sentence}`);
  }
  for (const match of matches) {
    if (
      match.rule.fallback &&
      flaggedSentences.has(`${match.rule.category} ${doc.tokens[match.firstToken]!.sentence}`)
    )
      continue;
    const { rule } = match;
    const start = doc.tokens[match.firstToken]!.start;
    const end = doc.tokens[match.lastToken - 1]!.end;
    if (!isAnchored(doc, match, rule.anchor) || isMention(doc.text, start, end)) continue;
    const sentence = doc.tokens[match.firstToken]!.sentence;
    if (
      !rule.contexts &&
      ((refuting.has(sentence) && !rule.aboutText) ||
        (rule.category !== "suicide" && !rule.evenInOwnAccount && ownAccount.has(sentence)))
    )
      continue;
    if (options.locale === "es" && isQuotedTitle(doc.text, start, end)) continue;
    const wording = doc.text.slice(start, end).replace(/\s+/g, " ");
    const quoted = context === "quote" && !rule.contexts;
    // A claim is reported whole; its message still names the words that made it one.
    const reported = rule.report === "sentence" ? spanOf(doc, doc.sentences[sentence]!) : { start, end };
    diagnostics.push({
      ruleId: rule.id,
      category: rule.category,
      severity: quoted ? "warning" : rule.severity,
      message: quoted
        ? `"${wording}" ${quoteLabel(options.locale)}: ${rule.explanation} ${quoteNote(options.locale)}`
        : `"${wording}": ${rule.explanation}`,
      ...reported,
      suggestions: quoted ? [quoteSuggestion(options.locale), ...rule.suggestions] : [...rule.suggestions],
      fixable: quoted ? false : rule.fixable,
      source: rule.source,
    });
  }
  return dropOverlaps(diagnostics);
}

/** Within one category keep the earliest, longest finding when two overlap ("the mentally ill" and "mentally ill"). */
function dropOverlaps(diagnostics: TextDiagnostic[]): TextDiagnostic[] {
  diagnostics.sort((a, b) => a.start - b.start || b.end - a.end);
  const reachedByCategory = new Map<string, number>();
  return diagnostics.filter((diagnostic) => {
    const reached = reachedByCategory.get(diagnostic.category) ?? -1;
    if (diagnostic.start < reached) return false;
    reachedByCategory.set(diagnostic.category, diagnostic.end);
    return true;
  });
}

const FILE_NAME_ALT = /^\s*[\w-]+\.(?:png|jpe?g|gif|webp|svg|avif)\s*$/i;
const MARKDOWN_IMAGE_WITHOUT_ALT = /!\[\s*\]\([^)]*\)|<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/gi;

function imageDiagnostics(text: string, context: TextContext): TextDiagnostic[] {
  const diagnostic = (start: number, end: number, message: string): TextDiagnostic => ({
    ruleId: "accessibility/image-missing-alt",
    category: "accessibility",
    severity: "error",
    message,
    start,
    end,
    suggestions: ["describe what the image shows and why it is there"],
    fixable: false,
    source: {
      name: "WCAG 2.2, Success Criterion 1.1.1 Non-text Content",
      url: "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content",
    },
  });
  if (context === "alt") {
    if (text.trim() === "") return [diagnostic(0, text.length, "image has no alt text")];
    if (FILE_NAME_ALT.test(text))
      return [diagnostic(0, text.length, "alt text is a file name, not a description")];
    return [];
  }
  return [...text.matchAll(MARKDOWN_IMAGE_WITHOUT_ALT)].map((match) =>
    diagnostic(match.index, match.index + match[0].length, "image has no alt text"),
  );
}

function plainLanguageDiagnostics(
  doc: TokenizedText,
  options: CheckOptions,
  readability: ReadabilityOptions,
) {
  const diagnostics: TextDiagnostic[] = [];
  const maxWords = readability.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  for (const sentence of doc.sentences) {
    const words = sentence.last - sentence.first;
    if (words <= maxWords) continue;
    diagnostics.push({
      ruleId: "plain-language/long-sentence",
      category: "plain-language",
      severity: "warning",
      message: `sentence has ${words} words (aim for ${maxWords} or fewer)`,
      ...spanOf(doc, sentence),
      suggestions: ["split it into two sentences"],
      fixable: false,
    });
  }
  for (const run of shoutingRuns(doc)) {
    diagnostics.push({
      ruleId: "plain-language/all-caps",
      category: "plain-language",
      severity: "warning",
      message: "text in capitals reads as shouting and is harder to read",
      start: run.start,
      end: run.end,
      suggestions: ["use sentence case; add emphasis with a heading or bold text"],
      fixable: false,
    });
  }
  const grade = gradeDiagnostic(doc, options.locale, options.audience, readability, "text");
  if (grade) diagnostics.push(grade);
  return diagnostics;
}

/** Reading-grade finding for the whole of `doc`, or undefined when within target (or too short to judge). */
export function gradeDiagnostic(
  doc: TokenizedText,
  locale: Locale,
  audience: Audience,
  readability: ReadabilityOptions,
  what: string,
): TextDiagnostic | undefined {
  const stats = textStatistics(doc, locale);
  if (stats.words < (readability.minGradeWords ?? DEFAULT_MIN_GRADE_WORDS)) return undefined;
  const grade = readingGrade(stats, locale);
  const target = gradeTarget(audience, readability);
  if (grade <= target) return undefined;
  return {
    ruleId: "plain-language/reading-grade",
    category: "plain-language",
    severity: "warning",
    message: `${what} reads at grade ${grade.toFixed(1)}; the target for ${audience} is grade ${target} or lower`,
    start: 0,
    end: doc.text.length,
    suggestions: ["use shorter sentences and everyday words"],
    fixable: false,
  };
}

function evidenceDiagnostics(text: string, evidence: EvidenceOptions): TextDiagnostic[] {
  const diagnostics: TextDiagnostic[] = [];
  const citeWith = evidence.citeWith ?? "a Fact block";
  for (const figure of findFigures(text, resourceNumbers(evidence.resources ?? []))) {
    if (factFor(figure, evidence.cited ?? [])) continue;
    // A source named in the sentence itself ("According to the CDC's 2023 data, …") lets readers see
    // where the figure comes from: weaker than a cited fact, but not an uncited statistic.
    if (figure.namedSource) continue;
    // A figure the material does not cite is an error even when the library holds the same number:
    // the same number can come from a different study, and only a Fact block carries the citation.
    // The hint names a library fact only when it shares the claim's meaning, not just its digits.
    const known = libraryFactFor(figure, evidence.library ?? []);
    diagnostics.push({
      ruleId: "evidence/uncited-statistic",
      category: "evidence",
      severity: "error",
      message: known
        ? `"${figure.text}" has no citation in this material (the library fact "${known.id}" has the same figure)`
        : `"${figure.text}" is a statistic without a source: figures must come from a library fact with a citation`,
      start: figure.start,
      end: figure.end,
      suggestions: known
        ? [
            `if you mean "${known.statement.en.includes(known.value) ? known.statement.en : `${known.value}: ${known.statement.en}`}" (${known.citation.publisher}, ${known.citation.year}), add that fact as ${citeWith} so its citation travels with it; otherwise remove the figure`,
          ]
        : [`add the figure to the library as a fact with its citation, then cite it with ${citeWith}`],
      fixable: false,
    });
  }
  return diagnostics;
}

/** Check one piece of text. Diagnostics are sorted by position; offsets are exact. */
export function check(text: string, options: CheckOptions): TextDiagnostic[] {
  const context = options.context ?? "body";
  const doc = tokenize(text);
  const reading = readingOf(doc, options.locale, context);
  const rules = ruleDiagnostics(doc, options, reading);
  // The meaning model reads what the built-in rules left unflagged in its families (not with custom rules).
  const meaning = options.rules
    ? []
    : meaningDiagnostics(
        doc,
        { locale: options.locale, disabled: new Set(options.disable ?? []), ...reading },
        rules,
      );
  const diagnostics = [...rules, ...meaning, ...imageDiagnostics(text, context)];
  if (options.readability !== false && context !== "alt" && context !== "link") {
    diagnostics.push(...plainLanguageDiagnostics(doc, options, options.readability ?? {}));
  }
  if (options.evidence !== false && context !== "alt" && context !== "link") {
    diagnostics.push(...evidenceDiagnostics(text, options.evidence ?? {}));
  }
  return diagnostics.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
