// `pnpm --filter storybook fixtures` (and the first step of dev, build and test): everything the stories show,
// from campaigns/. Components and emails first (quick), then the social cards (drawn in Node) and the print
// layouts (printed by Chromium) side by side, as they use different processes.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function run(script) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, script)], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

try {
  await run("generate-fixtures.mjs");
  await run("generate-email-fixtures.mjs");
  const results = await Promise.allSettled([
    run("generate-graphics-fixtures.mjs"),
    run("generate-print-fixtures.mjs"),
  ]);
  const failed = results.filter((result) => result.status === "rejected");
  if (failed.length > 0) throw new Error(failed.map((result) => result.reason.message).join("; "));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
