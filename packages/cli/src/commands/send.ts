import { stat } from "node:fs/promises";
import path from "node:path";
import type { ContentSet, EmailMaterial, PartnerKit } from "@chorus/content";
import { findContentRoot, loadContent } from "@chorus/content/node";
import { prepareMaterial } from "@chorus/emails";
import {
  type BroadcastStatus,
  formatProblems,
  formatProgress,
  formatReport,
  type ImportSummary,
  OutboxTransport,
  type Progress,
  planSend,
  type Renderer,
  ResendTransport,
  readBroadcastStatus,
  readPlan,
  readReport,
  runSend,
  SendInProgressError,
  SendRefused,
  SuppressionList,
  sendBroadcast,
  sendPaths,
  sendRefusals,
  type Transport,
  type TransportName,
} from "@chorus/send";
import { oneOf, parseCommandArgs } from "../args.js";
import { type CliIO, paint, UsageError } from "../io.js";

export const sendUsage = `chorus send <campaign> --material <id> --partner <id> --to recipients.csv [options]
chorus send <campaign> --material <id> --partner <id> --proof <address>
chorus send <campaign> --material <id> --partner <id> --broadcast <segment-id>
chorus send --status <send-id>
chorus send --resume <send-id>

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
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${sendUsage}\n`);
    return 0;
  }
  const chorusDir = path.join(io.cwd, ".chorus");
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(rate > 0))
    throw new UsageError(`--rate must be a number above 0 (got "${values.rate}")`);

  if (typeof values.status === "string") {
    const broadcast = await readBroadcastStatus(chorusDir, values.status);
    if (broadcast) {
      io.stdout(`${formatBroadcast(broadcast)}\n`);
      return 0;
    }
    io.stdout(formatReport(await readReport(chorusDir, values.status).catch(notFound)));
    return 0;
  }
  if (typeof values.resume === "string") {
    const broadcast = await readBroadcastStatus(chorusDir, values.resume);
    if (broadcast) {
      const { plan } = broadcast;
      const loaded = await loadForSend(io, plan.campaignId, plan.materialId, plan.partnerId);
      return broadcastSend(io, chorusDir, loaded, plan.segmentId, plan.sendId);
    }
    const plan = await readPlan(chorusDir, values.resume).catch(notFound);
    const { content, campaign, material, partner } = await loadForSend(
      io,
      plan.campaignId,
      plan.materialId,
      plan.partnerId,
    );
    // Approval is checked again: a campaign withdrawn since the send started does not go out.
    const reasons = sendRefusals(campaign, partner, { proof: plan.proof });
    if (reasons.length > 0) return refuse(io, reasons);
    const render = await renderer(content, plan.campaignId, material.id, partner.id, plan.proof);
    return run(io, chorusDir, plan.sendId, transportFor(plan.transport, chorusDir, plan.sendId), render, {
      rate,
      resendUncertain: Boolean(values["resend-uncertain"]),
    });
  }

  const campaignId = positionals[0];
  if (!campaignId) throw new UsageError("name the campaign to send, or use --status / --resume <send-id>");
  if (typeof values.material !== "string") throw new UsageError("--material <id> is required");
  if (typeof values.partner !== "string") throw new UsageError("--partner <id> is required");
  const targets = [values.to, values.proof, values.broadcast].filter((v) => typeof v === "string");
  if (targets.length !== 1)
    throw new UsageError("give exactly one of --to <file.csv>, --proof <address>, --broadcast <segment-id>");

  const { content, campaign, material, partner } = await loadForSend(
    io,
    campaignId,
    values.material,
    values.partner,
  );
  const proof = typeof values.proof === "string";
  if (typeof values.broadcast === "string") {
    return broadcastSend(io, chorusDir, { content, campaign, material, partner }, values.broadcast);
  }
  const render = await renderer(content, campaign.id, material.id, partner.id, proof);

  const transportName =
    oneOf(values.transport, ["outbox", "resend"] as const, "--transport") ??
    (process.env.RESEND_API_KEY ? "resend" : "outbox");
  if (transportName === "resend" && !values["dry-run"]) requireApiKey();
  let csv: string | undefined;
  if (typeof values.to === "string") {
    csv = path.resolve(io.cwd, values.to);
    await stat(csv).catch(() => {
      throw new UsageError(`no such file: ${values.to}`);
    });
  }
  const suppressions = await SuppressionList.load(path.join(chorusDir, "suppressions.jsonl"));
  const result = await planSend({
    chorusDir,
    campaign,
    materialId: material.id,
    partner,
    fields: material.personalization,
    to: csv ? { csv } : { proof: values.proof as string },
    transport: transportName,
    render,
    suppressions,
    skipInvalid: Boolean(values["skip-invalid"]),
    dryRun: Boolean(values["dry-run"]),
    again: Boolean(values.again),
  });
  if ("import" in result && result.import) io.stderr(importSummary(result.import, io));
  if (result.status !== "refused" && result.alreadySent.count > 0) {
    const { count, sendIds } = result.alreadySent;
    io.stderr(
      `${paint(io).yellow(`${count.toLocaleString("en-US")} address${count === 1 ? "" : "es"} already received this email`)} ` +
        `from this partner (send ${sendIds.join(", ")}): skipped. Pass --again to send to them a second time.\n`,
    );
  }
  if (result.status === "refused") {
    const hints = [
      ...(result.alreadySent?.count ? ["Next: pass --again to send it to them a second time"] : []),
      ...(result.unfinished ?? []).map((id) => `Next: finish it with chorus send --resume ${id}`),
    ];
    return refuse(io, [...result.reasons, ...hints]);
  }
  if (result.status === "dry-run") {
    const { plan } = result;
    io.stdout(
      `${paint(io).green("✔")} dry run: ${plan.recipients.toLocaleString("en-US")} email${plan.recipients === 1 ? "" : "s"} ` +
        `rendered and checked in ${plan.batches} batch${plan.batches === 1 ? "" : "es"} via ${plan.transport}; nothing was sent\n`,
    );
    return 0;
  }
  io.stderr(
    `send ${result.plan.sendId}: ${result.plan.recipients.toLocaleString("en-US")} recipients, ${result.plan.batches} batches via ${transportName}\n`,
  );
  return run(
    io,
    chorusDir,
    result.plan.sendId,
    transportFor(transportName, chorusDir, result.plan.sendId),
    render,
    {
      rate,
      suppressions,
    },
  );
}

