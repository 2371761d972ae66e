export {
  type CampaignCheckOptions,
  type CampaignDiagnostic,
  checkCampaign,
  mentionsSuicideOrCrisis,
} from "./campaign.js";
export {
  type CheckOptions,
  check,
  type DiagnosticCategory,
  type EvidenceOptions,
  type TextDiagnostic,
} from "./check.js";
export { type FixResult, fixSource, matchCase, type SourceFix } from "./fix.js";
export { type FormatOptions, formatFindings, type OutputFormat } from "./format.js";
export { type CompiledRules, compileRules } from "./matcher.js";
export {
  DEFAULT_GRADE_TARGETS,
  type ReadabilityOptions,
  readingGrade,
  textStatistics,
} from "./readability.js";
export { rulesFor } from "./rules/index.js";
export {
  CATEGORIES,
  type Category,
  Rule,
  type RuleInput,
  RuleSet,
  SEVERITIES,
  type Severity,
  TEXT_CONTEXTS,
  type TextContext,
} from "./rules/schema.js";
export { type Token, type TokenizedText, tokenize } from "./tokenize.js";
