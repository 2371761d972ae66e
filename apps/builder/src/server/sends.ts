import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { LoadedCampaign } from "@chorus/content";
import { writeFileAtomic } from "@chorus/content/node";
import {
  type CampaignPlanResult,
  type CampaignScheduleResult,
  CampaignSender,
  formatUtc,
  type ImportSummary,
  type SendTarget as PackageSendTarget,
  type Progress,
  type ReadySend,
  type Resolved,
  readPlan,
  readReport,
  type ScheduleOutcome,
  type SendIds,
  SendInProgressError,
  type SendRefusal,
  type SendReport,
  type SendSchedule,
  SendScheduler,
  type StartedSchedule,
  type TransportName,
  type WebhookHeaders,
} from "@chorus/send";
import { PAUSED_IN_BUILDER } from "../shared/sends.js";

export { parseEml } from "@chorus/send";

/** One email of a saved campaign for one partner, as `target()` resolves it: what is previewed, exported and sent. */
export type SendTarget = PackageSendTarget & { loaded: LoadedCampaign };

export interface LiveSend {
  sendId: string;
  state: "running" | "paused" | "complete" | "failed";
  progress?: Progress;
  report?: SendReport;
  error?: string;
}

/** A send's schedule as lists show it: when it was (or is) due, and what became of it. */
export type ScheduleInfo = SendSchedule & {
  state: "pending" | "started" | "cancelled";
  outcome?: ScheduleOutcome;
};

/** A send scheduled and not started yet, as the Outbox lists it. */
export interface WaitingSend {
  sendId: string;
  campaignId: string;
  materialId: string;
  partnerId: string;
  /** The email's subject line as written in the campaign. */
  subject?: string;
  recipients: number;
  /** Rows with problems the person chose to skip. */
  skippedInvalid: number;
  transport: TransportName;
  dueAt: string;
  scheduledAt: string;
  by?: string;
}

type Listener = (send: LiveSend) => void;

/** How many outbox messages one listing shows (search finds the others). */
export const OUTBOX_PAGE = 500;

/** One send on disk (`.chorus/sends/<id>/`), for the list of sends. */
export interface SendSummary {
  sendId: string;
  createdAt: string;
  /** The email's subject line as written (sends planned before it was recorded have none). */
  subject?: string;
  state: LiveSend["state"];
  report: SendReport;
  /** Messages written to the outbox (0 for a send through Resend). */
  messages: number;
  /** A send that was scheduled: when it was due, and when it started. */
  schedule?: ScheduleInfo;
}

/** The campaign, material and partner a saved plan names, loaded as they are now (refusing if broken). */
export type PlanResolver = (ids: SendIds) => Promise<PackageSendTarget>;

/**
 * A refusal in the builder's words, with the HTTP status it is answered with: the next step names what
 * a communicator can do here (a page, a checkbox), never a command-line flag.
 */
export function builderRefusal(refusal: SendRefusal): { status: 404 | 422; reason: string } {
  const refuse = (reason: string) => ({ status: 422 as const, reason });
  switch (refusal.code) {
    case "unknown-campaign":
      return { status: 404, reason: `no campaign "${refusal.campaignId}"` };
    case "unknown-material":
      return { status: 404, reason: refusal.message };
    case "unknown-partner":
      return { status: 404, reason: `no partner "${refusal.partnerId}"` };
    case "unknown-send":
      return { status: 404, reason: "no such send" };
    case "campaign-has-errors":
      return refuse(
        `campaign "${refusal.campaignId}" has errors to fix first: ${refusal.problem.message} (line ${refusal.problem.line})`,
      );
    case "edited-after-approval":
      return refuse(
        `campaign "${refusal.campaignId}" was changed after it was approved${refusal.approvedOn ? ` on ${refusal.approvedOn}` : ""}: send it back to review and approve it again before sending`,
      );
    case "brand-contrast": {
      const [first] = refusal.problems;
      return refuse(
        `the brand kit of ${refusal.partnerName} has colours that are hard to read, so its emails cannot be exported or sent yet: ${first?.file} ${first?.path}: ${first?.message}`,
      );
    }
    case "partner-has-errors":
    case "library-has-errors":
      return refuse(
        `${refusal.message}. Partner kits and the library are fixed in the campaigns folder, not here.`,
      );
    case "not-approved":
      return refuse(`${refusal.message}. Approve it first, or send a proof to review it.`);
    case "fact-past-review":
      return refuse(
        `${refusal.message}. Check ${refusal.facts.length === 1 ? "the figure against its source" : "each figure against its source"} and update the fact and its review date in the library (fixed in the campaigns folder, not here); a proof can still go to a reviewer.`,
      );
    case "invalid-rows":
      return refuse(
        `${refusal.message}: fix the file, or tick “Skip the rows with problems and send to the others”`,
      );
    case "unfinished-send":
      return refuse(
        `${refusal.message}. Finish it with Resume on the Outbox page, under “Unfinished sends”.`,
      );
    case "resend-key-missing":
      return refuse("this send goes through Resend: start the builder with RESEND_API_KEY set to finish it");
    case "scheduled-send":
      return refuse(
        `this email is already scheduled to go out from this partner at ${formatUtc(refusal.dueAt)} (send ${refusal.sendId}). It goes then; to send now instead, cancel it on the Outbox page under “Scheduled sends” first.`,
      );
    case "invalid-send-time":
      return refuse(`The send time ${refusal.message.replace(/^"[^"]*" /, "")}`);
    default:
      return refuse(refusal.message);
  }
}

