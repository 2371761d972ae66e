#!/usr/bin/env node
// Benchmark: validate 1,000 generated campaign files (copies of the seed campaigns with new ids)
// against the real library, in-process and through the CLI pinned to one core.
// Run with `pnpm bench` from the repo root (builds first). Results go in docs/benchmarks.md by hand.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { approvalFingerprint } from "../dist/index.js";
import { loadContent } from "../dist/node.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const COUNT = 1000;

const work = await mkdtemp(path.join(tmpdir(), "chorus-bench-"));
// Removed on every exit, a failed check included: each run writes 7 MiB of copies.
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const root = path.join(work, "campaigns");
await cp(path.join(repo, "campaigns/_library"), path.join(root, "_library"), { recursive: true });
await cp(path.join(repo, "campaigns/_partners"), path.join(root, "_partners"), { recursive: true });
// The seeds must be valid themselves, so that any diagnostic below comes from the copies.
const seedLoad = await loadContent(path.join(repo, "campaigns"));
if (seedLoad.diagnostics.some((d) => d.severity === "error")) {
  throw new Error(`the seed campaigns do not validate:\n${describe(seedLoad.diagnostics)}`);
}
const validatedSeeds = new Map(seedLoad.content.campaigns.map(({ campaign }) => [campaign.id, campaign]));
const seeds = [];
for (const name of (await readdir(path.join(repo, "campaigns"))).sort()) {
  if (name.startsWith("_") || name.includes(".")) continue;
  const campaign = validatedSeeds.get(name);
  if (!campaign) throw new Error(`campaigns/${name}/campaign.yaml did not load as campaign "${name}"`);
  seeds.push({
    id: name,
    campaign,
    text: await readFile(path.join(repo, "campaigns", name, "campaign.yaml"), "utf8"),
  });
}
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const seed = seeds[i % seeds.length];
  const id = `${seed.id}-${i}`;
  let text = replaceLine(seed.text, /^id: .*$/m, `id: ${id}`);
  // An approval covers the campaign's id, so a copy under a new id needs its own fingerprint: computed
  // as the builder does on approval, and checked by loadContent like any other approved campaign.
  if (seed.campaign.approval?.fingerprint) {
    const fingerprint = approvalFingerprint({ ...seed.campaign, id });
    text = replaceLine(text, /^( +fingerprint: ).*$/m, `$1${fingerprint}`);
  }
  bytes += text.length;
  await mkdir(path.join(root, id), { recursive: true });
  await writeFile(path.join(root, id, "campaign.yaml"), text);
}

function replaceLine(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`no line matches ${pattern} in a seed campaign`);
  return text.replace(pattern, replacement);
}

function describe(diagnostics) {
  const shown = diagnostics
    .slice(0, 5)
    .map((d) => `  ${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
  if (diagnostics.length > shown.length) shown.push(`  … and ${diagnostics.length - shown.length} more`);
  return shown.join("\n");
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
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (content.campaigns.length !== COUNT || errors.length > 0) {
    throw new Error(
      `expected ${COUNT} valid campaigns, got ${content.campaigns.length} campaigns and ${errors.length} errors:\n${describe(errors)}`,
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
  let report;
  try {
    report = JSON.parse(
      execFileSync(command, args, { stdio: "pipe", maxBuffer: 64 * 1024 * 1024 }).toString(),
    );
  } catch (error) {
    const failed = error.stdout ? JSON.parse(error.stdout.toString()) : undefined;
    if (!failed) throw error;
    throw new Error(`chorus validate found ${failed.errors} errors:\n${describe(failed.diagnostics)}`);
  }
  endToEnd.push(performance.now() - start);
  if (!report.valid)
    throw new Error(`chorus validate reported invalid content:\n${describe(report.diagnostics)}`);
}

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
