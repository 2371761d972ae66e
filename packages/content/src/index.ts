export { LOCALE_NAMES } from "./constants.js";
export {
  compareDiagnostics,
  type Diagnostic,
  formatDiagnostic,
  formatPath,
  type PathSegment,
  type Severity,
} from "./diagnostic.js";
export {
  citationText,
  type FactReportEntry,
  type FactReportOptions,
  type FactUse,
  factReport,
  factsShownBy,
} from "./facts.js";
export { approvalFingerprint } from "./fingerprint.js";
export {
  type ContentFileInput,
  type ContentFileKind,
  type ContentSet,
  classifyContentFile,
  type LoadedCampaign,
  type LoadedPartner,
  type LoadOptions,
  type LoadResult,
  loadContentFiles,
} from "./load.js";
export {
  Approval,
  Block,
  type BlockType,
  Campaign,
  type CampaignInput,
  DEFAULT_REVIEW_STAGES,
  EMAIL_TEMPLATES,
  EmailMaterial,
  GOALS,
  IAB_SIZES,
  Material,
  type MaterialKind,
  PersonalizationField,
  PLACEHOLDER_PATTERN,
  REVIEW_ROLES,
  ReviewStage,
  reviewStages,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_PLATFORMS,
  SOCIAL_TEXT_LIMITS,
  STATUSES,
  socialPostLength,
  TRANSLATION_STATUSES,
  Translation,
} from "./schema/campaign.js";
export {
  AUDIENCES,
  Audience,
  Citation,
  HttpsUrl,
  LOCALES,
  Locale,
  LocalizedText,
  Slug,
} from "./schema/common.js";
export {
  Definition,
  Fact,
  KeyMessage,
  type Library,
  LibraryFile,
  RESOURCE_KINDS,
  Resource,
  smsKeyword,
} from "./schema/library.js";
export { PARTNER_KINDS, PartnerKit } from "./schema/partner.js";
export {
  ContentSource,
  MAX_CONTENT_FILE_BYTES,
  ParseCache,
  type ParsedFile,
  type Position,
  type PositionIndex,
  parseContentFile,
  positionIndexOf,
} from "./source.js";
export {
  linkTranslation,
  localesToTranslateInto,
  MATERIAL_KIND_NAMES,
  makeTranslation,
  markReviewed,
  markTranslated,
  markUpToDate,
  TRANSLATION_APPROVAL_CODES,
  type TranslatableField,
  TranslationError,
  type TranslationState,
  translatableFields,
  translationFingerprint,
  translationIsStale,
  translationSource,
  translationSourceId,
  translationState,
  translationsOf,
  unlinkedTranslation,
  untranslatedFields,
  untranslatedMessage,
} from "./translation.js";

/** Text of a localized field in `locale`, falling back to English (the approved source). */
export function localized(text: { en: string; es?: string | undefined }, locale: "en" | "es"): string {
  return text[locale] ?? text.en;
}
