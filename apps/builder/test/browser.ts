import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { launchChromium } from "@chorus/testing";
import { contrastRatio } from "@chorus/tokens";
import type { Browser, Download, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { APP_ROOT, tempContent } from "./helpers.js";

const run = promisify(execFile);

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Where the browser tests build the app: beside dist/, so a concurrent `pnpm build` is never disturbed. */
export const E2E_BUILD = path.join(APP_ROOT, ".e2e-build");

/** A Resend key in the build's environment, so a test scanning the bundle has something to find if it leaks. */
export const BUNDLE_CANARY = "re_canary_builder_bundle_9f3a1c";
const BUILD_ENV: NodeJS.ProcessEnv = { RESEND_API_KEY: BUNDLE_CANARY };

/**
 * The production build (client + server), built with a canary Resend key in its environment, made once
 * for the same sources: each browser test file asks for it, the first builds and the others find it made
 * (a marker names the hash of the sources and the workspace packages' builds). A lock keeps two
 * runs from building into the folder at once.
 */
export async function buildApp(): Promise<void> {
  const env = BUILD_ENV;
  const lock = `${E2E_BUILD}.lock`;
  await mkdir(path.dirname(E2E_BUILD), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock older than a build could ever take was left by a run that was killed.
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 10 * 60_000) await rm(lock, { recursive: true, force: true });
      else if (waited > 10 * 60_000) throw new Error(`${lock} has been held for ten minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    const marker = path.join(E2E_BUILD, `.built-${await sourcesHash(env)}`);
    if (
      await stat(marker).then(
        () => true,
        () => false,
      )
    )
      return;
    await rm(E2E_BUILD, { recursive: true, force: true });
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
    await writeFile(marker, "");
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** What the build is made from: the app's own files, and each workspace package's build (path, size, time). */
async function sourcesHash(env: NodeJS.ProcessEnv): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(env));
  const walk = async (dir: string, contents: boolean): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file, contents);
      else if (contents) hash.update(file).update(await readFile(file));
      else {
        const { size, mtimeMs } = await stat(file);
        hash.update(`${file}\0${size}\0${mtimeMs}`);
      }
    }
  };
  await walk(path.join(APP_ROOT, "src"), true);
  await walk(path.join(APP_ROOT, "public"), true);
  for (const name of ["package.json", "index.html", "vite.config.ts", "tsup.config.ts"]) {
    hash.update(name).update(await readFile(path.join(APP_ROOT, name)).catch(() => ""));
  }
  const scoped = path.join(APP_ROOT, "node_modules/@chorus");
  for (const name of (await readdir(scoped).catch(() => [])).sort()) {
    await walk(path.join(scoped, name, "dist"), false);
  }
  return hash.digest("hex").slice(0, 16);
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
  /** What the server has written to stdout and stderr so far (for a failure's message). */
  log: () => string;
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
    // A loaded machine (CI runs other suites beside this one) can take seconds to open the embedded team
    // database: the bound is generous, and a server that cannot start still says why.
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
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
    log: () => output,
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

/**
 * The contrast of an element's text against what is behind it, as painted: its colour over the first
 * ancestor background that is not transparent, with opacity on the way applied to the text.
 */
export async function contrastOf(locator: Locator): Promise<number> {
  const { text, background } = await locator.evaluate((element) => {
    const rgba = (css: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    let opacity = 1;
    let back: { r: number; g: number; b: number; a: number } | undefined;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      const bg = rgba(style.backgroundColor);
      if (!back && bg.a > 0) back = bg;
    }
    return {
      text: { ...rgba(getComputedStyle(element).color), opacity },
      background: back ?? { r: 255, g: 255, b: 255, a: 1 },
    };
  });
  // Text drawn at an opacity blends into the background behind it.
  const alpha = text.a * text.opacity;
  const mix = (f: number, b: number) => Math.round(f * alpha + b * (1 - alpha));
  const hex = (c: { r: number; g: number; b: number }) =>
    `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  return contrastRatio(
    hex({ r: mix(text.r, background.r), g: mix(text.g, background.g), b: mix(text.b, background.b) }),
    hex(background),
  );
}

/**
 * Clicks "Download the whole kit (.zip)" in the Export tab and waits for the zip; if the page says why no
 * kit came instead (its status turns to an error), fails at once with that message and the server's log.
 */
export async function downloadKit(page: Page, server: RunningServer, timeout = 120_000): Promise<Download> {
  const error = page.locator(".export > p.notice--error");
  const download = page.waitForEvent("download", { timeout });
  const refused = error.waitFor({ timeout }).then(async () => {
    throw new Error(`no kit: ${await error.textContent()}\nserver log:\n${server.log().slice(-4000)}`);
  });
  // Whichever ends first decides; the other is left to time out quietly.
  download.catch(() => {});
  refused.catch(() => {});
  await page.getByRole("button", { name: "Download the whole kit (.zip)" }).click();
  try {
    return await Promise.race([download, refused]);
  } catch (cause) {
    if (cause instanceof Error && /Timeout/.test(cause.message))
      throw new Error(
        `${cause.message}\nstatus: ${await page.locator(".export > p[role=status]").textContent()}\nserver log:\n${server.log().slice(-4000)}`,
      );
    throw cause;
  }
}

/** No axe-core violation on the page as it is now; a failure lists each, with `where` the page was. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Where the browser tests leave their screenshots, for a person to look at. */
export const SHOTS = path.join(APP_ROOT, "test-results");

export interface BrowserApp {
  env: Awaited<ReturnType<typeof tempContent>>;
  server: RunningServer;
  browser: Browser;
}

/**
 * For one browser test file: the built app served on a fresh copy of the campaigns (in its own process group)
 * and one Chromium, started before the file's tests and stopped after them. Read its fields inside tests.
 */
export function browserApp(): BrowserApp {
  const app = {} as BrowserApp;
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    await buildApp();
    app.env = await tempContent();
    app.server = await startServer({ CHORUS_CONTENT_DIR: app.env.contentDir, CHORUS_DIR: app.env.chorusDir });
    app.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
    await app.env?.cleanup();
  });
  return app;
}
