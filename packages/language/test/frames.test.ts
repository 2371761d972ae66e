import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { spanishForms } from "../src/spanish-forms.js";

const findings = (text: string, locale: "en" | "es" = "en") =>
  check(text, { locale, audience: "public", readability: false, evidence: false });
const flagged = (text: string, locale: "en" | "es" = "en") =>
  findings(text, locale).map((d) => [d.category, text.slice(d.start, d.end)]);

describe("Spanish lemma forms", () => {
  it("conjugates regular, stem-changing and irregular verbs, with enclitic pronouns", () => {
    expect(spanishForms("quejarse")).toEqual(
      expect.arrayContaining([
        "quejan",
        "quejaba",
        "quejarse",
        "quejandose",
        "quejate",
        "quejense",
        "quejaron",
      ]),
    );
    expect(spanishForms("pedir")).toEqual(
      expect.arrayContaining(["pide", "piden", "pidio", "pidiendo", "pida"]),
    );
    expect(spanishForms("perder")).toEqual(
      expect.arrayContaining(["pierde", "perdio", "perderas", "pierda"]),
    );
    expect(spanishForms("organizar")).toEqual(
      expect.arrayContaining(["organice", "organizaras", "organizate"]),
    );
    expect(spanishForms("seguir")).toEqual(
      expect.arrayContaining(["sigue", "sigo", "siguieron", "siguiendo"]),
    );
    expect(spanishForms("destruir")).toEqual(expect.arrayContaining(["destruye", "destruyeron"]));
    expect(spanishForms("fortalecer")).toEqual(expect.arrayContaining(["fortalezca", "fortalece"]));
    expect(spanishForms("mantener")).toEqual(expect.arrayContaining(["mantiene", "mantuvo", "mantendra"]));
    expect(spanishForms("ser")).toEqual(expect.arrayContaining(["es", "fue", "sea", "eran"]));
  });

  it("inflects nouns and adjectives for gender, number and the diminutive", () => {
    expect(spanishForms("flojo")).toEqual(expect.arrayContaining(["floja", "flojos", "flojas", "flojitas"]));
    expect(spanishForms("lloron")).toEqual(expect.arrayContaining(["llorona", "llorones"]));
    expect(spanishForms("debil")).toEqual(expect.arrayContaining(["debiles"]));
    // A feminine noun has no masculine: "plaza" does not give "plazo".
    expect(spanishForms("plaza")).not.toContain("plazo");
  });

  it("never produces the function words a pattern could trip on", () => {
    for (const lemma of ["ser", "ir", "dar", "saber", "estar", "hacer", "decir"]) {
      for (const word of ["se", "de", "a", "e", "o", "en", "la", "el"])
        expect(spanishForms(lemma)).not.toContain(word);
    }
  });
});

