import type { Locale } from "@chorus/content";
import { breaksClause, sharedKeys } from "../matcher.js";
import { joinsPhrase, MERGE_FIELD, type TokenizedText } from "../tokenize.js";
import { type ClauseWords, clauseWords, MEANING_CLASSES } from "../word-classes.js";

/**
 * Features of the meaning model (`meaning/layer.ts`), shared by the check and by the training script
 * (`scripts/train-meaning-model.ts`), so both read a clause the same way. They are chosen to generalize
 * past the wording of the training sentences:
 * - `c:<class>` a word of a class of meaning (`rules/<locale>/classes.ts`: `@helpseeking`, `@career`,
 *   `@burnout`, `@trait`…, and the cue classes below), `n:<class>` the same within reach of a negation;
 * - `p:<a>+<b>` two classes in the same clause (help-seeking and career harm, burnout and a personal fix);
 * - `x:<class>` a class elsewhere in the sentence, and `q:<a>><b>` one there with one in the clause
 *   ("If you need therapy…, | maybe medicine isn't for you");
 * - `w:<stem>` the first five letters of each word (both languages, no lemmatizer needed), `v:<a>_<b>` two
 *   neighbouring words' stems (`^` stands before the first), `s:<stem>` a word elsewhere in the sentence, `neg`, `first`,
 *   `only` (the clause is the whole sentence), `ask` (the sentence is a question).
 */

/** A clause: tokens `first` to one before `last`, within one sentence. */
export interface Clause {
  sentence: number;
  first: number;
  last: number;
}

/** Small cue classes read only by the model: who is addressed, conditions, norms, minimizers, substitutes. */
const CUES: Record<Locale, Record<string, readonly string[]>> = {
  en: {
    you: ["you", "your", "yours", "yourself", "you're", "you'll", "you've", "you'd"],
    if: ["if", "unless", "once", "when", "whenever"],
    modal: ["should", "shouldn't", "must", "mustn't", "need", "needs", "ought", "gotta", "supposed"],
    just: ["just", "simply", "only", "merely", "basically", "really", "truly", "all"],
    generic: ["every", "any", "always", "never", "everyone", "anyone", "those", "ones", "whoever"],
    instead: ["instead", "rather", "than"],
    verdict: [
      "fail~",
      "failure~",
      "over",
      "finished",
      "done",
      "doomed",
      "hopeless",
      "useless",
      "unfit",
      "unsuited",
      "wrong",
      "fit",
      "belong~",
      "trust~",
      "rely~",
      "relied",
      "reliable",
      "depend~",
      "down",
      "disappoint~",
      "abandon~",
      "sentence",
      "verdict",
    ],
    good: [
      "strength",
      "courage",
      "courageous",
      "brave",
      "bravery",
      "human",
      "normal",
      "healthy",
      "okay",
      "ok",
      "deserve~",
      "protect~",
      "confidential",
      "responsible",
      "wise",
      "smart",
      "encourage~",
      "welcome~",
    ],
    blame: [
      "blame~",
      "excuse~",
      "complain~",
      "whine~",
      "victim~",
      "adapt~",
      "toughen~",
      "harden~",
      "stop~",
      "responsibility",
      "choice~",
      "head",
      "mind",
    ],
    say: ["say~", "said", "claim~", "told", "tell~", "insist~", "argue~"],
    self: [
      "yourself",
      "themselves",
      "himself",
      "herself",
      "myself",
      "ourselves",
      "own",
      "personal",
      "personally",
      "individual",
      "individually",
    ],
  },
  es: {
    you: [
      "tu",
      "tus",
      "te",
      "ti",
      "usted",
      "ustedes",
      "eres",
      "estas",
      "tienes",
      "puedes",
      "necesitas",
      "vos",
    ],
    if: ["si", "cuando", "salvo", "mientras"],
    modal: [
      "debe",
      "deben",
      "deberia",
      "deberian",
      "debes",
      "deberias",
      "tiene",
      "tienen",
      "tienes",
      "hay",
      "necesita",
      "necesitan",
      "necesitas",
    ],
    just: ["solo", "solamente", "simplemente", "apenas", "basta", "bastan", "todo", "realmente"],
    generic: ["todos", "todas", "siempre", "nunca", "cualquier", "quien", "quienes", "cada"],
    instead: ["vez", "lugar"],
    verdict: [
      "fracaso~",
      "fracasar~",
      "fracasado~",
      "acabado~",
      "terminado~",
      "fin",
      "final",
      "sentencia",
      "inutil~",
      "apto~",
      "valer~",
      "servir~",
      "pintar~",
      "tirado~",
      "abandonar~",
      "fallar~",
      "confiar~",
      "fiar~",
      "equivocar~",
      "defraudar~",
    ],
    good: [
      "fortaleza",
      "fuerza",
      "valentia",
      "valiente~",
      "humano~",
      "normal",
      "normales",
      "sano~",
      "merecer~",
      "proteger~",
      "protegido~",
      "confidencial",
      "responsable~",
      "sensato~",
    ],
    blame: [
      "culpa",
      "culpar~",
      "excusa~",
      "quejarse~",
      "victimizarse~",
      "espabilar~",
      "adaptarse~",
      "endurecerse~",
      "dejar~",
      "cabeza",
      "mente",
      "uno",
      "tuyo",
      "tuya",
    ],
    say: ["decir~", "dijo", "dicen", "afirmar~", "asegurar~", "insistir~"],
    self: [
      "mismo",
      "misma",
      "mismos",
      "mismas",
      "propio",
      "propia",
      "personal",
      "personalmente",
      "individual",
    ],
  },
};

