import { describe, expect, it } from "vitest";
import { englishLexicon, ruleLemmas } from "../scripts/english-lexicon.js";
import { ENGLISH_CLASSES, ENGLISH_FORMS } from "../src/english-lexicon.js";
import { check } from "../src/index.js";

describe("English lexicon generated from wink-nlp", () => {
  it("is up to date with the rules and the pinned wink model (run scripts/english-lexicon.ts if not)", () => {
    const fresh = englishLexicon();
    expect(ENGLISH_FORMS).toEqual(fresh.forms);
    expect(ENGLISH_CLASSES).toEqual(fresh.classes);
  });

  it("lists every lemma the English rules inflect with ~", () => {
    expect(Object.keys(ENGLISH_FORMS).sort()).toEqual(ruleLemmas());
  });

  it("gives irregular forms the regular suffixes miss", () => {
    expect(ENGLISH_FORMS.hang).toEqual(expect.arrayContaining(["hung", "hanged"]));
    expect(ENGLISH_FORMS.fall).toEqual(expect.arrayContaining(["fell", "fallen"]));
    expect(ENGLISH_CLASSES.refl).toEqual(expect.arrayContaining(["himself", "herself", "themselves"]));
    expect(ENGLISH_CLASSES.neg).toEqual(expect.arrayContaining(["not", "never", "isn't", "won't"]));
  });
});

describe("patterns over lemmas and word classes", () => {
  const flagged = (text: string) =>
    check(text, { locale: "en", audience: "public", readability: false, evidence: false }).map((d) => [
      d.ruleId,
      text.slice(d.start, d.end),
    ]);

  it("matches an irregular past form through its lemma", () => {
    expect(flagged("Our concerns fell on deaf ears.")).toEqual([
      ["accessibility/ableist-idiom", "fell on deaf ears"],
    ]);
    expect(flagged("His requests have fallen on deaf ears.")).toEqual([
      ["accessibility/ableist-idiom", "fallen on deaf ears"],
    ]);
  });

  it("takes any determiner or possessive where a rule says @det or @poss", () => {
    expect(flagged("Tell them about therapy and they will end their careers.")).toEqual([
      ["clinician-stigma/career-suicide", "end their careers"],
    ]);
    expect(flagged("Seeing a counselor could wreck your license.")).toEqual([
      ["clinician-stigma/career-suicide", "wreck your license"],
    ]);
  });

  it("tells a diagnosis used as a noun from the same word used as an adjective", () => {
    expect(flagged("The bipolar in bay 2 wants to leave.")).toEqual([
      ["mental-health/diagnosis-as-noun", "The bipolar"],
    ]);
    // The adjective is not the noun use; person-first wording is a rule of its own.
    expect(flagged("The bipolar patient in bay 2 wants to leave.")).toEqual([
      ["mental-health/diagnosis-before-person", "bipolar patient"],
    ]);
    expect(flagged("He was treated like a schizophrenic.")).toEqual([
      ["mental-health/diagnosis-as-noun", "a schizophrenic"],
    ]);
  });

  it("lets a negation anywhere in the sentence answer a rule that says @neg", () => {
    expect(flagged("Needing therapy is a personal weakness.")).toEqual([
      ["clinician-stigma/personal-weakness", "personal weakness"],
    ]);
    expect(flagged("Needing therapy isn't a personal weakness.")).toEqual([]);
    expect(flagged("Needing therapy is never a personal weakness.")).toEqual([]);
  });
});