const reasonsOf = (refusals: SendRefusal[]) => refusals.map((r) => builderRefusal(r).reason);

/**
 * The builder's face on `@chorus/send`'s `CampaignSender`: it runs sends in the background and keeps
 * their live progress for the page (and its server-sent events); pause aborts a run cleanly, resume
 * runs it again, and the journal makes the runs one send. Checking, planning, refusing, transports and
 * the outbox are the package's.
 */
export class SendManager {
  private readonly live = new Map<string, LiveSend>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly sender: CampaignSender;
  private scheduler: SendScheduler | undefined;

  constructor(
    readonly chorusDir: string,
    resendApiKey: string | undefined,
    private readonly resolve: PlanResolver,
    private readonly events: {
      /** The content as it is now, for a scheduled send checked again at its time (refusals as data). */
      find?: (ids: SendIds) => Promise<Resolved<PackageSendTarget>>;
      /** A scheduled send started by itself (for the audit trail). */
      onScheduledStart?: (started: StartedSchedule) => unknown;
    } = {},
  ) {
    this.sender = new CampaignSender({ chorusDir, resendApiKey });
  }

  /**
   * Start the scheduler: every schedule on disk is picked up (those whose time passed while the builder
   * was stopped start at once, marked late) and each later one starts at its time, also those scheduled
   * from a terminal (`chorus send --at`). Claims are shared with every other builder and `chorus send
   * --due`, so a send is started once.
   */
  startScheduler(): Promise<void> {
    this.scheduler ??= new SendScheduler({
      sender: this.sender,
      target: (ids) =>
        this.events.find
          ? this.events.find(ids)
          : this.resolve(ids).then((value) => ({ ok: true as const, value })),
      onStart: (started) => {
        this.run(started.sendId, started);
        void Promise.resolve(this.events.onScheduledStart?.(started)).catch((error) => console.error(error));
      },
      onRefused: ({ sendId, refusals }) =>
        console.error(
          `chorus builder: scheduled send ${sendId} was not sent at its time: ${refusals.map((r) => r.message).join("; ")}`,
        ),
      onError: (error, sendId) =>
        console.error(`chorus builder: scheduled send${sendId ? ` ${sendId}` : "s"}:`, error),
    });
    return this.scheduler.start();
  }

  stopScheduler(): void {
    this.scheduler?.stop();
  }

  /** Read the schedules on disk again now, rather than at the next pass (another process scheduled one). */
  rescanSchedules(): Promise<void> {
    return this.scheduler?.rescan() ?? Promise.resolve();
  }

  get transportName(): TransportName {
    return this.sender.transport;
  }

  /**
   * A signed Resend webhook event: bounces and complaints join the suppression list every later
   * send (builder or CLI) reads; forged or stale events are refused with 401.
   */
  webhook(secret: string, rawBody: string, headers: WebhookHeaders) {
    return this.sender.webhook(secret, rawBody, headers);
  }

  /** Check a recipients CSV (row by row) and every email it would produce; writes no plan. */
  async check(
    target: PackageSendTarget,
    csv: string,
  ): Promise<{
    status: string;
    reasons?: string[];
    import?: ImportSummary;
    recipients?: number;
    unsafe?: { row: number; problems: string[] }[];
    /** How many on the list already had this email from this partner (skipped; all of them when refused for it). */
    alreadySent?: number;
    /** A send of this email from this partner is scheduled and has not started: it goes first, or is cancelled. */
    scheduled?: { sendId: string; dueAt: string };
  }> {
    const result = await this.withUpload(csv, (file) =>
      this.sender.plan(target, { csv: file }, { skipInvalid: true, dryRun: true }),
    );
    if (result.status === "refused") {
      const [only] = result.refusals;
      return {
        status: "refused",
        reasons: reasonsOf(result.refusals),
        ...(result.import ? { import: result.import } : {}),
        ...(only?.code === "already-sent" && result.refusals.length === 1 ? { alreadySent: only.count } : {}),
        ...(result.scheduled?.[0] ? { scheduled: result.scheduled[0] } : {}),
      };
    }
    return {
      status: "checked",
      import: result.import,
      recipients: result.plan.recipients,
      ...(result.status === "dry-run" ? { unsafe: result.unsafe } : {}),
      ...(result.alreadySent.count > 0 ? { alreadySent: result.alreadySent.count } : {}),
    };
  }

