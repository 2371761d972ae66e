import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "./fs-util.js";
import { foldJournal, Journal, type JournalEvent } from "./journal.js";
import type { RecipientProblem, SkippedRecipient } from "./recipients.js";
import { readPlan, type SendPlan, sendPaths } from "./send-files.js";

export interface SendReport {
  sendId: string;
  campaignId: string;
  materialId: string;
  partnerId: string;
  transport: string;
  proof: boolean;
  /** `planned`: nothing sent yet; `in-progress`: a process is sending or died mid-send (resume it). */
  status: "planned" | "in-progress" | "paused" | "complete";
  pausedReason?: string;
  /** Valid recipients in the plan. */
  recipients: number;
  sent: number;
  failed: number;
  /** Invalid rows skipped with --skip-invalid, suppressed addresses, emails that could not be sent safely. */
  skipped: number;
  /** Of `skipped`, those left out when the list was imported. */
  importSkipped: number;
  /** Of `importSkipped`: rows with problems the sender chose to skip, and unsubscribed or bounced addresses. */
  invalidSkipped: number;
  suppressedSkipped: number;
  /** Recipients not yet sent, failed or skipped. */
  pending: number;
  batches: { total: number; accepted: number; failed: number; pending: number };
  /** Per-recipient failures (first 1,000). */
  failures: { row: number; email?: string; batch: number; reason: string }[];
  /** Recipients skipped while sending (first 1,000); import skips are in `import`. */
  skippedWhileSending: { row: number; email: string; reason: string }[];
  import?: { problems: RecipientProblem[]; problemCount: number; suppressed: SkippedRecipient[] };
  runs: number;
  createdAt: string;
  startedAt?: string;
  updatedAt?: string;
}

const KEEP = 1000;

/** What a plan and its journal events say about a send. */
export function buildReport(plan: SendPlan, events: readonly JournalEvent[]): SendReport {
  const state = foldJournal(events);
  let sent = 0;
  let failed = 0;
  let excluded = 0;
  const failures: SendReport["failures"] = [];
  const skippedWhileSending: SendReport["skippedWhileSending"] = [];
  for (const attempt of state.attempted.values()) {
    excluded += attempt.excluded.length;
    for (const e of attempt.excluded) if (skippedWhileSending.length < KEEP) skippedWhileSending.push(e);
  }
  for (const accepted of state.accepted.values()) {
    sent += accepted.rows.length - accepted.rejected.length;
    failed += accepted.rejected.length;
    for (const r of accepted.rejected) {
      if (failures.length < KEEP)
        failures.push({ row: r.row, email: r.email, batch: accepted.batch, reason: r.reason });
    }
  }
  for (const batch of state.failed.values()) {
    failed += batch.rows.length;
    for (const row of batch.rows) {
      if (failures.length < KEEP) failures.push({ row, batch: batch.batch, reason: batch.reason });
    }
  }
  failures.sort((a, b) => a.row - b.row);
  const invalidSkipped = plan.import.skippedInvalid ? plan.import.invalidRows : 0;
  const importSkipped = invalidSkipped + plan.import.suppressed;
  const resolved = state.accepted.size + state.failed.size;
  const last = events.at(-1);
  const status: SendReport["status"] = state.finished
    ? "complete"
    : state.paused
      ? "paused"
      : state.runs > 0
        ? "in-progress"
        : "planned";
  return {
    sendId: plan.sendId,
    campaignId: plan.campaignId,
    materialId: plan.materialId,
    partnerId: plan.partnerId,
    transport: plan.transport,
    proof: plan.proof,
    status,
    ...(state.paused ? { pausedReason: state.paused.reason } : {}),
    recipients: plan.recipients,
    sent,
    failed,
    skipped: importSkipped + excluded,
    importSkipped,
    invalidSkipped,
    suppressedSkipped: plan.import.suppressed,
    pending: Math.max(0, plan.recipients - sent - failed - excluded),
    batches: {
      total: plan.batches,
      accepted: state.accepted.size,
      failed: state.failed.size,
      pending: plan.batches - resolved,
    },
    failures,
    skippedWhileSending,
    runs: state.runs,
    createdAt: plan.createdAt,
    ...(state.startedAt ? { startedAt: state.startedAt } : {}),
    ...(last && "at" in last ? { updatedAt: last.at } : {}),
  };
}

