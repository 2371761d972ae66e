import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import {
  CATEGORIES,
  type CorpusEntry,
  categoriesOf,
  contextOf,
  expectedSpans,
  expectTuned,
  loadCorpus,
  loadCorpusFile,
  score,
} from "./corpus/score.js";

const corpus = loadCorpus();
const chorus = (entry: CorpusEntry) =>
  check(entry.text, {
    locale: "en",
    audience: "public",
    context: contextOf(entry),
    readability: false,
    evidence: false,
  });

describe("labelled corpus", () => {
  it("has at least 250 sentences, with flagged spans that exist in their text", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    for (const entry of corpus) expect(() => expectedSpans(entry)).not.toThrow();
  });

  it("covers every rule category with positives and includes clean negatives", () => {
    expect(categoriesOf(corpus)).toEqual(CATEGORIES);
    expect(corpus.filter((entry) => !entry.flags?.length).length).toBeGreaterThanOrEqual(100);
  });

  it("is checked with precision and recall of at least 0.95, in the expected categories", () => {
    const result = score(corpus, chorus);
    expectTuned(result);
  });
});

describe("held-out sets (scored first, then kept as regression guards)", () => {
  it.each(["en-holdout.yaml", "en-holdout-2.yaml"])(
    "%s stays at 0.95 precision and recall or better",
    (name) => {
      const result = score(loadCorpusFile(name), chorus);
      expect(result.precision).toBeGreaterThanOrEqual(0.95);
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
    },
  );
});

/**
 * Issue 14: written after blind set 3 was scored, from its lessons only (its sentences were never read).
 * Scored with the uncited-statistic check on, as blind set 3 is, so figures in words and the numbers that
 * are not statistics (ages, money, durations, counts, sources named in the sentence) are tuned too.
 */
describe("third tuning set (figures included)", () => {
  const tuning3 = loadCorpusFile("en-tuning-3.yaml");
  const withEvidence = (entry: CorpusEntry) =>
    check(entry.text, {
      locale: "en",
      audience: "public",
      context: contextOf(entry),
      readability: false,
      evidence: {},
    });

  it("covers every family, evidence included, with at least 40 % clean near-misses", () => {
    for (const entry of tuning3) expect(() => expectedSpans(entry)).not.toThrow();
    expect(categoriesOf(tuning3)).toEqual([...CATEGORIES, "evidence"].sort());
    const clean = tuning3.filter((entry) => !entry.flags?.length).length;
    expect(clean / tuning3.length).toBeGreaterThanOrEqual(0.4);
  });

  it("shares no sentence with the held-out sets", () => {
    const held = new Set(
      [...loadCorpusFile("en-holdout.yaml"), ...loadCorpusFile("en-holdout-2.yaml")].map(
        (entry) => entry.text,
      ),
    );
    expect(tuning3.filter((entry) => held.has(entry.text))).toEqual([]);
  });

  it("is checked with precision and recall of at least 0.95, in the expected categories", () => {
    expectTuned(score(tuning3, withEvidence));
  });
});

/**
 * After blind set 4 (issue 14): the two families about meaning, clinician stigma and burnout framing, in
 * sideways wording, written from the guidance and not from blind sets 3 or 4 (spent). The frames that find
 * them (rules/en/classes.ts, the fallbacks at the end of clinician-stigma.ts and burnout-framing.ts) were
 * tuned on this set; before them the checker found 7 of its 94 spans. Its second and third batches were
 * private checks, each scored once before tuning (2 of 22 and 2 of 20 spans found). About 45 % are
 * near-misses. Scored with the uncited-statistic check on, as the blind sets are.
 */
describe("fourth tuning set (meaning frames)", () => {
  const tuning4 = loadCorpusFile("en-tuning-4.yaml");
  const withEvidence = (entry: CorpusEntry) =>
    check(entry.text, {
      locale: "en",
      audience: "public",
      context: contextOf(entry),
      readability: false,
      evidence: {},
    });

  it("has at least 80 sentences on the two families, with at least 40 % clean near-misses", () => {
    expect(tuning4.length).toBeGreaterThanOrEqual(80);
    for (const entry of tuning4) expect(() => expectedSpans(entry)).not.toThrow();
    expect(categoriesOf(tuning4)).toEqual(["burnout-framing", "clinician-stigma"]);
    const clean = tuning4.filter((entry) => !entry.flags?.length).length;
    expect(clean / tuning4.length).toBeGreaterThanOrEqual(0.4);
  });

  it("shares no sentence with the held-out sets or the earlier tuning sets", () => {
    const seen = new Set(
      ["en-holdout.yaml", "en-holdout-2.yaml", "en-tuning-3.yaml", "en-positive.yaml", "en-negative.yaml"]
        .flatMap((name) => loadCorpusFile(name))
        .map((entry) => entry.text),
    );
    expect(tuning4.filter((entry) => seen.has(entry.text))).toEqual([]);
  });

  it("is checked with precision and recall of at least 0.95, in the expected categories", () => {
    expectTuned(score(tuning4, withEvidence));
  });
});

/**
 * After blind set 5 (issue 14): person-first wording (a diagnosis in front of a person or used as a plural
 * noun; mental illness linked with danger; "addicted" in front of a person) and the suicide phrase families
 * blind set 5 showed generalize (no warning signs, the easy way out, peace found, drugs taken at work,
 * a bid for attention). Written from the guidance, not copied from blind set 5 (spent); about half are
 * near-misses. Scored with the uncited-statistic check on.
 */
describe("fifth tuning set (person-first and suicide phrase families)", () => {
  const tuning5 = loadCorpusFile("en-tuning-5.yaml");

  it("has clean near-misses for at least 40 % of its sentences and shares none with the other sets", () => {
    for (const entry of tuning5) expect(() => expectedSpans(entry)).not.toThrow();
    expect(tuning5.filter((entry) => !entry.flags?.length).length / tuning5.length).toBeGreaterThanOrEqual(
      0.4,
    );
    const seen = new Set(
      [
        "en-holdout.yaml",
        "en-holdout-2.yaml",
        "en-tuning-3.yaml",
        "en-tuning-4.yaml",
        "en-positive.yaml",
        "en-negative.yaml",
      ]
        .flatMap((name) => loadCorpusFile(name))
        .map((entry) => entry.text),
    );
    expect(tuning5.filter((entry) => seen.has(entry.text))).toEqual([]);
  });

  it("is checked with precision and recall of at least 0.95, in the expected categories", () => {
    expectTuned(
      score(tuning5, (entry) =>
        check(entry.text, {
          locale: "en",
          audience: "public",
          context: contextOf(entry),
          readability: false,
          evidence: {},
        }),
      ),
    );
  });
});
