#!/usr/bin/env node
// `pnpm --filter @chorus/emails dev`: the React Email preview server over every template, with sample
// content from campaigns/, offline. Stop it with Ctrl-C (the whole process group is stopped).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("..", import.meta.url));
const models = spawnSync(process.execPath, ["scripts/preview-models.mjs"], { cwd: dir, stdio: "inherit" });
if (models.status !== 0) process.exit(models.status ?? 1);
const port = process.env.PORT ?? "3030";
const child = spawn("pnpm", ["exec", "email", "dev", "--dir", "emails", "--port", port], {
  cwd: dir,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
