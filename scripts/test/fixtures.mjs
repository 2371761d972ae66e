// Fixture repositories for the summary's tests: workspace packages whose scripts write vitest JSON reports, the
// reports themselves (the fields vitest 4.1's json reporter writes, taken from real runs of each case), and the
// steps record of scripts/test.mjs. `writeFixture(dir, fixture)` lays one out under dir.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { STEPS_FILE } from "../test-summary.mjs";

export const TURBO_STEP = "lint, type-check and test every package";
const json = (file) => `vitest run --reporter=default --reporter=json --outputFile.json=reports/${file}`;

const tokens = { dir: "packages/tokens", name: "@chorus/tokens", scripts: { test: json("vitest.json") } };
const ui = {
  dir: "packages/ui",
  name: "@chorus/ui",
  scripts: { test: `${json("vitest.json")} --project unit`, "test:consumer": json("vitest-consumer.json") },
};
const storybook = {
  dir: "apps/storybook",
  name: "storybook",
  scripts: { test: `node scripts/generate-fixtures.mjs && ${json("storybook-tests.json")}` },
};
const testing = { dir: "packages/testing", name: "@chorus/testing", scripts: { build: "tsup" } };

/**
 * A report as vitest's JsonReporter computes it from its files: [{ name, status?, message?, tests: [[title,
 * status]] }]. A test status "pending" is one that never got a result (vitest counts it nowhere).
 */
export function vitestReport(files, overrides = {}) {
  const tests = files.flatMap((file) => file.tests ?? []);
  const count = (status) => tests.filter(([, s]) => s === status).length;
  const testResults = files.map(({ name, status, message = "", tests: fileTests = [] }) => ({
    assertionResults: fileTests.map(([title, s]) => ({
      ancestorTitles: [],
      fullName: title,
      status: s,
      title,
    })),
    status: status ?? (fileTests.some(([, s]) => s === "failed") ? "failed" : "passed"),
    message,
    name: `/repo/${name}`,
  }));
  const failedFiles = testResults.filter((file) => file.status === "failed").length;
  return {
    numTotalTestSuites: files.length,
    numPassedTestSuites: files.length - failedFiles,
    numFailedTestSuites: failedFiles,
    numPendingTestSuites: 0,
    numTotalTests: tests.length,
    numPassedTests: count("passed"),
    numFailedTests: count("failed"),
    numPendingTests: count("skipped"),
    numTodoTests: count("todo"),
    success: files.length > 0 && failedFiles === 0 && count("failed") === 0,
    testResults,
    ...overrides,
  };
}

const passing = (name, n = 2) => ({
  name,
  tests: Array.from({ length: n }, (_, i) => [`works ${i + 1}`, "passed"]),
});
const clean = {
  "packages/tokens/reports/vitest.json": vitestReport([passing("test/theme.test.ts")]),
  "packages/ui/reports/vitest.json": vitestReport([
    {
      name: "src/key-message.test.tsx",
      tests: [
        ["renders", "passed"],
        ["later", "skipped"],
      ],
    },
  ]),
  "packages/ui/reports/vitest-consumer.json": vitestReport([passing("test/consumer.pack.test.ts", 1)]),
  "apps/storybook/reports/storybook-tests.json": vitestReport([passing("src/key-message.stories.tsx", 1)]),
};
const allReports = Object.keys(clean);

/** The record scripts/test.mjs writes; `failed` maps a step title to its exit. */
export function stepsRecord(failed = {}, status = "failed") {
  const steps = [
    { title: TURBO_STEP, reports: allReports },
    { title: "validate campaigns/", reports: [] },
    { title: "lint the wording of campaigns/", reports: [] },
  ];
  return {
    steps: steps.map((step) =>
      step.title in failed
        ? { ...step, status, exit: failed[step.title] }
        : { ...step, status: "passed", exit: 0 },
    ),
  };
}

const base = { packages: [tokens, ui, storybook, testing], reports: clean, steps: stepsRecord() };
const turboFailed = stepsRecord({ [TURBO_STEP]: 1 });

/**
 * Each fixture: what `pnpm test` left behind, the line the summary must print, its exit code, and what the
 * non-quiet output must name.
 */
