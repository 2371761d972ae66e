import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { LoadedCampaign } from "@chorus/content";
import { writeFileAtomic } from "@chorus/content/node";
import {
  type CampaignPlanResult,
  CampaignSender,
  type ImportSummary,
  type SendTarget as PackageSendTarget,
  type Progress,
  type ReadySend,
  readPlan,
  readReport,
  type SendIds,
  SendInProgressError,
  type SendRefusal,
  type SendReport,
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

type Listener = (send: LiveSend) => void;

/** How many outbox messages one listing shows (search finds the others). */
export const OUTBOX_PAGE = 500;

/** One send on disk (`.chorus/sends/<id>/`), for the list of sends. */
export interface SendSummary {
  sendId: string;
  createdAt: string;
  state: LiveSend["state"];
  report: SendReport;
  /** Messages written to the outbox (0 for a send through Resend). */
  messages: number;
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

  constructor(
    readonly chorusDir: string,
    resendApiKey: string | undefined,
    private readonly resolve: PlanResolver,
  ) {
    this.sender = new CampaignSender({ chorusDir, resendApiKey });
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
    /** Set when the only reason is that everyone on the list already had this email. */
    alreadySent?: number;
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
      };
    }
    return {
      status: "checked",
      import: result.import,
      recipients: result.plan.recipients,
      ...(result.status === "dry-run" ? { unsafe: result.unsafe } : {}),
    };
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
  private async withUpload(
    csv: string,
    use: (file: string) => Promise<CampaignPlanResult>,
  ): Promise<CampaignPlanResult> {
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

  /** Every send on disk, newest first, with its state as far as the journal (or a run here) knows. */
  async list(): Promise<SendSummary[]> {
    return (await this.sender.list()).map((send) => {
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