  /**
   * Plan a send to a list now, to start at `at` (ISO 8601 with its offset from UTC): checked and refused as
   * a send is, and also for a time that is past, has no offset, or is over a year ahead.
   */
  async schedule(
    target: PackageSendTarget,
    csv: string,
    at: string,
    options: { skipInvalid: boolean; by?: string | undefined; now?: Date },
  ): Promise<
    | { status: "scheduled"; sendId: string; recipients: number; dueAt: string; alreadySent: number }
    | { status: "refused"; reasons: string[]; import?: ImportSummary }
  > {
    const result = await this.withUpload(csv, (file) =>
      this.sender.schedule(target, { csv: file }, at, {
        skipInvalid: options.skipInvalid,
        by: options.by,
        ...(options.now ? { now: options.now } : {}),
      }),
    );
    if (result.status === "refused") {
      return {
        status: "refused",
        reasons: reasonsOf(result.refusals),
        ...(result.import ? { import: result.import } : {}),
      };
    }
    // Timed from now on, not at the next rescan.
    void this.scheduler?.rescan();
    return {
      status: "scheduled",
      sendId: result.plan.sendId,
      recipients: result.plan.recipients,
      dueAt: result.schedule.dueAt,
      alreadySent: result.alreadySent.count,
    };
  }

  /** The sends scheduled and not started yet, soonest first. */
  async waiting(): Promise<WaitingSend[]> {
    return (await this.sender.schedules())
      .filter((s) => s.state === "pending")
      .map(({ sendId, plan, schedule }) => ({
        sendId,
        campaignId: plan.campaignId,
        materialId: plan.materialId,
        partnerId: plan.partnerId,
        ...(plan.subject ? { subject: plan.subject } : {}),
        recipients: plan.recipients,
        skippedInvalid: plan.import.skippedInvalid ? plan.import.invalidRows : 0,
        transport: plan.transport,
        dueAt: schedule.dueAt,
        scheduledAt: schedule.scheduledAt,
        ...(schedule.by ? { by: schedule.by } : {}),
      }));
  }

  /** Cancel a scheduled send that has not started: 409 once it has (a send under way is paused instead). */
  async cancelSchedule(
    sendId: string,
    by?: string,
  ): Promise<
    | { status: 404 | 409; reason: string }
    | { status: "cancelled"; plan: { campaignId: string; materialId: string; partnerId: string } }
  > {
    const result = await this.sender.cancelSchedule(sendId, { by });
    switch (result.status) {
      case "cancelled":
        void this.scheduler?.rescan();
        return { status: "cancelled", plan: result.plan };
      case "already-cancelled":
        return { status: 409, reason: "this scheduled send was already cancelled" };
      case "already-started":
        return {
          status: 409,
          reason: "this send has already started, so it can no longer be cancelled: pause it instead",
        };
      default:
        return { status: 404, reason: "no such scheduled send" };
    }
  }

  /** Plan a send (full list, or one proof address) and start it in the background. */
  async start(
    target: PackageSendTarget,
    to: { csv: string } | { proof: string },
    options: { skipInvalid: boolean },
  ): Promise<
    | { status: "started"; sendId: string; recipients: number }
    | { status: "refused"; reasons: string[]; import?: ImportSummary }
  > {
    const plan = (recipients: { csv: string } | { proof: string }) =>
      this.sender.plan(target, recipients, { skipInvalid: options.skipInvalid });
    const result =
      "csv" in to ? await this.withUpload(to.csv, (file) => plan({ csv: file })) : await plan(to);
    if (result.status === "refused") {
      return {
        status: "refused",
        reasons: reasonsOf(result.refusals),
        ...(result.import ? { import: result.import } : {}),
      };
    }
    if (result.status !== "planned") throw new Error("unexpected dry run");
    const sendId = result.plan.sendId;
    this.run(sendId, result);
    return { status: "started", sendId, recipients: result.plan.recipients };
  }

  /** The upload as a file under `.chorus/uploads/` for as long as `use` needs it. */
  private async withUpload<T extends CampaignPlanResult | CampaignScheduleResult>(
    csv: string,
    use: (file: string) => Promise<T>,
  ): Promise<T> {
    const dir = path.join(this.chorusDir, "uploads");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
    await writeFileAtomic(file, csv);
    try {
      return await use(file);
    } finally {
      await rm(file, { force: true });
    }
  }