/** How many words before a class word a negation reaches. */
const NEGATION_REACH = 4;
const STEM = 5;

interface LocaleFeatures {
  /** Class names per token key (meaning classes and cue classes). */
  classesByKey: Map<string, string[]>;
  clause: ClauseWords;
}

const cache = new Map<Locale, LocaleFeatures>();

function localeFeatures(locale: Locale): LocaleFeatures {
  let features = cache.get(locale);
  if (features) return features;
  const classesByKey = new Map<string, string[]>();
  const add = (key: string, name: string) => {
    const list = classesByKey.get(key);
    if (!list) classesByKey.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const name of Object.keys(MEANING_CLASSES[locale]).sort())
    for (const key of sharedKeys(`@${name}`, locale)) add(key, name);
  for (const [name, words] of Object.entries(CUES[locale]))
    for (const word of words) {
      if (word.endsWith("~")) for (const key of sharedKeys(word, locale)) add(key, `_${name}`);
      else add(word, `_${name}`);
    }
  features = { classesByKey, clause: clauseWords(locale) };
  cache.set(locale, features);
  return features;
}

/** The clauses of sentence `index`: split at commas, semicolons, colons, dashes, quotes and "but"/"pero". */
export function clausesOf(doc: TokenizedText, index: number, locale: Locale): Clause[] {
  const { clause: words } = localeFeatures(locale);
  const sentence = doc.sentences[index]!;
  const clauses: Clause[] = [];
  let first = sentence.first;
  for (let at = sentence.first + 1; at < sentence.last; at++) {
    const token = doc.tokens[at]!;
    if (breaksClause(doc.text, doc.tokens[at - 1]!.end, token.start) || words.clauseStarts.has(token.key)) {
      clauses.push({ sentence: index, first, last: at });
      first = at;
    }
  }
  if (sentence.last > first) clauses.push({ sentence: index, first, last: sentence.last });
  return clauses;
}

/** Lowercase words that join the capitalized words of a name ("Instituto Nacional sobre el Abuso de Drogas"). */
const NAME_JOINERS = new Set([
  "of",
  "on",
  "for",
  "and",
  "the",
  "de",
  "del",
  "sobre",
  "el",
  "la",
  "los",
  "las",
  "y",
  "para",
]);
const CAPITALIZED = /^\p{Lu}/u;

