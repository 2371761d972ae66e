import type { Locale } from "@chorus/content";
import { ENGLISH_CLASSES, ENGLISH_FORMS } from "./english-lexicon.js";

/**
 * Spanish closed classes, written by hand: no Spanish NLP library was good enough to build them
 * from (es-compromise tags "no" as a verb and "pasado" as a first-person present, and takes 250–500 ms
 * per 10k words), and these classes are small and closed. Keys are accent-free, like token keys.
 */
const SPANISH_CLASSES: Readonly<Record<string, readonly string[]>> = {
  det: [
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "aquel",
    "aquella",
    "mi",
    "mis",
    "tu",
    "tus",
    "su",
    "sus",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "al",
    "del",
  ],
  poss: ["mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"],
  pron: ["se", "me", "te", "nos", "os", "le", "les", "lo", "la", "los", "las"],
  refl: ["se", "me", "te", "nos", "os"],
  neg: ["no", "nunca", "jamas", "ni", "tampoco", "nadie", "nada", "ningun", "ninguna", "ninguno"],
  adp: [
    "a",
    "al",
    "ante",
    "bajo",
    "con",
    "contra",
    "de",
    "del",
    "desde",
    "en",
    "entre",
    "hacia",
    "hasta",
    "para",
    "por",
    "segun",
    "sin",
    "sobre",
    "tras",
  ],
  aux: [
    "es",
    "son",
    "era",
    "eran",
    "fue",
    "fueron",
    "sera",
    "esta",
    "estan",
    "estaba",
    "estaban",
    "estuvo",
    "ha",
    "han",
    "habia",
    "habian",
    "hay",
  ],
  conj: ["y", "e", "o", "u", "pero", "que", "si", "aunque", "porque", "cuando", "mientras"],
};

const CLASSES: Record<Locale, Readonly<Record<string, readonly string[]>>> = {
  en: ENGLISH_CLASSES,
  es: SPANISH_CLASSES,
};

/** The words of closed class `name` (`det`, `neg`, …) in `locale`; throws on an unknown class. */
export function wordClass(name: string, locale: Locale): readonly string[] {
  const words = CLASSES[locale][name];
  if (!words)
    throw new Error(`unknown word class @${name} (known: ${Object.keys(CLASSES[locale]).join(", ")})`);
  return words;
}

/** Irregular and regular forms wink's English lexicon lists for `lemma` (empty for other locales). */
export function lexiconForms(lemma: string, locale: Locale): readonly string[] {
  return locale === "en" ? (ENGLISH_FORMS[lemma] ?? []) : [];
}
