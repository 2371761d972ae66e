import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Locale } from "@chorus/content";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildExamples,
  moduleText,
  SETTINGS,
  TRAINING_FILES,
  trainFamily,
  trainingFingerprint,
} from "../scripts/meaning-model-training.js";
import { check, compileRules, rulesFor } from "../src/index.js";
import { sentenceFeatures } from "../src/meaning/features.js";
import {
  MEANING_FAMILIES,
  type MeaningFamily,
  meaningProbability,
  modelReads,
  readingOf,
  vetoed,
} from "../src/meaning/layer.js";
import { MEANING_MODELS, TRAINING_FINGERPRINT } from "../src/meaning/model-weights.js";
import { tokenize } from "../src/tokenize.js";

/**
 * The family retrained in full by the test (cross-validated threshold, fit, prune, refit): one with weights,
 * and without the sentence-wide features, the cheapest to fit. The fingerprint covers every family's inputs.
 */
const RETRAINED: Array<[Locale, MeaningFamily]> = [["en", "accessibility"]];

const model = (text: string, locale: "en" | "es" = "en", context: "body" | "quote" = "body") =>
  check(text, { locale, audience: "public", context, readability: false, evidence: false })
    .filter((d) => d.ruleId.endsWith("/meaning-model"))
    .map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe("meaning model: the generated weights", () => {
  // Retraining all twelve models takes three minutes on a quiet machine and many more under CI's load, so the
  // test checks the inputs of all of them by fingerprint and retrains one family in full.
  let examples: Record<Locale, ReturnType<typeof buildExamples>>;
  let retrained: Array<{ locale: Locale; family: MeaningFamily } & ReturnType<typeof trainFamily>>;
  beforeAll(() => {
    examples = { en: buildExamples("en"), es: buildExamples("es") };
    retrained = RETRAINED.map(([locale, family]) => ({
      locale,
      family,
      ...trainFamily(locale, family, examples[locale].examples, examples[locale].entries),
    }));
  }, 600_000);

  it("were trained on the data, features and rules as they are now (run scripts/train-meaning-model.ts if not)", () => {
    expect(trainingFingerprint({ en: examples.en.examples, es: examples.es.examples })).toBe(
      TRAINING_FINGERPRINT,
    );
  });

  it("are what the training produces from those inputs, family by family, and the module is its output", () => {
    for (const { locale, family, model } of retrained)
      expect(model, `${locale} ${family}`).toEqual(MEANING_MODELS[locale][family]);
    const committed = readFileSync(
      fileURLToPath(new URL("../src/meaning/model-weights.ts", import.meta.url)),
      "utf8",
    );
    expect(committed).toBe(
      moduleText({ models: MEANING_MODELS, reports: [], fingerprint: TRAINING_FINGERPRINT }),
    );
  });

  it("are trained on tuning, training and spent blind sets only, never a held-out or an unscored blind set", () => {
    for (const file of [...TRAINING_FILES.en, ...TRAINING_FILES.es]) {
      expect(file).not.toMatch(/holdout/);
      const blind = /^blind-(\d+)\//.exec(file);
      // Blind sets through 29 are spent (docs/language-blind-29.md) and trained on; set 30 is committed unread
      // (docs/language-agreement-29.md) and must stay out until it is scored.
      if (blind) expect(Number(blind[1])).toBeLessThanOrEqual(29);
    }
    for (const locale of ["en", "es"] as const) {
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-7/"))).toHaveLength(4);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-8/"))).toHaveLength(2);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-9/"))).toHaveLength(2);
      expect(TRAINING_FILES[locale].filter((file) => /^train-1[0-3]\//.test(file))).toHaveLength(4);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-14/"))).toHaveLength(2);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-15/"))).toHaveLength(1);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-16/"))).toHaveLength(2);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-17/"))).toHaveLength(2);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-18/"))).toHaveLength(2);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-19/"))).toHaveLength(1);
      expect(TRAINING_FILES[locale].filter((file) => file.startsWith("train-20/"))).toHaveLength(2);
    }
  });

  it("have thresholds chosen by cross-validation (folds by writer) for at least 0.9 precision (0.95 where asked)", () => {
    for (const { report } of retrained) {
      expect(report.precision, `${report.locale} ${report.family}`).toBeGreaterThanOrEqual(
        SETTINGS.targetPrecisionByFamily[report.family] ?? SETTINGS.targetPrecision,
      );
      expect(report.threshold).toBeGreaterThanOrEqual(SETTINGS.minThreshold);
      expect(report.threshold).toBeLessThan(1);
      expect(report.withModelFound).toBeGreaterThan(report.rulesFound);
    }
    for (const locale of ["en", "es"] as const)
      for (const family of MEANING_FAMILIES) {
        const { threshold, weights } = MEANING_MODELS[locale][family];
        expect(threshold).toBeGreaterThanOrEqual(SETTINGS.minThreshold);
        expect(threshold).toBeLessThanOrEqual(1);
        // A family no threshold reaches ships without weights.
        expect(Object.keys(weights).length === 0).toBe(threshold >= 1);
      }
  });
});

