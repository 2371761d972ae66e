/**
 * Spanish inflection for `lemma~` in Spanish rules and word classes: every form of a verb (all persons of
 * the indicative, subjunctive and imperative, gerund, participle, and the enclitic forms "quejarse",
 * "quejándose", "cállate") and the gender, number and diminutive forms of a noun or adjective ("flojo" →
 * floja, flojos, flojitas). Keys are accent-free, like token keys, so no accent rules are needed.
 *
 * Why generated and not a tagger: no Spanish library was good enough (see README, "Choices"), and a rule only
 * needs the forms of its own lemmas. Over-generation is harmless (a form that is not a word never occurs
 * in text), so stem-changing verbs get both stems in every tense rather than a table of which person
 * changes. The irregular verbs are the ones campaign copy uses; their compounds (mantener, suponer,
 * prevenir, predecir…) inherit them.
 */

type Conjugation = "ar" | "er" | "ir";

/** Stem changes ("pierde", "pide", "vuelve"): the verb's ending, and the vowel it becomes. */
const STEM_CHANGES: Readonly<Record<string, string>> = {
  // e → ie
  pensar: "ie",
  perder: "ie",
  entender: "ie",
  querer: "ie",
  sentir: "ie",
  empezar: "ie",
  comenzar: "ie",
  cerrar: "ie",
  despertar: "ie",
  recomendar: "ie",
  defender: "ie",
  preferir: "ie",
  mentir: "ie",
  advertir: "ie",
  convertir: "ie",
  confesar: "ie",
  quebrar: "ie",
  negar: "ie",
  atender: "ie",
  sugerir: "ie",
  herir: "ie",
  manifestar: "ie",
  tender: "ie",
  // o → ue
  poder: "ue",
  volver: "ue",
  resolver: "ue",
  dormir: "ue",
  morir: "ue",
  contar: "ue",
  costar: "ue",
  encontrar: "ue",
  mostrar: "ue",
  demostrar: "ue",
  recordar: "ue",
  soler: "ue",
  acostar: "ue",
  probar: "ue",
  comprobar: "ue",
  aprobar: "ue",
  sonar: "ue",
  mover: "ue",
  doler: "ue",
  devolver: "ue",
  absolver: "ue",
  soltar: "ue",
  forzar: "ue",
  esforzar: "ue",
  consolar: "ue",
  renovar: "ue",
  torcer: "ue",
  // e → i (third-conjugation verbs)
  pedir: "i",
  servir: "i",
  seguir: "i",
  conseguir: "i",
  perseguir: "i",
  repetir: "i",
  medir: "i",
  rendir: "i",
  vestir: "i",
  elegir: "i",
  corregir: "i",
  competir: "i",
  despedir: "i",
  impedir: "i",
  reir: "i",
  sonreir: "i",
  // u → ue
  jugar: "ue",
};

/** Irregular verbs: forms that the regular endings do not give; the regular ones are added too. */
interface Irregular {
  /** Extra forms, written in full. */
  forms?: readonly string[];
  /** Preterite stem ("tuv" → tuve, tuvo, tuvieron, tuviera). */
  preterite?: string;
  /** Future and conditional stem ("tendr" → tendré, tendría). */
  future?: string;
  /** First person present stem, which the present subjunctive shares ("teng" → tengo, tenga). */
  yo?: string;
}

