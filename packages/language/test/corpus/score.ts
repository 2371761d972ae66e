import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { parse } from "yaml";

/**
 * Where a corpus sentence stands. Writers name the field as communicators know it (`headline`, `subject`,
 * `cta`); `contextOf` gives the context the campaign checker reads that field in.
 */
export type CorpusContext = "body" | "heading" | "link" | "alt" | "quote" | "headline" | "subject" | "cta";

export interface CorpusEntry {
  text: string;
  context?: CorpusContext;
  /** `[category, words]` pairs: the words as written in `text`. Empty or missing for clean sentences. */
  flags?: Array<[string, string]>;
  note?: string;
}

export interface ExpectedSpan {
  category: string;
  start: number;
  end: number;
}

export interface Finding {
  start: number;
  end: number;
  category?: string;
}

export interface Score {
  sentences: number;
  expected: number;
  found: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Matched spans whose category differs from the expected one (only when the detector gives categories). */
  wrongCategory: number;
  misses: Array<{ text: string; span: string }>;
  falseAlarms: Array<{ text: string; span: string }>;
}

/**
 * The checker's context for a corpus sentence, as `checkCampaign` reads each field: headlines and email
 * subjects as headings, call-to-action labels as link text.
 */
export function contextOf(entry: CorpusEntry): "body" | "heading" | "link" | "alt" | "quote" {
  switch (entry.context) {
    case undefined:
      return "body";
    case "headline":
    case "subject":
      return "heading";
    case "cta":
      return "link";
    default:
      return entry.context;
  }
}

export function loadCorpusFile(name: string): CorpusEntry[] {
  return parse(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), "utf8")) as CorpusEntry[];
}

/** The labelled corpus the rules are tuned and tested on (the held-out file is reported separately). */
export function loadCorpus(): CorpusEntry[] {
  return [...loadCorpusFile("en-positive.yaml"), ...loadCorpusFile("en-negative.yaml")];
}

export function expectedSpans(entry: CorpusEntry): ExpectedSpan[] {
  return (entry.flags ?? []).map(([category, words]) => {
    const start = entry.text.indexOf(words);
    if (start < 0) throw new Error(`corpus: "${words}" is not in "${entry.text}"`);
    return { category, start, end: start + words.length };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Precision: share of findings that overlap an expected span. Recall: share of expected spans that
 * some finding overlaps. Overlap (not exact offsets) so tools that flag "suicide" inside
 * "committed suicide" still get credit.
 */
export function score(entries: readonly CorpusEntry[], detect: (entry: CorpusEntry) => Finding[]): Score {
  const result: Score = {
    sentences: entries.length,
    expected: 0,
    found: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    wrongCategory: 0,
    misses: [],
    falseAlarms: [],
  };
  let hitSpans = 0;
  for (const entry of entries) {
    const expected = expectedSpans(entry);
    const findings = detect(entry);
    result.expected += expected.length;
    result.found += findings.length;
    for (const span of expected) {
      const hits = findings.filter((finding) => overlaps(finding, span));
      if (hits.length > 0) {
        hitSpans++;
        if (hits.every((hit) => hit.category !== undefined && hit.category !== span.category))
          result.wrongCategory++;
      } else {
        result.misses.push({ text: entry.text, span: entry.text.slice(span.start, span.end) });
      }
    }
    for (const finding of findings) {
      if (expected.some((span) => overlaps(finding, span))) result.truePositives++;
      else {
        result.falsePositives++;
        result.falseAlarms.push({ text: entry.text, span: entry.text.slice(finding.start, finding.end) });
      }
    }
  }
  result.falseNegatives = result.expected - hitSpans;
  result.precision = result.found === 0 ? 1 : result.truePositives / result.found;
  result.recall = result.expected === 0 ? 1 : hitSpans / result.expected;
  return result;
}

/** A tuning set must be clean: no misses, no false alarms, right categories, 0.95 or better. */
export function expectTuned(result: Score): void {
  expect({ misses: result.misses, falseAlarms: result.falseAlarms }).toEqual({ misses: [], falseAlarms: [] });
  expect(result.precision).toBeGreaterThanOrEqual(0.95);
  expect(result.recall).toBeGreaterThanOrEqual(0.95);
  expect(result.wrongCategory).toBe(0);
}

/** The rule categories every corpus must cover with positives. */
export const CATEGORIES = [
  "accessibility",
  "burnout-framing",
  "clinician-stigma",
  "mental-health",
  "substance-use",
  "suicide",
];

/** The categories a corpus has positives for, sorted. */
export function categoriesOf(entries: readonly CorpusEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => (entry.flags ?? []).map(([category]) => category)))].sort();
}
