import { stat } from "node:fs/promises";
import path from "node:path";
import type { LoadResult } from "@chorus/content";
import { findContentRoot, loadContent } from "@chorus/content/node";
import {
  type BroadcastStatus,
  CampaignSender,
  formatProblems,
  formatProgress,
  formatReport,
  formatUtc,
  type ImportSummary,
  LATE_AFTER_MS,
  type Progress,
  parseSendTime,
  type ReadySend,
  readBroadcastStatus,
  readReport,
  readScheduleState,
  resolveSendTarget,
  type ScheduleOutcome,
  type SendIds,
  SendInProgressError,
  type SendRefusal,
  SendRefused,
  type SendReport,
  type SendSchedule,
  sendPaths,
} from "@chorus/send";
import { oneOf, parseCommandArgs } from "../args.js";
import { type CliIO, paint, UsageError } from "../io.js";

export const sendUsage = `chorus send <campaign> --material <id> --partner <id> --to recipients.csv [options]
chorus send <campaign> --material <id> --partner <id> --to recipients.csv --at <time>
chorus send <campaign> --material <id> --partner <id> --proof <address>
chorus send <campaign> --material <id> --partner <id> --broadcast <segment-id>
chorus send --status <send-id>
chorus send --resume <send-id>
chorus send --schedules | --due | --cancel <send-id>

Send an approved email material, co-branded for a partner, to a list of clinicians.
  --material        the email material's id
  --partner         the partner whose brand kit, sender and footer the email carries
  --to              recipients CSV: an "email" column plus the material's personalization fields
  --proof           send one test email (allowed for drafts), subject labelled "[PROOF]"
  --broadcast       send to a Resend segment as a Resend Broadcast (large lists kept in Resend)
  --dry-run         check everything and render every email, send nothing
  --transport       outbox (write .eml files under .chorus/outbox/) or resend
                    (default: resend when RESEND_API_KEY is set, else outbox)
  --skip-invalid    send to the valid rows even when some rows are invalid (they are reported)
  --again           also send to addresses that already received this email from this partner
                    (by default an earlier send's recipients are skipped, so no one gets it twice)
  --rate            Resend requests per second (default 2; each request carries up to 100 emails)
  --at              schedule the send: check and plan it now, send it at this time, given with its
                    offset from UTC (2026-09-10T09:00-04:00) or Z. The builder starts it then if it is
                    running; otherwise run "chorus send --due" at or after that time (from cron, say)
  --schedules       list the sends scheduled and not started yet
  --due             start every scheduled send whose time has come (checked again first)
  --cancel          cancel a scheduled send that has not started
  --status          show where a send stands
  --resume          finish a send that was interrupted or paused
  --resend-uncertain  with --resume: also resend batches older than Resend's 24 h idempotency window
Files: .chorus/sends/<send-id>/ (plan, journal, report.json, report.txt), .chorus/suppressions.jsonl.
Exit codes: 0 all sent, 1 refused, failed or paused, 2 usage error.`;

