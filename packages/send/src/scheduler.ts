import type { CampaignSender, StartScheduledResult } from "./campaign-sender.js";
import type { SendRefusal } from "./refusals.js";
import { forgetRecipients, type SendSchedule } from "./schedule.js";
import type { Resolved, SendIds, SendTarget } from "./target.js";

/** The longest delay `setTimeout` keeps (about 24.8 days): a longer one would fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A send started later than this after its time is reported as late. */
export const LATE_AFTER_MS = 60_000;

/** How often the schedules on disk are read again, to find those another process (the CLI) made. */
export const DEFAULT_RESCAN_MS = 30_000;

/** Time and timers, injectable so tests move the clock instead of waiting. */
export interface SchedulerClock {
  now(): number;
  setTimer(fire: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemSchedulerClock: SchedulerClock = {
  now: () => Date.now(),
  setTimer: (fire, ms) => {
    const timer = setTimeout(fire, ms);
    // A waiting schedule never keeps a process alive that has nothing else to do.
    timer.unref?.();
    return timer;
  },
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** A scheduled send this scheduler started: run it (`run`), and say whether it was late. */
export type StartedSchedule = Extract<StartScheduledResult, { status: "started" }> & {
  sendId: string;
  /** Started more than a minute after its time (the builder was not running, or the machine slept). */
  late: boolean;
};

export interface SchedulerOptions {
  sender: CampaignSender;
  /** The campaign, email and partner a plan names, found in the content as it is now. */
  target: (ids: SendIds) => Resolved<SendTarget> | Promise<Resolved<SendTarget>>;
  /** A scheduled send was claimed and checked again: run it (in the background; `run` resolves at its end). */
  onStart: (started: StartedSchedule) => void;
  /** A scheduled send may not go out at its time; it is recorded as paused with these reasons. */
  onRefused?: (refused: { sendId: string; schedule: SendSchedule; refusals: SendRefusal[] }) => void;
  /** Anything else that went wrong (an unreadable folder, content that would not load). */
  onError?: (error: unknown, sendId?: string) => void;
  /** Read the schedules on disk again this often (default 30 s). */
  rescanMs?: number;
  clock?: SchedulerClock;
}

/**
 * Starts scheduled sends at their time, in a long-running process (the builder). On `start` it reads
 * every schedule on disk: those whose time has passed start at once (and say they are late), the others
 * are timed. One timer is armed for the soonest, never longer than `setTimeout` allows (a schedule weeks
 * ahead is reached in steps) nor than the rescan interval, after which the folder is read again, so sends
 * scheduled by another process (`chorus send --at`) are found too. Every start goes through
 * `CampaignSender.startScheduled`: claimed once across processes, checked again, then handed to `onStart`.
 */
export class SendScheduler {
  private readonly clock: SchedulerClock;
  private readonly rescanMs: number;
  private timer: unknown;
  private stopped = true;
  private scanning: Promise<void> | undefined;
  private again = false;
  /** The delay the timer was last armed with (for tests and diagnostics). */
  armedDelayMs: number | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemSchedulerClock;
    this.rescanMs = options.rescanMs ?? DEFAULT_RESCAN_MS;
  }

  /** Pick up every schedule on disk and start those due; resolves once that first pass is done. */
  start(): Promise<void> {
    this.stopped = false;
    return this.rescan();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /** Read the schedules again now (after this process made or cancelled one). One pass at a time. */
  rescan(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } finally {
        this.scanning = undefined;
      }
    })();
    return this.scanning;
  }

  private async pass(): Promise<void> {
    let next = Number.POSITIVE_INFINITY;
    try {
      for (const scheduled of await this.options.sender.schedules()) {
        if (this.stopped) return;
        const { sendId, schedule } = scheduled;
        if (scheduled.state === "cancelled") {
          // A cancel cut off before it removed the addresses is finished here.
          await forgetRecipients(this.options.sender.chorusDir, sendId).catch(() => {});
          continue;
        }
        const due = Date.parse(schedule.dueAt);
        if (scheduled.state === "pending" && due > this.clock.now()) {
          next = Math.min(next, due);
          continue;
        }
        if (scheduled.state === "pending" || scheduled.orphaned) await this.startOne(sendId);
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.arm(next);
    }
  }

  private async startOne(sendId: string): Promise<void> {
    let result: StartScheduledResult;
    try {
      result = await this.options.sender.startScheduled(sendId, this.options.target, {
        now: new Date(this.clock.now()),
      });
    } catch (error) {
      this.options.onError?.(error, sendId);
      return;
    }
    if (result.status === "started") {
      try {
        this.options.onStart({ ...result, sendId, late: result.lateMs > LATE_AFTER_MS });
      } catch (error) {
        this.options.onError?.(error, sendId);
      }
    } else if (result.status === "refused") {
      this.options.onRefused?.({ sendId, schedule: result.schedule, refusals: result.refusals });
    }
    // not-due (the clock moved back), cancelled or started elsewhere: nothing to do here.
  }

  private arm(nextDue: number): void {
    this.disarm();
    if (this.stopped) return;
    const wait = Math.min(nextDue - this.clock.now(), this.rescanMs);
    if (!Number.isFinite(wait)) return; // nothing waiting, and no rescans
    const delay = Math.min(Math.max(0, wait), MAX_TIMER_MS);
    this.armedDelayMs = delay;
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      void this.rescan();
    }, delay);
  }

  private disarm(): void {
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = undefined;
    this.armedDelayMs = undefined;
  }
}
