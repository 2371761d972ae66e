#!/usr/bin/env node
// The line CI reads last: "N passed, N failed" (", N skipped" when any), summed from the JSON reports that
// `pnpm test` (scripts/test.mjs) leaves behind. It must never read "0 failed" when something did not run, so
// besides failed tests it counts one failure for each of:
// - an expected report that is missing or unreadable. Expected: every `--outputFile.json=reports/X.json` in the
//   TEST_TASKS scripts of a workspace package (a TEST_TASKS script without one is a failure too), and
//   SCRIPTS_REPORT when scripts/test/ holds tests;
// - a test a report lists but that never finished (numTotalTests > passed + failed + pending + todo, or a
//   test left "pending": a killed worker or process.exit), and counts that exceed numTotalTests;
// - a test file that failed outside its tests (syntax or import error, a failing hook, an empty describe) or
//   that ran no tests at all;
// - a report with no tests, or that vitest marks unsuccessful (`success: false`, a failed suite) with no
//   failure above to show for it;
// - a step of scripts/test.mjs that failed or never finished (STEPS_FILE) while none of the reports it writes
//   shows a failure: an unhandled error fails vitest's exit code but never reaches its JSON report, and lint and
//   type errors have no report. A missing STEPS_FILE is a failure: nothing says the steps ran.
// Usage: node scripts/test-summary.mjs [--quiet] [--root <dir>]. --quiet prints only the line; exits 1 when
// anything failed or nothing passed.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Workspace folders (pnpm-workspace.yaml: apps/*, packages/*). */
export const WORKSPACE_GROUPS = ["apps", "packages"];
/** The package scripts scripts/test.mjs runs through turbo that run tests. */
export const TEST_TASKS = ["test", "test:consumer", "test:e2e"];
/** The slow browser walks of an app (its whole flows in Chromium): run in a lane of their own, from the start. */
export const E2E_TASK = "test:e2e";
/** Written by scripts/test.mjs: each step's title, status and the reports it writes. */
export const STEPS_FILE = "reports/test-steps.json";
/** The node:test report of scripts/test/*.test.mjs, written through scripts/node-test-json-reporter.mjs. */
export const SCRIPTS_REPORT = "reports/scripts.json";
export const SCRIPTS_TESTS = "scripts/test";

const posix = (p) => p.split(path.sep).join("/");

/** Test files of the repository's own scripts, relative to root. */
export async function scriptTestFiles(root) {
  const names = await readdir(path.join(root, SCRIPTS_TESTS)).catch(() => []);
  return names.filter((name) => name.endsWith(".test.mjs")).map((name) => `${SCRIPTS_TESTS}/${name}`);
}

/**
 * The reports a full run must leave, derived from the workspace's package.json scripts:
 * [{ name: "packages/ui/reports/vitest.json", source: "@chorus/ui test" }], or `name: null` for a test script
 * that writes no JSON report (its tests could never be counted).
 */
