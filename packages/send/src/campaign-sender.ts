import { readdir } from "node:fs/promises";
import path from "node:path";
import type { EmailMaterial } from "@chorus/content";
import { type BroadcastResult, sendBroadcast } from "./broadcast.js";
import { sendRefusals } from "./guards.js";
import { listOutbox, type OutboxEntry, readOutboxMessage } from "./outbox-reader.js";
import { type PlanResult, planSend, readPlan, type SendPlan, sendPaths, type TransportName } from "./plan.js";
import { type SendRefusal, SendRefused } from "./refusals.js";
import { readReport, type SendReport } from "./report.js";
import { type Progress, type RunResult, runSend } from "./sender.js";
import { SuppressionList } from "./suppressions.js";
import { contentRefusals, factsShown, type Resolved, type SendIds, type SendTarget } from "./target.js";
import { OutboxTransport } from "./transports/outbox.js";
import { ResendTransport } from "./transports/resend.js";
import type { Transport } from "./transports/transport.js";
import type { Renderer } from "./types.js";
import { createWebhookHandler, type WebhookHeaders, type WebhookResult } from "./webhooks.js";

export interface CampaignSenderOptions {
  /** The `.chorus` folder: sends, outbox, suppressions and locks, shared by every face that sends. */
  chorusDir: string;
  /** A Resend API key (`RESEND_API_KEY`): sends go through Resend with one, to the outbox without. */
  resendApiKey?: string | undefined;
}

/** How a planned or resumed send runs: progress, stopping, and the provider's rate. */
export interface RunControls {
  onProgress?: (progress: Progress) => void;
  /** Abort to pause cleanly; a string given to `abort(reason)` becomes the recorded reason. */
  signal?: AbortSignal;
  /** Resend requests per second (default 2). The outbox writes files and has no limit. */
  requestsPerSecond?: number | undefined;
  /** Also resend batches first attempted longer ago than Resend remembers idempotency keys. */
  resendUncertain?: boolean;
}

/** A send whose plan is on disk, ready to run (or to run again: the journal makes the runs one send). */
export interface ReadySend {
  plan: SendPlan;
  run(controls?: RunControls): Promise<RunResult>;
}

export type CampaignPlanResult =
  | Exclude<PlanResult, { status: "planned" }>
  | (Extract<PlanResult, { status: "planned" }> & Pick<ReadySend, "run">);

export interface PlanRequest {
  /** Default: `resend` with an API key, `outbox` without. */
  transport?: TransportName;
  /** Send to the valid rows even when some rows are invalid (they are reported). */
  skipInvalid?: boolean;
  /** Check everything and render every email; write no plan, send nothing. */
  dryRun?: boolean;
  /** Also send to addresses an earlier send of this email from this partner reached. */
  again?: boolean;
}

/** One send on disk (`.chorus/sends/<id>/`), for a list of sends. */
export interface SendSummary {
  sendId: string;
  createdAt: string;
  report: SendReport;
  /** Messages written to the outbox (0 for a send through Resend). */
  messages: number;
}

/**
 * Sending a campaign's email, from loaded content to delivered mail: the one implementation the CLI
 * and the builder share. It finds the email and partner and refuses whatever may not go out (each
 * refusal a code plus a neutral sentence, so each face words its own next step), renders with
 * `@chorus/emails`' per-recipient fast path, applies the suppression list, chooses the transport,
 * and reads back sends and the outbox.
 */
export class CampaignSender {
  readonly chorusDir: string;
  private readonly resendApiKey: string | undefined;

  constructor(options: CampaignSenderOptions) {
    this.chorusDir = options.chorusDir;
    this.resendApiKey = options.resendApiKey || undefined;
  }

  /** Where sends go unless told otherwise: Resend when there is an API key, else the outbox. */
  get transport(): TransportName {
    return this.resendApiKey ? "resend" : "outbox";
  }

