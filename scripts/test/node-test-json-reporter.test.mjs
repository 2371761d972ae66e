import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkReport } from "../test-summary.mjs";

const reporter = fileURLToPath(new URL("../node-test-json-reporter.mjs", import.meta.url));
const files = {
  "passes.test.mjs": `import { describe, test } from "node:test";
describe("group", () => {
  test("one", () => {});
  test("two", () => {});
  test.skip("skipped", () => {});
  test.todo("later");
});`,
  "fails.test.mjs": `import { test } from "node:test";
import assert from "node:assert/strict";
test("ok", () => {});
test("bad", () => assert.equal(1, 2));`,
  "exits.test.mjs": `import { test } from "node:test";
test("exits", () => process.exit(0));
test("never runs", () => {});`,
  "throws.test.mjs": `throw new Error("import boom");`,
  "syntax.test.mjs": `import { test } from "node:test";
test("broken", () => { ) });`,
  "rejects.test.mjs": `import { test } from "node:test";
test("leaves a rejection", () => { Promise.reject(new Error("unhandled boom")); });`,
};

let dir;
let report;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chorus-reporter-"));
  for (const [name, source] of Object.entries(files)) await writeFile(path.join(dir, name), source);
  // Inside `node --test` this variable makes a nested runner report to its parent instead of running.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  spawnSync(
    process.execPath,
    [
      "--test",
      `--test-reporter=${reporter}`,
      "--test-reporter-destination=report.json",
      ...Object.keys(files),
    ],
    { cwd: dir, env, encoding: "utf8" },
  );
  report = JSON.parse(await readFile(path.join(dir, "report.json"), "utf8"));
});
after(() => rm(dir, { recursive: true, force: true }));

const file = (name) => report.testResults.find((result) => path.basename(result.name) === name);

test("writes passed, skipped and todo tests with their describe", () => {
  const passes = file("passes.test.mjs");
  assert.equal(passes.status, "passed");
  assert.deepEqual(
    passes.assertionResults.map((t) => [t.fullName, t.status]),
    [
      ["group one", "passed"],
      ["group two", "passed"],
      ["group skipped", "skipped"],
      ["group later", "todo"],
    ],
  );
});

test("writes a failed test with its message", () => {
  const bad = file("fails.test.mjs").assertionResults.find((t) => t.title === "bad");
  assert.equal(bad.status, "failed");
  assert.match(bad.failureMessages[0], /1 !== 2/);
});

test("fails a file that exits before reporting its tests (node counts it as passed)", () => {
  assert.equal(file("exits.test.mjs").status, "failed");
  assert.match(file("exits.test.mjs").message, /ran no tests/);
});

test("fails files that do not load, with the error", () => {
  assert.match(file("throws.test.mjs").message, /^Error: import boom \(exit 1\)$/);
  assert.match(file("syntax.test.mjs").message, /^SyntaxError: Unexpected token/);
});

test("fails a file whose test leaves an unhandled rejection", () => {
  assert.equal(file("rejects.test.mjs").status, "failed");
  assert.match(file("rejects.test.mjs").message, /unhandled boom/);
});

test("gives the summary one failure per failed test and per broken file", () => {
  const counts = checkReport(report);
  assert.deepEqual(
    { passed: counts.passed, failed: counts.failed, skipped: counts.skipped },
    { passed: 4, failed: 5, skipped: 2 },
  );
});
