import { describe, expect, it } from "vitest";
import { MEANING_FAMILIES } from "../src/meaning/layer.js";
import { decodeModels, encodeModels, type MeaningModels } from "../src/meaning/weights-format.js";

/** Two locales, six families; most families without weights, as a small model has. */
function models(en: Record<string, Record<string, number>>): MeaningModels {
  const empty = () =>
    Object.fromEntries(MEANING_FAMILIES.map((family) => [family, { threshold: 1, bias: 0, weights: {} }]));
  const result = { en: empty(), es: empty() } as MeaningModels;
  for (const [family, weights] of Object.entries(en))
    result.en[family as keyof MeaningModels["en"]] = { threshold: 0.75, bias: -1.25, weights };
  return result;
}

describe("the meaning model's stored form", () => {
  it("gives back exactly the models it stored, names shared by families written once", () => {
    const original = models({
      suicide: { "c:means": 1.5, "w:jumpe": 0.07, "p:_you+career": -0.3 },
      "clinician-stigma": { "c:means": -0.42, "s:therap": 2.01 },
    });
    const encoded = encodeModels(original);
    expect(encoded.en.features).toBe("c:means p:_you+career s:therap w:jumpe");
    expect(encoded.en.families.suicide.weights).toBe("150,-30,,7");
    expect(encoded.en.families["clinician-stigma"].weights).toBe("-42,,201,");
    expect(encoded.en.families.accessibility.weights).toBe("");
    expect(encoded.es.features).toBe("");
    expect(decodeModels(encoded)).toEqual(original);
  });

  it("refuses a weight it could not give back and a feature name it could not split", () => {
    expect(() => encodeModels(models({ suicide: { "c:means": 0.125 } }))).toThrow(/hundredths/);
    expect(() => encodeModels(models({ suicide: { "w:two words": 1 } }))).toThrow(/cannot be stored/);
  });
});
