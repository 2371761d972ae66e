import type { Browser, LaunchOptions } from "playwright-core";

/**
 * Flags for headless Chromium here: no sandbox (root in a container), no GPU, and no background
 * traffic, which this offline machine refuses connection by connection.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's Chromium, or the one named by CHROME_PATH. Browser downloads never work here. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

/** Launch options for playwright-core or @vitest/browser-playwright. */
export function chromiumLaunchOptions(extra: LaunchOptions = {}): LaunchOptions {
  return { ...extra, executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...(extra.args ?? [])] };
}

/** Launch headless Chromium with playwright-core. */
export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch(chromiumLaunchOptions(extra));
}
