import type { Locale, LocalizedText } from "@chorus/content";

export type { Locale };

export interface LocalizedValue {
  text: string;
  /**
   * Set when the text fell back to English inside a Spanish page, so screen readers switch voice
   * (WCAG 3.1.2 Language of Parts).
   */
  lang: Locale | undefined;
}

/** The text in `locale`, or the approved English source when no translation exists. */
export function localize(value: LocalizedText, locale: Locale): LocalizedValue {
  const translated = value[locale];
  if (translated) return { text: translated, lang: undefined };
  return { text: value.en, lang: locale === "en" ? undefined : "en" };
}
