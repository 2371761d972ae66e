import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import type { PlanOptions } from "../src/index.js";
import { planSend, SuppressionList } from "../src/index.js";
import type { Clock } from "../src/types.js";

export { approved, draft, fakeRenderer, fields, partner } from "./fixtures/fake-renderer.js";

import { approved, fakeRenderer, fields, partner } from "./fixtures/fake-renderer.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-send-"));
  dirs.push(dir);
  return dir;
}

export function recipientsCsv(count: number, start = 0): string {
  const lines = ["email,firstName"];
  for (let i = start; i < start + count; i++) lines.push(`clinician${i}@hospital.example.org,Name${i}`);
  return `${lines.join("\n")}\n`;
}

export async function writeCsv(dir: string, content: string, name = "recipients.csv"): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Options to plan a send of the test campaign to the recipients in `csvFile`. */
export async function planOptions(
  chorusDir: string,
  csvFile: string,
  overrides: Partial<PlanOptions> = {},
): Promise<PlanOptions> {
  return {
    chorusDir,
    campaign: approved,
    materialId: "newsletter",
    partner,
    fields,
    to: { csv: csvFile },
    transport: "resend",
    render: fakeRenderer(),
    suppressions: await SuppressionList.load(path.join(chorusDir, "suppressions.jsonl")),
    ...overrides,
  };
}

/** Plan a send of `csv` to the given transport; throws unless it was planned. */
export async function planned(
  chorusDir: string,
  csv: string,
  overrides: Partial<PlanOptions> = {},
): Promise<string> {
  const result = await planSend(await planOptions(chorusDir, await writeCsv(chorusDir, csv), overrides));
  if (result.status !== "planned") throw new Error(`not planned: ${JSON.stringify(result)}`);
  return result.plan.sendId;
}

/** A clock whose sleeps return at once and move time forward. */
export function fakeClock(start = Date.parse("2026-11-23T05:00:00Z")): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += Math.max(0, ms);
    },
  };
}
