/**
 * How long `check` takes on 1k, 10k and 100k words of campaign-like copy (all checks on).
 * Target: under 50 ms for 10k words after warm-up, growing linearly. Run with `pnpm bench`.
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { check } from "../src/index.js";
import { loadCorpus } from "../test/corpus/score.js";

const sentences = loadCorpus()
  .filter((entry) => !entry.context || entry.context === "body")
  .map((entry) => entry.text.replace(/\s+/g, " "));

function documentOf(words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const sentence = sentences[index % sentences.length]!;
    parts.push(sentence);
    count += sentence.split(" ").length;
    if (index % 6 === 5) parts.push("\n\n");
  }
  return parts.join(" ");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const rows: Array<{ words: number; ms: number; perThousand: number; findings: number }> = [];
for (const words of [1_000, 10_000, 100_000]) {
  const text = documentOf(words);
  const actualWords = text.split(/\s+/).filter(Boolean).length;
  const run = () => check(text, { locale: "en", audience: "clinicians" });
  for (let warm = 0; warm < 5; warm++) run();
  const runs = words >= 100_000 ? 7 : 25;
  const times: number[] = [];
  let findings = 0;
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    findings = run().length;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  rows.push({ words: actualWords, ms, perThousand: (ms / actualWords) * 1000, findings });
}

console.log(
  `Language checker speed — ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}`,
);
console.log("| words | median ms | ms per 1k words | findings |");
console.log("| ---: | ---: | ---: | ---: |");
for (const row of rows) {
  console.log(
    `| ${row.words.toLocaleString("en-US")} | ${row.ms.toFixed(2)} | ${row.perThousand.toFixed(2)} | ${row.findings} |`,
  );
}
const tenK = rows[1]!;
console.log(
  tenK.ms < 50
    ? `✔ 10k words in ${tenK.ms.toFixed(1)} ms (< 50 ms)`
    : `✖ 10k words took ${tenK.ms.toFixed(1)} ms (target < 50 ms)`,
);
if (tenK.ms >= 50) process.exitCode = 1;