const IRREGULAR: Readonly<Record<string, Irregular>> = {
  ser: {
    forms: [
      "soy",
      "eres",
      "es",
      "somos",
      "sois",
      "son",
      "fui",
      "fuiste",
      "fue",
      "fuimos",
      "fuisteis",
      "fueron",
      "era",
      "eras",
      "eramos",
      "erais",
      "eran",
      "sea",
      "seas",
      "seamos",
      "seais",
      "sean",
      "fuera",
      "fueras",
      "fueramos",
      "fuerais",
      "fueran",
      "fuese",
      "fuesen",
      "sed",
      "siendo",
      "sido",
    ],
  },
  estar: {
    forms: ["estoy", "estas", "esta", "estan", "este", "estes", "esten", "estate", "estese"],
    preterite: "estuv",
  },
  ir: {
    forms: [
      "voy",
      "vas",
      "va",
      "vamos",
      "vais",
      "van",
      "fui",
      "fuiste",
      "fue",
      "fuimos",
      "fueron",
      "iba",
      "ibas",
      "ibamos",
      "iban",
      "vaya",
      "vayas",
      "vayamos",
      "vayan",
      "fuera",
      "fueras",
      "fueran",
      "fuese",
      "ve",
      "vete",
      "vayase",
      "vayanse",
      "yendo",
      "ido",
      "irse",
      "irte",
      "irme",
    ],
  },
  haber: {
    forms: ["he", "has", "ha", "hemos", "han", "hay", "haya", "hayas", "hayamos", "hayan"],
    preterite: "hub",
    future: "habr",
  },
  tener: { forms: ["tienes", "tiene", "tienen", "ten"], preterite: "tuv", future: "tendr", yo: "teng" },
  venir: {
    forms: ["vienes", "viene", "vienen", "ven", "viniendo"],
    preterite: "vin",
    future: "vendr",
    yo: "veng",
  },
  poner: {
    forms: ["pon", "puesto", "puesta", "puestos", "puestas"],
    preterite: "pus",
    future: "pondr",
    yo: "pong",
  },
  hacer: {
    forms: ["haz", "hizo", "hecho", "hecha", "hechos", "hechas"],
    preterite: "hic",
    future: "har",
    yo: "hag",
  },
  decir: {
    forms: ["dices", "dice", "dicen", "di", "diciendo", "dicho", "dicha", "dichos", "dichas", "dijeron"],
    preterite: "dij",
    future: "dir",
    yo: "dig",
  },
  poder: { forms: ["pudiendo"], preterite: "pud", future: "podr" },
  querer: { preterite: "quis", future: "querr" },
  saber: { forms: ["sepa", "sepas", "sepamos", "sepan"], preterite: "sup", future: "sabr" },
  caber: { forms: ["quepo", "quepa", "quepan"], preterite: "cup", future: "cabr" },
  dar: {
    forms: [
      "doy",
      "das",
      "da",
      "damos",
      "dan",
      "di",
      "diste",
      "dio",
      "dimos",
      "dieron",
      "daba",
      "dabas",
      "daban",
      "diera",
      "dieras",
      "dieran",
      "diese",
      "den",
      "dando",
      "dado",
      "dada",
      "dados",
      "dadas",
    ],
  },
  ver: {
    forms: [
      "veo",
      "ves",
      "ve",
      "vemos",
      "ven",
      "veia",
      "veias",
      "veian",
      "vea",
      "veas",
      "veamos",
      "vean",
      "viendo",
      "visto",
      "vista",
      "vistos",
      "vistas",
      "vi",
      "viste",
      "vio",
      "vimos",
      "vieron",
      "viera",
      "vieran",
    ],
  },
  salir: { forms: ["sal"], future: "saldr", yo: "salg" },
  valer: { future: "valdr", yo: "valg" },
  traer: { forms: ["trayendo", "traido"], preterite: "traj", yo: "traig" },
  caer: { forms: ["cayo", "cayeron", "cayendo", "cayera", "cayeran", "caido"], yo: "caig" },
  oir: { forms: ["oyes", "oye", "oyen", "oyo", "oyeron", "oyendo", "oido"], yo: "oig" },
  andar: { preterite: "anduv" },
  leer: { forms: ["leyo", "leyeron", "leyendo", "leyera", "leyeran"] },
  creer: { forms: ["creyo", "creyeron", "creyendo", "creyera", "creyeran"] },
};

/** Compounds that conjugate like their base: "mantener" like "tener", "suponer" like "poner". */
const IRREGULAR_BASES: Readonly<Record<string, string>> = Object.fromEntries(
  ["tener", "venir", "poner", "hacer", "decir", "traer", "salir", "valer"].map((base) => [base, base]),
);

