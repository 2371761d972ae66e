import { readdir } from "node:fs/promises";
import path from "node:path";
import type { EmailMaterial } from "@chorus/content";
import { type BroadcastResult, sendBroadcast } from "./broadcast.js";
import { factsPastReview, sendRefusals } from "./guards.js";
import { listOutbox, type OutboxEntry, readOutboxMessage } from "./outbox-reader.js";
import {
  type PlanOptions,
  type PlanResult,
  planSend,
  readPlan,
  type SendPlan,
  sendPaths,
  type TransportName,
} from "./plan.js";
import { type SendRefusal, SendRefused } from "./refusals.js";
import { readReport, type SendReport } from "./report.js";
import {
  type CancelResult,
  cancelSchedule,
  claimSchedule,
  formatUtc,
  listSchedules,
  parseSendTime,
  readScheduleState,
  recordNotStarted,
  type ScheduledSend,
  type ScheduleOutcome,
  type SendSchedule,
  scheduledRefusal,
} from "./schedule.js";
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
  /** The email's subject line as written (sends planned before it was recorded have none). */
  subject?: string;
  report: SendReport;
  /** Messages written to the outbox (0 for a send through Resend). */
  messages: number;
  /** For a scheduled send: its time, and whether it is still waiting, started or cancelled. */
  schedule?: SendSchedule & { state: ScheduledSend["state"]; outcome?: ScheduleOutcome };
}

export interface ScheduleRequest {
  /** Default: `resend` with an API key, `outbox` without. */
  transport?: TransportName;
  /** Send to the valid rows even when some rows are invalid (they are reported). */
  skipInvalid?: boolean;
  /** Also send to addresses an earlier send of this email from this partner reached. */
  again?: boolean;
  /** Who schedules it (a team member's email address), kept with the schedule. */
  by?: string | undefined;
  /** The time it is now (tests). */
  now?: Date;
}

export type CampaignScheduleResult =
  | Extract<PlanResult, { status: "refused" }>
  | (Omit<Extract<PlanResult, { status: "planned" }>, "status"> & {
      status: "scheduled";
      schedule: SendSchedule;
    });

