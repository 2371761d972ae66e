import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  moduleText,
  SETTINGS,
  TRAINING_FILES,
  type TrainedModels,
  trainAll,
} from "../scripts/meaning-model-training.js";
import { check, compileRules, rulesFor } from "../src/index.js";
import { MEANING_FAMILIES, meaningProbability } from "../src/meaning/layer.js";
import { MEANING_MODELS } from "../src/meaning/model-weights.js";

const model = (text: string, locale: "en" | "es" = "en", context: "body" | "quote" = "body") =>
  check(text, { locale, audience: "public", context, readability: false, evidence: false })
    .filter((d) => d.ruleId.endsWith("/meaning-model"))
    .map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe("meaning model: the generated weights", () => {
  let trained: TrainedModels;
  beforeAll(() => {
    trained = trainAll();
  }, 180_000);

  it("are what scripts/train-meaning-model.ts produces from the committed data", () => {
    const committed = readFileSync(
      fileURLToPath(new URL("../src/meaning/model-weights.ts", import.meta.url)),
      "utf8",
    );
    expect(committed).toBe(moduleText(trained));
  });

  it("are trained on tuning, training and spent blind sets only, never a held-out or an unscored blind set", () => {
    for (const file of [...TRAINING_FILES.en, ...TRAINING_FILES.es]) {
      expect(file).not.toMatch(/holdout/);
      const blind = /^blind-(\d+)\//.exec(file);
      // Blind set 7 is the one scored after this model (docs/language-blind-7.md): never trained on.
      if (blind) expect(Number(blind[1])).toBeLessThanOrEqual(6);
    }
    expect(TRAINING_FILES.en.filter((file) => file.startsWith("train-7/"))).toHaveLength(4);
    expect(TRAINING_FILES.es.filter((file) => file.startsWith("train-7/"))).toHaveLength(4);
  });

  it("have thresholds chosen by cross-validation for at least 0.9 precision", () => {
    for (const report of trained.reports) {
      expect(report.precision, `${report.locale} ${report.family}`).toBeGreaterThanOrEqual(
        SETTINGS.targetPrecision,
      );
      expect(report.threshold).toBeGreaterThanOrEqual(SETTINGS.minThreshold);
      expect(report.threshold).toBeLessThanOrEqual(1);
      expect(report.withModelFound).toBeGreaterThanOrEqual(report.rulesFound);
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
    expect(model("Seeing a therapist is a career death sentence for a young surgeon.")).toEqual([
      ["clinician-stigma/meaning-model", "Seeing a therapist is a career death sentence for a young surgeon"],
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
    const text = "Seeing a therapist is a career death sentence for a young surgeon.";
    // In a quote the model warns too, unless the speaker speaks of themselves.
    expect(model(text, "en", "quote")).toEqual([
      ["clinician-stigma/meaning-model", "Seeing a therapist is a career death sentence for a young surgeon"],
    ]);
    expect(
      model("I thought seeing a therapist was a career death sentence for a young surgeon.", "en", "quote"),
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
