/**
 * Scores the tuning sets, the held-out sets, the SPENT blind sets 3–29 and the training sets 7–20 with the
 * checker as it stands, per family: `pnpm exec tsx scripts/score-sets.ts [--misses] [--no-model] [--only=<file
 * part>]`. The file list is explicit: a blind set that has not been scored yet (blind-30 and later) is never
 * opened here.
 */
import { CATEGORIES, type CheckOptions, check } from "../src/index.js";
import { MEANING_FAMILIES, modelRuleId } from "../src/meaning/layer.js";
import { type CorpusEntry, contextOf, loadCorpusFile, type Score, score } from "../test/corpus/score.js";

type ScoredSet = {
  file: string;
  locale: "en" | "es";
  evidence: boolean;
  kind: "tuning" | "held-out" | "spent blind" | "training";
};
const SETS: ScoredSet[] = [
  { file: "en-positive.yaml", locale: "en", evidence: false, kind: "tuning" },
  { file: "en-negative.yaml", locale: "en", evidence: false, kind: "tuning" },
  { file: "en-tuning-3.yaml", locale: "en", evidence: true, kind: "tuning" },
  { file: "en-tuning-4.yaml", locale: "en", evidence: true, kind: "tuning" },
  { file: "en-tuning-5.yaml", locale: "en", evidence: true, kind: "tuning" },
  { file: "es-tuning.yaml", locale: "es", evidence: false, kind: "tuning" },
  { file: "es-tuning-3.yaml", locale: "es", evidence: true, kind: "tuning" },
  { file: "es-tuning-4.yaml", locale: "es", evidence: true, kind: "tuning" },
  { file: "es-tuning-5.yaml", locale: "es", evidence: true, kind: "tuning" },
  { file: "en-holdout.yaml", locale: "en", evidence: false, kind: "held-out" },
  { file: "en-holdout-2.yaml", locale: "en", evidence: false, kind: "held-out" },
  { file: "es-holdout.yaml", locale: "es", evidence: false, kind: "held-out" },
  { file: "es-holdout-2.yaml", locale: "es", evidence: false, kind: "held-out" },
  ...(
    [
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "20",
      "21",
      "22",
      "23",
      "24",
      "25",
      "26",
      "27",
      "28",
      "29",
    ] as const
  ).flatMap((n) =>
    (["en", "es"] as const).map(
      (locale): ScoredSet => ({
        file: `blind-${n}/${locale}-blind-${n}.yaml`,
        locale,
        evidence: true,
        kind: "spent blind",
      }),
    ),
  ),
  ...(["en", "es"] as const).flatMap((locale) =>
    (
      [
        "7a",
        "7b",
        "7c",
        "7d",
        "8a",
        "8b",
        "9a",
        "9b",
        "10a",
        "11a",
        "12a",
        "13a",
        "14a",
        "14b",
        "15a",
        "16a",
        "16b",
        "17a",
        "17b",
        "18a",
        "18b",
        "19a",
        "20a",
        "20b",
      ] as const
    ).map(
      (writer): ScoredSet => ({
        file: `train-${writer.slice(0, -1)}/${locale}-train-${writer}.yaml`,
        locale,
        evidence: true,
        kind: "training",
      }),
    ),
  ),
];

const showMisses = process.argv.includes("--misses");
/** `--no-model`: the rules alone, without the meaning model. */
const disable = process.argv.includes("--no-model") ? MEANING_FAMILIES.map(modelRuleId) : [];
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice(7);
const pct = (n: number) => `${(n * 100).toFixed(1)}`;
const FAMILIES = [...CATEGORIES, "evidence"];

console.log(`| set | kind | P | R | spans | missed | false alarms | ${FAMILIES.join(" | ")} |`);
for (const set of SETS) {
  if (only && !set.file.includes(only)) continue;
  const entries = loadCorpusFile(set.file);
  const options = (entry: CorpusEntry): CheckOptions => ({
    locale: set.locale,
    audience: "public",
    context: contextOf(entry),
    readability: false,
    evidence: set.evidence ? {} : false,
    disable,
  });
  const detect = (entry: CorpusEntry) =>
    check(entry.text, options(entry)).map((d) => ({ start: d.start, end: d.end, category: d.category }));
  const all: Score = score(entries, detect);
  const perFamily = FAMILIES.map((family) => {
    const flagged = entries
      .filter((e) => e.flags?.some(([c]) => c === family))
      .map((e) => ({ ...e, flags: e.flags!.filter(([c]) => c === family) }));
    if (flagged.length === 0) return "–";
    const r = score(flagged, detect);
    return `${r.expected - r.falseNegatives}/${r.expected}`;
  });
  console.log(
    `| ${set.file} | ${set.kind} | ${pct(all.precision)} | ${pct(all.recall)} | ${all.expected} | ${all.falseNegatives} | ${all.falsePositives} | ${perFamily.join(" | ")} |`,
  );
  if (showMisses) {
    for (const miss of all.misses)
      console.log(`    miss ${JSON.stringify(miss.span)} in ${JSON.stringify(miss.text)}`);
    for (const alarm of all.falseAlarms)
      console.log(`    FALSE ${JSON.stringify(alarm.span)} in ${JSON.stringify(alarm.text)}`);
  }
}
