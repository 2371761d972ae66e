#!/usr/bin/env node
// Sums the vitest JSON reports (packages/*/reports/*.json, apps/*/reports/*.json) into one plain line,
// "N passed, N failed", which CI reads (--quiet prints only that line). Exits 1 when anything failed or when no test ran at all.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function collectReports() {
  const reports = [];
  for (const group of ["packages", "apps"]) {
    const names = await readdir(path.join(root, group)).catch(() => []);
    for (const name of names) {
      const dir = path.join(root, group, name, "reports");
      const files = await readdir(dir).catch(() => []);
      for (const file of files.filter((f) => f.endsWith(".json"))) {
        const report = JSON.parse(await readFile(path.join(dir, file), "utf8"));
        if (typeof report.numTotalTests !== "number") continue;
        reports.push({ name: `${group}/${name}/reports/${file}`, report });
      }
    }
  }
  return reports;
}

const quiet = process.argv.includes("--quiet");
const reports = await collectReports();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const { report } of reports) {
  passed += report.numPassedTests;
  // Failed suites (a file that does not even load) count as failures too.
  failed += report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
for (const { name, report } of quiet ? [] : reports) {
  console.log(`  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (failed > 0 || passed === 0) process.exit(1);
