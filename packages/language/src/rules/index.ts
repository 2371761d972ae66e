import type { Locale } from "@chorus/content";
import { accessibilityRules } from "./en/accessibility.js";
import { burnoutFramingRules } from "./en/burnout-framing.js";
import { clinicianStigmaRules } from "./en/clinician-stigma.js";
import { mentalHealthRules } from "./en/mental-health.js";
import { substanceUseRules } from "./en/substance-use.js";
import { suicideRules } from "./en/suicide.js";
import { spanishAccessibilityRules } from "./es/accessibility.js";
import { spanishBurnoutFramingRules } from "./es/burnout-framing.js";
import { spanishClinicianStigmaRules } from "./es/clinician-stigma.js";
import { spanishMentalHealthRules } from "./es/mental-health.js";
import { spanishSubstanceUseRules } from "./es/substance-use.js";
import { spanishSuicideRules } from "./es/suicide.js";
import { type Rule, type RuleInput, RuleSet } from "./schema.js";

/** The rule files as written, per locale, before validation (tests validate each file on its own). */
export const RULE_FILES: Record<Locale, Record<string, RuleInput[]>> = {
  en: {
    suicide: suicideRules,
    "substance-use": substanceUseRules,
    "mental-health": mentalHealthRules,
    "clinician-stigma": clinicianStigmaRules,
    "burnout-framing": burnoutFramingRules,
    accessibility: accessibilityRules,
  },
  es: {
    suicide: spanishSuicideRules,
    "substance-use": spanishSubstanceUseRules,
    "mental-health": spanishMentalHealthRules,
    "clinician-stigma": spanishClinicianStigmaRules,
    "burnout-framing": spanishBurnoutFramingRules,
    accessibility: spanishAccessibilityRules,
  },
};

const cache = new Map<Locale, readonly Rule[]>();

/** Every rule for `locale`, validated (and defaults applied) on first use. */
export function rulesFor(locale: Locale): readonly Rule[] {
  let rules = cache.get(locale);
  if (!rules) {
    rules = RuleSet.parse(Object.values(RULE_FILES[locale]).flat());
    cache.set(locale, rules);
  }
  return rules;
}
