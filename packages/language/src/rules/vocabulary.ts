/** The words rules are filed under, kept free of zod so the checker loads without the schemas. */
export const CATEGORIES = [
  "suicide",
  "substance-use",
  "mental-health",
  "clinician-stigma",
  "burnout-framing",
  "accessibility",
] as const;

export const SEVERITIES = ["error", "warning", "suggestion"] as const;

/**
 * Where a piece of text is used. Link labels and alt text have their own rules; quote blocks are the
 * speaker's own words and are never rewritten by word rules.
 */
export const TEXT_CONTEXTS = ["body", "heading", "link", "alt", "quote"] as const;