const ENDINGS: Record<Conjugation, readonly string[]> = {
  ar: [
    "o",
    "as",
    "a",
    "amos",
    "ais",
    "an",
    "e",
    "aste",
    "o",
    "asteis",
    "aron",
    "aba",
    "abas",
    "abamos",
    "abais",
    "aban",
    "e",
    "es",
    "emos",
    "eis",
    "en",
    "ara",
    "aras",
    "aramos",
    "arais",
    "aran",
    "ase",
    "ases",
    "asemos",
    "asen",
    "ad",
    "ando",
    "ado",
    "ada",
    "ados",
    "adas",
    "ar",
  ],
  er: [
    "o",
    "es",
    "e",
    "emos",
    "eis",
    "en",
    "i",
    "iste",
    "io",
    "imos",
    "isteis",
    "ieron",
    "ia",
    "ias",
    "iamos",
    "iais",
    "ian",
    "a",
    "as",
    "amos",
    "ais",
    "an",
    "iera",
    "ieras",
    "ieramos",
    "ierais",
    "ieran",
    "iese",
    "ieses",
    "iesen",
    "ed",
    "iendo",
    "ido",
    "ida",
    "idos",
    "idas",
    "er",
  ],
  ir: [
    "o",
    "es",
    "e",
    "imos",
    "is",
    "en",
    "i",
    "iste",
    "io",
    "isteis",
    "ieron",
    "ia",
    "ias",
    "iamos",
    "iais",
    "ian",
    "a",
    "as",
    "amos",
    "ais",
    "an",
    "iera",
    "ieras",
    "ieramos",
    "ierais",
    "ieran",
    "iese",
    "ieses",
    "iesen",
    "id",
    "iendo",
    "ido",
    "ida",
    "idos",
    "idas",
    "ir",
  ],
};
/** Future and conditional endings, added to the infinitive (or an irregular future stem). */
const FUTURE = ["e", "as", "a", "emos", "eis", "an", "ia", "ias", "iamos", "iais", "ian"];
/** Irregular preterite endings ("tuve", "tuvo") and the subjunctive built on them ("tuviera"). */
const STRONG_PRETERITE = [
  "e",
  "iste",
  "o",
  "imos",
  "isteis",
  "ieron",
  "eron",
  "iera",
  "ieras",
  "ieramos",
  "ieran",
  "iese",
  "iesen",
];
/** Pronouns attached to infinitives, gerunds and imperatives: "quejarse", "cuidandote", "callate". */
const CLITICS = ["se", "te", "me", "nos", "lo", "la", "le", "los", "las", "les"];

/**
 * Spelling changes that keep a consonant's sound before another vowel: buscar → busque, pagar → pague,
 * organizar → organice, vencer → venza, proteger → proteja, seguir → siga, destruir → destruye.
 */
function respell(stem: string, ending: string, conjugation: Conjugation): string {
  const front = /^[ei]/.test(ending);
  if (conjugation === "ar" && /^e/.test(ending)) {
    if (stem.endsWith("c")) return `${stem.slice(0, -1)}qu${ending}`;
    if (stem.endsWith("g")) return `${stem}u${ending}`;
    if (stem.endsWith("z")) return `${stem.slice(0, -1)}c${ending}`;
  }
  if (conjugation !== "ar" && !front) {
    if (stem.endsWith("gu")) return `${stem.slice(0, -1)}${ending}`;
    if (/[^aeiou]c$/.test(stem)) return `${stem.slice(0, -1)}z${ending}`;
    if (stem.endsWith("g")) return `${stem.slice(0, -1)}j${ending}`;
  }
  // -uir verbs insert "y" before a, e, o: destruyo, destruye, destruyen, destruyendo.
  if (conjugation === "ir" && stem.endsWith("u") && !stem.endsWith("gu") && !ending.startsWith("i"))
    return `${stem}y${ending}`;
  // An unstressed "i" between vowels becomes "y": leyendo, cayeron, destruyeron (not siguieron).
  if (/(?:[aeo]|[^gq]u)$/.test(stem) && /^ie/.test(ending)) return `${stem}y${ending.slice(1)}`;
  return stem + ending;
}

/** The stems a verb's forms are built on: its own, a changed stem ("pierd"), and "ped" → "pid". */
function stemsOf(verb: string, stem: string): string[] {
  const stems = [stem];
  const change = STEM_CHANGES[verb] ?? baseOf(verb, STEM_CHANGES)?.[1];
  if (!change) return stems;
  const vowel = change === "ue" ? (stem.includes("u") && verb.endsWith("gar") ? "u" : "o") : "e";
  const at = stem.lastIndexOf(vowel);
  if (at < 0) return stems;
  const swap = (to: string) => stem.slice(0, at) + to + stem.slice(at + 1);
  stems.push(swap(change === "ue" && vowel === "o" && at === 0 ? "hue" : change));
  // Third-conjugation stem changers also raise the vowel: pidió, sintieron, durmiendo.
  if (verb.endsWith("ir")) stems.push(swap(vowel === "o" ? "u" : "i"));
  return stems;
}

/** The verb `verb` is a compound of in `table` ("mantener" of "tener"), with the table's value. */
function baseOf<T>(verb: string, table: Readonly<Record<string, T>>): [string, T] | undefined {
  // Bases are 3 to 7 letters long: try each suffix of the verb rather than each entry of the table.
  for (let length = Math.min(7, verb.length - 1); length >= 3; length--) {
    const base = verb.slice(-length);
    const value = table[base];
    if (value !== undefined) return [base, value];
  }
  return undefined;
}

