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
import type { Rule, RuleInput } from "./schema.js";

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

/**
 * Every built-in rule for `locale`, with defaults applied, on first use. The files are validated against
 * `RuleSet` by the tests (which also check this equals `RuleSet.parse` of them), not on each start: the
 * schemas cost more to load than the whole check (decision 33).
 */
export function rulesFor(locale: Locale): readonly Rule[] {
  let rules = cache.get(locale);
  if (!rules) {
    rules = Object.values(RULE_FILES[locale])
      .flat()
      .map((rule) => ({ ...rule, fixable: rule.fixable ?? false }));
    cache.set(locale, rules);
  }
  return rules;
}
