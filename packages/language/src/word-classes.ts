import type { Locale } from "@chorus/content";
import { ENGLISH_CLASSES, ENGLISH_FORMS } from "./english-lexicon.js";
import { englishWordClasses } from "./rules/en/classes.js";
import { spanishWordClasses } from "./rules/es/classes.js";
import { spanishForms } from "./spanish-forms.js";

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

/** Word classes of meaning (`@clinician`, `@weak`, `@burnout`…): lemmas and other classes, per locale. */
export const MEANING_CLASSES: Record<Locale, Readonly<Record<string, readonly string[]>>> = {
  en: englishWordClasses,
  es: spanishWordClasses,
};

/**
 * The words of class `name` (`det`, `neg`, `clinician`, …) in `locale`: closed classes hold words; classes
 * of meaning hold words, `lemma~` and `@class` entries, which the matcher expands. Throws on an unknown class.
 */
export function wordClass(name: string, locale: Locale): readonly string[] {
  const words = CLASSES[locale][name] ?? MEANING_CLASSES[locale][name];
  if (!words)
    throw new Error(
      `unknown word class @${name} (known: ${[...Object.keys(CLASSES[locale]), ...Object.keys(MEANING_CLASSES[locale])].join(", ")})`,
    );
  return words;
}

/**
 * Forms of `lemma`: in English the irregular and regular forms wink's lexicon lists; in Spanish the
 * conjugation or gender and number forms `spanish-forms.ts` generates.
 */
export function lexiconForms(lemma: string, locale: Locale): readonly string[] {
  return locale === "en" ? (ENGLISH_FORMS[lemma] ?? []) : spanishForms(lemma);
}

/**
 * What the clause-aware conditions (`unlessNegated`, `unlessAffirmed`, `requireBefore`) read, per locale:
 * - `negators`: negations, with "without"/"sin" (`@neg` adds the contractions);
 * - `negativeSubjects`: a negative subject negates its whole clause ("Nobody who asks…", "Nadie que…");
 * - `chain`: the words a negation reaches its predicate through ("is not a sign of", "doesn't make you",
 *   "no te convierte en un"): auxiliaries, copulas and verbs of showing, pronouns, determiners, particles;
 * - `coordinators`: words that join two predicates under one negation ("was not selfish or cowardly", "no es
 *   débil ni flojo");
 * - `clauseStarts`: words that open a new clause ("but", "pero", "sino");
 * - `blame` and `stop`: blaming, and the words that call it off ("Stop blaming the EHR", "Dejad de echarle la
 *   culpa al sistema"): a system cause named that way is denied, not affirmed;
 * - `scope` and `rest`: a system word that only says where or how long is not named as a cause: after a word
 *   of scope ("burnout across the system", "a lo largo del sistema") or before a word of rest ("eight hours of
 *   sleep", "ocho horas de sueño").
 */
export interface ClauseWords {
  negators: ReadonlySet<string>;
  negativeSubjects: ReadonlySet<string>;
  chain: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  clauseStarts: ReadonlySet<string>;
  blame: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  scope: ReadonlySet<string>;
  rest: ReadonlySet<string>;
}