function verbForms(verb: string): Set<string> {
  const conjugation = verb.slice(-2) as Conjugation;
  const stem = verb.slice(0, -2);
  const forms = new Set<string>();
  // One-letter stems (ser, ir, dar, ver) would make function words ("de", "se"): their table has every form.
  const regular = stem.length >= 2;
  if (regular)
    for (const s of stemsOf(verb, stem))
      for (const ending of ENDINGS[conjugation]) forms.add(respell(s, ending, conjugation));
  // Verbs in -cer/-cir after a vowel insert "z": conozco, agradezca, fortalezcan; -ducir: conduje.
  if (/[aeiou]c$/.test(stem) && conjugation !== "ar") {
    const zc = `${stem.slice(0, -1)}zc`;
    for (const ending of ["o", "a", "as", "amos", "ais", "an"]) forms.add(zc + ending);
    if (verb.endsWith("ducir"))
      for (const ending of STRONG_PRETERITE) forms.add(`${stem.slice(0, -1)}j${ending}`);
  }
  let future = verb;
  const irregular = IRREGULAR[verb];
  const compound = irregular ? undefined : baseOf(verb, IRREGULAR_BASES);
  const rules = irregular ?? (compound ? IRREGULAR[compound[0]] : undefined);
  const prefix = compound ? verb.slice(0, -compound[0].length) : "";
  if (rules) {
    for (const form of rules.forms ?? []) forms.add(prefix + form);
    if (rules.preterite) for (const ending of STRONG_PRETERITE) forms.add(prefix + rules.preterite + ending);
    if (rules.future) future = prefix + rules.future;
    if (rules.yo)
      for (const ending of ["o", "a", "as", "amos", "ais", "an"]) forms.add(prefix + rules.yo + ending);
  }
  const futureStem = future.endsWith("r") && future !== verb ? future : verb;
  for (const ending of FUTURE) forms.add(futureStem + ending);
  if (futureStem !== verb) for (const ending of FUTURE) forms.add(verb + ending);
  // Enclitic pronouns on the infinitive, the gerund and the imperatives: quejarse, cuidandote, callate,
  // quedese, aguantense, quejemonos.
  const hosts = new Set([verb]);
  const imperatives =
    conjugation === "ar" ? ["a", "e", "en", "emos", "ando"] : ["e", "a", "an", "amos", "iendo"];
  if (regular)
    for (const s of stemsOf(verb, stem))
      for (const ending of imperatives) hosts.add(respell(s, ending, conjugation));
  for (const host of hosts) {
    for (const clitic of CLITICS) forms.add(host + clitic);
    if (host.endsWith("mos")) forms.add(`${host.slice(0, -1)}nos`);
  }
  // Nouns spelled like infinitives ("poder", "deber", "placer") take a plural.
  forms.add(`${verb}es`);
  return forms;
}

function nominalForms(word: string): Set<string> {
  const forms = new Set([word]);
  const add = (...list: string[]) => {
    for (const form of list) forms.add(form);
  };
  if (/[aeiou]$/.test(word)) {
    add(`${word}s`);
    if (word.endsWith("o") || word.endsWith("a")) {
      // A lemma in -o (the masculine, as dictionaries write adjectives) has a feminine; one in -a is a
      // feminine noun ("plaza" has no "plazo").
      const stem = word.slice(0, -1);
      const genders = word.endsWith("o") ? ["o", "a"] : ["a"];
      // Diminutives, common in colloquial copy: flojito, blanditas.
      const small = stem.endsWith("c") ? `${stem.slice(0, -1)}qu` : stem.endsWith("g") ? `${stem}u` : stem;
      for (const gender of genders)
        add(stem + gender, `${stem}${gender}s`, `${small}it${gender}`, `${small}it${gender}s`);
    }
    if (word.endsWith("e")) add(`${word.slice(0, -1)}a`, `${word.slice(0, -1)}as`);
  } else if (word.endsWith("z")) {
    add(`${word.slice(0, -1)}ces`);
  } else {
    add(`${word}es`);
    // Nouns and adjectives in -or, -on, -in, -an have a feminine: trabajadora, llorona, holgazana.
    if (/(?:or|on|in|an|es)$/.test(word)) add(`${word}a`, `${word}as`);
  }
  return forms;
}

const cache = new Map<string, readonly string[]>();

/** Every form of a Spanish lemma, accent-free: a verb's conjugation, or a noun's or adjective's forms. */
export function spanishForms(lemma: string): readonly string[] {
  let forms = cache.get(lemma);
  if (forms) return forms;
  const reflexive = /(?:ar|er|ir)se$/.test(lemma);
  const word = reflexive ? lemma.slice(0, -2) : lemma;
  const verb = IRREGULAR[word] !== undefined || (/(?:ar|er|ir)$/.test(word) && word.length > 2);
  const set = verb ? verbForms(word) : nominalForms(word);
  set.add(lemma);
  forms = [...set];
  cache.set(lemma, forms);
  return forms;
}