describe("meaning model at check time", () => {
  it("loads, and scores a set of features the same whatever their order", () => {
    for (const locale of ["en", "es"] as const)
      for (const family of MEANING_FAMILIES) {
        const weights = MEANING_MODELS[locale][family];
        const features = Object.keys(weights.weights).slice(0, 40);
        expect(meaningProbability(weights, features)).toBe(
          meaningProbability(weights, [...features].reverse()),
        );
      }
  });

  it("finds help-seeking framed as career harm or failure in sentences no rule flags (paraphrases of training sentences)", () => {
    expect(model("Going to counseling as a resident is the end of your surgical career.")).toEqual([
      [
        "clinician-stigma/meaning-model",
        "Going to counseling as a resident is the end of your surgical career",
      ],
    ]);
    expect(model("Un buen cirujano nunca deja que lo vean llorar.", "es")).toEqual([
      ["clinician-stigma/meaning-model", "Un buen cirujano nunca deja que lo vean llorar"],
    ]);
    expect(model("Ir al psicólogo es firmar el final de tu carrera como residente.", "es")).toEqual([
      ["clinician-stigma/meaning-model", "Ir al psicólogo es firmar el final de tu carrera como residente"],
    ]);
  });

  it("finds burnout blamed on the person, and names the clause", () => {
    expect(model("Burnout is all in how you look at things.")).toEqual([
      ["burnout-framing/meaning-model", "Burnout is all in how you look at things"],
    ]);
    expect(model("Asunto: Respira hondo, el agotamiento está solo en tu cabeza", "es")).toEqual([
      ["burnout-framing/meaning-model", "el agotamiento está solo en tu cabeza"],
    ]);
  });

  it("explains itself: a message naming the clause and its cues, the family's advice and source", () => {
    const [finding] = check("Nurses who burn out simply never set boundaries.", {
      locale: "en",
      audience: "public",
      readability: false,
    });
    expect(finding).toMatchObject({
      ruleId: "burnout-framing/meaning-model",
      category: "burnout-framing",
      severity: "warning",
      fixable: false,
    });
    expect(finding!.message).toMatch(
      /^"Nurses who burn out simply never set boundaries" reads as blaming burnout/,
    );
    expect(finding!.message).toMatch(/meaning model, \d+ %; cues "/);
    expect(finding!.suggestions[0]).toMatch(/system drivers of burnout/);
    expect(finding!.source?.url).toMatch(/^https:\/\//);
  });

  it("names as cues the words that weigh, including those that weigh as a pair of classes or neighbours, and never claims certainty", () => {
    // The model puts much of its weight on pairs ("should" with "burn out"); a word's own weight alone
    // would leave these findings without a cue.
    for (const [text, locale] of [
      ["Residents who burn out should try harder.", "en"],
      ["Honestly anybody who has done a stint in the PHP has no business holding a scalpel.", "en"],
      ["La que pidió licencia por ansiedad ya no va a durar en este servicio.", "es"],
    ] as const) {
      const finding = check(text, { locale, audience: "public", readability: false }).find((d) =>
        d.ruleId.endsWith("/meaning-model"),
      );
      const cues = /(?:cues|pesan) ((?:"[^"]+"(?:, )?)+)\)/.exec(finding?.message ?? "");
      expect(cues, text).not.toBeNull();
      // A model is never certain: the first of these is over 99.5 % and still reads 99 %.
      expect(finding!.message).not.toMatch(/\b100 %/);
      for (const cue of cues![1]!.split(", ")) expect(text).toContain(cue.slice(1, -1));
    }
  });

  it("leaves near-misses clean: refutations, system causes, respectful copy", () => {
    for (const text of [
      "Asking for help is never a sign you are in the wrong job.",
      "Seeking therapy is a sign of strength.",
      "Talking to a psychiatrist did not end her career.",
      "Burnout is driven by staffing and workload, not by personal weakness.",
      "The answer to burnout is safer staffing.",
      "Our resilience workshop is one small part of a plan that starts with hiring.",
      "Residents who set boundaries still burn out when the unit is short-staffed.",
      "Calling the physician health program is confidential and protects your license.",
    ])
      expect(model(text), text).toEqual([]);
    for (const text of [
      "Pedir ayuda psicológica es un acto de responsabilidad profesional.",
      "El agotamiento no es un problema de actitud, sino de carga de trabajo.",
      "El agotamiento no está en tu cabeza: está en la plantilla.",
      "Ir al psiquiatra no afecta a tu carrera.",
    ])
      expect(model(text, "es"), text).toEqual([]);
  });

  it("is not asked about a speaker's own account in a quote, custom rule sets, or when its ids are disabled", () => {
    const text = "Going to counseling as a resident is the end of your surgical career.";
    // In a quote the model warns too, unless the speaker speaks of themselves.
    expect(model(text, "en", "quote")).toEqual([
      [
        "clinician-stigma/meaning-model",
        "Going to counseling as a resident is the end of your surgical career",
      ],
    ]);
    expect(
      model("I thought going to counseling as a resident was the end of my surgical career.", "en", "quote"),
    ).toEqual([]);
    expect(
      check(text, {
        locale: "en",
        audience: "public",
        readability: false,
        disable: MEANING_FAMILIES.map((family) => `${family}/meaning-model`),
      }),
    ).toEqual([]);
    expect(
      check(text, {
        locale: "en",
        audience: "public",
        readability: false,
        rules: compileRules(rulesFor("en")),
      }),
    ).toEqual([]);
  });

  it("adds nothing where the rules already flag the family in the sentence", () => {
    const found = check("Mindfulness is the cure for burnout, and resilient nurses never burn out.", {
      locale: "en",
      audience: "public",
      readability: false,
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((d) => d.ruleId.endsWith("/meaning-model"))).toEqual([]);
  });

  it("is deterministic", () => {
    const text =
      "Asking for help means admitting you failed as a nurse. Burnout is all in how you look at things.";
    const once = check(text, { locale: "en", audience: "public" });
    expect(check(text, { locale: "en", audience: "public" })).toEqual(once);
  });
});

describe("meaning model: what it reads", () => {
  const stems = (text: string, locale: Locale) =>
    sentenceFeatures(tokenize(text), 0, locale).flatMap((clause) =>
      [...clause.features].filter((name) => name.startsWith("w:") || name.startsWith("s:")),
    );

  it.each([
    ["Los datos provienen del Instituto Nacional sobre el Abuso de Drogas (NIDA).", "es", "abuso"],
    ["Data from the Substance Abuse and Mental Health Services Administration show a rise.", "en", "abuse"],
  ] as const)("leaves out the words of a name in %j", (text, locale, word) => {
    expect(stems(text, locale).some((name) => name.endsWith(`:${word}`))).toBe(false);
    expect(stems(text, locale).length).toBeGreaterThan(0);
  });

  it.each([
    ["{{firstName}} told us burnout is a choice.", "en", "first"],
    ["Querida {{nombre_pila}}, el agotamiento no es culpa tuya.", "es", "nombr"],
  ] as const)("leaves out the words of a merge field in %j", (text, locale, stem) => {
    expect(stems(text, locale).some((name) => name.endsWith(`:${stem}`))).toBe(false);
    expect(stems(text, locale).length).toBeGreaterThan(0);
  });

  it("does not read a clause that is only a merge field (the greeting of the Spanish crisis newsletter)", () => {
    const greeting = "Hola, {{firstName}}:";
    const doc = tokenize(greeting);
    const reading = readingOf(doc, "es", "body");
    const read = sentenceFeatures(doc, 0, "es").filter(({ clause }) => modelReads(doc, clause, reading));
    expect(
      read.map(({ clause }) =>
        greeting.slice(doc.tokens[clause.first]!.start, doc.tokens[clause.last - 1]!.end),
      ),
    ).toEqual(["Hola"]);
    expect(check(greeting, { locale: "es", audience: "public" })).toEqual([]);
  });

  it.each([
    ["Nurse Commits Suicide After Double Shift", "en", "suici"],
    ["The nurse said substance abuse is a choice.", "en", "abuse"],
  ] as const)(
    "still reads the words of %j (a title-case headline, or words that are no name)",
    (text, locale, stem) => {
      expect(stems(text, locale)).toContain(`w:${stem}`);
    },
  );

  const clauses = (text: string, locale: Locale) => sentenceFeatures(tokenize(text), 0, locale);
  it.each([
    ["Recoja una muestra de orina limpia antes de iniciar los antibióticos.", "es"],
    ["Use clean technique for the catheter and a clean-catch sample.", "en"],
  ] as const)("may not read %j as substance use (clean said of a sample or a technique)", (text, locale) => {
    expect(clauses(text, locale).some((clause) => vetoed("substance-use", clause.features))).toBe(true);
  });

  it.each([
    ["La orina del técnico salió limpia, por fin.", "es"],
    ["He's been clean for a month, supposedly.", "en"],
  ] as const)("still reads %j as it would", (text, locale) => {
    expect(clauses(text, locale).some((clause) => vetoed("substance-use", clause.features))).toBe(false);
  });
});