/** What became of an attempt to start a scheduled send (`startScheduled`). */
export type StartScheduledResult =
  /** Claimed and checked again: run it (`lateMs` after its time; `recovered` from a process that died). */
  | ({ status: "started"; lateMs: number; recovered: boolean; schedule: SendSchedule } & ReadySend)
  /** Claimed, but it may not go out now: recorded as paused with these reasons (resume it once fixed). */
  | { status: "refused"; refusals: SendRefusal[]; lateMs: number; schedule: SendSchedule }
  | { status: "not-due"; dueAt: string }
  | { status: "cancelled" }
  | { status: "already-started"; outcome: ScheduleOutcome }
  | { status: "unknown" };

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
      ...this.#planOf(target),
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
    // A scheduled send starts at its time, through its claim (`startScheduled`), or not at all.
    const scheduled = await readScheduleState(this.chorusDir, sendId);
    if (scheduled && !scheduled.outcome) return refused(scheduledRefusal(sendId, scheduled.schedule.dueAt));
    if (scheduled?.outcome?.outcome === "cancelled")
      return refused({
        code: "unknown-send",
        sendId,
        message: `send "${sendId}" was cancelled before it started`,
      });
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
   * Check and plan a send of `target` to a recipients CSV now, to start at `at`: an ISO 8601 time with its
   * offset from UTC (`2026-09-10T09:00-04:00`) or `Z`. Refused as `plan` refuses (approval, invalid rows,
   * everyone already sent to, an unfinished or scheduled send of the same email), and also when the time
   * is not a time, has no time zone, has passed or is over a year ahead, or when a figure the email shows
   * is due for review before then. The plan and its schedule are written together; at its time a
   * scheduler (the builder's) or `chorus send --due` starts it with `startScheduled`, which checks it again.
   * The list is read now: the file may change or go afterwards.
   */
  async schedule(
    target: SendTarget,
    to: { csv: string },
    at: string,
    request: ScheduleRequest = {},
  ): Promise<CampaignScheduleResult> {
    const now = request.now ?? new Date();
    const time = parseSendTime(at, now);
    if (!time.ok)
      return refused({
        code: "invalid-send-time",
        given: at,
        timeProblem: time.problem,
        message: time.message,
      });
    const transport = request.transport ?? this.transport;
    const refusals = contentRefusals(target);
    if (transport === "resend" && !this.resendApiKey) refusals.push(resendKeyMissing(undefined));
    // The figures are checked for the day the send goes out, not only for today.
    const dueThen = factsPastReview(factsShown(target), time.dueAt);
    if (dueThen.length > 0) {
      refusals.push({
        code: "fact-past-review",
        campaignId: target.campaign.id,
        materialId: target.material.id,
        facts: dueThen,
        message: `email "${target.material.id}" of campaign "${target.campaign.id}" would go out at ${formatUtc(time.dueAt)}, after the review date of ${dueThen.length === 1 ? `a figure it shows: fact "${dueThen[0]!.id}" is due for review on ${dueThen[0]!.reviewBy}` : `figures it shows: ${dueThen.map((f) => `fact "${f.id}" (due for review on ${f.reviewBy})`).join(", ")}`}`,
      });
    }
    if (refusals.length > 0) return { status: "refused", refusals };
    const render = await renderer(target, false);
    const result = await planSend({
      ...this.#planOf(target),
      to,
      transport,
      render,
      suppressions: await this.suppressions(),
      skipInvalid: Boolean(request.skipInvalid),
      again: Boolean(request.again),
      now,
      schedule: {
        dueAt: time.dueAt.toISOString(),
        given: time.given,
        scheduledAt: now.toISOString(),
        ...(request.by ? { by: request.by } : {}),
      },
    });
    if (result.status === "refused") return result;
    if (result.status !== "planned") throw new Error("a scheduled send is never a dry run");
    const schedule = await readScheduleState(this.chorusDir, result.plan.sendId);
    if (!schedule) throw new Error(`the schedule of send ${result.plan.sendId} was not written`);
    return { ...result, status: "scheduled", schedule: schedule.schedule };
  }

  /** What a plan takes from the send's target: the campaign, email, partner and figures, in this folder. */
  #planOf(target: SendTarget) {
    return {
      chorusDir: this.chorusDir,
      campaign: target.campaign,
      materialId: target.material.id,
      subject: target.material.subject,
      partner: target.partner,
      fields: target.material.personalization,
      facts: factsShown(target),
    } satisfies Partial<PlanOptions>;
  }

  /** Every scheduled send on disk (waiting, started or cancelled), soonest first. */
  schedules(): Promise<ScheduledSend[]> {
    return listSchedules(this.chorusDir);
  }

  /**
   * The scheduled sends to start at `now`: those whose time has come, and any a process claimed and died
   * before sending anything from.
   */
  async dueSchedules(now: Date = new Date()): Promise<ScheduledSend[]> {
    return (await this.schedules()).filter(
      (s) => (s.state === "pending" && Date.parse(s.schedule.dueAt) <= now.getTime()) || s.orphaned,
    );
  }

  /**
   * Start a scheduled send whose time has come: claim it (exactly one process does, and a cancellation
   * racing with it either wins or finds it started), check it again against the content as it is now
   * (`target`, as for `resume`: a campaign changed after approval or withdrawn, a figure past review), and
   * hand back the send to run. A send refused at its time is recorded as paused with the reasons.
   */
  async startScheduled(
    sendId: string,
    target: (ids: SendIds) => Resolved<SendTarget> | Promise<Resolved<SendTarget>>,
    options: { now?: Date } = {},
  ): Promise<StartScheduledResult> {
    const claim = await claimSchedule(this.chorusDir, sendId, options.now ?? new Date());
    if (claim.status !== "claimed") return claim;
    const { lateMs, recovered, schedule } = claim;
    let resumed: Awaited<ReturnType<CampaignSender["resume"]>>;
    try {
      resumed = await this.resume(sendId, target);
    } catch (error) {
      // Claimed and not started: say why where the send is listed, so it is not left waiting unseen.
      await recordNotStarted(
        this.chorusDir,
        sendId,
        `it could not start at its time: ${(error as Error).message}`,
      );
      throw error;
    }
    if (resumed.status === "refused") {
      const reasons = resumed.refusals.map((r) => r.message).join("; ");
      await recordNotStarted(this.chorusDir, sendId, `not sent at its scheduled time: ${reasons}`);
      return { status: "refused", refusals: resumed.refusals, lateMs, schedule };
    }
    return { status: "started", lateMs, recovered, schedule, plan: resumed.plan, run: resumed.run };
  }

  /**
   * Cancel a scheduled send that has not started. Of a cancel and a start at the same moment, exactly
   * one happens. The recipients' addresses are removed; the send never goes out.
   */
  cancelSchedule(sendId: string, options: { by?: string | undefined } = {}): Promise<CancelResult> {
    return cancelSchedule(this.chorusDir, sendId, options);
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
        const scheduled = await readScheduleState(this.chorusDir, sendId);
        out.push({
          sendId,
          createdAt: plan.createdAt,
          ...(plan.subject ? { subject: plan.subject } : {}),
          report,
          messages,
          ...(scheduled
            ? {
                schedule: {
                  ...scheduled.schedule,
                  state: scheduled.outcome?.outcome ?? "pending",
                  ...(scheduled.outcome ? { outcome: scheduled.outcome } : {}),
                },
              }
            : {}),
        });
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
