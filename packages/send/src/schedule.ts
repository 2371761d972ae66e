import { randomBytes } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { createFileExclusive, isProcessAlive } from "@chorus/content/node";
import { isMissing, writeFileAtomic } from "./fs-util.js";
import { Journal, SendInProgressError, SendLock } from "./journal.js";
import type { SendRefusal } from "./refusals.js";
import { writeReport } from "./report.js";
import { readPlan, type SendPlan, sendPaths } from "./send-files.js";

/**
 * A send planned now to start later (`schedule.json`, written with its plan). The plan was checked
 * and made when it was scheduled; at its time it is claimed, checked again and run as any send.
 */
export interface SendSchedule {
  version: 1;
  sendId: string;
  /** When the send starts: an instant, in UTC (`2026-09-10T13:00:00.000Z`). */
  dueAt: string;
  /** The time as it was given, with its offset from UTC (`2026-09-10T09:00-04:00`). */
  given: string;
  /** When it was scheduled. */
  scheduledAt: string;
  /** Who scheduled it, when a face knows (a team member's email address). */
  by?: string;
}

/**
 * What became of a schedule, decided once: `schedule-outcome.json` is created exclusively by whichever
 * of "start it" and "cancel it" comes first, in any process. `token` names the claim, so a start whose
 * process died before sending anything is taken over by exactly one other process.
 */
export type ScheduleOutcome =
  | {
      outcome: "started";
      at: string;
      pid: number;
      token: string;
      /** How long after its time the send was started (a builder that was not running then). */
      lateMs: number;
      /** How many times a start was taken over from a process that died before sending anything. */
      recovered?: number;
    }
  | { outcome: "cancelled"; at: string; pid: number; token: string; by?: string };

/** A schedule on disk, with its plan and what became of it. */
export interface ScheduledSend {
  sendId: string;
  schedule: SendSchedule;
  plan: SendPlan;
  /** `pending`: waiting for its time; `started`: claimed and run as a send; `cancelled`: never sent. */
  state: "pending" | "started" | "cancelled";
  outcome?: ScheduleOutcome;
  /**
   * Started by a process that died before it sent anything (its journal is empty): it is not lost,
   * and the next scheduler or `chorus send --due` takes it over and starts it.
   */
  orphaned: boolean;
}

/** Claims made by this process (their tokens): a claim naming this pid but not held here is a dead one's. */
const claimedHere = new Set<string>();

const newToken = () => randomBytes(9).toString("hex");
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// ── Times ────────────────────────────────────────────────────────────────────────────────────────

/** The furthest ahead a send may be scheduled: a year (a later time is more likely a typo than a plan). */
export const LONGEST_SCHEDULE_MS = 366 * 24 * 60 * 60 * 1000;

export type SendTimeProblem = "not-a-time" | "no-time-zone" | "past" | "too-far";

const SEND_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A send time as a person or a form gives it: an ISO 8601 date and time with its offset from UTC
 * (`2026-09-10T09:00-04:00`) or `Z` for UTC. A time without one is refused rather than guessed (the
 * server's time zone is rarely the sender's), as are times not on the calendar, in the past, or more than
 * a year ahead. Each refusal is a sentence that names the value.
 */
export function parseSendTime(
  text: string,
  now: Date = new Date(),
): { ok: true; dueAt: Date; given: string } | { ok: false; problem: SendTimeProblem; message: string } {
  const given = text.trim();
  const shown = given.length > 60 ? `${given.slice(0, 57)}…` : given;
  const fail = (problem: SendTimeProblem, message: string) => ({ ok: false as const, problem, message });
  const match = SEND_TIME.exec(given);
  if (!match)
    return fail(
      "not-a-time",
      given === ""
        ? "no send time was given: give a date and time such as 2026-09-10T09:00-04:00"
        : `"${shown}" is not a date and time such as 2026-09-10T09:00-04:00`,
    );
  const [, y, mo, d, h, mi, sec = "0", fraction = "0", zone] = match;
  if (!zone)
    return fail(
      "no-time-zone",
      `"${shown}" has no time zone: add Z for UTC, or the offset from UTC, such as ${given}-04:00 for New York in summer`,
    );
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, sec].map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    Math.floor(Number(`0.${fraction}`) * 1000),
  );
  const check = new Date(wall);
  if (
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return fail("not-a-time", `"${shown}" is not a date and time on the calendar`);
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || "0");
    if (hours > 14 || minutes > 59)
      return fail("not-a-time", `"${shown}" has an offset from UTC that no place uses (at most 14 hours)`);
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const dueAt = new Date(wall - offsetMinutes * 60_000);
  if (dueAt.getTime() <= now.getTime())
    return fail("past", `"${shown}" is in the past (it is now ${formatUtc(now)}): choose a later time`);
  if (dueAt.getTime() - now.getTime() > LONGEST_SCHEDULE_MS)
    return fail("too-far", `"${shown}" is more than a year away: schedule a send within a year`);
  return { ok: true, dueAt, given };
}

