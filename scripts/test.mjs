#!/usr/bin/env node
// `pnpm test`: lint, type-check and test every package through turbo, check the real campaigns, test these
// scripts, then print one "N passed, N failed" line summed from the JSON reports (scripts/test-summary.mjs).
// Each step's outcome goes to reports/test-steps.json before and after it runs, so the summary (here and the
// one .ci/run prints last) counts a failed or unfinished step even when every report reads clean.
import { spawnSync } from "node:child_process";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  expectedReports,
  SCRIPTS_REPORT,
  STEPS_FILE,
  scriptTestFiles,
  TEST_TASKS,
  WORKSPACE_GROUPS,
} from "./test-summary.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

// Stale reports from an earlier run must not be counted (turbo restores fresh ones on a cache hit).
const reportDirs = ["reports"];
for (const group of WORKSPACE_GROUPS) {
  for (const name of await readdir(path.join(root, group)).catch(() => [])) {
    reportDirs.push(path.join(group, name, "reports"));
  }
}
for (const dir of reportDirs) await rm(path.join(root, dir), { recursive: true, force: true });
await mkdir(path.join(root, path.dirname(STEPS_FILE)), { recursive: true });

const steps = [];
const record = () => writeFile(path.join(root, STEPS_FILE), `${JSON.stringify({ steps }, null, 2)}\n`);

/** Runs one step; `reports` are the reports it writes, where its failures show up. */
async function step(title, command, args, reports = []) {
  const entry = { title, status: "running", exit: null, reports };
  steps.push(entry);
  await record();
  const ok = run(title, command, args);
  entry.status = ok.status;
  entry.exit = ok.exit;
  await record();
  return ok.status === "passed";
}

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  const exit = result.status ?? result.signal ?? result.error?.code;
  if (result.status !== 0) console.error(`✖ ${title} failed (exit ${exit})`);
  return { status: result.status === 0 ? "passed" : "failed", exit };
}

const packageReports = (await expectedReports(root))
  .map((report) => report.name)
  .filter((name) => name !== null && name !== SCRIPTS_REPORT);
let ok = await step(
  "lint, type-check and test every package",
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "lint",
    "typecheck",
    ...TEST_TASKS,
    "//#lint:repo",
    "--continue",
    // Two cores: more parallel tasks only make the browser tests wait on each other.
    "--concurrency=3",
    "--output-logs=errors-only",
  ],
  packageReports,
);
ok = (await step("validate campaigns/", process.execPath, ["scripts/chorus.mjs", "validate"])) && ok;
ok = (await step("lint the wording of campaigns/", process.execPath, ["scripts/chorus.mjs", "lint"])) && ok;
// Named files only: with none, `node --test` would run every test file it finds in the repository.
const scriptTests = await scriptTestFiles(root);
if (scriptTests.length > 0) {
  const reporters = [
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=./scripts/node-test-json-reporter.mjs",
    `--test-reporter-destination=${SCRIPTS_REPORT}`,
  ];
  const args = ["--test", ...reporters, ...scriptTests];
  ok = (await step("test scripts/", process.execPath, args, [SCRIPTS_REPORT])) && ok;
}

// The summary reads the steps record, so it is not a step of its own.
console.log("\n▶ summary");
ok = run("sum test reports", process.execPath, ["scripts/test-summary.mjs"]).status === "passed" && ok;
process.exit(ok ? 0 : 1);
