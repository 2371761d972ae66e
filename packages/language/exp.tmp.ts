import { readdirSync } from "node:fs";
import { rulesFor } from "./src/rules/index.js";
import { compileRules, findMatches } from "./src/matcher.js";
import { tokenize } from "./src/tokenize.js";
import { loadCorpusFile } from "./test/corpus/score.js";
const dir = "test/corpus";
const files = [...readdirSync(dir).filter((f) => f.endsWith(".yaml")), ...readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith("blind-9")).flatMap((d) => readdirSync(`${dir}/${d.name}`).filter((f) => f.endsWith(".yaml")).map((f) => `${d.name}/${f}`))];
for (const locale of ["en", "es"] as const) {
  const docs = files.filter((f) => f.includes(`${locale}-`)).flatMap((f) => loadCorpusFile(f).map((e) => tokenize(e.text)));
  let dead = 0;
  for (const rule of rulesFor(locale)) {
    rule.patterns.forEach((pattern, i) => {
      const single = { ...rule, patterns: [pattern], requireInSentence: undefined, requireAlsoInSentence: undefined, unlessInSentence: undefined, requireAfter: undefined, requireBefore: undefined, unlessAfter: undefined, unlessBefore: undefined, unlessNegated: undefined, unlessAffirmed: undefined, contexts: undefined, anchor: undefined, fallback: undefined };
      const compiled = compileRules([single as any], locale);
      const n = docs.reduce((sum, doc) => sum + findMatches(compiled, doc, () => true).length, 0);
      if (n === 0) { dead++; console.log(locale, rule.id, "#" + i, pattern.slice(0, 140)); }
    });
  }
  console.log(locale, "patterns never matching any corpus sentence:", dead);
}
