import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import {
  CATEGORIES,
  type CorpusEntry,
  categoriesOf,
  contextOf,
  expectedSpans,
  expectTuned,
  loadCorpusFile,
  type Score,
  score,
} from "./corpus/score.js";

const chorus = (entry: CorpusEntry) =>
  check(entry.text, {
    locale: "es",
    audience: "public",
    context: contextOf(entry),
    readability: false,
    evidence: false,
  });

const summary = (name: string, result: Score) =>
  `${name}: ${result.sentences} sentences, precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}, ${result.falseNegatives} missed, ${result.falsePositives} false alarms, ${result.wrongCategory} wrong category`;

const tuning = loadCorpusFile("es-tuning.yaml");
const holdout = loadCorpusFile("es-holdout.yaml");
const holdout2 = loadCorpusFile("es-holdout-2.yaml");
const tuning3 = loadCorpusFile("es-tuning-3.yaml");
const tuning4 = loadCorpusFile("es-tuning-4.yaml");
const tuning5 = loadCorpusFile("es-tuning-5.yaml");

describe("Spanish labelled corpus", () => {
  it.each([
    ["es-tuning.yaml", tuning, 150, 0.4],
    ["es-holdout.yaml", holdout, 120, 0.45],
    ["es-holdout-2.yaml", holdout2, 140, 0.45],
  ] as const)(
    "%s is large enough, covers every category and has clean negatives",
    (_, entries, size, clean) => {
      expect(entries.length).toBeGreaterThanOrEqual(size);
      for (const entry of entries) expect(() => expectedSpans(entry)).not.toThrow();
      expect(categoriesOf(entries)).toEqual(CATEGORIES);
      expect(entries.filter((entry) => !entry.flags?.length).length / entries.length).toBeGreaterThanOrEqual(
        clean,
      );
    },
  );

  it("keeps tuning and held-out sentences apart", () => {
    const tuned = new Set([...tuning, ...tuning3, ...tuning4].map((entry) => entry.text));
    expect([...holdout, ...holdout2].filter((entry) => tuned.has(entry.text))).toEqual([]);
  });

  it("checks the tuning set with precision and recall of at least 0.95, in the expected categories", () => {
    const result = score(tuning, chorus);
    console.log(summary("es-tuning.yaml", result));
    expectTuned(result);
  });

  /**
   * Issue 14: written after blind set 3 was scored, from its lessons only (its sentences were never
   * read). Scored with the uncited-statistic check on, as blind set 3 is.
   */
  it("es-tuning-3.yaml covers every family, evidence included, with at least 40 % clean near-misses", () => {
    for (const entry of tuning3) expect(() => expectedSpans(entry)).not.toThrow();
    expect(categoriesOf(tuning3)).toEqual([...CATEGORIES, "evidence"].sort());
    expect(tuning3.filter((entry) => !entry.flags?.length).length / tuning3.length).toBeGreaterThanOrEqual(
      0.4,
    );
  });

  it("checks es-tuning-3.yaml, figures included, with precision and recall of at least 0.95", () => {
    const result = score(tuning3, (entry) =>
      check(entry.text, {
        locale: "es",
        audience: "public",
        context: contextOf(entry),
        readability: false,
        evidence: {},
      }),
    );
    console.log(summary("es-tuning-3.yaml", result));
    expectTuned(result);
  });

  /**
   * After blind set 4 (issue 14): clinician stigma and burnout framing in sideways wording and varied verb
   * forms, written from the guidance and not from blind sets 3 or 4 (spent). The frames that find them
   * (rules/es/classes.ts, lemmas conjugated by spanish-forms.ts, and the fallbacks at the end of
   * clinician-stigma.ts and burnout-framing.ts) were tuned on this set; before them the checker found 8 of
   * its 89 spans. Its second and third batches were private checks, each scored once before tuning (7 of 20
   * and 4 of 18 spans found). About 45 % are near-misses. Scored with the uncited-statistic check on.
   */
  it("es-tuning-4.yaml has at least 80 sentences on the two families, with at least 40 % clean near-misses", () => {
    expect(tuning4.length).toBeGreaterThanOrEqual(80);
    for (const entry of tuning4) expect(() => expectedSpans(entry)).not.toThrow();
    expect(categoriesOf(tuning4)).toEqual(["burnout-framing", "clinician-stigma"]);
    expect(tuning4.filter((entry) => !entry.flags?.length).length / tuning4.length).toBeGreaterThanOrEqual(
      0.4,
    );
    const earlier = new Set([...tuning, ...tuning3].map((entry) => entry.text));
    expect(tuning4.filter((entry) => earlier.has(entry.text))).toEqual([]);
  });

  it("checks es-tuning-4.yaml, figures included, with precision and recall of at least 0.95", () => {
    const result = score(tuning4, (entry) =>
      check(entry.text, {
        locale: "es",
        audience: "public",
        context: contextOf(entry),
        readability: false,
        evidence: {},
      }),
    );
    console.log(summary("es-tuning-4.yaml", result));
    expectTuned(result);
  });

  /**
   * After blind set 5 (issue 14): primero la persona (un diagnóstico como adjetivo de una persona o como
   * sustantivo, "una límite"; la enfermedad mental como peligro) y las familias de frases sobre el suicidio
   * que el conjunto ciego 5 mostró generales. Escrito desde las guías, sin copiar el conjunto ciego 5.
   */
  it("es-tuning-5.yaml has clean near-misses and shares no sentence with the other sets", () => {
    for (const entry of tuning5) expect(() => expectedSpans(entry)).not.toThrow();
    expect(tuning5.filter((entry) => !entry.flags?.length).length / tuning5.length).toBeGreaterThanOrEqual(
      0.4,
    );
    const other = new Set(
      [...tuning, ...tuning3, ...tuning4, ...holdout, ...holdout2].map((entry) => entry.text),
    );
    expect(tuning5.filter((entry) => other.has(entry.text))).toEqual([]);
  });

  it("checks es-tuning-5.yaml, figures included, with precision and recall of at least 0.95", () => {
    const result = score(tuning5, (entry) =>
      check(entry.text, {
        locale: "es",
        audience: "public",
        context: contextOf(entry),
        readability: false,
        evidence: {},
      }),
    );
    console.log(summary("es-tuning-5.yaml", result));
    expectTuned(result);
  });

  /**
   * Written before the Spanish rules were read and never tuned on. Blind first score, with the rules
   * as they were: precision 0.932 (55/59), recall 0.598 (55/92). After the rules were reworked on
   * es-tuning.yaml: precision 0.978 (91/93), recall 0.989 (91/92), no wrong category. The floor sits
   * a little below that so the set guards against regressions without being tuned to. Issue 14 made two of
   * its clean sentences warn by design ("se suicidó en 2019"; "cometer suicidio" in a quote block): 0.958 / 0.989.
   */
  it("keeps the held-out set at 0.95 precision and recall or better", () => {
    const result = score(holdout, chorus);
    console.log(summary("es-holdout.yaml", result));
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.wrongCategory).toBe(0);
  });

  /**
   * A second set written blind by another author after the rewrite (never used to tune): 195 sentences
   * (96 clean), 103 spans (one link-text line that the tuning set also happens to hold was dropped).
   * Measured blind 2026-11-23: precision 0.914 (85/93), recall 0.825 (85/103), no wrong category. Its
   * gaps were then fixed through new tuning sentences of the same patterns (never its own sentences):
   * 0.962 / 0.971 after, no longer blind. The floor keeps that as a regression guard.
   */
  it("keeps the second held-out set at 0.95 precision and recall or better", () => {
    const result = score(holdout2, chorus);
    console.log(summary("es-holdout-2.yaml", result));
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.wrongCategory).toBe(0);
  });
});
