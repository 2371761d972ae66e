#!/usr/bin/env node
// `pnpm test`: lint, type-check and test every package through turbo, check the real campaigns,
// then print one "N passed, N failed" line summed from the vitest JSON reports.
import { spawnSync } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

// Stale reports from an earlier run must not be counted (turbo restores fresh ones on a cache hit).
for (const group of ["packages", "apps"]) {
  for (const name of await readdir(path.join(root, group)).catch(() => [])) {
    await rm(path.join(root, group, name, "reports"), { recursive: true, force: true });
  }
}

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) console.error(`✖ ${title} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

let ok = step("lint, type-check and test every package", "pnpm", [
  "exec",
  "turbo",
  "run",
  "lint",
  "typecheck",
  "test",
  "test:consumer",
  "//#lint:repo",
  "--continue",
  // Two cores: more parallel tasks only make the browser tests wait on each other.
  "--concurrency=3",
  "--output-logs=errors-only",
]);
ok = step("validate campaigns/", process.execPath, ["scripts/chorus.mjs", "validate"]) && ok;
ok = step("lint the wording of campaigns/", process.execPath, ["scripts/chorus.mjs", "lint"]) && ok;

console.log("\n▶ summary");
ok = step("sum test reports", process.execPath, ["scripts/test-summary.mjs"]) && ok;
process.exit(ok ? 0 : 1);
