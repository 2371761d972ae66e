// Development: the API server (restarted on change by tsx) behind Vite's dev server, which proxies /api.
// Open http://127.0.0.1:4173. Both children share this process's group, so Ctrl-C stops everything.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const apiPort = process.env.CHORUS_API_PORT ?? "4174";
const children = [
  spawn(process.execPath, [path.join(app, "node_modules/tsx/dist/cli.mjs"), "watch", "src/server/main.ts"], {
    cwd: app,
    stdio: "inherit",
    env: { ...process.env, PORT: apiPort },
  }),
  spawn(
    process.execPath,
    [path.join(app, "node_modules/vite/bin/vite.js"), "--port", process.env.PORT ?? "4173", "--strictPort"],
    {
      cwd: app,
      stdio: "inherit",
      env: { ...process.env, CHORUS_API_PORT: apiPort },
    },
  ),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => code && stop());
