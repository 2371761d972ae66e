import type { RuleInput } from "./schema.js";

/**
 * Identity helper so rule files are typed as data without importing zod: the rule files load on every
 * check, and zod's schemas only when a caller validates (tests validate every built-in file; see
 * `RuleSet`).
 */
export function defineRules(rules: RuleInput[]): RuleInput[] {
  return rules;
}
