export {
  type CampaignCheckOptions,
  type CampaignDiagnostic,
  checkCampaign,
  materialFields,
  mentionsSuicideOrCrisis,
} from "./campaign.js";
export {
  type CheckOptions,
  check,
  compiledRulesFor,
  type DiagnosticCategory,
  type EvidenceOptions,
  type TextDiagnostic,
} from "./check.js";
export { type FixResult, fixSource, matchCase, type SourceFix } from "./fix.js";
export { type FormatOptions, formatFindings, type OutputFormat } from "./format.js";
export { type CompiledRules, compileRules } from "./matcher.js";
export {
  DEFAULT_GRADE_TARGETS,
  DEFAULT_MAX_SENTENCE_WORDS,
  englishSyllables,
  type ReadabilityOptions,
  readingGrade,
  textStatistics,
} from "./readability.js";
export { RULE_FILES, rulesFor } from "./rules/index.js";
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
export { type Figure, findFigures } from "./statistics.js";
export { type Token, type TokenizedText, tokenize } from "./tokenize.js";
