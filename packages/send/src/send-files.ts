import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readJsonLines } from "./fs-util.js";
import type { Recipient } from "./types.js";

export type TransportName = "outbox" | "resend";

/** A send, fixed before the first email leaves: who gets what, in which batch, under which keys. */
export interface SendPlan {
  version: 1;
  sendId: string;
  createdAt: string;
  campaignId: string;
  materialId: string;
  partnerId: string;
  /**
   * The email's subject line as written in the campaign (placeholders such as {{firstName}} unfilled):
   * how lists name the send. Absent in plans made before it was recorded.
   */
  subject?: string;
  transport: TransportName;
  /** A test send of a (possibly draft) campaign to one address; subjects carry "[PROOF]". */
  proof: boolean;
  batchSize: number;
  recipients: number;
  batches: number;
  /** Batch `i` is sent with the idempotency key `<prefix>/<i>`. */
  idempotencyPrefix: string;
  sendingDomains: string[];
  source: { file: string; bytes: number; sha256: string } | { proof: string };
  import: {
    rows: number;
    invalidRows: number;
    suppressed: number;
    skippedInvalid: boolean;
    /** Addresses skipped because an earlier send of this email from this partner reached them. */
    alreadySent?: number;
  };
}

/** Where a send keeps its files: `<chorusDir>/sends/<send-id>/`. */
export function sendPaths(chorusDir: string, sendId: string) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(sendId)) throw new Error(`"${sendId}" is not a send id`);
  const dir = path.join(chorusDir, "sends", sendId);
  return {
    dir,
    plan: path.join(dir, "plan.json"),
    recipients: path.join(dir, "recipients.jsonl"),
    importReport: path.join(dir, "import.json"),
    journal: path.join(dir, "journal.jsonl"),
    lock: path.join(dir, "send.lock"),
    reportJson: path.join(dir, "report.json"),
    reportText: path.join(dir, "report.txt"),
    /** A scheduled send's due time (`schedule.json`), written with the plan. */
    schedule: path.join(dir, "schedule.json"),
    /** Whether a scheduled send was started or cancelled: created once, by whichever came first. */
    scheduleOutcome: path.join(dir, "schedule-outcome.json"),
    outbox: path.join(chorusDir, "outbox", sendId),
  };
}

export function newSendId(campaignId: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")
    .replace("T", "-");
  return `${campaignId}-${stamp}-${randomBytes(2).toString("hex")}`;
}

export async function readPlan(chorusDir: string, sendId: string): Promise<SendPlan> {
  const paths = sendPaths(chorusDir, sendId);
  try {
    return JSON.parse(await readFile(paths.plan, "utf8")) as SendPlan;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`no send "${sendId}" in ${chorusDir}`);
    throw error;
  }
}

/** The recipients of a planned send in batches, streamed from `recipients.jsonl`. */
export async function* planBatches(
  chorusDir: string,
  plan: SendPlan,
): AsyncGenerator<{ index: number; recipients: Recipient[] }> {
  let batch: Recipient[] = [];
  let index = 0;
  for await (const recipient of readJsonLines<Recipient>(sendPaths(chorusDir, plan.sendId).recipients)) {
    batch.push(recipient);
    if (batch.length === plan.batchSize) {
      yield { index: index++, recipients: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { index, recipients: batch };
}
