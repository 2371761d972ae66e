#!/usr/bin/env node
// `pnpm test`: lint, type-check and test every package through turbo, check the real campaigns, test these
// scripts, then print one "N passed, N failed" line summed from the JSON reports (scripts/test-summary.mjs).
// Each step's outcome goes to reports/test-steps.json before and after it runs, so the summary (here and the
// one .ci/run prints last) counts a failed or unfinished step even when every report reads clean.
import { spawn } from "node:child_process";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  E2E_TASK,
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
// Steps run side by side: their records are written one after another, each the whole list as it is then.
let recorded = Promise.resolve();
const record = () => {
  recorded = recorded.then(() =>
    writeFile(path.join(root, STEPS_FILE), `${JSON.stringify({ steps }, null, 2)}\n`),
  );
  return recorded;
};

/** Runs one step; `reports` are the reports it writes, where its failures show up. */
async function step(title, command, args, reports = []) {
  const entry = { title, status: "running", exit: null, reports };
  steps.push(entry);
  await record();
  const ok = await run(title, command, args);
  entry.status = ok.status;
  entry.exit = ok.exit;
  await record();
  return ok.status === "passed";
}

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
    const done = (status, signal, error) => {
      const exit = status ?? signal ?? error?.code;
      if (status !== 0) console.error(`✖ ${title} failed (exit ${exit})`);
      resolve({ status: status === 0 ? "passed" : "failed", exit });
    };
    child.on("error", (error) => done(null, null, error));
    child.on("exit", (status, signal) => done(status, signal));
  });
}

const turbo = (...args) => ["exec", "turbo", "run", ...args, "--output-logs=errors-only"];
const reports = await expectedReports(root);
const reportsOf = (e2e) =>
  reports
    .filter((report) => report.name !== null && report.name !== SCRIPTS_REPORT)
    .filter((report) => report.source.endsWith(` ${E2E_TASK}`) === e2e)
    .map((report) => report.name);

// Every package the tests use is built first, two at a time. Then, side by side: the apps' browser walks
// (about ten minutes; two files at once, as they mostly wait on the browser), lint and type-check one task at
// a time, and every other test two at a time. Before, the walks waited for a free slot behind everything else
// and started after ten minutes.
let ok = await step("build the packages", "pnpm", turbo("build", "--filter=./packages/*", "--concurrency=2"));
const lanes = await Promise.all([
  step("browser walks of the apps", "pnpm", turbo(E2E_TASK, "--only", "--continue"), reportsOf(true)),
  step(
    "lint and type-check",
    "pnpm",
    turbo("lint", "typecheck", "//#lint:repo", "--only", "--continue", "--concurrency=1"),
  ),
  step(
    "test every package",
    "pnpm",
    turbo(...TEST_TASKS.filter((task) => task !== E2E_TASK), "--only", "--continue", "--concurrency=2"),
    reportsOf(false),
  ),
]);
ok = lanes.every(Boolean) && ok;
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
ok =
  (await run("sum test reports", process.execPath, ["scripts/test-summary.mjs"])).status === "passed" && ok;
process.exit(ok ? 0 : 1);
