#!/usr/bin/env node
// `pnpm chorus …`: make sure the CLI and the packages it uses are built (a turbo cache hit when
// nothing changed), then run it with the user's arguments, standard input and exit code.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@chorus/cli...",
    "--output-logs=errors-only",
    "--log-prefix=none",
  ],
  { cwd: root, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
);
if (build.status !== 0) {
  process.stderr.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  process.stderr.write("chorus: building the CLI failed (see above)\n");
  process.exit(1);
}
const run = spawnSync(process.execPath, [`${root}packages/cli/dist/bin.js`, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() },
});
process.exit(run.status ?? 1);