/** `2026-09-10 13:00 UTC`: a time in the package's neutral sentences (each face shows its own local time). */
export function formatUtc(time: Date | string): string {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** An earlier send of the same email from the same partner is scheduled: it must start, or be cancelled, first. */
export function scheduledRefusal(sendId: string, dueAt: string): SendRefusal {
  return {
    code: "scheduled-send",
    sendId,
    dueAt,
    message: `send ${sendId} of this email from this partner is scheduled to start at ${formatUtc(dueAt)}`,
  };
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

async function readJsonFile<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** A send's schedule and what became of it, or undefined for a send that was never scheduled. */
export async function readScheduleState(
  chorusDir: string,
  sendId: string,
): Promise<{ schedule: SendSchedule; outcome?: ScheduleOutcome } | undefined> {
  const paths = sendPaths(chorusDir, sendId);
  const schedule = await readJsonFile<SendSchedule>(paths.schedule);
  if (!schedule) return undefined;
  const outcome = await readJsonFile<ScheduleOutcome>(paths.scheduleOutcome);
  return outcome ? { schedule, outcome } : { schedule };
}

/** The process that claimed a start is gone (this pid counts only for claims made by this process). */
function claimerGone(outcome: ScheduleOutcome): boolean {
  return outcome.pid === process.pid ? !claimedHere.has(outcome.token) : !isProcessAlive(outcome.pid);
}

/** Nothing of the send has run: no journal, or an empty one. */
async function neverRan(chorusDir: string, sendId: string): Promise<boolean> {
  try {
    return (await stat(sendPaths(chorusDir, sendId).journal)).size === 0;
  } catch (error) {
    if (isMissing(error)) return true;
    throw error;
  }
}

async function isOrphaned(chorusDir: string, sendId: string, outcome: ScheduleOutcome): Promise<boolean> {
  return outcome.outcome === "started" && claimerGone(outcome) && (await neverRan(chorusDir, sendId));
}

/** Every scheduled send on disk (pending, started or cancelled), soonest first. */
export async function listSchedules(chorusDir: string): Promise<ScheduledSend[]> {
  let names: string[];
  try {
    names = (await readdir(path.join(chorusDir, "sends"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.includes(".staging-"))
      .map((entry) => entry.name);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const out: ScheduledSend[] = [];
  for (const sendId of names) {
    let state: Awaited<ReturnType<typeof readScheduleState>>;
    let plan: SendPlan;
    try {
      state = await readScheduleState(chorusDir, sendId);
      if (!state) continue;
      plan = await readPlan(chorusDir, sendId);
    } catch {
      continue; // not a send folder
    }
    const { schedule, outcome } = state;
    out.push({
      sendId,
      schedule,
      plan,
      state: outcome ? outcome.outcome : "pending",
      ...(outcome ? { outcome } : {}),
      orphaned: outcome ? await isOrphaned(chorusDir, sendId, outcome) : false,
    });
  }
  return out.sort((a, b) => a.schedule.dueAt.localeCompare(b.schedule.dueAt));
}

// ── Deciding: start or cancel, once ──────────────────────────────────────────────────────────────

export type ClaimResult =
  /** This process starts it now (`recovered`: taken over from a process that died before sending). */
  | { status: "claimed"; lateMs: number; recovered: boolean; schedule: SendSchedule }
  | { status: "not-due"; dueAt: string }
  | { status: "cancelled" }
  /** Another process started it (or is starting it). */
  | { status: "already-started"; outcome: ScheduleOutcome }
  | { status: "unknown" };

/**
 * Claim a due schedule to start it: exactly one process wins, however many builders and `chorus send
 * --due` try at once, and a cancellation racing with it either comes first (nothing starts) or finds it
 * started. The claim is one exclusive creation of `schedule-outcome.json`. A claim whose process died
 * before the send's first journal line is taken over, by exactly one process: the one that creates the
 * marker named after the dead claim's token.
 */
export async function claimSchedule(chorusDir: string, sendId: string, now: Date): Promise<ClaimResult> {
  const paths = sendPaths(chorusDir, sendId);
  const state = await readScheduleState(chorusDir, sendId);
  if (!state) return { status: "unknown" };
  const { schedule } = state;
  let outcome = state.outcome;
  if (!outcome) {
    if (now.getTime() < Date.parse(schedule.dueAt)) return { status: "not-due", dueAt: schedule.dueAt };
    const token = newToken();
    const lateMs = Math.max(0, now.getTime() - Date.parse(schedule.dueAt));
    // Held before the file appears, so no scan in this process ever takes its own claim for a dead one's.
    claimedHere.add(token);
    const claim: ScheduleOutcome = {
      outcome: "started",
      at: now.toISOString(),
      pid: process.pid,
      token,
      lateMs,
    };
    if (await createFileExclusive(paths.scheduleOutcome, json(claim)))
      return { status: "claimed", lateMs, recovered: false, schedule };
    claimedHere.delete(token);
    outcome = await readJsonFile<ScheduleOutcome>(paths.scheduleOutcome);
    if (!outcome) return { status: "unknown" };
  }
  if (outcome.outcome === "cancelled") return { status: "cancelled" };
  if (!(await isOrphaned(chorusDir, sendId, outcome))) return { status: "already-started", outcome };
  const token = newToken();
  claimedHere.add(token);
  const marker = `${paths.scheduleOutcome}.recover-${outcome.token}`;
  if (!(await createFileExclusive(marker, `${process.pid} ${token}\n`))) {
    claimedHere.delete(token);
    return { status: "already-started", outcome };
  }
  // Only the holder of this dead claim's marker replaces it, so the file is still the dead claim's.
  const taken: ScheduleOutcome = {
    ...outcome,
    pid: process.pid,
    token,
    recovered: (outcome.recovered ?? 0) + 1,
  };
  await writeFileAtomic(paths.scheduleOutcome, json(taken));
  return { status: "claimed", lateMs: outcome.lateMs, recovered: true, schedule };
}

export type CancelResult =
  | { status: "cancelled"; schedule: SendSchedule; plan: SendPlan }
  | { status: "already-cancelled" }
  | { status: "already-started"; outcome: ScheduleOutcome }
  | { status: "unknown" };

/**
 * Cancel a schedule that has not started: the same exclusive step as a start, so of a cancel and a
 * start racing, exactly one wins. A cancelled send never goes out; its recipients' addresses are removed
 * (the folder keeps what was scheduled, by whom and when it was cancelled).
 */
export async function cancelSchedule(
  chorusDir: string,
  sendId: string,
  options: { by?: string | undefined; now?: Date } = {},
): Promise<CancelResult> {
  const paths = sendPaths(chorusDir, sendId);
  const state = await readScheduleState(chorusDir, sendId);
  if (!state) return { status: "unknown" };
  const plan = await readPlan(chorusDir, sendId);
  const cancelled: ScheduleOutcome = {
    outcome: "cancelled",
    at: (options.now ?? new Date()).toISOString(),
    pid: process.pid,
    token: newToken(),
    ...(options.by ? { by: options.by } : {}),
  };
  if (await createFileExclusive(paths.scheduleOutcome, json(cancelled))) {
    await forgetRecipients(chorusDir, sendId);
    return { status: "cancelled", schedule: state.schedule, plan };
  }
  const outcome = await readJsonFile<ScheduleOutcome>(paths.scheduleOutcome);
  if (!outcome) return { status: "unknown" };
  return outcome.outcome === "cancelled"
    ? { status: "already-cancelled" }
    : { status: "already-started", outcome };
}

/** A cancelled send's recipients (addresses, names, the rows with problems) are not kept. */
export async function forgetRecipients(chorusDir: string, sendId: string): Promise<void> {
  const paths = sendPaths(chorusDir, sendId);
  await rm(paths.recipients, { force: true });
  await rm(paths.importReport, { force: true });
}

/**
 * A claimed schedule that may not go out at its time (the campaign was changed after approval, or
 * withdrawn; a figure is past its review date): recorded as paused with the reasons, so it shows as any
 * stopped send does and can be resumed, checked again, once it is fixed.
 */
export async function recordNotStarted(chorusDir: string, sendId: string, reason: string): Promise<void> {
  const paths = sendPaths(chorusDir, sendId);
  let lock: SendLock;
  try {
    lock = await SendLock.acquire(paths.lock);
  } catch (error) {
    if (error instanceof SendInProgressError) return; // someone is running it: their journal says
    throw error;
  }
  try {
    const journal = await Journal.open(paths.journal);
    try {
      await journal.append({ type: "paused", at: new Date().toISOString(), reason });
    } finally {
      await journal.close();
    }
  } finally {
    await lock.release();
  }
  await writeReport(chorusDir, sendId);
}