export const FIXTURES = {
  "clean pass": { ...base, line: "5 passed, 0 failed, 1 skipped", exit: 0, names: [] },
  "a failed test": {
    ...base,
    reports: {
      ...clean,
      "packages/tokens/reports/vitest.json": vitestReport([
        {
          name: "test/theme.test.ts",
          tests: [
            ["ok", "passed"],
            ["meets contrast", "failed"],
          ],
        },
      ]),
    },
    // turbo failed because of that test: counted once, through the report.
    steps: turboFailed,
    line: "4 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["test/theme.test.ts › meets contrast", "counted in its reports"],
  },
  "a missing report": {
    ...base,
    reports: { ...clean, "packages/ui/reports/vitest-consumer.json": undefined },
    steps: turboFailed,
    line: "4 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["packages/ui/reports/vitest-consumer.json", "missing: @chorus/ui test:consumer did not write it"],
  },
  "files that failed to load": {
    ...base,
    reports: {
      ...clean,
      // A syntax error and a throw at import: vitest marks the file failed, with no tests and a message.
      "packages/tokens/reports/vitest.json": vitestReport([
        passing("test/theme.test.ts"),
        {
          name: "test/contrast.test.ts",
          status: "failed",
          message:
            "Failed to parse source for import analysis because the content contains invalid JS syntax.",
        },
        { name: "test/kit-check.test.ts", status: "failed", message: "import boom" },
      ]),
    },
    steps: turboFailed,
    line: "5 passed, 2 failed, 1 skipped",
    exit: 1,
    names: ["test/contrast.test.ts: Failed to parse source", "test/kit-check.test.ts: import boom"],
  },
  "a failing hook beside a failed test": {
    ...base,
    reports: {
      ...clean,
      // beforeAll threw: its test is skipped, the file failed with the hook's error; another file fails a test.
      "packages/tokens/reports/vitest.json": vitestReport([
        { name: "test/theme.test.ts", status: "failed", message: "setup boom", tests: [["ok", "skipped"]] },
        { name: "test/contrast.test.ts", tests: [["meets contrast", "failed"]] },
      ]),
    },
    steps: turboFailed,
    line: "3 passed, 2 failed, 2 skipped",
    exit: 1,
    names: ["test/theme.test.ts: setup boom", "test/contrast.test.ts › meets contrast"],
  },
  "an unhandled error": {
    // vitest exits 1 on an unhandled rejection, but its JSON report shows every test passed.
    ...base,
    steps: turboFailed,
    line: "5 passed, 1 failed, 1 skipped",
    exit: 1,
    names: [`${TURBO_STEP} failed (exit 1) though no report shows a failure`],
  },
  "a killed worker": {
    ...base,
    reports: {
      ...clean,
      // SIGKILL in a worker: vitest still writes success: true; the file's tests stay "pending", counted nowhere.
      "packages/tokens/reports/vitest.json": vitestReport(
        [
          {
            name: "test/theme.test.ts",
            tests: [
              ["ok", "pending"],
              ["killed", "pending"],
            ],
          },
          passing("test/b.test.ts", 1),
        ],
        { numPendingTestSuites: 1, numPassedTestSuites: 1 },
      ),
    },
    steps: turboFailed,
    line: "4 passed, 2 failed, 1 skipped",
    exit: 1,
    names: ["2 of 3 tests did not finish"],
  },
  "totals that do not add up": {
    ...base,
    reports: {
      ...clean,
      "packages/tokens/reports/vitest.json": vitestReport([passing("test/theme.test.ts", 3)], {
        numTotalTests: 5,
      }),
    },
    line: "6 passed, 2 failed, 1 skipped",
    exit: 1,
    names: ["2 of 5 tests did not finish"],
  },
  "zero tests": {
    ...base,
    reports: {
      ...clean,
      // No test file found: vitest writes an empty report with success: false and exits 1.
      "packages/tokens/reports/vitest.json": vitestReport([], { success: false }),
    },
    steps: turboFailed,
    line: "3 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["packages/tokens/reports/vitest.json: 0 passed, 1 failed", "ran no tests"],
  },
  "a file that ran no tests": {
    ...base,
    reports: {
      ...clean,
      "packages/tokens/reports/vitest.json": vitestReport([
        passing("test/theme.test.ts"),
        { name: "test/x.test.ts" },
      ]),
    },
    line: "5 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["test/x.test.ts: ran no tests"],
  },
  "an unreadable report": {
    ...base,
    reports: { ...clean, "packages/tokens/reports/vitest.json": '{"numTotalTests": 2, "numPa' },
    steps: turboFailed,
    line: "3 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["unreadable"],
  },
  "a test script that writes no report": {
    ...base,
    packages: [
      ...base.packages,
      { dir: "packages/send", name: "@chorus/send", scripts: { test: "vitest run" } },
    ],
    line: "5 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["@chorus/send test: writes no JSON report"],
  },
  "a failed campaign check": {
    ...base,
    steps: stepsRecord({ "validate campaigns/": 1 }),
    line: "5 passed, 1 failed, 1 skipped",
    exit: 1,
    names: ["validate campaigns/ failed (exit 1)"],
  },
  "a step that never finished": {
    ...base,
    steps: stepsRecord({ [TURBO_STEP]: null }, "running"),
    line: "5 passed, 1 failed, 1 skipped",
    exit: 1,
    names: [`${TURBO_STEP} did not finish`],
  },
  "no record of the steps": {
    ...base,
    steps: undefined,
    line: "5 passed, 1 failed, 1 skipped",
    exit: 1,
    names: [`${STEPS_FILE}: no record`],
  },
};

export async function writeFixture(dir, { packages, reports, steps }) {
  const write = async (file, content) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
  };
  for (const { dir: pkg, name, scripts } of packages) await write(`${pkg}/package.json`, { name, scripts });
  for (const [file, report] of Object.entries(reports)) if (report !== undefined) await write(file, report);
  if (steps !== undefined) await write(STEPS_FILE, steps);
}