  /**
   * Check and plan a send of `target` to a recipients CSV or one proof address. Refused, writing
   * nothing, while the partner kit or library has errors, the campaign is not approved (a proof may
   * be a draft), the email shows a fact past its review date (a proof may), the partner cannot send
   * compliant mail, rows are invalid (unless `skipInvalid`),
   * everyone had this email already (unless `again`) or an earlier send of it is unfinished.
   */
  async plan(
    target: SendTarget,
    to: { csv: string } | { proof: string },
    request: PlanRequest = {},
  ): Promise<CampaignPlanResult> {
    const transport = request.transport ?? this.transport;
    const refusals = contentRefusals(target);
    if (transport === "resend" && !this.resendApiKey && !request.dryRun)
      refusals.push(resendKeyMissing(undefined));
    if (refusals.length > 0) return { status: "refused", refusals };
    const proof = "proof" in to;
    const render = await renderer(target, proof);
    const suppressions = await this.suppressions();
    const result = await planSend({
      chorusDir: this.chorusDir,
      campaign: target.campaign,
      materialId: target.material.id,
      partner: target.partner,
      fields: target.material.personalization,
      facts: factsShown(target),
      to,
      transport,
      render,
      suppressions,
      skipInvalid: Boolean(request.skipInvalid),
      dryRun: Boolean(request.dryRun),
      again: Boolean(request.again),
    });
    if (result.status !== "planned") return result;
    return { ...result, run: (controls) => this.run(result.plan, render, controls, suppressions) };
  }

  /**
   * A paused or interrupted send, ready to finish from wherever it stopped. Its campaign, email and
   * partner are found again in the content as it is now (`target`) and checked again: a campaign
   * withdrawn from approval since the send started does not go out. A send planned through Resend
   * never falls back to the outbox.
   */
  async resume(
    sendId: string,
    target: (ids: SendIds) => Resolved<SendTarget> | Promise<Resolved<SendTarget>>,
  ): Promise<({ status: "ready" } & ReadySend) | { status: "refused"; refusals: SendRefusal[] }> {
    let plan: SendPlan;
    try {
      plan = await readPlan(this.chorusDir, sendId);
    } catch {
      return refused({ code: "unknown-send", sendId, message: `there is no send "${sendId}"` });
    }
    if (plan.transport === "resend" && !this.resendApiKey) return refused(resendKeyMissing(sendId));
    const found = await target({
      campaignId: plan.campaignId,
      materialId: plan.materialId,
      partnerId: plan.partnerId,
    });
    if (!found.ok) return refused(...found.refusals);
    const refusals = [
      ...contentRefusals(found.value),
      ...sendRefusals(found.value.campaign, found.value.partner, {
        proof: plan.proof,
        email: { id: found.value.material.id, facts: factsShown(found.value) },
      }),
    ];
    if (refusals.length > 0) return refused(...refusals);
    const render = await renderer(found.value, plan.proof);
    return { status: "ready", plan, run: (controls) => this.run(plan, render, controls) };
  }

  /**
   * Send `target` to a segment kept in Resend as a Resend Broadcast (large lists): personalization
   * fields become Resend merge tags, filled per contact. With the `sendId` of an earlier attempt it
   * sends the broadcast already created. Throws `SendRefused` when it may not go out.
   */
  async broadcast(
    target: SendTarget,
    segmentId: string,
    options: { sendId?: string } = {},
  ): Promise<BroadcastResult> {
    const refusals = contentRefusals(target);
    if (!this.resendApiKey) refusals.push(resendKeyMissing(options.sendId));
    if (refusals.length > 0 || !this.resendApiKey) throw new SendRefused(refusals);
    const render = await renderer(target, false);
    return sendBroadcast({
      chorusDir: this.chorusDir,
      resend: { apiKey: this.resendApiKey },
      campaign: target.campaign,
      materialId: target.material.id,
      facts: factsShown(target),
      partner: target.partner,
      segmentId,
      email: await render(resendMergeTags(target.material)),
      ...(options.sendId ? { sendId: options.sendId } : {}),
    });
  }

