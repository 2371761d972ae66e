import { readdir } from "node:fs/promises";
import path from "node:path";
import { isMissing, readJsonLines } from "./fs-util.js";
import { foldJournal, Journal } from "./journal.js";
import { readScheduleState } from "./schedule.js";
import { readPlan, type SendPlan, sendPaths } from "./send-files.js";
import type { Recipient } from "./types.js";

/**
 * What earlier sends of one email from one partner did: the addresses they delivered to (lowercase →
 * send id), the sends not finished yet, and those scheduled and not started. Proofs and cancelled
 * schedules do not count. Recipients of a batch the provider accepted count as delivered; a failed
 * batch's do not, so a new send may reach them.
 */
export async function earlierDeliveries(
  chorusDir: string,
  campaignId: string,
  materialId: string,
  partnerId: string,
): Promise<{
  delivered: Map<string, string>;
  unfinished: string[];
  scheduled: { sendId: string; dueAt: string }[];
}> {
  const delivered = new Map<string, string>();
  const unfinished: string[] = [];
  const scheduled: { sendId: string; dueAt: string }[] = [];
  let sendIds: string[];
  try {
    sendIds = (await readdir(path.join(chorusDir, "sends"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.includes(".staging-"))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissing(error)) return { delivered, unfinished, scheduled };
    throw error;
  }
  for (const sendId of sendIds) {
    let plan: SendPlan;
    try {
      plan = await readPlan(chorusDir, sendId);
    } catch {
      continue; // not a send folder
    }
    if (
      plan.proof ||
      plan.campaignId !== campaignId ||
      plan.materialId !== materialId ||
      plan.partnerId !== partnerId
    ) {
      continue;
    }
    const schedule = await readScheduleState(chorusDir, sendId);
    if (schedule?.outcome?.outcome === "cancelled") continue;
    if (schedule && !schedule.outcome) {
      scheduled.push({ sendId, dueAt: schedule.schedule.dueAt });
      continue;
    }
    const state = foldJournal(await Journal.read(sendPaths(chorusDir, sendId).journal));
    const settled = state.accepted.size + state.failed.size >= plan.batches;
    if (!state.finished && !settled) unfinished.push(sendId);
    let index = 0;
    for await (const recipient of readJsonLines<Recipient>(sendPaths(chorusDir, sendId).recipients)) {
      if (state.accepted.has(Math.floor(index / plan.batchSize)))
        delivered.set(recipient.email.toLowerCase(), sendId);
      index++;
    }
  }
  return { delivered, unfinished, scheduled };
}
