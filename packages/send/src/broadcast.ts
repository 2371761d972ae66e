import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Resend } from "resend";
import { writeFileAtomic } from "./fs-util.js";
import {
  type CampaignLike,
  emailProblems,
  type PartnerLike,
  type ShownFact,
  sendRefusals,
} from "./guards.js";
import { foldJournal, Journal, SendLock } from "./journal.js";
import { newSendId, sendPaths } from "./plan.js";
import { SendRefused, unsafeEmails } from "./refusals.js";
import type { RenderedEmail } from "./types.js";

export interface BroadcastOptions {
  chorusDir: string;
  /** A Resend client, or the key (and base URL) to make one. */
  resend: Resend | { apiKey: string; baseUrl?: string };
  campaign: CampaignLike;
  materialId: string;
  /** The library facts the email shows, with their review dates: refused once one has passed. */
  facts?: readonly ShownFact[];
  partner: PartnerLike & { sendingDomains: readonly string[] };
  /** The Resend segment (or legacy audience) that holds the contacts. */
  segmentId: string;
  /**
   * The email, rendered once. Personalize with Resend contact properties, e.g. a first name of
   * `{{{FIRST_NAME|colleague}}}`; Resend fills them per contact.
   */
  email: RenderedEmail;
  sendId?: string;
}

export interface BroadcastPlan {
  version: 1;
  kind: "broadcast";
  sendId: string;
  createdAt: string;
  campaignId: string;
  materialId: string;
  partnerId: string;
  segmentId: string;
}

export interface BroadcastResult {
  sendId: string;
  broadcastId: string;
  /** True when this call sent it; false when the journal says it was already sent. */
  sentNow: boolean;
}

/**
 * Send to a list kept in Resend as a Broadcast: one request creates it, one sends it, and the
 * fan-out to tens of thousands of contacts runs on Resend's side (with its unsubscribe handling
 * and per-contact personalization). Journaled like a batch send: calling again with the same
 * `sendId` after a crash sends the broadcast already created instead of creating another.
 */
export async function sendBroadcast(options: BroadcastOptions): Promise<BroadcastResult> {
  const refusals = sendRefusals(options.campaign, options.partner, {
    proof: false,
    email: { id: options.materialId, facts: options.facts ?? [] },
  });
  const problems = emailProblems(
    { ...options.email, to: "contact@example.invalid" },
    options.partner.sendingDomains,
  );
  if (problems.length > 0) refusals.push(unsafeEmails([{ problems }]));
  if (refusals.length > 0) throw new SendRefused(refusals);

  const resend =
    options.resend instanceof Resend
      ? options.resend
      : new Resend(
          options.resend.apiKey,
          options.resend.baseUrl ? { baseUrl: options.resend.baseUrl } : undefined,
        );
  const sendId = options.sendId ?? newSendId(options.campaign.id);
  const paths = sendPaths(options.chorusDir, sendId);
  await mkdir(paths.dir, { recursive: true });
  const planFile = broadcastPlanFile(options.chorusDir, sendId);
  let plan: BroadcastPlan;
  try {
    plan = JSON.parse(await readFile(planFile, "utf8"));
    if (plan.segmentId !== options.segmentId)
      throw new Error(`send "${sendId}" targets segment ${plan.segmentId}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    plan = {
      version: 1,
      kind: "broadcast",
      sendId,
      createdAt: new Date().toISOString(),
      campaignId: options.campaign.id,
      materialId: options.materialId,
      partnerId: options.partner.id,
      segmentId: options.segmentId,
    };
    await writeFileAtomic(planFile, `${JSON.stringify(plan, null, 2)}\n`);
  }

  const lock = await SendLock.acquire(paths.lock);
  const journal = await Journal.open(paths.journal);
  try {
    const state = foldJournal(await Journal.read(paths.journal));
    if (state.broadcastSent && state.broadcastId) {
      return { sendId, broadcastId: state.broadcastId, sentNow: false };
    }
    let id = state.broadcastId;
    if (!id) {
      const created = await resend.broadcasts.create(
        {
          name: `${options.campaign.id} / ${options.materialId} / ${options.partner.id} (${sendId})`,
          segmentId: options.segmentId,
          from: options.email.from,
          subject: options.email.subject,
          html: options.email.html,
          text: options.email.text,
          previewText: options.email.preheader,
          ...(options.email.replyTo ? { replyTo: options.email.replyTo } : {}),
        },
        // The SDK's types omit it, but it forwards the option as the Idempotency-Key header.
        { idempotencyKey: `chorus/${sendId}/broadcast` } as Parameters<Resend["broadcasts"]["create"]>[1],
      );
      if (created.error || !created.data) {
        throw new Error(`creating the broadcast failed: ${created.error?.name}: ${created.error?.message}`);
      }
      id = created.data.id;
      await journal.append({ type: "broadcast-created", at: new Date().toISOString(), id });
    }
    const sent = await resend.broadcasts.send(id, {}, {
      idempotencyKey: `chorus/${sendId}/broadcast/send`,
    } as Parameters<Resend["broadcasts"]["send"]>[2]);
    if (sent.error)
      throw new Error(`sending broadcast ${id} failed: ${sent.error.name}: ${sent.error.message}`);
    await journal.append({ type: "broadcast-sent", at: new Date().toISOString(), id });
    await journal.append({ type: "finished", at: new Date().toISOString() });
    return { sendId, broadcastId: id, sentNow: true };
  } finally {
    await journal.close();
    await lock.release();
  }
}

function broadcastPlanFile(chorusDir: string, sendId: string): string {
  return path.join(sendPaths(chorusDir, sendId).dir, "broadcast.json");
}

export interface BroadcastStatus {
  plan: BroadcastPlan;
  broadcastId?: string;
  sent: boolean;
}

/** Where a broadcast send stands, or undefined when `sendId` is not a broadcast. */
export async function readBroadcastStatus(
  chorusDir: string,
  sendId: string,
): Promise<BroadcastStatus | undefined> {
  let plan: BroadcastPlan;
  try {
    plan = JSON.parse(await readFile(broadcastPlanFile(chorusDir, sendId), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const state = foldJournal(await Journal.read(sendPaths(chorusDir, sendId).journal));
  return {
    plan,
    ...(state.broadcastId ? { broadcastId: state.broadcastId } : {}),
    sent: state.broadcastSent,
  };
}
