import { check } from "./src/check.js";
import { contextOf, expectedSpans, loadCorpusFile } from "./test/corpus/score.js";
import { TRAINING_FILES } from "./scripts/meaning-model-training.js";
const counts: Record<string, Record<string, number>> = {};
const ov = (a: any, b: any) => a.start < b.end && b.start < a.end;
for (const locale of ["en", "es"] as const)
  for (const file of TRAINING_FILES[locale]) {
    for (const entry of loadCorpusFile(file)) {
      const spans = expectedSpans(entry);
      const found = check(entry.text, { locale, audience: "public", context: contextOf(entry), readability: false, evidence: {} });
      for (const f of found) {
        if (spans.some((s) => ov(s, f))) continue;
        const sameFamilyMissed = spans.some((s) => s.category === f.category && !found.some((g) => ov(g, s)));
        const key = `${locale} ${f.category}`;
        counts[key] ??= { falseAlarm: 0, positional: 0 };
        counts[key].falseAlarm++;
        if (sameFamilyMissed) { counts[key].positional++; if (process.argv[2] === f.category) console.log(f.ruleId, "|", entry.text.slice(f.start, f.end), "|", spans.map((s) => entry.text.slice(s.start, s.end)).join(" / ")); }
      }
    }
  }
console.log(counts);
