import { describe, expect, it } from "vitest";
import { check, readingGrade, textStatistics, tokenize } from "../src/index.js";
import { englishSyllables } from "../src/readability.js";

const plain = (text: string, audience: "public" | "clinicians" = "public", gradeTargets = {}) =>
  check(text, { locale: "en", audience, evidence: false, readability: { gradeTargets } }).filter(
    (d) => d.category === "plain-language",
  );

const SIMPLE =
  "Burnout is not your fault. It comes from how work is set up. Too many tasks pile up each day. " +
  "Leaders can fix this. They can add staff and cut busywork. Ask them to act now. Talk with your team today.";
const DENSE =
  "Institutional implementation of comprehensive organizational interventions necessitates multidisciplinary " +
  "collaboration, longitudinal evaluation methodologies, and sustained administrative commitment. Consequently, " +
  "occupational wellbeing initiatives characteristically demonstrate heterogeneous effectiveness across " +
  "institutions, notwithstanding considerable investment in organizational infrastructure.";

describe("reading grade", () => {
  it("counts syllables the usual way", () => {
    expect(["cat", "table", "burnout", "physician", "organization"].map(englishSyllables)).toEqual([
      1, 2, 2, 3, 5,
    ]);
  });

  it("computes the Flesch-Kincaid grade", () => {
    const stats = textStatistics(tokenize("The cat sat on the mat. The dog ran."), "en");
    expect(stats).toEqual({ words: 9, sentences: 2, syllables: 9 });
    expect(readingGrade(stats, "en")).toBeCloseTo(0.39 * 4.5 + 11.8 * 1 - 15.59, 5);
  });

  it("counts sentences past abbreviations: 'EE. UU.', 'Dra.' and a period before a comma end none", () => {
    expect(
      textStatistics(tokenize("En EE. UU., la Dra. Ruiz habló. Luego hubo preguntas."), "es").sentences,
    ).toBe(2);
    expect(textStatistics(tokenize("Dr. Lee spoke. Then we ate."), "en").sentences).toBe(2);
  });

  it("does not flag plain copy for the public", () => {
    expect(plain(SIMPLE)).toEqual([]);
  });

  it("flags dense copy above the audience's target grade", () => {
    const [finding] = plain(DENSE, "clinicians");
    expect(finding?.ruleId).toBe("plain-language/reading-grade");
    expect(finding?.message).toMatch(
      /^text reads at grade \d+\.\d; the target for clinicians is grade 10 or lower$/,
    );
  });

  it("uses grade 8 for the public and grade 10 for clinicians", () => {
    // Grade about 9: over the public target, under the clinician one.
    const text =
      "Health systems can reduce burnout by hiring enough staff and removing unnecessary documentation. " +
      "Protected time for recovery helps clinicians return to work rested. Leaders should track workload " +
      "and share progress with their teams each quarter.";
    const grade = readingGrade(textStatistics(tokenize(text), "en"), "en");
    expect(grade).toBeGreaterThan(8);
    expect(grade).toBeLessThanOrEqual(10);
    expect(plain(text, "public").map((d) => d.ruleId)).toEqual(["plain-language/reading-grade"]);
    expect(plain(text, "clinicians")).toEqual([]);
  });

  it("lets the target be configured per audience", () => {
    expect(plain(DENSE, "clinicians", { clinicians: 40 })).toEqual([]);
  });

  it("does not grade text too short to judge", () => {
    expect(plain("Organizational accountability.")).toEqual([]);
  });
});

describe("long sentences", () => {
  it("flags sentences over 25 words, at the sentence's exact span", () => {
    const long = `${Array.from({ length: 26 }, () => "word").join(" ")}.`;
    const text = `Short one. ${long} Another short one.`;
    const finding = plain(text).find((d) => d.ruleId === "plain-language/long-sentence");
    expect(finding?.message).toBe("sentence has 26 words (aim for 25 or fewer)");
    expect(text.slice(finding!.start, finding!.end)).toBe(long.slice(0, -1));
  });

  it("does not end a sentence at 'Dr.'", () => {
    const text = `Dr. ${Array.from({ length: 23 }, () => "word").join(" ")}.`;
    expect(plain(text).filter((d) => d.ruleId === "plain-language/long-sentence")).toEqual([]);
  });
});

describe("all-caps shouting", () => {
  it("flags runs of words in capitals", () => {
    const text = "CALL NOW to join the session.";
    expect(plain(text).map((d) => text.slice(d.start, d.end))).toEqual(["CALL NOW"]);
  });

  it("flags a single long word in capitals", () => {
    const text = "This is IMPORTANT for everyone.";
    expect(plain(text).map((d) => text.slice(d.start, d.end))).toEqual(["IMPORTANT"]);
  });

  it("does not flag acronyms such as EHR, ICU, SAMHSA and 988", () => {
    expect(plain("Less EHR work in the ICU. SAMHSA runs 988. Ask HR or the CMO.")).toEqual([]);
  });
});