type Loaded = Awaited<ReturnType<typeof loadForSend>>;

/** Create and send a Resend Broadcast (or, resuming, send the one already created). */
async function broadcastSend(
  io: CliIO,
  chorusDir: string,
  { content, campaign, material, partner }: Loaded,
  segmentId: string,
  sendId?: string,
): Promise<number> {
  const apiKey = requireApiKey();
  const render = await renderer(content, campaign.id, material.id, partner.id, false);
  const email = await render(resendMergeTags(material));
  const result = await sendBroadcast({
    chorusDir,
    resend: { apiKey },
    campaign,
    materialId: material.id,
    partner,
    segmentId,
    email,
    ...(sendId ? { sendId } : {}),
  }).catch((error) => {
    if (error instanceof SendRefused) return error;
    throw error;
  });
  if (result instanceof SendRefused) return refuse(io, result.reasons);
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

function transportFor(name: TransportName, chorusDir: string, sendId: string): Transport {
  return name === "resend"
    ? new ResendTransport({ apiKey: requireApiKey() })
    : new OutboxTransport(sendPaths(chorusDir, sendId).outbox);
}

async function loadForSend(io: CliIO, campaignId: string, materialId: string, partnerId: string) {
  const start = path.resolve(io.cwd, "campaigns");
  await stat(start).catch(() => {
    throw new UsageError(`no campaigns folder in ${io.cwd}`);
  });
  const root = await findContentRoot(start);
  const { content, diagnostics } = await loadContent(root, { relativeTo: io.cwd });
  const loaded = content.campaigns.find((c) => c.campaign.id === campaignId);
  if (!loaded) throw new UsageError(`unknown campaign "${campaignId}"`);
  const material = loaded.campaign.materials.find((m) => m.id === materialId);
  if (!material) throw new UsageError(`campaign "${campaignId}" has no material "${materialId}"`);
  if (material.kind !== "email")
    throw new UsageError(`material "${materialId}" is a ${material.kind}, not an email`);
  const kit = content.partners.find((p) => p.partner.id === partnerId);
  if (!kit) throw new UsageError(`unknown partner "${partnerId}"`);
  const errors = diagnostics.filter(
    (d) =>
      d.severity === "error" &&
      (d.file === loaded.file || d.file === kit.file || d.file.includes("/_library/")),
  );
  if (errors.length > 0) {
    throw new UsageError(
      `the content has errors; run "chorus validate" and fix them first:\n${errors
        .slice(0, 5)
        .map((d) => `  ${d.file}:${d.line}:${d.column} ${d.message}`)
        .join("\n")}`,
    );
  }
  return {
    content,
    campaign: loaded.campaign,
    material: material as EmailMaterial,
    partner: kit.partner as PartnerKit,
  };
}

/** Render once with `@chorus/emails`' fast path, then personalize per recipient by substitution. */
async function renderer(
  content: ContentSet,
  campaignId: string,
  materialId: string,
  partnerId: string,
  proof: boolean,
): Promise<Renderer> {
  const prepared = await prepareMaterial(content, campaignId, materialId, partnerId, { proof });
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

function refuse(io: CliIO, reasons: string[]): number {
  const c = paint(io);
  io.stderr(`${c.red(c.bold("✖ not sent"))}\n${reasons.map((r) => `  ${r}`).join("\n")}\n`);
  return 1;
}

async function run(
  io: CliIO,
  chorusDir: string,
  sendId: string,
  transport: Transport,
  render: Renderer,
  options: { rate: number | undefined; suppressions?: SuppressionList; resendUncertain?: boolean },
): Promise<number> {
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
    const suppressions =
      options.suppressions ?? (await SuppressionList.load(path.join(chorusDir, "suppressions.jsonl")));
    const result = await runSend({
      chorusDir,
      sendId,
      transport,
      render,
      suppressions,
      // The outbox writes files: no account to protect, so no limit.
      requestsPerSecond: transport.name === "outbox" ? null : options.rate,
      onProgress,
      signal: controller.signal,
      resendUncertain: Boolean(options.resendUncertain),
    }).catch((error) => {
      if (error instanceof SendInProgressError) return error;
      throw error;
    });
    if (result instanceof SendInProgressError) {
      return refuse(io, [
        `send ${sendId} is running in another process (pid ${result.pid}), in the builder or another terminal.`,
        `Next: wait for it to finish (chorus send --status ${sendId}), or stop that process first.`,
      ]);
    }
    if (tty) io.stderr("\n");
    io.stdout(formatReport(result.report));
    io.stdout(`Report: ${path.relative(io.cwd, sendPaths(chorusDir, sendId).reportText)}\n`);
    return result.status === "complete" && result.report.failed === 0 ? 0 : 1;
  } finally {
    process.off("SIGINT", onSigint);
  }
}