export async function sendCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    material: { type: "string" },
    partner: { type: "string" },
    to: { type: "string" },
    proof: { type: "string" },
    broadcast: { type: "string" },
    "dry-run": { type: "boolean" },
    transport: { type: "string" },
    "skip-invalid": { type: "boolean" },
    again: { type: "boolean" },
    rate: { type: "string" },
    status: { type: "string" },
    resume: { type: "string" },
    "resend-uncertain": { type: "boolean" },
    at: { type: "string" },
    schedules: { type: "boolean" },
    due: { type: "boolean" },
    cancel: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${sendUsage}\n`);
    return 0;
  }
  const chorusDir = path.join(io.cwd, ".chorus");
  const sender = new CampaignSender({ chorusDir, resendApiKey: process.env.RESEND_API_KEY });
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(rate > 0))
    throw new UsageError(`--rate must be a number above 0 (got "${values.rate}")`);

  if (values.schedules) return listScheduled(io, sender);
  if (typeof values.cancel === "string") return cancelScheduled(io, sender, values.cancel);
  if (values.due) return runDue(io, chorusDir, sender, rate);

  if (typeof values.status === "string") {
    const scheduled = await readScheduleState(chorusDir, values.status).catch(() => undefined);
    if (scheduled && scheduled.outcome?.outcome !== "started") {
      io.stdout(`${formatScheduled(values.status, scheduled)}\n`);
      return 0;
    }
    const broadcast = await readBroadcastStatus(chorusDir, values.status);
    if (broadcast) {
      io.stdout(`${formatBroadcast(broadcast)}\n`);
      return 0;
    }
    const report = await readReport(chorusDir, values.status).catch(notFound);
    io.stdout(formatReport(report));
    if (unfinished(report)) io.stdout(`Next: chorus send --resume ${report.sendId}\n`);
    return 0;
  }
  if (typeof values.resume === "string") {
    const sendId = values.resume;
    const broadcast = await readBroadcastStatus(chorusDir, sendId);
    if (broadcast) {
      requireApiKey();
      const { plan } = broadcast;
      return broadcastSend(io, sender, plan, plan.segmentId, plan.sendId);
    }
    // Checked again against the content as it is now: a campaign withdrawn since the send started does not go out.
    const resumed = await sender.resume(sendId, async (ids) => resolveSendTarget(await loadForSend(io), ids));
    if (resumed.status === "refused") {
      const [first] = resumed.refusals;
      if (first?.code === "unknown-send") throw new UsageError(`no send "${sendId}" in ${chorusDir}`);
      if (first?.code === "resend-key-missing") requireApiKey();
      return refuse(io, resumed.refusals);
    }
    return run(io, chorusDir, resumed, { rate, resendUncertain: Boolean(values["resend-uncertain"]) });
  }

  const campaignId = positionals[0];
  if (!campaignId) throw new UsageError("name the campaign to send, or use --status / --resume <send-id>");
  if (typeof values.material !== "string") throw new UsageError("--material <id> is required");
  if (typeof values.partner !== "string") throw new UsageError("--partner <id> is required");
  const targets = [values.to, values.proof, values.broadcast].filter((v) => typeof v === "string");
  if (targets.length !== 1)
    throw new UsageError("give exactly one of --to <file.csv>, --proof <address>, --broadcast <segment-id>");
  const ids: SendIds = { campaignId, materialId: values.material, partnerId: values.partner };

  if (typeof values.broadcast === "string") {
    requireApiKey();
    return broadcastSend(io, sender, ids, values.broadcast);
  }
  if (typeof values.at === "string") {
    if (typeof values.to !== "string")
      throw new UsageError(
        "--at schedules a send to a list (--to <file.csv>): proofs and broadcasts go out at once",
      );
    const time = parseSendTime(values.at);
    if (!time.ok) throw new UsageError(`--at: ${time.message}`);
  }
  const transport = oneOf(values.transport, ["outbox", "resend"] as const, "--transport") ?? sender.transport;
  if (transport === "resend" && !values["dry-run"]) requireApiKey();
  let csv: string | undefined;
  if (typeof values.to === "string") {
    csv = path.resolve(io.cwd, values.to);
    await stat(csv).catch(() => {
      throw new UsageError(`no such file: ${values.to}`);
    });
  }
  const found = resolveSendTarget(await loadForSend(io), ids);
  if (!found.ok) return refuse(io, found.refusals);
  if (typeof values.at === "string" && csv && !values["dry-run"]) {
    const scheduled = await sender.schedule(found.value, { csv }, values.at, {
      transport,
      skipInvalid: Boolean(values["skip-invalid"]),
      again: Boolean(values.again),
    });
    if (scheduled.import) io.stderr(importSummary(scheduled.import, io));
    if (scheduled.status === "refused") return refuse(io, scheduled.refusals, "not scheduled");
    alreadySentNote(io, scheduled.alreadySent);
    const { plan, schedule } = scheduled;
    io.stdout(
      `${paint(io).green("✔")} scheduled send ${plan.sendId}: "${plan.subject ?? plan.materialId}" to ` +
        `${plan.recipients.toLocaleString("en-US")} recipient${plan.recipients === 1 ? "" : "s"} via ${plan.transport}, ` +
        `at ${schedule.given} (${formatUtc(schedule.dueAt)})\n` +
        "  Nothing has been sent yet. The builder starts it at that time if it is running then (it reads\n" +
        "  .chorus/ here); if not, run chorus send --due at or after that time, from cron for example.\n" +
        `  Before then: chorus send --schedules lists it, chorus send --cancel ${plan.sendId} cancels it.\n`,
    );
    return 0;
  }
  const result = await sender.plan(found.value, csv ? { csv } : { proof: values.proof as string }, {
    transport,
    skipInvalid: Boolean(values["skip-invalid"]),
    dryRun: Boolean(values["dry-run"]),
    again: Boolean(values.again),
  });
  if (result.import) io.stderr(importSummary(result.import, io));
  if (result.status !== "refused") alreadySentNote(io, result.alreadySent);
  if (result.status === "refused") return refuse(io, result.refusals);
  if (result.status === "dry-run") {
    const { plan } = result;
    io.stdout(
      `${paint(io).green("✔")} dry run: ${plan.recipients.toLocaleString("en-US")} email${plan.recipients === 1 ? "" : "s"} ` +
        `rendered and checked in ${plan.batches} batch${plan.batches === 1 ? "" : "es"} via ${plan.transport}; nothing was sent\n`,
    );
    return 0;
  }
  io.stderr(
    `send ${result.plan.sendId}: ${result.plan.recipients.toLocaleString("en-US")} recipients, ${result.plan.batches} batches via ${transport}\n`,
  );
  return run(io, chorusDir, result, { rate });
}

function alreadySentNote(io: CliIO, { count, sendIds }: { count: number; sendIds: string[] }): void {
  if (count === 0) return;
  io.stderr(
    `${paint(io).yellow(`${count.toLocaleString("en-US")} address${count === 1 ? "" : "es"} already received this email`)} ` +
      `from this partner (send ${sendIds.join(", ")}): skipped. Pass --again to send to them a second time.\n`,
  );
}

/** `2026-09-10T09:00-04:00 (2026-09-10 13:00 UTC)`: as it was given, and in UTC. */
function when(schedule: SendSchedule): string {
  return `${schedule.given} (${formatUtc(schedule.dueAt)})`;
}

function formatScheduled(
  sendId: string,
  { schedule, outcome }: { schedule: SendSchedule; outcome?: ScheduleOutcome },
): string {
  const lines = [`Send ${sendId} (scheduled)`];
  if (outcome?.outcome === "cancelled") {
    lines.push(
      `  status:     cancelled on ${formatUtc(outcome.at)}${outcome.by ? ` by ${outcome.by}` : ""}; nothing was sent (it was due at ${when(schedule)})`,
    );
  } else {
    lines.push(
      `  status:     scheduled for ${when(schedule)}, not started`,
      `  scheduled:  ${formatUtc(schedule.scheduledAt)}${schedule.by ? ` by ${schedule.by}` : ""}`,
      `Next: it starts at that time (in the builder, or chorus send --due); chorus send --cancel ${sendId} cancels it`,
    );
  }
  return lines.join("\n");
}

/** `--schedules`: the sends waiting for their time, soonest first. */
async function listScheduled(io: CliIO, sender: CampaignSender): Promise<number> {
  const waiting = (await sender.schedules()).filter((s) => s.state === "pending");
  if (waiting.length === 0) {
    io.stdout("No sends are scheduled.\n");
    return 0;
  }
  const now = Date.now();
  io.stdout(`${waiting.length} scheduled send${waiting.length === 1 ? "" : "s"}, soonest first:\n`);
  for (const { sendId, schedule, plan } of waiting) {
    const overdue = Date.parse(schedule.dueAt) <= now ? " — due now: run chorus send --due" : "";
    io.stdout(
      `  ${sendId}\n    at ${when(schedule)}${overdue}\n` +
        `    "${plan.subject ?? plan.materialId}" (${plan.campaignId} / ${plan.materialId}) from ${plan.partnerId} ` +
        `to ${plan.recipients.toLocaleString("en-US")} recipient${plan.recipients === 1 ? "" : "s"} via ${plan.transport}\n`,
    );
  }
  return 0;
}

/** `--cancel <send-id>`: a scheduled send that has not started never goes out. */
async function cancelScheduled(io: CliIO, sender: CampaignSender, sendId: string): Promise<number> {
  const c = paint(io);
  const result = await sender.cancelSchedule(sendId).catch((error) => {
    throw new UsageError((error as Error).message);
  });
  switch (result.status) {
    case "cancelled":
      io.stdout(
        `${c.green("✔")} cancelled send ${sendId} (it was scheduled for ${when(result.schedule)}); nothing was sent\n`,
      );
      return 0;
    case "already-cancelled":
      io.stdout(`send ${sendId} was already cancelled; nothing was sent\n`);
      return 0;
    case "already-started":
      io.stderr(
        `${c.red(c.bold("✖ not cancelled"))}\n  send ${sendId} started at ${formatUtc(result.outcome.at)}: a send under way is paused, not cancelled.\n` +
          `  Next: chorus send --status ${sendId}\n`,
      );
      return 1;
    default:
      throw new UsageError(`there is no scheduled send "${sendId}" in ${sender.chorusDir}`);
  }
}

/** `--due`: start every scheduled send whose time has come, one after another, each checked again. */
async function runDue(
  io: CliIO,
  chorusDir: string,
  sender: CampaignSender,
  rate: number | undefined,
): Promise<number> {
  const due = await sender.dueSchedules();
  if (due.length === 0) {
    io.stdout("No scheduled send is due.\n");
    return 0;
  }
  let code = 0;
  for (const { sendId, schedule } of due) {
    const started = await sender.startScheduled(sendId, async (ids) =>
      resolveSendTarget(await loadForSend(io), ids),
    );
    if (started.status === "started") {
      const late = started.lateMs > LATE_AFTER_MS ? `, ${lateness(started.lateMs)} late` : "";
      io.stderr(`send ${sendId}: scheduled for ${when(schedule)}, starting now${late}\n`);
      code = Math.max(code, await run(io, chorusDir, started, { rate }));
    } else if (started.status === "refused") {
      io.stderr(`send ${sendId}, scheduled for ${when(schedule)}, was checked again at its time:\n`);
      code = Math.max(code, refuse(io, started.refusals));
      io.stderr(`  It is recorded as paused: once that is fixed, chorus send --resume ${sendId} sends it.\n`);
    } else if (started.status === "already-started") {
      io.stderr(`send ${sendId} was started by another process (pid ${started.outcome.pid})\n`);
    } else if (started.status === "cancelled") {
      io.stderr(`send ${sendId} was cancelled\n`);
    }
  }
  return code;
}

/** "3 minutes", "2 hours", "1 day". */
function lateness(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `${hours} hours`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

/** Create and send a Resend Broadcast (or, resuming, send the one already created). */
async function broadcastSend(
  io: CliIO,
  sender: CampaignSender,
  ids: SendIds,
  segmentId: string,
  sendId?: string,
): Promise<number> {
  const found = resolveSendTarget(await loadForSend(io), ids);
  if (!found.ok) return refuse(io, found.refusals);
  const result = await sender.broadcast(found.value, segmentId, sendId ? { sendId } : {}).catch((error) => {
    if (error instanceof SendRefused) return error;
    throw error;
  });
  if (result instanceof SendRefused) return refuse(io, result.refusals);
  const verb = result.sentNow ? "sent" : "was already sent";
  io.stdout(
    `${paint(io).green("✔")} broadcast ${result.broadcastId} ${verb} to segment ${segmentId} (send ${result.sendId})\n`,
  );
  return 0;
}

function formatBroadcast(status: BroadcastStatus): string {
  const { plan } = status;
  return [
    `Send ${plan.sendId} (Resend Broadcast)`,
    `  campaign ${plan.campaignId}, material ${plan.materialId}, partner ${plan.partnerId}, segment ${plan.segmentId}`,
    `  status:     ${status.sent ? "sent" : status.broadcastId ? `created (${status.broadcastId}), not sent: resume it` : "not created"}`,
  ].join("\n");
}

function notFound(error: Error): never {
  throw new UsageError(error.message);
}

function requireApiKey(): string {
  const key = process.env.RESEND_API_KEY;
  if (!key) {
    throw new UsageError(
      "the resend transport needs RESEND_API_KEY (an API key from https://resend.com/api-keys with sending access); " +
        "without it, use --transport outbox to write .eml files instead",
    );
  }
  return key;
}

/** The content the command runs against: the `campaigns` folder where it is run. */
async function loadForSend(io: CliIO): Promise<LoadResult> {
  const start = path.resolve(io.cwd, "campaigns");
  await stat(start).catch(() => {
    throw new UsageError(`no campaigns folder in ${io.cwd}`);
  });
  return loadContent(await findContentRoot(start), { relativeTo: io.cwd });
}

function importSummary(summary: ImportSummary, io: CliIO): string {
  const c = paint(io);
  let out = "";
  if (summary.problemCount > 0) {
    out += `${c.red(`${summary.problemCount.toLocaleString("en-US")} problem${summary.problemCount === 1 ? "" : "s"} in the recipients file:`)}\n${formatProblems(summary)}\n`;
  }
  if (summary.suppressedCount > 0) {
    out += `${c.yellow(`${summary.suppressedCount.toLocaleString("en-US")} suppressed address${summary.suppressedCount === 1 ? "" : "es"} skipped`)} (unsubscribed, bounced or complained):\n`;
    out += summary.suppressed
      .slice(0, 20)
      .map((s) => `  row ${s.row}: ${s.email} (${s.reason})\n`)
      .join("");
  }
  return out;
}

/** What to do about a refusal, as commands and flags: the package's sentence says only what is wrong. */
function nextStep(refusal: SendRefusal): string | undefined {
  switch (refusal.code) {
    case "unknown-campaign":
    case "unknown-material":
    case "unknown-partner":
      return 'check the id: "chorus validate" lists the campaigns, their materials and the partner kits it finds';
    case "campaign-has-errors":
    case "partner-has-errors":
    case "library-has-errors":
      return 'run "chorus validate" and fix them first';
    case "edited-after-approval":
      return "set its status back to in-review and have it approved again before sending";
    case "brand-contrast":
      return `change the colour in ${refusal.problems[0]?.file}: "chorus validate" lists every colour that fails, with the nearest shade that passes`;
    case "partner-not-in-campaign":
      return `send it from one of ${refusal.partners.join(", ")} (--partner), or add the partner to the campaign's partners`;
    case "not-approved":
      return "have it approved, or send a proof of it with --proof <address> to review it";
    case "fact-past-review":
      return `check ${refusal.facts.length === 1 ? "the figure" : "each figure"} against ${refusal.facts.length === 1 ? "its source" : "their sources"}, update the fact and its reviewBy in _library/facts.yaml, then send again ("chorus facts" lists every fact by review date)`;
    case "invalid-rows":
      return "fix the file, or pass --skip-invalid to send to the valid rows only";
    case "already-sent":
      return "pass --again to send it to them a second time";
    case "unfinished-send":
      return `finish it with chorus send --resume ${refusal.sendId}`;
    case "scheduled-send":
      return `it starts at that time (in the builder, or chorus send --due); to send now instead, cancel it with chorus send --cancel ${refusal.sendId} and send again`;
    case "invalid-send-time":
      return "give --at a later time with its offset from UTC, such as 2026-09-10T09:00-04:00";
    default:
      return undefined;
  }
}

