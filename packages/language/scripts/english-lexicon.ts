/**
 * Generates `src/english-lexicon.ts` from wink-nlp's English model: every form of each lemma the
 * English rules write as `word~`, and the closed word classes (`@det`, `@pron`, …) patterns may use.
 *
 * Why at build time: tagging every word with wink-nlp costs about 70 ms per 10k words on the CI
 * machine (the whole checker has a 50 ms budget) and its model adds about 1 MB gzipped to the
 * browser bundle; the rules only need the forms of a few hundred lemmas, which this table gives
 * for a few kilobytes. `pnpm exec tsx scripts/english-lexicon.ts` rewrites the file;
 * `test/lexicon.test.ts` fails when it is stale.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { englishWordClasses } from "../src/rules/en/classes.js";
import { RULE_FILES } from "../src/rules/index.js";

const require = createRequire(import.meta.url);

/** The parts of wink's model and lexicon cache used here (internal to wink-nlp; versions are pinned). */
interface WinkCache {
  intrinsicSize(): number;
  property(index: number, name: string): number;
  value(index: number): string;
}
interface WinkCore {
  features: { lexeme: { list: string[] }; posClusters: { list: Array<Set<number>> } };
  pos: { list: string[] };
}
interface WinkModel {
  core(): WinkCore;
  featureFn: unknown;
  addons: { lemmatize(word: string, pos: string, cache: WinkCache): string };
}

const MODEL_VERSION = (require("wink-eng-lite-web-model/package.json") as { version: string }).version;
const WINK_VERSION = (require("wink-nlp/package.json") as { version: string }).version;

/** Possessive determiners: wink tags them PRON, patterns need them with the determiners. */
const POSSESSIVES = ["my", "your", "his", "her", "its", "our", "their"];

/** Every `word~` the English rules and word classes use, without the marker. */
export function ruleLemmas(): string[] {
  const lemmas = new Set<string>();
  for (const rules of Object.values(RULE_FILES.en)) {
    for (const rule of rules) {
      const phrases = [
        ...rule.patterns,
        ...(rule.unlessBefore ?? []),
        ...(rule.unlessAfter ?? []),
        ...(rule.requireAfter ?? []),
        ...(rule.requireBefore ?? []),
        ...(rule.unlessAffirmed ?? []),
        ...(rule.requireInSentence ?? []),
        ...(rule.requireAlsoInSentence ?? []),
        ...(rule.unlessInSentence ?? []),
      ];
      for (const phrase of phrases)
        for (const match of phrase.matchAll(/([\p{L}']+)~/gu)) lemmas.add(match[1]!.toLowerCase());
    }
  }
  // The word classes of meaning (`@clinician`, `@weak`…) list lemmas too.
  for (const entries of Object.values(englishWordClasses))
    for (const entry of entries) if (entry.endsWith("~")) lemmas.add(entry.slice(0, -1).toLowerCase());
  return [...lemmas].sort();
}

export interface EnglishLexicon {
  forms: Record<string, string[]>;
  classes: Record<string, string[]>;
}

/** The lexicon as data; `test/lexicon.test.ts` compares it with the committed file. */
export function englishLexicon(): EnglishLexicon {
  const model = require("wink-eng-lite-web-model") as WinkModel;
  const Cache = require("wink-nlp/src/cache.js") as (core: WinkCore, featureFn: unknown) => WinkCache;
  const core = model.core();
  const cache = Cache(core, model.featureFn);
  const words = core.features.lexeme.list;
  const posNames = core.pos.list;

  const formsByLemma = new Map<string, Set<string>>();
  const classes = new Map<string, Set<string>>();
  const addClass = (name: string, word: string) => {
    const set = classes.get(name) ?? new Set<string>();
    set.add(word);
    classes.set(name, set);
  };
  for (let index = 1; index < cache.intrinsicSize(); index++) {
    const word = words[index]!;
    if (!/^[a-z]+(?:'[a-z]+)?$/.test(word)) continue;
    const pos = [...core.features.posClusters.list[cache.property(index, "lexemeCID")]!].map(
      (id) => posNames[id]!,
    );
    const lemmas = new Set<string>();
    if (cache.property(index, "isSLemma") === 1) lemmas.add(cache.value(cache.property(index, "lemma")));
    else
      for (const tag of pos)
        if (tag === "VERB" || tag === "NOUN" || tag === "ADJ")
          lemmas.add(model.addons.lemmatize(word, tag, cache));
    for (const lemma of lemmas) {
      const forms = formsByLemma.get(lemma) ?? new Set<string>();
      forms.add(word);
      formsByLemma.set(lemma, forms);
    }
    const stop = cache.property(index, "isStopWord") === 1;
    if (stop && pos.includes("DET")) addClass("det", word);
    if (stop && pos.includes("PRON")) addClass("pron", word);
    if (stop && pos.includes("AUX")) addClass("aux", word);
    if (stop && pos.includes("ADP")) addClass("adp", word);
    if (stop && (pos.includes("CCONJ") || pos.includes("SCONJ"))) addClass("conj", word);
    if (pos.includes("PRON") && /sel(?:f|ves)$/.test(word)) addClass("refl", word);
    // Negation: "not", "never", "no", and the n't contractions wink lists as auxiliaries.
    if (word === "not" || word === "never" || word === "no" || /n't$/.test(word)) addClass("neg", word);
  }
  for (const word of POSSESSIVES) addClass("det", word);
  for (const word of POSSESSIVES) addClass("poss", word);

  const forms: Record<string, string[]> = {};
  for (const lemma of ruleLemmas()) {
    const known = formsByLemma.get(lemma);
    // A lemma wink does not know ("suicided") keeps the regular inflections the matcher adds.
    forms[lemma] = [...(known ?? [])].filter((form) => form !== lemma).sort();
  }
  const classObject = Object.fromEntries(
    [...classes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, set]) => [name, [...set].sort()]),
  );
  return { forms, classes: classObject };
}

/** The file's text (Biome then formats it: `pnpm exec biome format --write src/english-lexicon.ts`). */
export function buildEnglishLexicon(): string {
  const { forms, classes } = englishLexicon();
  return `// Generated by scripts/english-lexicon.ts from wink-nlp ${WINK_VERSION} and wink-eng-lite-web-model ${MODEL_VERSION}: do not edit.
// Run \`pnpm exec tsx scripts/english-lexicon.ts\` after adding a \`word~\` to an English rule.

/** The forms wink's lexicon gives for each lemma the English rules write as \`word~\` (irregular ones included). */
export const ENGLISH_FORMS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(forms, null, 2)};

/** Closed word classes from wink's part-of-speech lexicon, for \`@det\`, \`@pron\`, … in patterns. */
export const ENGLISH_CLASSES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(classes, null, 2)};
`;
}

export const LEXICON_FILE = fileURLToPath(new URL("../src/english-lexicon.ts", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LEXICON_FILE, buildEnglishLexicon());
  execFileSync("pnpm", ["exec", "biome", "format", "--write", LEXICON_FILE], { stdio: "inherit" });
  console.log(`wrote ${LEXICON_FILE}`);
}
