import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BuilderConfig } from "../src/server/config.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The campaigns shipped with Chorus; tests are written against these. */
export const SEED_CAMPAIGNS = [
  "burnout-is-a-system-problem",
  "crisis-and-peer-support",
  "help-seeking-without-fear",
  "what-leaders-can-do-this-quarter",
];

/** A throwaway copy of the seed content: tests never touch the real campaigns/. */
export async function tempContent(): Promise<{
  dir: string;
  contentDir: string;
  chorusDir: string;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chorus-builder-"));
  const contentDir = path.join(dir, "campaigns");
  // Only the seed content, so campaigns a communicator created in campaigns/ never change what tests see.
  for (const entry of ["_library", "_partners", ...SEED_CAMPAIGNS]) {
    await cp(path.join(REPO_ROOT, "campaigns", entry), path.join(contentDir, entry), { recursive: true });
  }
  return {
    dir,
    contentDir,
    chorusDir: path.join(dir, ".chorus"),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function testConfig(
  contentDir: string,
  chorusDir: string,
  extra: Partial<BuilderConfig> = {},
): BuilderConfig {
  return {
    contentDir,
    chorusDir,
    host: "127.0.0.1",
    port: 0,
    maxUploadBytes: 64 * 1024,
    now: () => new Date("2026-11-23T10:00:00Z"),
    ...extra,
  };
}
