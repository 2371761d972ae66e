// `@chorus/content/constants`: the fixed vocabularies of the content model as plain values, for a caller
// that needs the list of locales or audiences without loading the zod schemas (e.g. `chorus check`'s
// argument parsing). The schemas in `./schema/common.ts` are built from these same lists.

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each locale's name in the words the builder and the messages use. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Spanish" };

export const AUDIENCES = [
  "clinicians",
  "physicians",
  "nurses",
  "trainees",
  "leaders",
  "policymakers",
  "partners",
  "public",
] as const;
export type Audience = (typeof AUDIENCES)[number];
