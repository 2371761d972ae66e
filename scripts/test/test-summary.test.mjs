import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  checkReport,
  checkSteps,
  expectedReports,
  formatTotals,
  SCRIPTS_REPORT,
  summarize,
} from "../test-summary.mjs";
import { FIXTURES, TURBO_STEP, vitestReport, writeFixture } from "./fixtures.mjs";

const summaryScript = fileURLToPath(new URL("../test-summary.mjs", import.meta.url));
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
let tmp;
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "chorus-summary-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

function summary(root, ...args) {
  const result = spawnSync(process.execPath, [summaryScript, "--root", root, ...args], { encoding: "utf8" });
  return { exit: result.status, lines: result.stdout.trimEnd().split("\n"), stderr: result.stderr };
}

describe("the line CI reads", () => {
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    test(`${name}: "${fixture.line}", exit ${fixture.exit}`, async () => {
      const root = path.join(tmp, name.replaceAll(" ", "-"));
      await writeFixture(root, fixture);

      const quiet = summary(root, "--quiet");
      assert.deepEqual(quiet.lines, [fixture.line], quiet.stderr);
      assert.equal(quiet.exit, fixture.exit);

      const full = await summarize(root);
      assert.equal(formatTotals(full), fixture.line);
      for (const text of fixture.names) {
        assert.ok(
          full.lines.some((line) => line.includes(text)),
          `names "${text}" in:\n${full.lines.join("\n")}`,
        );
      }
    });
  }
});

test("a summary that cannot count still ends with the line, as one failure", async () => {
  const root = path.join(tmp, "broken-manifest");
  await mkdir(path.join(root, "packages/tokens"), { recursive: true });
  await writeFile(path.join(root, "packages/tokens/package.json"), "{ not json");
  const { lines, exit } = summary(root, "--quiet");
  assert.equal(lines.at(-1), "0 passed, 1 failed");
  assert.equal(exit, 1);
});

describe("expected reports", () => {
  test("come from every test and test:consumer script's --outputFile.json, per package folder", async () => {
    const root = path.join(tmp, "expected");
    await writeFixture(root, FIXTURES["a test script that writes no report"]);
    assert.deepEqual(await expectedReports(root), [
      { name: "apps/storybook/reports/storybook-tests.json", source: "storybook test" },
      { name: null, source: "@chorus/send test" },
      { name: "packages/tokens/reports/vitest.json", source: "@chorus/tokens test" },
      { name: "packages/ui/reports/vitest.json", source: "@chorus/ui test" },
      { name: "packages/ui/reports/vitest-consumer.json", source: "@chorus/ui test:consumer" },
    ]);
  });

  test("include the scripts' own report once scripts/test holds tests", async () => {
    const root = path.join(tmp, "with-script-tests");
    await writeFixture(root, FIXTURES["clean pass"]);
    await mkdir(path.join(root, "scripts/test"), { recursive: true });
    await writeFile(path.join(root, "scripts/test/a.test.mjs"), "");
    assert.deepEqual((await expectedReports(root)).at(-1), {
      name: SCRIPTS_REPORT,
      source: "node --test scripts/test",
    });
    const { lines, exit } = summary(root);
    assert.ok(lines.includes(`  ${SCRIPTS_REPORT}: 0 passed, 1 failed`), lines.join("\n"));
    assert.equal(exit, 1);
  });

  test("every test script of this workspace writes a JSON report", async () => {
    const silent = (await expectedReports(repoRoot)).filter((report) => report.name === null);
    assert.deepEqual(silent, []);
  });
});

describe("checkReport", () => {
  test("counts a report whose counters exceed numTotalTests as one failure", () => {
    const report = vitestReport([{ name: "a.test.ts", tests: [["ok", "passed"]] }], { numTotalTests: 0 });
    const { passed, failed, notes } = checkReport(report);
    assert.deepEqual({ passed, failed }, { passed: 1, failed: 1 });
    assert.match(notes[0], /more than numTotalTests \(0\)/);
  });

  test("counts a file that failed outside its tests once, even with no message", () => {
    // An empty describe: vitest fails the file with an empty message and no failed test.
    const report = vitestReport([{ name: "a.test.ts", status: "failed", tests: [["ok", "passed"]] }]);
    assert.equal(checkReport(report).failed, 1);
    assert.match(checkReport(report).notes[0], /failed outside its tests/);
  });

  test("counts success: false with nothing else to show for it", () => {
    const report = vitestReport([{ name: "a.test.ts", tests: [["ok", "passed"]] }], { success: false });
    assert.deepEqual(checkReport(report).notes, [
      "vitest marked the run as failed (success: false or a failed suite) without a failed test",
    ]);
  });

  test("refuses something that is not a vitest report", () => {
    assert.equal(checkReport({ passed: 3 }).failed, 1);
    assert.equal(checkReport(null).failed, 1);
  });
});

describe("checkSteps", () => {
  test("counts each failed step its reports do not explain", () => {
    const record = {
      steps: [
        { title: TURBO_STEP, status: "failed", exit: 1, reports: ["a.json", "b.json"] },
        { title: "validate campaigns/", status: "failed", exit: 1, reports: [] },
        { title: "test scripts/", status: "passed", exit: 0, reports: [SCRIPTS_REPORT] },
      ],
    };
    assert.equal(checkSteps(record, new Map([["b.json", 2]])).failed, 1);
    assert.equal(checkSteps(record, new Map()).failed, 2);
  });

  test("counts a record with no steps", () => {
    assert.equal(checkSteps({ steps: [] }).failed, 1);
  });
});
