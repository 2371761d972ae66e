import { CATEGORIES, check } from "./src/index.js";
import { type CorpusEntry, contextOf, loadCorpusFile, score } from "./test/corpus/score.js";

const FAMILIES = [...CATEGORIES, "evidence"];
const [file, locale] = process.argv.slice(2) as [string, "en" | "es"];
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
  `## ${file}: ${entries.length} sentences; precision ${pct(all.precision)}, recall ${pct(all.recall)} (${all.expected} spans, ${all.falseNegatives} missed, ${all.falsePositives} false alarms)`,
);
for (const family of FAMILIES) {
  const only = entries
    .filter((e) => e.flags?.some(([c]) => c === family))
    .map((e) => ({ ...e, flags: e.flags!.filter(([c]) => c === family) }));
  const r = score(only, detect);
  console.log(`| ${family} | ${r.expected} | ${r.expected - r.falseNegatives} | ${pct(r.recall)} |`);
}
