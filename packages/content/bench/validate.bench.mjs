#!/usr/bin/env node
// Benchmark: validate 1,000 generated campaign files (copies of the seed campaigns with new ids)
// against the real library, in-process and through the CLI pinned to one core.
// Run with `pnpm bench` from the repo root (builds first). Results go in docs/benchmarks.md by hand.
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "../dist/node.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const COUNT = 1000;

const work = await mkdtemp(path.join(tmpdir(), "chorus-bench-"));
const root = path.join(work, "campaigns");
await cp(path.join(repo, "campaigns/_library"), path.join(root, "_library"), { recursive: true });
await cp(path.join(repo, "campaigns/_partners"), path.join(root, "_partners"), { recursive: true });
const seeds = [];
for (const name of (await readdir(path.join(repo, "campaigns"))).sort()) {
  if (name.startsWith("_") || name.includes(".")) continue;
  seeds.push({ id: name, text: await readFile(path.join(repo, "campaigns", name, "campaign.yaml"), "utf8") });
}
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const seed = seeds[i % seeds.length];
  const id = `${seed.id}-${i}`;
  const text = seed.text.replace(new RegExp(`^id: ${seed.id}$`, "m"), `id: ${id}`);
  bytes += text.length;
  await mkdir(path.join(root, id), { recursive: true });
  await writeFile(path.join(root, id, "campaign.yaml"), text);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
}

// Warm-up, then timed in-process runs.
await loadContent(root);
const inProcess = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const { diagnostics, content } = await loadContent(root);
  inProcess.push(performance.now() - start);
  if (content.campaigns.length !== COUNT || diagnostics.some((d) => d.severity === "error")) {
    throw new Error(
      `expected ${COUNT} valid campaigns, got ${content.campaigns.length} and ${diagnostics.length} diagnostics`,
    );
  }
}

// Whole CLI process (node start-up included), pinned to one core when taskset exists.
const cli = path.join(repo, "packages/cli/dist/bin.js");
let pin = [];
try {
  execFileSync("taskset", ["-c", "0", "true"]);
  pin = ["taskset", "-c", "0"];
} catch {}
const endToEnd = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const [command, ...args] = [...pin, process.execPath, cli, "validate", root, "--format", "json"];
  execFileSync(command, args, { stdio: "pipe" });
  endToEnd.push(performance.now() - start);
}
await rm(work, { recursive: true, force: true });

const a = stats(inProcess);
const b = stats(endToEnd);
console.log(
  `validate: ${COUNT} campaign files (${(bytes / 1024 / 1024).toFixed(1)} MiB) + library + partners`,
);
console.log(`  machine: ${cpus()[0]?.model} × ${cpus().length}, node ${process.version}`);
console.log(
  `  in-process loadContent: median ${a.median.toFixed(0)} ms (min ${a.min.toFixed(0)}, max ${a.max.toFixed(0)})`,
);
console.log(
  `  chorus validate CLI${pin.length ? " on one core" : ""}: median ${b.median.toFixed(0)} ms (min ${b.min.toFixed(0)}, max ${b.max.toFixed(0)}) — goal < 2000 ms`,
);
