import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import {
  CATEGORIES,
  type CorpusEntry,
  categoriesOf,
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
    context: entry.context ?? "body",
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