export async function expectedReports(root) {
  const expected = [];
  for (const group of WORKSPACE_GROUPS) {
    const dirs = (await readdir(path.join(root, group)).catch(() => [])).sort();
    for (const dir of dirs) {
      const manifest = await readFile(path.join(root, group, dir, "package.json"), "utf8").catch(() => null);
      if (manifest === null) continue;
      const { name = `${group}/${dir}`, scripts = {} } = JSON.parse(manifest);
      for (const task of TEST_TASKS) {
        if (typeof scripts[task] !== "string") continue;
        const outputs = [...scripts[task].matchAll(/--outputFile\.json[= ]["']?([^\s"']+)/g)];
        if (outputs.length === 0) expected.push({ name: null, source: `${name} ${task}` });
        for (const [, file] of outputs) {
          expected.push({ name: posix(path.join(group, dir, file)), source: `${name} ${task}` });
        }
      }
    }
  }
  if ((await scriptTestFiles(root)).length > 0) {
    expected.push({ name: SCRIPTS_REPORT, source: `node --test ${SCRIPTS_TESTS}` });
  }
  return expected;
}

const COUNTERS = ["numTotalTests", "numPassedTests", "numFailedTests", "numPendingTests", "numTodoTests"];
// vitest's assertion statuses; "pending" (or anything else) means the test never got a result.
const FINISHED = new Set(["passed", "failed", "skipped", "todo"]);
const firstLine = (text) => String(text).trim().split("\n")[0];
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Counts one vitest JSON report (vitest 4's json reporter, or scripts/node-test-json-reporter.mjs).
 * Returns { passed, failed, skipped, notes }: `failed` includes the failures the counters alone would hide,
 * `notes` name every failure. `root` only shortens file names.
 */
export function checkReport(report, root = "") {
  if (
    !report ||
    COUNTERS.some((key) => !Number.isInteger(report[key])) ||
    !Array.isArray(report.testResults)
  ) {
    return { passed: 0, failed: 1, skipped: 0, notes: ["is not a vitest JSON report"] };
  }
  const notes = [];
  const passed = report.numPassedTests;
  const skipped = report.numPendingTests + report.numTodoTests;
  let failed = report.numFailedTests;
  let unfinished = 0;
  for (const file of report.testResults) {
    const name = root && path.isAbsolute(file.name ?? "") ? posix(path.relative(root, file.name)) : file.name;
    const tests = Array.isArray(file.assertionResults) ? file.assertionResults : [];
    for (const test of tests.filter((t) => t.status === "failed")) notes.push(`${name} › ${test.fullName}`);
    unfinished += tests.filter((t) => !FINISHED.has(t.status)).length;
    // A file fails on its own when it fails (or carries an error) without a failed test to show for it.
    const hasFailedTest = tests.some((t) => t.status === "failed");
    let reason = null;
    if (tests.length === 0) reason = file.message || "ran no tests";
    else if (!hasFailedTest && (file.status !== "passed" || file.message)) {
      reason = file.message || "failed outside its tests (a hook or an empty describe)";
    }
    if (reason !== null) {
      failed += 1;
      notes.push(`${name}: ${firstLine(reason)}`);
    }
  }
  const counted = passed + report.numFailedTests + skipped;
  const missing = Math.max(report.numTotalTests - counted, unfinished);
  if (missing > 0) {
    failed += missing;
    notes.push(`${missing} of ${plural(report.numTotalTests, "test")} did not finish (a killed worker?)`);
  } else if (counted > report.numTotalTests) {
    failed += 1;
    notes.push(
      `passed + failed + pending + todo = ${counted}, more than numTotalTests (${report.numTotalTests})`,
    );
  }
  if (report.numTotalTests === 0 && failed === 0) {
    failed += 1;
    notes.push("ran no tests");
  }
  if (failed === 0 && (report.success !== true || report.numFailedTestSuites > 0)) {
    failed += 1;
    notes.push("vitest marked the run as failed (success: false or a failed suite) without a failed test");
  }
  return { passed, failed, skipped, notes };
}

/**
 * Counts the steps scripts/test.mjs recorded. `failedIn` maps a report name to the failures counted in it: a
 * failed step counts one failure only when none of its reports already shows one.
 */
export function checkSteps(record, failedIn = new Map()) {
  if (!Array.isArray(record?.steps) || record.steps.length === 0) {
    return { failed: 1, notes: [`${STEPS_FILE}: no record of the steps of \`pnpm test\``] };
  }
  let failed = 0;
  const notes = [];
  for (const step of record.steps) {
    if (step.status === "passed") continue;
    const what = step.status === "failed" ? `failed (exit ${step.exit})` : "did not finish";
    if ((step.reports ?? []).some((name) => (failedIn.get(name) ?? 0) > 0)) {
      notes.push(`${step.title} ${what}: counted in its reports`);
    } else {
      failed += 1;
      notes.push(`${step.title} ${what}${step.reports?.length ? " though no report shows a failure" : ""}`);
    }
  }
  return { failed, notes };
}

async function readJson(file) {
  try {
    return { json: JSON.parse(await readFile(file, "utf8")) };
  } catch (error) {
    return { error: error.code === "ENOENT" ? "missing" : `unreadable (${firstLine(error.message)})` };
  }
}

/** Reads the reports and steps under root: { passed, failed, skipped, lines } with one line per report. */
export async function summarize(root) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const lines = [];
  const failedIn = new Map();
  const add = (counts) => {
    for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  };
  for (const { name, source } of await expectedReports(root)) {
    if (name === null) {
      add({ failed: 1 });
      lines.push(`  ✖ ${source}: writes no JSON report (--outputFile.json=reports/<name>.json)`);
      continue;
    }
    const { json, error } = await readJson(path.join(root, name));
    const counts = error
      ? { passed: 0, failed: 1, skipped: 0, notes: [`${error}: ${source} did not write it`] }
      : checkReport(json, root);
    add(counts);
    failedIn.set(name, counts.failed);
    lines.push(`  ${name}: ${formatTotals(counts)}`, ...counts.notes.map((note) => `    ✖ ${note}`));
  }
  const { json: record } = await readJson(path.join(root, STEPS_FILE));
  const steps = checkSteps(record, failedIn);
  add(steps);
  lines.push(...steps.notes.map((note) => `  ✖ ${note}`));
  return { ...totals, lines };
}

export function formatTotals({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

export async function main(argv) {
  const rootAt = argv.indexOf("--root");
  const root = rootAt === -1 ? fileURLToPath(new URL("..", import.meta.url)) : argv[rootAt + 1];
  let summary;
  try {
    if (!root) throw new Error("--root needs a directory");
    summary = await summarize(path.resolve(root));
  } catch (error) {
    // CI's last line must still be the count, and a summary that could not count is a failure.
    console.log(`test-summary: ${error.stack ?? error}`); // stdout, so the count stays the last line
    summary = { passed: 0, failed: 1, skipped: 0, lines: [] };
  }
  if (!argv.includes("--quiet")) for (const line of summary.lines) console.log(line);
  console.log(formatTotals(summary));
  return summary.failed > 0 || summary.passed === 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