  private async run(
    plan: SendPlan,
    render: Renderer,
    controls: RunControls = {},
    suppressions?: SuppressionList,
  ): Promise<RunResult> {
    const transport = this.transportFor(plan);
    return runSend({
      chorusDir: this.chorusDir,
      sendId: plan.sendId,
      transport,
      render,
      suppressions: suppressions ?? (await this.suppressions()),
      // The outbox writes files: no account to protect, so no limit.
      requestsPerSecond: transport.name === "outbox" ? null : controls.requestsPerSecond,
      resendUncertain: Boolean(controls.resendUncertain),
      ...(controls.onProgress ? { onProgress: controls.onProgress } : {}),
      ...(controls.signal ? { signal: controls.signal } : {}),
    });
  }

  private transportFor(plan: SendPlan): Transport {
    if (plan.transport === "outbox")
      return new OutboxTransport(sendPaths(this.chorusDir, plan.sendId).outbox);
    if (!this.resendApiKey) throw new SendRefused([resendKeyMissing(plan.sendId)]);
    return new ResendTransport({ apiKey: this.resendApiKey });
  }

  /** The suppression list every send reads (`<chorusDir>/suppressions.jsonl`): unsubscribes, bounces, complaints. */
  suppressions(): Promise<SuppressionList> {
    return SuppressionList.load(path.join(this.chorusDir, "suppressions.jsonl"));
  }

  /**
   * A signed Resend webhook event: bounces and complaints join the suppression list; forged or stale
   * events get 401, a signed body that is not an event 400. Give the raw body exactly as received.
   */
  async webhook(secret: string, rawBody: string, headers: WebhookHeaders): Promise<WebhookResult> {
    return createWebhookHandler({ secret, suppressions: await this.suppressions() })(rawBody, headers);
  }

  /** Every batch send on disk, newest first (a folder still being planned is left out). */
  async list(): Promise<SendSummary[]> {
    const names = await readdir(path.join(this.chorusDir, "sends")).catch(() => [] as string[]);
    const out: SendSummary[] = [];
    for (const sendId of names) {
      try {
        const [plan, report] = await Promise.all([
          readPlan(this.chorusDir, sendId),
          readReport(this.chorusDir, sendId),
        ]);
        const files = await readdir(sendPaths(this.chorusDir, sendId).outbox).catch(() => [] as string[]);
        const messages = files.filter((file) => file.endsWith(".eml")).length;
        out.push({ sendId, createdAt: plan.createdAt, report, messages });
      } catch {
        // Not a send folder (a broadcast, or one still being planned): nothing to list.
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** An outbox send's messages in order (at most `limit`; with `search`, those whose recipient contains it). */
  outbox(
    sendId: string,
    options: { search?: string; limit?: number } = {},
  ): Promise<{ messages: OutboxEntry[]; total: number; limit: number }> {
    return listOutbox(this.chorusDir, sendId, options);
  }

  /** The text of one outbox message (`NNNNNN-NNN.eml`), or undefined. */
  outboxMessage(sendId: string, file: string): Promise<string | undefined> {
    return readOutboxMessage(this.chorusDir, sendId, file);
  }
}

function refused(...refusals: SendRefusal[]): { status: "refused"; refusals: SendRefusal[] } {
  return { status: "refused", refusals };
}

function resendKeyMissing(sendId: string | undefined): SendRefusal {
  return {
    code: "resend-key-missing",
    sendId,
    message: `${sendId ? `send ${sendId} goes` : "sending goes"} through Resend, and there is no Resend API key (RESEND_API_KEY)`,
  };
}

/**
 * Render once with `@chorus/emails`' fast path, then personalize per recipient by substitution.
 * Imported when first needed, so reading sends, the outbox or a webhook does not load React Email.
 */
async function renderer(target: SendTarget, proof: boolean): Promise<Renderer> {
  const { prepareMaterial } = await import("@chorus/emails");
  const prepared = await prepareMaterial(
    target.content,
    target.campaign.id,
    target.material.id,
    target.partner.id,
    { proof },
  );
  return (recipient) => prepared.forRecipient(recipient);
}

/** Personalization for a Broadcast: Resend fills `{{{FIRST_NAME|fallback}}}` per contact. */
function resendMergeTags(material: EmailMaterial): Record<string, string> {
  return Object.fromEntries(
    material.personalization.map((field) => {
      const name = field.name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
      return [field.name, `{{{${name}${field.fallback ? `|${field.fallback}` : ""}}}}`];
    }),
  );
}
