// Scores a blind set (test/corpus/blind-<n>/) with the checker as it stands, per family, evidence included:
// `pnpm exec tsx test/corpus/score-blind.ts 4`. A set is blind for its first run only: that run is recorded
// in docs/language-blind-<n>.md, and its lessons may then guide rules tuned on other data.
import { CATEGORIES, check } from "../../src/index.js";
import { type CorpusEntry, contextOf, loadCorpusFile, score } from "./score.js";

const FAMILIES = [...CATEGORIES, "evidence"];

const set = process.argv[2] ?? "3";
for (const [file, locale] of [
  [`blind-${set}/en-blind-${set}.yaml`, "en"],
  [`blind-${set}/es-blind-${set}.yaml`, "es"],
] as const) {
  const entries = loadCorpusFile(file);
  const detect = (entry: CorpusEntry) =>
    check(entry.text, {
      locale,
      audience: "public",
      context: contextOf(entry),
      readability: false,
      evidence: {},
    }).map((d) => ({ start: d.start, end: d.end, category: d.category }));
  const all = score(entries, detect);
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  console.log(
    `\n## ${file}: ${entries.length} sentences, ${entries.filter((e) => !e.flags?.length).length} clean`,
  );
  console.log(
    `all families: precision ${pct(all.precision)}, recall ${pct(all.recall)} (${all.expected} spans, ${all.falseNegatives} missed, ${all.falsePositives} false alarms)`,
  );
  console.log(
    "| family | spans | found | recall | false alarms in its sentences |\n|---|---:|---:|---:|---:|",
  );
  for (const family of FAMILIES) {
    // A family's sentences: those flagged in it, and the near-misses filed under it (by the writer's headers,
    // which the YAML loses), so false alarms are counted over the whole file below.
    const flagged = entries.filter((e) => e.flags?.some(([c]) => c === family));
    const only = flagged.map((e) => ({ ...e, flags: e.flags!.filter(([c]) => c === family) }));
    const result = score(only, detect);
    console.log(
      `| ${family} | ${result.expected} | ${result.expected - result.falseNegatives} | ${pct(result.recall)} | ${result.falsePositives} |`,
    );
  }
  console.log("\nmisses:");
  for (const miss of all.misses)
    console.log(`- ${JSON.stringify(miss.span)} in ${JSON.stringify(miss.text)}`);
  console.log("\nfalse alarms:");
  for (const alarm of all.falseAlarms)
    console.log(`- ${JSON.stringify(alarm.span)} in ${JSON.stringify(alarm.text)}`);
}