/** The word lists behind `ClauseWords`, one per field (`@class` entries are expanded by `clauseWords`). */
const CLAUSE_WORDS: Record<Locale, { [K in keyof ClauseWords]: string[] }> = {
  en: {
    negators: ["without", "nor", "neither", "hardly"],
    negativeSubjects: ["nobody", "noone", "none", "neither"],
    chain: [
      "@aux",
      "@det",
      "@pron",
      "@poss",
      "you're",
      "they're",
      "it's",
      "that's",
      "he's",
      "she's",
      "we're",
      "i'm",
      "really",
      "necessarily",
      "automatically",
      "always",
      "just",
      "simply",
      "actually",
      "ever",
      "even",
      "truly",
      "inherently",
      "remotely",
      "all",
      "at",
      "any",
      "in",
      "way",
      "mean",
      "means",
      "meant",
      "make",
      "makes",
      "made",
      "show",
      "shows",
      "prove",
      "proves",
      "signal",
      "signals",
      "say",
      "says",
      "count",
      "counts",
      "get",
      "gets",
      "turn",
      "turns",
      "become",
      "becomes",
      "seem",
      "seems",
      "look",
      "looks",
      "feel",
      "feels",
      "felt",
      "sound",
      "sounds",
      "like",
      "sign",
      "mark",
      "kind",
      "type",
      "form",
      "of",
      "as",
      "to",
      "for",
      "about",
      "on",
      "be",
      "been",
      "being",
      "need",
      "needs",
      "have",
      "has",
      "had",
      "by",
      // "isn't caused by a lack of resilience"
      "caused",
      "driven",
      "due",
      // "it's not because you picked the wrong specialty", "not from a lack of resilience"
      "because",
      "from",
      // "not a matter of self-pity"
      "matter",
      "itself",
      "something",
      "anything",
      "that",
      "going",
      "gonna",
      "will",
      "won't",
      "a",
      "an",
      "the",
    ],
    coordinators: ["or", "nor"],
    clauseStarts: ["but", "yet", "although", "though", "whereas", "instead"],
    // Round 20: griping about a cause calls it off as much as blaming it does ("toughen up and stop complaining
    // about staffing", "instead of griping about staffing").
    blame: [
      "blame",
      "blames",
      "blamed",
      "blaming",
      "complain",
      "complaining",
      "complained",
      "gripe",
      "griping",
      "whine",
      "whining",
      "moaning",
    ],
    stop: ["stop", "stopped", "quit", "instead"],
    scope: ["across", "throughout"],
    rest: ["sleep", "sleeping", "rest", "shut-eye"],
  },
  es: {
    negators: ["sin", "ni", "tampoco"],
    negativeSubjects: ["nadie", "ninguno", "ninguna", "ningun"],
    chain: [
      "@aux",
      "@det",
      "@pron",
      "@poss",
      "@adp",
      "ser",
      "sea",
      "sean",
      "eres",
      "seas",
      "somos",
      "sera",
      "seria",
      "estar",
      "hace",
      "hacen",
      "hara",
      "haria",
      "convierte",
      "convierten",
      "convertira",
      "vuelve",
      "vuelven",
      "significa",
      "significan",
      "quiere",
      "decir",
      "demuestra",
      "demuestran",
      "muestra",
      "prueba",
      "indica",
      "necesariamente",
      "realmente",
      "simplemente",
      "solo",
      "tan",
      "muy",
      "mas",
      "nada",
      "que",
      "cosa",
      "senal",
      "signo",
      "tipo",
      "forma",
      "va",
      "van",
      "afecta",
      "afectan",
      "tiene",
      "tienen",
      "por",
    ],
    coordinators: ["o", "u", "ni"],
    clauseStarts: ["pero", "sino", "aunque", "mientras"],
    blame: ["culpa", "culpar", "culpes", "culpeis", "culpen", "culpe", "culpando", "culpemos"],
    stop: ["deja", "dejad", "dejen", "deje", "dejar", "dejemos", "dejes", "dejeis"],
    scope: ["largo", "ancho"],
    rest: ["sueno", "descanso", "dormir"],
  },
};

const clauseWordsCache = new Map<Locale, ClauseWords>();

/** The clause words of `locale`, normalized to token keys (classes in `chain` expanded). */
export function clauseWords(locale: Locale): ClauseWords {
  let words = clauseWordsCache.get(locale);
  if (words) return words;
  const expand = (list: readonly string[]) => {
    const keys = new Set<string>();
    for (const word of list) {
      if (word.startsWith("@")) for (const member of wordClass(word.slice(1), locale)) keys.add(member);
      else keys.add(word);
    }
    return keys;
  };
  const source = CLAUSE_WORDS[locale];
  words = {
    negators: expand(["@neg", ...source.negators]),
    negativeSubjects: expand(source.negativeSubjects),
    chain: expand(source.chain),
    coordinators: expand(source.coordinators),
    clauseStarts: expand(source.clauseStarts),
    blame: expand(source.blame),
    stop: expand(source.stop),
    scope: expand(source.scope),
    rest: expand(source.rest),
  };
  clauseWordsCache.set(locale, words);
  return words;
}