/**
 * Words inside the name of an organization, a program or a place ("National Institute on Drug Abuse",
 * "Substance Abuse and Mental Health Services Administration", "Instituto Nacional sobre el Abuso de Drogas"):
 * two or more capitalized words, joined by nothing but a space or a joining word. The model does not read them,
 * so a citation is not read as the words it names (round 21). A title-case headline, with fewer than two
 * lowercase words besides the joiners, has no names by this reading: its words are the copy. The words of a
 * merge field (`{{firstName}}`) are not read either.
 */
function nameTokens(doc: TokenizedText, index: number): ReadonlySet<number> {
  const sentence = doc.sentences[index]!;
  const found = new Set<number>();
  // A merge field ("Hola, {{firstName}}:") is a name the send fills in, not copy.
  if (sentence.last > sentence.first) {
    const from = Math.max(0, doc.tokens[sentence.first]!.start - 2);
    const text = doc.text.slice(from, doc.tokens[sentence.last - 1]!.end + 2);
    for (const field of text.matchAll(MERGE_FIELD)) {
      const start = from + field.index;
      const end = start + field[0].length;
      for (let at = sentence.first; at < sentence.last; at++) {
        const token = doc.tokens[at]!;
        if (token.start >= start && token.end <= end) found.add(at);
      }
    }
  }
  // A title-case headline has fewer than two lowercase words besides the joiners.
  let lowercase = 0;
  for (let at = sentence.first; at < sentence.last; at++) {
    const token = doc.tokens[at]!;
    if (!CAPITALIZED.test(token.text) && !NAME_JOINERS.has(token.key)) lowercase++;
  }
  if (lowercase >= 2) {
    let at = sentence.first;
    while (at < sentence.last) {
      if (!CAPITALIZED.test(doc.tokens[at]!.text)) {
        at++;
        continue;
      }
      // A run of capitalized words and joiners, ending on a capitalized word.
      let end = at + 1;
      let lastCapital = at;
      let count = 1;
      while (end < sentence.last && joinsPhrase(doc.text, doc.tokens[end - 1]!.end, doc.tokens[end]!.start)) {
        const token = doc.tokens[end]!;
        if (CAPITALIZED.test(token.text)) {
          lastCapital = end;
          count++;
        } else if (!NAME_JOINERS.has(token.key)) break;
        end++;
      }
      // The sentence's first word is capitalized anyway: it counts only with two more after it.
      const needed = at === sentence.first ? 3 : 2;
      if (count >= needed) for (let word = at; word <= lastCapital; word++) found.add(word);
      at = lastCapital + 1;
    }
  }
  return found;
}

/** Token-level reading of one clause: its class words (plain or negated). */
interface ClauseReading {
  classes: Set<string>;
  negated: Set<string>;
  /** Token index → the class names it holds. */
  tokenClasses: Map<number, readonly string[]>;
  hasNegation: boolean;
}

/** `names`: the sentence's name words (`nameTokens`), which the model does not read. */
function readClause(
  doc: TokenizedText,
  clause: Clause,
  locale: Locale,
  names: ReadonlySet<number>,
): ClauseReading {
  const { classesByKey, clause: words } = localeFeatures(locale);
  const classes = new Set<string>();
  const negated = new Set<string>();
  const tokenClasses = new Map<number, readonly string[]>();
  let lastNegation = -100;
  let negativeSubject = false;
  for (let at = clause.first; at < clause.last; at++) {
    if (names.has(at)) continue;
    const token = doc.tokens[at]!;
    if (words.negativeSubjects.has(token.key)) negativeSubject = true;
    const held = classesByKey.get(token.key) ?? classesByKey.get(token.base);
    if (held) {
      tokenClasses.set(at, held);
      const inReach = negativeSubject || at - lastNegation <= NEGATION_REACH;
      for (const name of held) (inReach ? negated : classes).add(name);
    }
    if (words.negators.has(token.key)) lastNegation = at;
  }
  return { classes, negated, tokenClasses, hasNegation: lastNegation >= 0 || negativeSubject };
}

