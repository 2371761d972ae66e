import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { parse, stringify } from "yaml";
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

/**
 * A draft campaign `id` with `emails` email materials (the seed leader campaign's emails, repeated under new
 * ids): big enough that rendering it takes seconds.
 */
export async function writeCampaignWithManyEmails(contentDir: string, id: string, emails: number) {
  const seed = "what-leaders-can-do-this-quarter";
  const campaign = parse(await readFile(path.join(contentDir, seed, "campaign.yaml"), "utf8"));
  const templates = campaign.materials.filter((m: { kind: string }) => m.kind === "email");
  campaign.id = id;
  campaign.title = `${emails} emails`;
  campaign.materials = Array.from({ length: emails }, (_, n) => {
    const material = templates[n % templates.length];
    return { ...material, id: `${material.id}-${n + 1}` };
  });
  await mkdir(path.join(contentDir, id));
  await writeFile(
    path.join(contentDir, id, "campaign.yaml"),
    stringify(campaign, { aliasDuplicateObjects: false }),
  );
}

/** A draft copy of seed campaign `seed` as campaign `id`, keeping only its materials of these kinds. */
export async function writeCampaignKeeping(contentDir: string, seed: string, id: string, kinds: string[]) {
  const campaign = parse(await readFile(path.join(contentDir, seed, "campaign.yaml"), "utf8"));
  campaign.id = id;
  campaign.status = "draft";
  delete campaign.approval;
  campaign.materials = campaign.materials.filter((m: { kind: string }) => kinds.includes(m.kind));
  await mkdir(path.join(contentDir, id));
  await writeFile(path.join(contentDir, id, "campaign.yaml"), stringify(campaign));
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

/**
 * A second partner organization, "other-health" (the sample partner's brand kit under another id and name):
 * the one whose things example-health's people must never reach.
 */
export async function addOtherPartner(contentDir: string): Promise<void> {
  const kit = await readFile(path.join(contentDir, "_partners", "example-health.yaml"), "utf8");
  await writeFile(
    path.join(contentDir, "_partners", "other-health.yaml"),
    kit
      .replace(/^id: .*$/m, "id: other-health")
      .replace(/^name: .*$/m, "name: Other Health (sample partner)"),
  );
}

/**
 * A worker-thread script (run with `new Worker(HEALTH_PROBE, { eval: true, workerData: url })`) that asks
 * `workerData` (a URL) again and again, one request at a time, each on a new connection (no keep-alive race
 * with the server). Between "measure" and "stop" it notes how long each answer kept it waiting within that
 * window (a failed request counts as Infinity), and posts those times (ms) and the window's length after "stop"
(a HealthProbeReport). On a thread of its own,
 * a server that blocks its event loop cannot also delay the probe's timers.
 */
export const HEALTH_PROBE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
let from;
let to;
parentPort.on("message", (message) => {
  if (message === "measure") from = performance.now();
  if (message === "stop") to = performance.now();
});
const ask = () =>
  new Promise((resolve) => {
    http
      .get(workerData, { agent: false }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode === 200));
      })
      .on("error", () => resolve(false));
  });
(async () => {
  const latencies = [];
  while (to === undefined) {
    const started = performance.now();
    const ok = await ask();
    const ended = performance.now();
    if (from !== undefined && ended > from) {
      const waited = Math.min(ended, to ?? ended) - Math.max(started, from);
      latencies.push(ok ? waited : Number.POSITIVE_INFINITY);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  parentPort.postMessage({ latencies, window: to - (from ?? to) });
})();
`;

/**
 * What HEALTH_PROBE posts: each answer's wait (ms) and how long the measured window lasted.
 */
export type HealthProbeReport = { latencies: number[]; window: number };

/**
 * The server kept answering through the window: at least `atLeast` answers, and none waited longer than a
 * second or a quarter of the window, whichever is more. A server that blocks its thread for the work makes
 * one answer wait about the whole window; a loaded CI machine slows the work and the answers alike, so the
 * bound grows with the window instead of failing on load alone.
 */
export function expectAnsweredThroughout(
  { latencies, window }: HealthProbeReport,
  atLeast: number,
  about = "",
) {
  const slowest = Math.max(...latencies);
  const detail = `${about}health answered in ${latencies.map(Math.round).join(", ")} ms over a ${Math.round(window)} ms window`;
  expect(slowest, detail).toBeLessThan(Math.max(1_000, window / 4));
  expect(latencies.length, detail).toBeGreaterThanOrEqual(atLeast);
}
