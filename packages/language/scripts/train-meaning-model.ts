/**
 * Trains the meaning model offline and writes `src/meaning/model-weights.ts`:
 * `pnpm exec tsx scripts/train-meaning-model.ts` (a few seconds). Prints the cross-validated precision and
 * recall per family and locale. See `scripts/meaning-model-training.ts` for the data and the method.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { moduleText, trainAll } from "./meaning-model-training.js";

const started = performance.now();
const trained = trainAll();
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
console.log(
  "| locale | family | threshold | model findings (CV) | precision | family recall, rules | rules + model |",
);
console.log("|---|---|---:|---:|---:|---:|---:|");
for (const r of trained.reports) {
  console.log(
    `| ${r.locale} | ${r.family} | ${r.threshold} | ${r.findings} | ${pct(r.precision)} (${r.right}/${r.findings}) | ${pct(r.rulesFound / r.spans)} (${r.rulesFound}/${r.spans}) | ${pct(r.withModelFound / r.spans)} (${r.withModelFound}/${r.spans}) |`,
  );
}
if (!process.argv.includes("--dry-run")) {
  writeFileSync(
    fileURLToPath(new URL("../src/meaning/model-weights.ts", import.meta.url)),
    moduleText(trained),
  );
  const sizes = Object.entries(trained.models).map(
    ([locale, families]) =>
      `${locale}: ${Object.entries(families)
        .map(([family, model]) => `${family} ${Object.keys(model.weights).length} weights`)
        .join(", ")}`,
  );
  console.log(`wrote src/meaning/model-weights.ts (${sizes.join("; ")})`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