/** The current report of a send, from its files. */
export async function readReport(chorusDir: string, sendId: string): Promise<SendReport> {
  const plan = await readPlan(chorusDir, sendId);
  const paths = sendPaths(chorusDir, sendId);
  const report = buildReport(plan, await Journal.read(paths.journal));
  try {
    report.import = JSON.parse(await readFile(paths.importReport, "utf8"));
  } catch {
    // A plan without an import report (a proof) has nothing to add.
  }
  return report;
}

/** Write `report.json` and `report.txt` into the send's folder and return the report. */
export async function writeReport(chorusDir: string, sendId: string): Promise<SendReport> {
  const report = await readReport(chorusDir, sendId);
  const paths = sendPaths(chorusDir, sendId);
  await writeFileAtomic(paths.reportJson, `${JSON.stringify(report, null, 2)}\n`);
  await writeFileAtomic(paths.reportText, formatReport(report));
  return report;
}

const n = (value: number) => value.toLocaleString("en-US");

/** The report as plain text for people. */
export function formatReport(report: SendReport): string {
  const lines = [
    `Send ${report.sendId}${report.proof ? " (PROOF)" : ""}`,
    `  campaign ${report.campaignId}, material ${report.materialId}, partner ${report.partnerId}, via ${report.transport}`,
    `  status:     ${report.status}${report.pausedReason ? ` (${report.pausedReason})` : ""}`,
    `  recipients: ${n(report.recipients)}`,
    `  sent:       ${n(report.sent)}`,
    `  failed:     ${n(report.failed)}`,
    `  skipped:    ${n(report.skipped)}${report.importSkipped ? ` (${n(report.importSkipped)} when the list was imported)` : ""}`,
    `  pending:    ${n(report.pending)}`,
    `  batches:    ${n(report.batches.accepted)} accepted, ${n(report.batches.failed)} failed, ${n(report.batches.pending)} pending of ${n(report.batches.total)}`,
  ];
  if (report.failures.length > 0) {
    lines.push("", "Failed:");
    for (const f of report.failures.slice(0, 50)) {
      lines.push(`  row ${f.row}${f.email ? ` ${f.email}` : ""} (batch ${f.batch}): ${f.reason}`);
    }
    if (report.failed > 50) lines.push(`  … see report.json for the rest`);
  }
  const skipped = [
    ...(report.import?.suppressed ?? []).map((s) => ({
      row: s.row,
      text: `${s.email}: suppressed (${s.reason})`,
    })),
    ...(report.import?.problems ?? []).map((p) => ({ row: p.row, text: `invalid: ${p.message}` })),
    ...report.skippedWhileSending.map((s) => ({ row: s.row, text: `${s.email}: ${s.reason}` })),
  ].sort((a, b) => a.row - b.row);
  if (skipped.length > 0) {
    lines.push("", "Skipped:");
    for (const s of skipped.slice(0, 50)) lines.push(`  row ${s.row}: ${s.text}`);
    if (skipped.length > 50) lines.push(`  … see report.json for the rest`);
  }
  // Each face names its own way to resume (a command, a button); the report says what resuming does.
  if (report.status === "planned") {
    lines.push("", `Not started: resuming send ${report.sendId} sends it to the recipients planned.`);
  } else if (report.status === "paused" || report.status === "in-progress") {
    lines.push(
      "",
      `Not finished: resuming send ${report.sendId} carries on from the first batch not yet accepted; no one is sent it twice.`,
    );
  }
  return `${lines.join("\n")}\n`;
}
