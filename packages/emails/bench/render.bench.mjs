#!/usr/bin/env node
// Benchmark: personalized newsletter renders per second, full React render vs the fast path
// (render the HTML once and substitute escaped fields per recipient; the plain text is written per
// recipient). Re-runs itself pinned to one core.
import { execFileSync, spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { prepareMaterial, renderMaterial } from "../dist/index.js";

if (!process.env.CHORUS_BENCH_PINNED) {
  let pinned = false;
  try {
    execFileSync("taskset", ["-c", "0", "true"]);
    pinned = true;
  } catch {}
  const args = [fileURLToPath(import.meta.url)];
  const run = pinned
    ? spawnSync("taskset", ["-c", "0", process.execPath, ...args], {
        stdio: "inherit",
        env: { ...process.env, CHORUS_BENCH_PINNED: "1" },
      })
    : spawnSync(process.execPath, args, {
        stdio: "inherit",
        env: { ...process.env, CHORUS_BENCH_PINNED: "0" },
      });
  process.exit(run.status ?? 1);
}

const { content } = await loadContent(fileURLToPath(new URL("../../../campaigns", import.meta.url)));
const target = content.campaigns
  .flatMap(({ campaign }) => campaign.materials.map((material) => ({ campaign, material })))
  .find(
    ({ material }) =>
      material.kind === "email" && material.template === "newsletter" && material.personalization.length > 0,
  );
if (!target) throw new Error("no personalized newsletter in campaigns/");
const args = [content, target.campaign.id, target.material.id, "example-health"];
const recipient = (i) => ({ email: `clinician${i}@example.org`, firstName: `Clinician ${i}` });

function rate(count, ms) {
  return Math.round((count / ms) * 1000);
}

// Full render: React for every recipient.
for (let i = 0; i < 20; i++) await renderMaterial(...args, { recipient: recipient(i) });
const fullCount = 300;
let start = performance.now();
for (let i = 0; i < fullCount; i++) await renderMaterial(...args, { recipient: recipient(i) });
const fullMs = performance.now() - start;

// Fast path: one React render, then string substitution (and the plain text) per recipient.
start = performance.now();
const prepared = await prepareMaterial(...args);
const prepareMs = performance.now() - start;
for (let i = 0; i < 1000; i++) prepared.forRecipient(recipient(i));
const fastCount = 20000;
start = performance.now();
let bytes = 0;
for (let i = 0; i < fastCount; i++) bytes += prepared.forRecipient(recipient(i)).html.length;
const fastMs = performance.now() - start;

console.log(
  `email render: ${target.campaign.id}/${target.material.id} (newsletter, personalized), partner example-health`,
);
console.log(
  `  machine: ${cpus()[0]?.model}, node ${process.version}, ${process.env.CHORUS_BENCH_PINNED === "1" ? "pinned to one core (taskset -c 0)" : "not pinned"}`,
);
console.log(
  `  full render (React per recipient): ${rate(fullCount, fullMs)} emails/s (${(fullMs / fullCount).toFixed(2)} ms each)`,
);
console.log(
  `  fast path: prepare ${prepareMs.toFixed(0)} ms once, then ${rate(fastCount, fastMs)} emails/s (${((fastMs / fastCount) * 1000).toFixed(0)} µs each, ${(bytes / fastCount / 1024).toFixed(1)} KB HTML) — goal ≥ 2,000/s`,
);