  private emit(send: LiveSend): void {
    this.live.set(send.sendId, send);
    for (const listener of this.listeners.get(send.sendId) ?? []) listener(send);
  }

  private run(sendId: string, ready: Pick<ReadySend, "run">): void {
    const controller = new AbortController();
    this.controllers.set(sendId, controller);
    this.emit({ sendId, state: "running" });
    void (async () => {
      try {
        const result = await ready.run({
          onProgress: (progress) => this.emit({ sendId, state: "running", progress }),
          signal: controller.signal,
        });
        const progress = this.live.get(sendId)?.progress;
        this.emit({
          sendId,
          state: result.status === "complete" ? "complete" : "paused",
          report: result.report,
          ...(progress ? { progress } : {}),
        });
      } catch (error) {
        if (error instanceof SendInProgressError) {
          // Sent by another process (a terminal, another builder): say so, and read its state from disk later.
          this.emit({
            sendId,
            state: "failed",
            error: `this send is running in another process (pid ${error.pid}): wait for it to finish, then look again`,
          });
          this.live.delete(sendId);
        } else {
          this.emit({ sendId, state: "failed", error: (error as Error).message });
        }
      } finally {
        this.controllers.delete(sendId);
      }
    })();
  }

  pause(sendId: string): boolean {
    const controller = this.controllers.get(sendId);
    if (!controller) return false;
    controller.abort(PAUSED_IN_BUILDER);
    return true;
  }

  /**
   * Resume a paused or interrupted send, including one from before a restart of the builder: the
   * campaign, email and partner its plan names are found again and checked again, so a campaign
   * withdrawn from approval since the send started does not go out. The journal makes the runs one
   * send: nobody gets a second email. Returns why not, or nothing.
   */
  async resume(sendId: string): Promise<{ status: 404 | 409 | 422; reason: string } | undefined> {
    const busy = { status: 409, reason: "this send is already running" } as const;
    if (this.controllers.has(sendId)) return busy;
    const report = await readReport(this.chorusDir, sendId).catch(() => undefined);
    if (!report) return { status: 404, reason: "no such send" };
    if (report.status === "complete") return { status: 409, reason: "this send is complete" };
    const resumed = await this.sender.resume(sendId, async (ids) => ({
      ok: true,
      value: await this.resolve(ids),
    }));
    if (resumed.status === "refused") {
      const answers = resumed.refusals.map(builderRefusal);
      return { status: answers[0]?.status ?? 422, reason: answers.map((a) => a.reason).join("; ") };
    }
    // Another run (a second tab) may have begun while the content loaded.
    if (this.controllers.has(sendId)) return busy;
    this.run(sendId, resumed);
    return undefined;
  }

  /**
   * Every send on disk that has started, newest first, with its state as far as the journal (or a run here)
   * knows. Scheduled sends are listed here once they start; those waiting are in `waiting`, and cancelled
   * ones never went out.
   */
  async list(): Promise<SendSummary[]> {
    return (await this.sender.list())
      .filter((send) => !send.schedule || send.schedule.state === "started")
      .map((send) => {
        const live = this.live.get(send.sendId)?.state;
        const state =
          live === "running" || live === "failed"
            ? live
            : send.report.status === "complete"
              ? "complete"
              : "paused";
        return { ...send, state };
      });
  }

  /** The organization a send goes out as (its plan's partner), or undefined for no such send. */
  async partnerOf(sendId: string): Promise<string | undefined> {
    return (await readPlan(this.chorusDir, sendId).catch(() => undefined))?.partnerId;
  }

  async status(sendId: string): Promise<LiveSend | undefined> {
    const live = this.live.get(sendId);
    if (live) return live;
    try {
      const report = await readReport(this.chorusDir, sendId);
      return { sendId, state: report.status === "complete" ? "complete" : "paused", report };
    } catch {
      return undefined;
    }
  }

  subscribe(sendId: string, listener: Listener): () => void {
    let set = this.listeners.get(sendId);
    if (!set) {
      set = new Set();
      this.listeners.set(sendId, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * An outbox send's messages in order, at most `limit` of them (a page); with `search`, only those
   * whose recipient contains it (ignoring case). `total` is every message in the send.
   */
  outboxMessages(sendId: string, options: { search?: string; limit?: number } = {}) {
    return this.sender.outbox(sendId, { ...options, limit: options.limit ?? OUTBOX_PAGE });
  }

  outboxMessage(sendId: string, file: string): Promise<string | undefined> {
    return this.sender.outboxMessage(sendId, file);
  }
}
