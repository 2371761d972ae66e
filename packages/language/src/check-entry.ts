// `@chorus/language/check`: the text checker alone, for a caller that checks a paragraph and wants to
// start fast (the CLI's `chorus check`, an editor plugin). It loads no zod, no YAML and no content
// schemas; `@chorus/language` has everything else.
export {
  type CheckOptions,
  check,
  type DiagnosticCategory,
  type EvidenceOptions,
  type TextDiagnostic,
} from "./check.js";
export type { Category, Severity, Source, TextContext } from "./rules/schema.js";
export { CATEGORIES, SEVERITIES, TEXT_CONTEXTS } from "./rules/vocabulary.js";
