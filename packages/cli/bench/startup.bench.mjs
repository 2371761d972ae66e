#!/usr/bin/env node
// Benchmark: how long `chorus` takes to start, against a bare `node -e 0`. Commands load lazily, so
// `chorus --help` and `chorus check` (an editor checking a paragraph) should cost at most twice a bare
// Node start. The three commands run in turn, 15 rounds after 2 warm-up rounds, so a busy machine slows
// all three alike; the medians and their ratios are printed, and the run fails above the budget.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BUDGET = 2;
const ROUNDS = 15;
const WARM_UP = 2;
const cliDir = fileURLToPath(new URL("..", import.meta.url));
// CHORUS_BENCH_BIN measures another build, e.g. one from before a change.
const bin = path.resolve(cliDir, process.env.CHORUS_BENCH_BIN ?? "dist/bin.js");
if (!existsSync(bin)) {
  console.error(`startup bench: ${bin} is missing; run "pnpm --filter @chorus/cli build" first`);
  process.exit(1);
}

const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "chorus --help", args: [bin, "--help"] },
  { name: "chorus check", args: [bin, "check", "--locale", "en", "--format", "json"], input: "text\n" },
];

function runOnce({ name, args, input }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: cliDir, input, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    console.error(`startup bench: ${name} exited ${result.status}\n${result.stderr}`);
    process.exit(1);
  }
  return ms;
}

const times = new Map(cases.map(({ name }) => [name, []]));
for (let round = 0; round < WARM_UP + ROUNDS; round++) {
  for (const entry of cases) {
    const ms = runOnce(entry);
    if (round >= WARM_UP) times.get(entry.name).push(ms);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const bare = median(times.get("node -e 0"));
console.log(`${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}`);
console.log(`median of ${ROUNDS} runs each, interleaved, after ${WARM_UP} warm-up rounds\n`);
let over = false;
for (const { name } of cases) {
  const ms = median(times.get(name));
  const ratio = ms / bare;
  const missed = ratio > BUDGET;
  const verdict = name === "node -e 0" ? "" : missed ? `  over the ${BUDGET}× budget` : "  ok";
  if (missed) over = true;
  console.log(`${name.padEnd(14)} ${ms.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}×${verdict}`);
}
process.exit(over ? 1 : 0);