describe("meaning frames: clinician stigma", () => {
  it("finds help-seeking framed as weakness, career harm or unfitness, in wording no phrase list holds", () => {
    expect(flagged("Going to the peer support line is basically waving a white flag.")).toEqual([
      ["clinician-stigma", "waving a white flag"],
    ]);
    expect(flagged("Admit you're seeing a therapist and your fellowship offer will vanish.")).toEqual([
      ["clinician-stigma", "offer will vanish"],
    ]);
    expect(flagged("A pharmacist on antidepressants is a hazard to the whole team.")).toEqual([
      ["clinician-stigma", "is a hazard"],
    ]);
  });

  it("carries a message, a source and suggestions like every rule", () => {
    const [finding] = findings("Calling the wellness line just proves you're fragile.");
    expect(finding?.ruleId).toBe("clinician-stigma/help-seeking-as-weakness");
    expect(finding?.message).toMatch(/^"fragile": Framing help-seeking as weakness/);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
    expect(finding?.source?.url).toMatch(/^https:\/\//);
    expect(finding?.fixable).toBe(false);
  });

  it("reads negation in the predicate's clause, not in another clause or inside the wording", () => {
    expect(flagged("Seeking help is a sign of strength.")).toEqual([]);
    expect(flagged("Asking for help doesn't make you weak.")).toEqual([]);
    expect(flagged("Needing therapy doesn't mean you're unfit to practice.")).toEqual([]);
    expect(flagged("Nobody who asks for help should be treated as a burden.")).toEqual([]);
    expect(
      flagged("If you can't handle nights without therapy, you picked the wrong specialty."),
    ).toContainEqual(["clinician-stigma", "wrong specialty"]);
    expect(flagged("Residents who cry on call were never meant for this work.")).toEqual([
      ["clinician-stigma", "never meant for"],
    ]);
  });

  it("tells the ideal clinician who must not complain from a description of good practice", () => {
    expect(flagged("Good nurses never complain about short breaks.")).toEqual([
      ["clinician-stigma", "never complain about short breaks"],
    ]);
    expect(flagged("Good nurses speak up when they are exhausted.")).toEqual([]);
    expect(flagged("The myth that good doctors never struggle keeps people silent.")).toEqual([]);
  });

  it("reads the same frames in Spanish, over conjugated lemmas", () => {
    expect(flagged("Los residentes que fueron al psicólogo se volvieron un lastre.", "es")).toEqual([
      ["clinician-stigma", "volvieron un lastre"],
    ]);
    expect(flagged("Pedir ayuda no te convierte en un peligro para nadie.", "es")).toEqual([]);
    // Since round 18 the praise of never complaining is reported whole (clinician-stigma/elogio-estoico).
    expect(flagged("Los héroes de bata jamás se quejaron.", "es")).toEqual([
      ["clinician-stigma", "Los héroes de bata jamás se quejaron"],
    ]);
  });
});

describe("meaning frames: burnout framing", () => {
  it("finds burnout blamed on a personal deficit, or a personal fix offered as the answer", () => {
    expect(flagged("Exhaustion on nights is really a willpower problem.")).toEqual([
      ["burnout-framing", "willpower problem"],
    ]);
    // A personal fix offered as the answer is reported as the whole claim.
    expect(flagged("A daily breathing routine keeps burnout at bay.")).toEqual([
      ["burnout-framing", "A daily breathing routine keeps burnout at bay"],
    ]);
    expect(flagged("El desgaste se combate con disciplina personal.", "es")).toEqual([
      ["burnout-framing", "El desgaste se combate con disciplina personal"],
    ]);
  });

  it("leaves respectful near-misses alone", () => {
    for (const text of [
      "The unit's staffing caused burnout.",
      "Resilience training is not a fix for understaffing.",
      "Seeking help is a sign of strength.",
      "Burnout is not about grit; it comes from workload.",
      "Meditation may help, but it won't fix an unsafe workload.",
    ])
      expect(flagged(text), text).toEqual([]);
    for (const text of [
      "La falta de personal provocó el agotamiento del servicio.",
      "Los talleres de resiliencia no sustituyen la contratación de enfermeras.",
      "Pedir ayuda es una señal de fortaleza.",
    ])
      expect(flagged(text, "es"), text).toEqual([]);
  });

  it("counts a system cause the sentence denies as part of the blame", () => {
    expect(flagged("Lack of discipline, not the schedule, is what wears nurses out.")).toEqual([
      ["burnout-framing", "Lack of discipline"],
    ]);
    expect(flagged("Lack of discipline and the schedule both wear nurses out.")).toEqual([]);
  });

  it("reads a short question as the topic of the sentence it introduces", () => {
    expect(flagged("Stressed? A warm bath will sort you out.")).toEqual([
      ["burnout-framing", "sort you out"],
    ]);
    // Without the question the rule has no strain to read (the meaning model weighs the sentence on its own).
    const rules = findings("A warm bath will sort you out.").filter(
      (d) => !d.ruleId.endsWith("/meaning-model"),
    );
    expect(rules).toEqual([]);
  });
});