/** The content problems behind a refusal, one line each, as `chorus validate` prints them. */
function problemLines(refusal: SendRefusal): string[] {
  const problems = "problems" in refusal ? refusal.problems : "problem" in refusal ? [refusal.problem] : [];
  return problems.slice(0, 5).map((p) => `  ${p.file}:${p.line}:${p.column} ${p.message}`);
}

function refuse(io: CliIO, refusals: SendRefusal[], what = "not sent"): number {
  const c = paint(io);
  const lines = refusals.flatMap((refusal) => {
    const next = nextStep(refusal);
    return [refusal.message, ...problemLines(refusal).slice(1), ...(next ? [`Next: ${next}`] : [])];
  });
  io.stderr(`${c.red(c.bold(`✖ ${what}`))}\n${lines.map((line) => `  ${line}`).join("\n")}\n`);
  return 1;
}

/** Run a planned or resumed send in the foreground: progress on stderr, the report on stdout, Ctrl-C pauses. */
async function run(
  io: CliIO,
  chorusDir: string,
  ready: Pick<ReadySend, "run" | "plan">,
  options: { rate: number | undefined; resendUncertain?: boolean },
): Promise<number> {
  const { sendId } = ready.plan;
  const tty = Boolean(process.stderr.isTTY);
  let lastLine = 0;
  const onProgress = (progress: Progress) => {
    if (tty) {
      io.stderr(`\r${formatProgress(progress, 24)}\u001b[K`);
    } else if (Date.now() - lastLine >= 2_000 || progress.batchesDone === progress.batches) {
      lastLine = Date.now();
      io.stderr(`${formatProgress(progress)}\n`);
    }
  };
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once("SIGINT", onSigint);
  try {
    const result = await ready
      .run({
        onProgress,
        signal: controller.signal,
        requestsPerSecond: options.rate,
        resendUncertain: Boolean(options.resendUncertain),
      })
      .catch((error) => {
        if (error instanceof SendInProgressError) return error;
        throw error;
      });
    if (result instanceof SendInProgressError) {
      io.stderr(
        `${paint(io).red(paint(io).bold("✖ not sent"))}\n` +
          `  send ${sendId} is running in another process (pid ${result.pid}), in the builder or another terminal.\n` +
          `  Next: wait for it to finish (chorus send --status ${sendId}), or stop that process first.\n`,
      );
      return 1;
    }
    if (tty) io.stderr("\n");
    io.stdout(formatReport(result.report));
    io.stdout(`Report: ${path.relative(io.cwd, sendPaths(chorusDir, sendId).reportText)}\n`);
    if (result.status === "paused" && result.uncertainBatch !== undefined) {
      io.stderr(
        `Next: once the provider's logs show batch ${result.uncertainBatch} was not delivered, ` +
          `chorus send --resume ${sendId} --resend-uncertain\n`,
      );
    } else if (unfinished(result.report)) {
      io.stderr(`Next: chorus send --resume ${sendId}\n`);
    }
    return result.status === "complete" && result.report.failed === 0 ? 0 : 1;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

/** A send `--resume` can take further: planned, under way or paused. */
function unfinished(report: SendReport): boolean {
  return report.status !== "complete";
}
