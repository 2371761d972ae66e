import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { ContentSet, EmailMaterial, LoadedCampaign, PartnerKit } from "@chorus/content";
import { writeFileAtomic } from "@chorus/content/node";
import { prepareMaterial } from "@chorus/emails";
import {
  createWebhookHandler,
  type ImportSummary,
  OutboxTransport,
  type Progress,
  planSend,
  type Renderer,
  ResendTransport,
  readPlan,
  readReport,
  runSend,
  SendInProgressError,
  type SendPlan,
  type SendReport,
  SuppressionList,
  sendPaths,
  sendRefusals,
  type Transport,
  type TransportName,
} from "@chorus/send";
import { PAUSED_IN_BUILDER } from "../shared/sends.js";

export interface SendTarget {
  content: ContentSet;
  loaded: LoadedCampaign;
  material: EmailMaterial;
  partner: PartnerKit;
}

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
export type PlanResolver = (plan: SendPlan) => Promise<SendTarget>;

/**
 * Sends through @chorus/send, as the CLI does: plan (checks, renders every email, writes the plan),
 * then run batch by batch with a journal. Pause aborts the run cleanly; resume runs it again, and
 * the journal makes the two one send.
 */
export class SendManager {
  private readonly live = new Map<string, LiveSend>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly renderers = new Map<string, Renderer>();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    readonly chorusDir: string,
    private readonly resendApiKey: string | undefined,
    private readonly resolve: PlanResolver,
  ) {}

  get transportName(): TransportName {
    return this.resendApiKey ? "resend" : "outbox";
  }

  /** A send finishes the way it started: a send planned for Resend never falls back to the outbox. */
  private transport(sendId: string, name: TransportName): Transport {
    if (name === "resend") {
      if (!this.resendApiKey) throw new Error("this send goes through Resend: set RESEND_API_KEY");
      return new ResendTransport({ apiKey: this.resendApiKey });
    }
    return new OutboxTransport(sendPaths(this.chorusDir, sendId).outbox);
  }

  private async renderer(target: SendTarget, proof: boolean): Promise<Renderer> {
    const prepared = await prepareMaterial(
      target.content,
      target.loaded.campaign.id,
      target.material.id,
      target.partner.id,
      { proof },
    );
    return (recipient) => prepared.forRecipient(recipient);
  }

  private suppressions(): Promise<SuppressionList> {
    return SuppressionList.load(path.join(this.chorusDir, "suppressions.jsonl"));
  }

  /**
   * A signed Resend webhook event: bounces and complaints join the suppression list every later
   * send (builder or CLI) reads; forged or stale events are refused with 401.
   */
  async webhook(secret: string, rawBody: string, headers: Headers) {
    const handle = createWebhookHandler({ secret, suppressions: await this.suppressions() });
    return handle(rawBody, headers);
  }

  /** Check a recipients CSV (row by row) and every email it would produce; writes no plan. */
  async check(
    target: SendTarget,
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
    const file = await this.saveUpload(csv);
    try {
      const result = await planSend({
        chorusDir: this.chorusDir,
        campaign: target.loaded.campaign,
        materialId: target.material.id,
        partner: target.partner,
        fields: target.material.personalization,
        to: { csv: file },
        transport: this.transportName,
        render: await this.renderer(target, false),
        suppressions: await this.suppressions(),
        skipInvalid: true,
        dryRun: true,
      });
      if (result.status === "refused")
        return {
          status: "refused",
          reasons: appReasons(result),
          ...(result.import ? { import: result.import } : {}),
          ...(result.alreadySent?.count && result.reasons.length === 1
            ? { alreadySent: result.alreadySent.count }
            : {}),
        };
      return {
        status: "checked",
        import: result.import,
        recipients: result.plan.recipients,
        ...(result.status === "dry-run" ? { unsafe: result.unsafe } : {}),
      };
    } finally {
      await rm(file, { force: true });
    }
  }

  private async saveUpload(csv: string): Promise<string> {
    const dir = path.join(this.chorusDir, "uploads");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
    await writeFileAtomic(file, csv);
    return file;
  }

  /** Plan a send (full list, or one proof address) and start it in the background. */
  async start(
    target: SendTarget,
    to: { csv: string } | { proof: string },
    options: { skipInvalid: boolean },
  ): Promise<
    | { status: "started"; sendId: string; recipients: number }
    | { status: "refused"; reasons: string[]; import?: ImportSummary }
  > {
    const proof = "proof" in to;
    const file = "csv" in to ? await this.saveUpload(to.csv) : undefined;
    try {
      const render = await this.renderer(target, proof);
      const result = await planSend({
        chorusDir: this.chorusDir,
        campaign: target.loaded.campaign,
        materialId: target.material.id,
        partner: target.partner,
        fields: target.material.personalization,
        to: file ? { csv: file } : (to as { proof: string }),
        transport: this.transportName,
        render,
        suppressions: await this.suppressions(),
        skipInvalid: options.skipInvalid,
      });
      if (result.status === "refused") {
        return {
          status: "refused",
          reasons: appReasons(result),
          ...(result.import ? { import: result.import } : {}),
        };
      }
      if (result.status !== "planned") throw new Error("unexpected dry run");
      const sendId = result.plan.sendId;
      this.renderers.set(sendId, render);
      this.run(sendId, result.plan.transport);
      return { status: "started", sendId, recipients: result.plan.recipients };
    } finally {
      if (file) await rm(file, { force: true });
    }
  }

  private emit(send: LiveSend): void {
    this.live.set(send.sendId, send);
    for (const listener of this.listeners.get(send.sendId) ?? []) listener(send);
  }

  private run(sendId: string, transportName: TransportName): void {
    const render = this.renderers.get(sendId);
    if (!render) throw new Error(`send ${sendId} has no renderer`);
    const controller = new AbortController();
    this.controllers.set(sendId, controller);
    this.emit({ sendId, state: "running" });
    void (async () => {
      try {
        const transport = this.transport(sendId, transportName);
        const result = await runSend({
          chorusDir: this.chorusDir,
          sendId,
          transport,
          render,
          suppressions: await this.suppressions(),
          requestsPerSecond: transport.name === "outbox" ? null : undefined,
          onProgress: (progress) => this.emit({ sendId, state: "running", progress }),
          signal: controller.signal,
        });
        this.emit({
          sendId,
          state: result.status === "complete" ? "complete" : "paused",
          report: result.report,
          ...(this.live.get(sendId)?.progress ? { progress: this.live.get(sendId)!.progress! } : {}),
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
   * plan names its campaign, email and partner, which must still be approved and error-free. The
   * journal makes the runs one send: nobody gets a second email. Returns why not, or nothing.
   */
  async resume(sendId: string): Promise<{ status: 404 | 409 | 422; reason: string } | undefined> {
    const busy = { status: 409, reason: "this send is already running" } as const;
    if (this.controllers.has(sendId)) return busy;
    let plan: SendPlan;
    try {
      plan = await readPlan(this.chorusDir, sendId);
    } catch {
      return { status: 404, reason: "no such send" };
    }
    if ((await readReport(this.chorusDir, sendId)).status === "complete")
      return { status: 409, reason: "this send is complete" };
    if (plan.transport === "resend" && !this.resendApiKey)
      return {
        status: 422,
        reason: "this send goes through Resend: start the builder with RESEND_API_KEY set to finish it",
      };
    if (!this.renderers.has(sendId)) {
      const target = await this.resolve(plan);
      // Checked again: a campaign withdrawn since the send started does not go out.
      const refusals = sendRefusals(target.loaded.campaign, target.partner, { proof: plan.proof });
      if (refusals.length > 0) return { status: 422, reason: refusals.join("; ") };
      // Another run (a second tab) may have begun while the content loaded.
      if (this.controllers.has(sendId)) return busy;
      this.renderers.set(sendId, await this.renderer(target, plan.proof));
    }
    this.run(sendId, plan.transport);
    return undefined;
  }

  /** Every send on disk, newest first, with its state as far as the journal knows. */
  async list(): Promise<SendSummary[]> {
    const names = await readdir(path.join(this.chorusDir, "sends")).catch(() => [] as string[]);
    const out: SendSummary[] = [];
    for (const sendId of names) {
      try {
        const [plan, report] = await Promise.all([
          readPlan(this.chorusDir, sendId),
          readReport(this.chorusDir, sendId),
        ]);
        const live = this.live.get(sendId)?.state;
        const state =
          live === "running" || live === "failed"
            ? live
            : report.status === "complete"
              ? "complete"
              : "paused";
        const files = await readdir(sendPaths(this.chorusDir, sendId).outbox).catch(() => [] as string[]);
        const messages = files.filter((file) => file.endsWith(".eml")).length;
        out.push({ sendId, createdAt: plan.createdAt, state, report, messages });
      } catch {
        // Not a send folder (or one still being planned): nothing to list.
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
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
   * An outbox send's messages in order, at most `limit` of them; with `search`, only those whose
   * recipient contains it (ignoring case). `total` is every message in the send.
   */
  async outboxMessages(
    sendId: string,
    options: { search?: string; limit?: number } = {},
  ): Promise<{ messages: { file: string; to: string; subject: string }[]; total: number; limit: number }> {
    const folder = sendPaths(this.chorusDir, sendId).outbox;
    const files = (await readdir(folder).catch(() => [] as string[]))
      .filter((file) => file.endsWith(".eml"))
      .sort();
    const limit = options.limit ?? OUTBOX_PAGE;
    const search = options.search?.trim().toLowerCase();
    const messages = [];
    for (const file of files) {
      if (messages.length >= limit) break;
      const head = (await readFile(path.join(folder, file), "utf8")).split("\r\n\r\n")[0] ?? "";
      const header = (name: string) => unfold(head).match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1] ?? "";
      const to = decodeWords(header("To"));
      if (search && !to.toLowerCase().includes(search)) continue;
      messages.push({ file, to, subject: decodeWords(header("Subject")) });
    }
    return { messages, total: files.length, limit };
  }

  async outboxMessage(sendId: string, file: string): Promise<string | undefined> {
    if (!/^\d{6}-\d{3}\.eml$/.test(file)) return undefined;
    return readFile(path.join(sendPaths(this.chorusDir, sendId).outbox, file), "utf8").catch(() => undefined);
  }
}

/** Refusals as a communicator reads them in the builder: what to do next, in the app's own words. */
function appReasons(result: { reasons: string[]; unfinished?: string[] }): string[] {
  return [
    ...result.reasons,
    ...(result.unfinished?.length
      ? ["Finish it with Resume on the Outbox page, under “Unfinished sends”."]
      : []),
  ];
}

function unfold(head: string): string {
  return head.replace(/\r\n[ \t]+/g, " ");
}

/** RFC 2047 encoded words (`=?utf-8?B?…?=` / `Q`) back to text, for the outbox list. */
export function decodeWords(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g,
    (_match, _charset: string, encoding: string, text: string) => {
      if (encoding.toUpperCase() === "B") return Buffer.from(text, "base64").toString("utf8");
      const bytes = text
        .replace(/_/g, " ")
        .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      return Buffer.from(bytes, "latin1").toString("utf8");
    },
  );
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

export interface ParsedEml {
  headers: { name: string; value: string }[];
  text?: string;
  html?: string;
}

/** The headers and the decoded text and HTML parts of an .eml the outbox wrote (multipart/alternative, QP). */
export function parseEml(eml: string): ParsedEml {
  const split = eml.indexOf("\r\n\r\n");
  const head = unfold(split === -1 ? eml : eml.slice(0, split));
  const body = split === -1 ? "" : eml.slice(split + 4);
  const headers = head.split("\r\n").flatMap((line) => {
    const colon = line.indexOf(":");
    return colon > 0
      ? [{ name: line.slice(0, colon), value: decodeWords(line.slice(colon + 1).trim()) }]
      : [];
  });
  const boundary = headers
    .find((h) => h.name.toLowerCase() === "content-type")
    ?.value.match(/boundary="?([^";]+)"?/)?.[1];
  const result: ParsedEml = { headers };
  if (!boundary) return result;
  for (const part of body.split(`--${boundary}`)) {
    const at = part.indexOf("\r\n\r\n");
    if (at === -1) continue;
    const partHead = part.slice(0, at).toLowerCase();
    const content = part.slice(at + 4).replace(/\r\n$/, "");
    const decoded = partHead.includes("quoted-printable") ? decodeQuotedPrintable(content) : content;
    if (partHead.includes("text/plain")) result.text = decoded.replace(/\r\n/g, "\n");
    else if (partHead.includes("text/html")) result.html = decoded;
  }
  return result;
}
