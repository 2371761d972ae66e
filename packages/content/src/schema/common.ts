import { z } from "zod";
import { AUDIENCES, LOCALES } from "../constants.js";

export { AUDIENCES, LOCALES };

/** Lowercase words joined by single hyphens: used for every id so it is safe in paths and URLs. */
export const Slug = z
  .string({ error: "must be a text id" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "must be a lowercase id of letters, digits and single hyphens (e.g. burnout-is-a-system-problem)",
  })
  .max(80, { error: "must be at most 80 characters" });

/** Non-empty text with surrounding whitespace trimmed away. */
export const Text = z.string({ error: "must be text" }).trim().min(1, { error: "must not be empty" });

/** Content links must be https: partners forward them to clinicians, and mixed content breaks emails. */
export const HttpsUrl = z
  .string({ error: "must be an https URL" })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return value.startsWith("https://") && url.protocol === "https:" && url.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { error: "must be an https URL" },
  )
  .meta({ format: "uri", pattern: "^https://" });

export const Email = z.email({ error: "must be an email address" });

export const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: "must be a date and time such as 2026-09-17T15:00:00Z",
});

export const HexColor = z
  .string({ error: "must be a colour" })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a six-digit hex colour such as #1B4F72" });

export const Locale = z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(", ")}` });
export type Locale = z.infer<typeof Locale>;

export const Audience = z.enum(AUDIENCES, { error: `must be one of: ${AUDIENCES.join(", ")}` });
export type Audience = z.infer<typeof Audience>;

/**
 * Text kept in every locale the collaborative publishes. English is the approved source;
 * other locales are translations of it.
 */
export const LocalizedText = z.strictObject(
  {
    en: Text,
    es: Text.optional(),
  },
  { error: "must be text per locale, e.g. { en: …, es: … }" },
);
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Citation = z.strictObject({
  title: Text,
  publisher: Text,
  authors: Text.optional(),
  year: z
    .int({ error: "must be a year such as 2022" })
    .min(1900, { error: "must be a year after 1900" })
    .max(2100, { error: "must be a year before 2100" }),
  url: HttpsUrl,
});
export type Citation = z.infer<typeof Citation>;
