import type { Locale } from "@chorus/content";
import { CATEGORIES } from "../rules/vocabulary.js";

/**
 * How the generated weights module (`model-weights.ts`) stores the meaning model compactly: per locale, the
 * names of the features any family weighs, sorted and joined by spaces (a feature name never holds one), and
 * per family its threshold, its bias and one weight per name, in hundredths, joined by commas, a zero left
 * empty. Most features matter to one or two families, so the empty slots cost a byte each and compress to
 * almost nothing; the names are written once instead of once per family. `encodeModels` (the training
 * script) and `decodeModels` (the module, at load) are exact inverses: `test/meaning-model.test.ts`
 * checks that the committed module is what encoding its own decoded models gives.
 */
type Family = (typeof CATEGORIES)[number];

/** One family's model: the probability threshold, the bias and the weights (hundredths), by feature name. */
export interface FamilyWeights {
  threshold: number;
  bias: number;
  weights: Readonly<Record<string, number>>;
}
export type MeaningModels = Record<Locale, Record<Family, FamilyWeights>>;

export interface EncodedFamily {
  threshold: number;
  bias: number;
  weights: string;
}
export type EncodedModels = Record<Locale, { features: string; families: Record<Family, EncodedFamily> }>;

export function decodeModels(encoded: EncodedModels): MeaningModels {
  const models = {} as MeaningModels;
  for (const locale of Object.keys(encoded) as Locale[]) {
    const { features, families } = encoded[locale];
    const names = features === "" ? [] : features.split(" ");
    const byFamily = {} as Record<Family, FamilyWeights>;
    for (const family of CATEGORIES) {
      const { threshold, bias, weights } = families[family];
      const decoded: Record<string, number> = {};
      if (weights !== "")
        weights.split(",").forEach((value, index) => {
          if (value !== "") decoded[names[index]!] = Number(value) / 100;
        });
      byFamily[family] = { threshold, bias, weights: decoded };
    }
    models[locale] = byFamily;
  }
  return models;
}

/** The inverse of `decodeModels`, for weights rounded to hundredths. */
export function encodeModels(models: MeaningModels): EncodedModels {
  const encoded = {} as EncodedModels;
  for (const locale of Object.keys(models) as Locale[]) {
    const names = [
      ...new Set(CATEGORIES.flatMap((family) => Object.keys(models[locale][family].weights))),
    ].sort();
    for (const name of names)
      if (name === "" || /\s/.test(name))
        throw new Error(`feature name ${JSON.stringify(name)} cannot be stored`);
    const families = {} as Record<Family, EncodedFamily>;
    for (const family of CATEGORIES) {
      const { threshold, bias, weights } = models[locale][family];
      const row =
        Object.keys(weights).length === 0 ? "" : names.map((name) => hundredthsOf(weights[name])).join(",");
      families[family] = { threshold, bias, weights: row };
    }
    encoded[locale] = { features: names.join(" "), families };
  }
  return encoded;
}

function hundredthsOf(value: number | undefined): string {
  if (value === undefined || value === 0) return "";
  const scaled = Math.round(value * 100);
  if (scaled / 100 !== value) throw new Error(`weight ${value} is not in hundredths`);
  return String(scaled);
}