/** The first word of the clause after its first that says what something is or does (`@predicate`), or -1. */
function predicateIndex(clause: Clause, reading: ClauseReading): number {
  for (let at = clause.first + 1; at < clause.last; at++)
    if (reading.tokenClasses.get(at)?.includes("predicate")) return at;
  return -1;
}

export function stemOf(key: string): string {
  return /^\p{N}/u.test(key) ? "#" : key.slice(0, STEM);
}

/** The value of `key` in `map`, built on first use. */
function memo<K, V>(map: Map<K, V>, key: K, build: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = build();
    map.set(key, value);
  }
  return value;
}

/** Feature names, built once: the check makes no new strings for the classes and pairs it has seen. */
const names = new Map<string, Map<string, string>>();
function feature(prefix: string, name: string): string {
  return memo(
    memo(names, prefix, () => new Map<string, string>()),
    name,
    () => `${prefix}${name}`,
  );
}
const pairs = new Map<string, Map<string, Map<string, string>>>();
function pair(prefix: string, a: string, b: string, joint: string): string {
  const byFirst = memo(pairs, prefix, () => new Map<string, Map<string, string>>());
  return memo(
    memo(byFirst, a, () => new Map<string, string>()),
    b,
    () => `${prefix}${a}${joint}${b}`,
  );
}
/** Each word's stem and stem feature, bounded: a long-running process reading open text must not grow forever. */
const stems = new Map<string, { stem: string; feature: string }>();
function stemmed(key: string): { stem: string; feature: string } {
  if (stems.size > 50_000) stems.clear();
  return memo(stems, key, () => {
    const stem = stemOf(key);
    return { stem, feature: `w:${stem}` };
  });
}
function stemFeature(key: string): string {
  return stemmed(key).feature;
}
/** A stem of the clause's sentence outside the clause, `s:<stem>`, built once per stem. */
const sentenceStems = new Map<string, string>();
function sentenceStemFeature(key: string): string {
  if (sentenceStems.size > 50_000) sentenceStems.clear();
  const { stem } = stemmed(key);
  return memo(sentenceStems, stem, () => `s:${stem}`);
}

/** Two neighbouring words' stems ("deaf ear", "easy way", "kill myself"), `^` before the clause's first. */
const stemPairs = new Map<string, Map<string, string>>();
let stemPairCount = 0;
function pairFeature(a: string, b: string): string {
  if (stemPairCount > 50_000) {
    stemPairs.clear();
    stemPairCount = 0;
  }
  const byFirst = memo(stemPairs, a, () => new Map<string, string>());
  return memo(byFirst, b, () => {
    stemPairCount++;
    return `v:${a}_${b}`;
  });
}

/**
 * `attempt-else`: an attempt at something named ("a failed attempt to upgrade the EHR", "el intento fallido
 * de reformar los turnos", "su intento por reducir las horas"), not a suicide attempt. The suicide model
 * may not report such a clause (`vetoed`).
 */
export const ATTEMPT_ELSE = "attempt-else";

const ATTEMPT_WORDS = new Set(["attempt", "attempts", "intento", "intentos"]);
const ATTEMPT_LINKS = new Set(["to", "at", "de", "por", "para"]);
/** What a suicide attempt is an attempt at, or to do. */
const SUICIDE_OBJECTS = new Set([
  "suicide",
  "kill",
  "end",
  "take",
  "self",
  "hang",
  "overdose",
  "suicidio",
  "suicidarse",
  "suicidarme",
  "matarse",
  "matarme",
  "quitarse",
  "quitarme",
  "autolisis",
  "ahorcarse",
  "envenenarse",
]);

