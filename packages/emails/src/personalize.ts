import { type EmailMaterial, PLACEHOLDER_PATTERN } from "@chorus/content";

export interface PersonalizationFieldSpec {
  name: string;
  required: boolean;
  fallback?: string;
}

/** Per-recipient values, e.g. `{ email, firstName, organization }` from a CSV row. */
export type Recipient = Readonly<Record<string, string | undefined>>;

export class PersonalizationError extends Error {
  override name = "PersonalizationError";
}

/** A value longer than this is a data error (a whole row pasted into one cell), not a name. */
export const MAX_FIELD_LENGTH = 200;

export function personalizationFields(
  material: Pick<EmailMaterial, "personalization">,
): PersonalizationFieldSpec[] {
  return material.personalization.map((field) => ({
    name: field.name,
    required: field.required,
    ...(field.fallback !== undefined ? { fallback: field.fallback } : {}),
  }));
}

/**
 * The value of every declared field for one recipient: the recipient's own (trimmed), else the
 * fallback, else empty. Missing required fields, line breaks and control characters are errors,
 * raised before anything renders (a line break in a subject would forge mail headers).
 */
export function recipientValues(
  fields: PersonalizationFieldSpec[],
  recipient: Recipient = {},
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const raw = recipient[field.name]?.trim() ?? "";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(raw)) {
      throw new PersonalizationError(
        `field "${field.name}" contains a line break or control character; remove it from the recipient's data`,
      );
    }
    if (raw.length > MAX_FIELD_LENGTH) {
      throw new PersonalizationError(`field "${field.name}" is longer than ${MAX_FIELD_LENGTH} characters`);
    }
    if (!raw && field.required) {
      throw new PersonalizationError(`required field "${field.name}" is missing for this recipient`);
    }
    values[field.name] = raw || (field.fallback ?? "");
  }
  return values;
}

/** Replace `{{field}}` placeholders with the given values. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER_PATTERN, (_, name: string) => values[name] ?? "");
}

// Private-use characters: never in real copy, and untouched by React's escaping.
const OPEN = "\uE000";
const CLOSE = "\uE001";

/** Stand-ins rendered once in place of each field, then swapped per recipient (the fast path). */
export function sentinelValues(fields: PersonalizationFieldSpec[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.name, `${OPEN}${field.name}${CLOSE}`]));
}

const SENTINEL_PATTERN = new RegExp(`${OPEN}([a-zA-Z][a-zA-Z0-9]*)${CLOSE}`, "g");

/** Swap every stand-in in rendered output for its value, encoded as the output needs it. */
export function replaceSentinels(
  rendered: string,
  values: Readonly<Record<string, string>>,
  encode: (value: string) => string,
): string {
  return rendered.replace(SENTINEL_PATTERN, (_, name: string) => encode(values[name] ?? ""));
}

/** Exactly React's escaping of text and attribute values, so the fast path is byte-identical. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) =>
    char === "&"
      ? "&amp;"
      : char === "<"
        ? "&lt;"
        : char === ">"
          ? "&gt;"
          : char === '"'
            ? "&quot;"
            : "&#x27;",
  );
}
