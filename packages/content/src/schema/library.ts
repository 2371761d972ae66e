import { z } from "zod";
import { Audience, Citation, HttpsUrl, IsoDate, Locale, LocalizedText, Slug, Text } from "./common.js";

/** An approved sentence the whole collaborative says the same way. */
export const KeyMessage = z.strictObject({
  id: Slug,
  title: LocalizedText,
  text: LocalizedText,
  audiences: z.array(Audience).min(1).optional(),
  tags: z.array(Slug).optional(),
});
export type KeyMessage = z.infer<typeof KeyMessage>;

/** A figure with its source. A stat in any material must point at one of these. */
export const Fact = z.strictObject(
  {
    id: Slug,
    value: Text,
    statement: LocalizedText,
    citation: Citation,
    reviewBy: IsoDate,
    audiences: z.array(Audience).min(1).optional(),
  },
  { error: "must be a fact with value, statement, citation and reviewBy" },
);
export type Fact = z.infer<typeof Fact>;

export const Definition = z.strictObject({
  id: Slug,
  term: LocalizedText,
  definition: LocalizedText,
  source: Citation.optional(),
});
export type Definition = z.infer<typeof Definition>;

export const RESOURCE_KINDS = ["crisis", "support-line", "peer-support", "information"] as const;

export const Resource = z.strictObject({
  id: Slug,
  name: LocalizedText,
  description: LocalizedText,
  kind: z.enum(RESOURCE_KINDS, { error: `must be one of: ${RESOURCE_KINDS.join(", ")}` }),
  /** Shown in emails with a tel: link; keep the human-readable form, e.g. "988" or "1-888-409-0141". */
  phone: z
    .string()
    .regex(/^[0-9][0-9 ()+-]{1,20}$/, { error: "must be a phone number of digits, spaces, ( ) + -" })
    .optional(),
  sms: z
    .strictObject({
      number: z.string().regex(/^[0-9]{3,15}$/, { error: "must be the digits of a text number" }),
      /**
       * The word to text, e.g. HOME; or one per language where the service answers each language on its
       * own keyword (`{ en: HOME, es: AYUDA }`). A language without one texts the number alone.
       */
      keyword: z
        .union([Text, z.strictObject({ en: Text.optional(), es: Text.optional() })], {
          error: "must be a keyword, or one keyword per locale such as { en: HOME, es: AYUDA }",
        })
        .optional(),
    })
    .optional(),
  url: HttpsUrl,
  hours: LocalizedText,
  /** Locales the service itself answers in (not just the locales its description is written in). */
  serves: z.array(Locale).min(1),
  /**
   * Who it is for, when it is not for everyone (a line for physicians, a course for nurses). A material for an
   * audience it does not serve gets a warning.
   */
  audiences: z.array(Audience).min(1).optional(),
});
export type Resource = z.infer<typeof Resource>;

/** The keyword to text a resource with in `locale`, if it has one for that language (or one for all). */
export function smsKeyword(sms: NonNullable<Resource["sms"]>, locale: Locale): string | undefined {
  const { keyword } = sms;
  return typeof keyword === "string" ? keyword : keyword?.[locale];
}

/**
 * One file under `campaigns/_library/`. Each file may hold any of the four collections;
 * the loader merges them and rejects duplicate ids.
 */
export const LibraryFile = z.strictObject({
  keyMessages: z.array(KeyMessage).optional(),
  facts: z.array(Fact).optional(),
  definitions: z.array(Definition).optional(),
  resources: z.array(Resource).optional(),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

export interface Library {
  keyMessages: KeyMessage[];
  facts: Fact[];
  definitions: Definition[];
  resources: Resource[];
}