function attemptsSomethingElse(doc: TokenizedText, clause: Clause): boolean {
  for (let at = clause.first; at + 2 < clause.last; at++) {
    if (!ATTEMPT_WORDS.has(doc.tokens[at]!.key)) continue;
    // "attempt to upgrade", "failed attempt at the boards", "intento fallido de reformar": skip one adjective.
    let link = at + 1;
    if (link < clause.last && !ATTEMPT_LINKS.has(doc.tokens[link]!.key)) link++;
    if (link >= clause.last - 1 || !ATTEMPT_LINKS.has(doc.tokens[link]!.key)) continue;
    const object = doc.tokens[link + 1]!.key;
    if (!SUICIDE_OBJECTS.has(object)) return true;
  }
  return false;
}

/**
 * `literal-clean`: "clean" said of a sample, a technique, a field or supplies ("Recoja una muestra de orina
 * limpia", "a clean-catch sample", "keep the sterile field clean"), a clinical use, not a drug test's result.
 * The substance-use model may not report such a clause (`vetoed`), as the rules' literal uses do (round 21).
 */
export const LITERAL_CLEAN = "literal-clean";
const CLEAN_WORDS = new Set(["clean", "limpio", "limpia", "limpios", "limpias"]);
const CLEAN_OBJECTS = new Set([
  "sample",
  "samples",
  "catch",
  "technique",
  "field",
  "supply",
  "supplies",
  "gloves",
  "dressing",
  "wound",
  "muestra",
  "muestras",
  "tecnica",
  "campo",
  "material",
  "guantes",
  "chorro",
  "herida",
  "aposito",
]);

function cleanSaidOfAThing(doc: TokenizedText, clause: Clause): boolean {
  let clean = false;
  let object = false;
  for (let at = clause.first; at < clause.last; at++) {
    const key = doc.tokens[at]!.key;
    if (CLEAN_WORDS.has(key)) clean = true;
    else if (CLEAN_OBJECTS.has(key)) object = true;
  }
  return clean && object;
}

/** A clause the model reads, with its features (unique). */
export interface ClauseFeatures {
  clause: Clause;
  /** The clause's features, each once (a set: the check only iterates and looks them up). */
  features: ReadonlySet<string>;
}

/**
 * The clauses of sentence `index` (`clausesOf` splits the sentence), each with its features.
 */
export function sentenceFeatures(doc: TokenizedText, index: number, locale: Locale): ClauseFeatures[] {
  const clauses = clausesOf(doc, index, locale);
  const names = nameTokens(doc, index);
  const readings = clauses.map((clause) => readClause(doc, clause, locale, names));
  const sentence = doc.sentences[index]!;
  const last = doc.tokens[sentence.last - 1]!.end;
  const ask = doc.text.slice(last, last + 3).includes("?");
  const result: ClauseFeatures[] = [];
  clauses.forEach((clause, position) => {
    const reading = readings[position]!;
    const features = new Set<string>();
    let previous = "^";
    for (let at = clause.first; at < clause.last; at++) {
      if (names.has(at)) continue;
      const { stem, feature: word } = stemmed(doc.tokens[at]!.key);
      features.add(word);
      features.add(pairFeature(previous, stem));
      previous = stem;
      for (const name of reading.tokenClasses.get(at) ?? [])
        features.add(feature(reading.negated.has(name) && !reading.classes.has(name) ? "n:" : "c:", name));
    }
    for (const name of reading.negated) features.add(feature("n:", name));
    const inClause = [...reading.classes].sort();
    for (let a = 0; a < inClause.length; a++)
      for (let b = a + 1; b < inClause.length; b++) features.add(pair("p:", inClause[a]!, inClause[b]!, "+"));
    // Roles around the first predicate word ("Asking for help | is | a sign of weakness"): what stands
    // before it and what after, and the pairs across it, marked when the clause is negated.
    const verb = predicateIndex(clause, reading);
    if (verb >= 0) {
      const before = new Set<string>();
      const after = new Set<string>();
      for (const [at, list] of reading.tokenClasses)
        for (const name of list) if (at !== verb) (at < verb ? before : after).add(name);
      const negated = reading.hasNegation;
      for (const name of before) features.add(feature("b:", name));
      for (const name of after) features.add(feature(negated ? "a!:" : "a:", name));
      for (const x of before) for (const y of after) features.add(pair(negated ? "r!:" : "r:", x, y, ">"));
    }
    if (reading.hasNegation) for (const name of inClause) features.add(feature("g:", name));
    const context = new Set<string>();
    readings.forEach((other, otherPosition) => {
      if (otherPosition === position) return;
      for (const name of other.classes) if (name.charCodeAt(0) !== 95) context.add(name);
    });
    for (const name of context) {
      features.add(feature("x:", name));
      for (const own of inClause) if (own.charCodeAt(0) !== 95) features.add(pair("q:", name, own, ">"));
    }
    if (attemptsSomethingElse(doc, clause)) features.add(ATTEMPT_ELSE);
    if (cleanSaidOfAThing(doc, clause)) features.add(LITERAL_CLEAN);
    // The sentence's other words, as stems: "If you need a counselor to get through intern year, | maybe
    // medicine isn't for you" is read with its condition.
    for (let at = sentence.first; at < sentence.last; at++)
      if ((at < clause.first || at >= clause.last) && !names.has(at))
        features.add(sentenceStemFeature(doc.tokens[at]!.key));
    if (reading.hasNegation) features.add("neg");
    if (position === 0) features.add("first");
    if (clauses.length === 1) features.add("only");
    if (ask) features.add("ask");
    result.push({ clause, features });
  });
  return result;
}

