import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { launchChromium } from "@chorus/testing";
import type { Browser, Page } from "playwright-core";
import { APP_ROOT } from "./helpers.js";

const run = promisify(execFile);

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Where the browser tests build the app: beside dist/, so a concurrent `pnpm build` is never disturbed. */
export const E2E_BUILD = path.join(APP_ROOT, ".e2e-build");

/** The production build (client + server), with extra environment (e.g. a canary key to look for). */
export async function buildApp(env: NodeJS.ProcessEnv = {}): Promise<void> {
  const options = {
    cwd: APP_ROOT,
    env: { ...process.env, NODE_ENV: "production", ...env },
    maxBuffer: 16 * 1024 * 1024,
  };
  const vite = path.join(APP_ROOT, "node_modules/vite/bin/vite.js");
  await run(
    process.execPath,
    [vite, "build", "--logLevel", "error", "--outDir", path.join(E2E_BUILD, "client")],
    options,
  );
  const tsup = path.join(APP_ROOT, "node_modules/tsup/dist/cli-default.js");
  await run(process.execPath, [tsup, "--silent", "--out-dir", E2E_BUILD], options);
}

/** Process groups of servers this test run started: none outlives the run, even after a timeout. */
const runningGroups = new Set<number>();
process.on("exit", () => {
  for (const pid of runningGroups) {
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
});

export interface RunningServer {
  url: string;
  process: ChildProcess;
  startedInMs: number;
  stop: () => Promise<void>;
}

/** Start the built server in its own process group on a random port; stop kills the whole group. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(E2E_BUILD, "server/main.js")], {
    cwd: APP_ROOT,
    // The developer's own settings never leak into a test server: loopback, no token, outbox.
    env: {
      ...process.env,
      PORT: "0",
      CHORUS_HOST: "",
      RESEND_API_KEY: "",
      CHORUS_CLIENT_DIR: path.join(E2E_BUILD, "client"),
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid) runningGroups.add(child.pid);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const startedInMs = performance.now() - started;
  return {
    url,
    process: child,
    startedInMs,
    stop: async () => {
      child.removeAllListeners("exit");
      runningGroups.delete(child.pid!);
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

let axeSource: string | undefined;

/** Run axe-core in the page (through the debugger protocol: the page's CSP allows no injected script). */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  axeSource ??= await readFile(path.join(APP_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is a global once evaluated
    const result = await window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations.map(
      (v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }),
    );
  });
}