/** For an explanation: the features each word of `clause` brings (its stem and its classes). */
export function wordFeatures(doc: TokenizedText, clause: Clause, locale: Locale): Map<number, string[]> {
  const names = nameTokens(doc, clause.sentence);
  const reading = readClause(doc, clause, locale, names);
  const byToken = new Map<number, string[]>();
  for (let at = clause.first; at < clause.last; at++) {
    if (names.has(at)) continue;
    const own = [stemFeature(doc.tokens[at]!.key)];
    for (const name of reading.tokenClasses.get(at) ?? [])
      own.push(feature(reading.negated.has(name) && !reading.classes.has(name) ? "n:" : "c:", name));
    byToken.set(at, own);
  }
  return byToken;
}

/** A word's part in a pair feature: the pair, and how many words of its side share it (1 for neighbours). */
export interface PairShare {
  feature: string;
  sharedBy: number;
}

/**
 * For an explanation, what each word of `clause` takes part in: its own features (`wordFeatures`), and the
 * pairs among `features` (the clause's) it belongs to: two neighbouring words ("v:feel_burne"), or two
 * classes ("p:burnout+_modal"), where each side is shared among the words holding that class. A word takes
 * half of a pair, divided among the words of its side (`sharedBy`).
 */
export function wordPairs(
  doc: TokenizedText,
  clause: Clause,
  locale: Locale,
  features: Iterable<string>,
): { own: Map<number, string[]>; pairs: Map<number, PairShare[]> } {
  const own = wordFeatures(doc, clause, locale);
  const pairs = new Map<number, PairShare[]>();
  const add = (at: number, share: PairShare) => {
    const list = pairs.get(at);
    if (list) list.push(share);
    else pairs.set(at, [share]);
  };
  const holders = new Map<string, number[]>();
  for (const [at, list] of own)
    for (const name of list)
      if (name.startsWith("c:") || name.startsWith("n:")) {
        const words = holders.get(name.slice(2));
        if (words) words.push(at);
        else holders.set(name.slice(2), [at]);
      }
  for (const feature of features) {
    if (!feature.startsWith("p:")) continue;
    for (const name of feature.slice(2).split("+")) {
      const words = holders.get(name) ?? [];
      for (const at of words) add(at, { feature, sharedBy: words.length });
    }
  }
  for (let at = clause.first + 1; at < clause.last; at++) {
    const feature = pairFeature(stemmed(doc.tokens[at - 1]!.key).stem, stemmed(doc.tokens[at]!.key).stem);
    add(at - 1, { feature, sharedBy: 1 });
    add(at, { feature, sharedBy: 1 });
  }
  return { own, pairs };
}
