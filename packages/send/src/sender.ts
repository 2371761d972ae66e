import { emailProblems } from "./guards.js";
import { foldJournal, Journal, type JournalEvent, type JournalSync, SendLock } from "./journal.js";
import { composeEmail, planBatches, readPlan, type SendPlan, sendPaths } from "./plan.js";
import { backoffDelay, ErrorWindow, type ErrorWindowOptions, InFlightTarget, TokenBucket } from "./rate.js";
import { buildReport, type SendReport, writeReport } from "./report.js";
import type { SuppressionList } from "./suppressions.js";
import type { Transport } from "./transports/transport.js";
import { type Clock, type OutgoingEmail, type Recipient, type Renderer, systemClock } from "./types.js";

export interface RetryOptions {
  /** Attempts per batch for 5xx, timeouts and dropped connections before the send pauses. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /** 429 answers tolerated per batch before the send pauses. */
  maxRateLimitWaits: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 8,
  baseMs: 500,
  capMs: 30_000,
  maxRateLimitWaits: 50,
};
export const DEFAULT_PAUSE: ErrorWindowOptions = { size: 40, threshold: 0.5, minRequests: 20 };
/** Resend's documented default is a few requests per second per team; 2/s stays under it. */
export const DEFAULT_REQUESTS_PER_SECOND = 2;
/** Most requests in flight when pacing to a rate: enough for 10 requests/s at 3 s per answer. */
const DEFAULT_MAX_IN_FLIGHT = 32;
/** Requests in flight with no rate to keep up with (the outbox, tests). */
const UNPACED_IN_FLIGHT = 2;

export interface Progress {
  total: number;
  sent: number;
  failed: number;
  skipped: number;
  batches: number;
  batchesDone: number;
  /** Emails per second in this run. */
  rate: number;
  etaMs: number | undefined;
  elapsedMs: number;
  /** Set while the send waits on a 429 or a retry. */
  waiting?: string;
}

export interface RunOptions {
  /** The `.chorus` folder. */
  chorusDir: string;
  sendId: string;
  transport: Transport;
  render: Renderer;
  /** Checked again before each batch: an address suppressed since planning is skipped. */
  suppressions?: SuppressionList;
  /** Requests per second (token bucket); `null` for no limit (the outbox). */
  requestsPerSecond?: number | null;
  /**
   * The most requests in flight at once. With a request rate, the sender keeps as many in flight as
   * the measured response time needs to reach that rate (about ceil(rate × latency) + 1), up to this
   * many (default 32); the token bucket still sets the pace. With no rate (`null`) it keeps exactly
   * this many (default 2). `1` sends one batch at a time.
   */
  concurrency?: number;
  retry?: Partial<RetryOptions>;
  pause?: Partial<ErrorWindowOptions>;
  clock?: Clock;
  random?: () => number;
  journalSync?: JournalSync;
  onProgress?: (progress: Progress) => void;
  /**
   * Send batches first attempted longer ago than the provider remembers idempotency keys.
   * They may already have been delivered, so this can duplicate; off unless a person decides.
   */
  resendUncertain?: boolean;
  /**
   * Abort to stop cleanly (Ctrl-C): the send is recorded as paused and can be resumed. A string
   * given to `abort(reason)` becomes the recorded reason.
   */
  signal?: AbortSignal;
}

export interface RunResult {
  status: "complete" | "paused";
  reason?: string;
  report: SendReport;
}

/**
 * Send what is left of a planned send, batch by batch, recording progress in its journal.
 * Starting and resuming are the same operation: batches the journal records as accepted or
 * failed are skipped, and every other batch is (re)sent with its own fixed idempotency key, so
 * a batch that reached the provider before a crash is answered from the provider's memory
 * instead of being delivered twice.
 */
export async function runSend(options: RunOptions): Promise<RunResult> {
  const paths = sendPaths(options.chorusDir, options.sendId);
  const plan = await readPlan(options.chorusDir, options.sendId);
  if (plan.transport !== options.transport.name) {
    throw new Error(
      `send "${plan.sendId}" was planned for the ${plan.transport} transport; it cannot continue on ${options.transport.name}`,
    );
  }
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const window = new ErrorWindow({ ...DEFAULT_PAUSE, ...options.pause });
  const rate =
    options.requestsPerSecond === undefined ? DEFAULT_REQUESTS_PER_SECOND : options.requestsPerSecond;
  const bucket = rate === null ? undefined : new TokenBucket(rate, 1, clock);
  const maxInFlight = options.concurrency ?? (rate === null ? UNPACED_IN_FLIGHT : DEFAULT_MAX_IN_FLIGHT);
  const inFlight = new InFlightTarget(rate, Math.max(1, Math.floor(maxInFlight)));

  const lock = await SendLock.acquire(paths.lock);
  let journal: Journal | undefined;
  let stopReason: string | undefined;
  try {
    const state = foldJournal(await Journal.read(paths.journal));
    journal = await Journal.open(paths.journal, options.journalSync);
    const log = (event: JournalEvent) => journal!.append(event);
    const now = () => new Date(clock.now()).toISOString();
    if (state.finished) {
      return { status: "complete", report: await writeReport(options.chorusDir, plan.sendId) };
    }
    if (state.paused) await log({ type: "resumed", at: now() });
    await log({ type: "started", at: now(), pid: process.pid, resumed: state.runs > 0 });

    const before = buildReport(plan, [
      ...state.accepted.values(),
      ...state.failed.values(),
      ...state.attempted.values(),
    ]);
    const progress: Progress = {
      total: plan.recipients,
      sent: before.sent,
      failed: before.failed,
      skipped: before.skipped,
      batches: plan.batches,
      batchesDone: state.accepted.size + state.failed.size,
      rate: 0,
      etaMs: undefined,
      elapsedMs: 0,
    };
    const started = clock.now();
    const sentAtStart = progress.sent;
    const report = (waiting?: string) => {
      progress.elapsedMs = clock.now() - started;
      progress.rate =
        progress.elapsedMs > 0 ? ((progress.sent - sentAtStart) * 1000) / progress.elapsedMs : 0;
      const left = progress.total - progress.sent - progress.failed - progress.skipped + before.importSkipped;
      progress.etaMs = progress.rate > 0 ? (Math.max(0, left) * 1000) / progress.rate : undefined;
      if (waiting) progress.waiting = waiting;
      else delete progress.waiting;
      options.onProgress?.({ ...progress });
    };
    const stop = (reason: string) => {
      stopReason ??= reason;
    };
    const onAbort = () =>
      stop(typeof options.signal?.reason === "string" ? options.signal.reason : "interrupted (Ctrl-C)");
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    report();

    /**
     * Send one batch. `turn` resolves once the batch before it has journaled its attempt (or needs
     * none); `attempted` says the same of this batch, so attempts are journaled, and first requests
     * leave, in batch order however many batches are in flight.
     */
    const processBatch = async (
      index: number,
      recipients: Recipient[],
      turn: Promise<void>,
      attempted: () => void,
    ) => {
      if (state.accepted.has(index) || state.failed.has(index)) return;
      const prior = state.attempted.get(index);
      if (prior && clock.now() - Date.parse(prior.at) > options.transport.idempotencyWindowMs) {
        if (!options.resendUncertain) {
          stop(
            `batch ${index} was first sent at ${prior.at}, longer ago than ${options.transport.name} remembers ` +
              "idempotency keys: it may have been delivered. Check the provider's logs, then resume with " +
              "--resend-uncertain to send it again",
          );
          return;
        }
      }
      const expired =
        prior !== undefined && clock.now() - Date.parse(prior.at) > options.transport.idempotencyWindowMs;
      // Reuse the first attempt's key and exclusions so the provider sees the very same request;
      // only a batch resent on purpose after the window gets a new key (and a new attempt record).
      const reuse = prior !== undefined && !expired;
      const key = reuse
        ? prior.key
        : expired
          ? `${plan.idempotencyPrefix}/${index}/${clock.now()}`
          : `${plan.idempotencyPrefix}/${index}`;

      // The batch must be rebuilt exactly as it was first attempted, or the provider would see a
      // different request under the same key; so exclusions are decided once and journaled.
      const excludedBefore = new Set((reuse ? prior.excluded : []).map((e) => e.row));
      const excluded: { row: number; email: string; reason: string }[] = [];
      const emails: OutgoingEmail[] = [];
      const rows: number[] = [];
      for (const recipient of recipients) {
        if (reuse) {
          if (excludedBefore.has(recipient.row)) continue;
        } else {
          const suppression = options.suppressions?.get(recipient.email);
          if (suppression) {
            excluded.push({
              row: recipient.row,
              email: recipient.email,
              reason: `suppressed (${suppression.reason})`,
            });
            continue;
          }
        }
        let email: OutgoingEmail;
        try {
          email = await composeEmail(options.render, recipient, plan.proof);
        } catch (error) {
          excluded.push({
            row: recipient.row,
            email: recipient.email,
            reason: `render failed: ${(error as Error).message}`,
          });
          continue;
        }
        const problems = emailProblems(email, plan.sendingDomains);
        if (problems.length > 0) {
          excluded.push({ row: recipient.row, email: recipient.email, reason: problems.join("; ") });
          continue;
        }
        emails.push(email);
        rows.push(recipient.row);
      }
      await turn;
      if (!reuse) {
        if (stopReason) return;
        const attempt = { type: "attempt" as const, at: now(), batch: index, key, excluded };
        await log(attempt);
        progress.skipped += excluded.length - (prior?.excluded.length ?? 0);
        state.attempted.set(index, attempt);
      }
      attempted();
      if (emails.length === 0) {
        await log({ type: "accepted", at: now(), batch: index, ids: [], rows: [], rejected: [] });
        progress.batchesDone++;
        report();
        return;
      }

      let failures = 0;
      let rateLimited = 0;
      for (;;) {
        if (stopReason) return;
        await bucket?.take();
        if (stopReason) return;
        let outcome: Awaited<ReturnType<Transport["sendBatch"]>>;
        const requestedAt = clock.now();
        inFlight.sent();
        pool.grow();
        try {
          outcome = await options.transport.sendBatch({ emails, idempotencyKey: key, batch: index });
        } catch (error) {
          outcome = { kind: "retryable", reason: (error as Error).message, status: null };
        } finally {
          inFlight.returned();
        }
        switch (outcome.kind) {
          case "accepted": {
            inFlight.record(clock.now() - requestedAt);
            window.record(true);
            const rejected = outcome.rejected.map((r) => ({
              row: rows[r.index] ?? -1,
              email: emails[r.index]?.to ?? "",
              reason: r.message,
            }));
            await log({ type: "accepted", at: now(), batch: index, ids: outcome.ids, rows, rejected });
            progress.sent += emails.length - rejected.length;
            progress.failed += rejected.length;
            progress.batchesDone++;
            report();
            return;
          }
          case "rate-limited": {
            if (++rateLimited > retry.maxRateLimitWaits) {
              stop(`still rate limited after ${retry.maxRateLimitWaits} waits: ${outcome.reason}`);
              return;
            }
            const wait = outcome.retryAfterMs ?? backoffDelay(rateLimited, retry, random);
            if (bucket) bucket.holdUntil(clock.now() + wait);
            else await clock.sleep(wait);
            report(`rate limited, waiting ${Math.ceil(wait / 100) / 10} s`);
            continue;
          }
          case "busy": {
            // A timed-out request of ours is still running at the provider; its answer will be
            // replayed to us once it finishes.
            if (++rateLimited > retry.maxRateLimitWaits) {
              stop(`batch ${index} still in progress at the provider after ${retry.maxRateLimitWaits} waits`);
              return;
            }
            const wait = backoffDelay(Math.min(rateLimited, 6), retry, random);
            report(`batch ${index} still in progress at the provider, waiting`);
            await clock.sleep(wait);
            continue;
          }
          case "retryable": {
            failures++;
            if (window.record(false)) {
              stop(
                `paused: ${Math.round(window.rate * 100)} % of the last ${window.count} requests failed ` +
                  `(threshold ${Math.round(window.options.threshold * 100)} %); last error: ${outcome.reason}`,
              );
              return;
            }
            if (failures >= retry.maxAttempts) {
              stop(`batch ${index} still failing after ${failures} attempts: ${outcome.reason}`);
              return;
            }
            const wait = backoffDelay(failures - 1, retry, random);
            report(`retrying batch ${index} in ${Math.ceil(wait / 100) / 10} s (${outcome.reason})`);
            await clock.sleep(wait);
            continue;
          }
          case "rejected": {
            // A refusal is still an answer the provider worked out, so it measures latency too; 429s,
            // 409s and failures do not (a 429 is answered at once, a timeout after 30 s).
            inFlight.record(clock.now() - requestedAt);
            await log({
              type: "failed",
              at: now(),
              batch: index,
              rows,
              reason: outcome.reason,
              status: outcome.status,
            });
            progress.failed += rows.length;
            progress.batchesDone++;
            report();
            if (window.record(false)) {
              stop(
                `paused: ${Math.round(window.rate * 100)} % of the last ${window.count} requests failed; ` +
                  `last error: ${outcome.reason}`,
              );
            }
            return;
          }
          case "fatal":
            stop(outcome.reason);
            return;
        }
      }
    };

    const batches = planBatches(options.chorusDir, plan);
    let finished = 0;
    let previousAttempt: Promise<void> = Promise.resolve();
    // Never more workers than unfinished batches (those held by workers and those not yet taken); at
    // least one until the batches run out or the send stops.
    const workersWanted = () =>
      stopReason ? 0 : Math.max(1, Math.min(inFlight.value, plan.batches - finished));
    const pool = new WorkerPool(batches, workersWanted, async ({ index, recipients }) => {
      const turn = previousAttempt;
      let attempted!: () => void;
      const mine = new Promise<void>((resolve) => {
        attempted = resolve;
      });
      previousAttempt = turn.then(() => mine);
      try {
        await processBatch(index, recipients, turn, attempted);
      } finally {
        attempted();
        finished++;
      }
    });
    try {
      await pool.run();
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
      await batches.return(undefined);
    }

    if (stopReason) await log({ type: "paused", at: now(), reason: stopReason });
    else await log({ type: "finished", at: now() });
  } finally {
    await journal?.close();
    await lock.release();
  }
  const finalReport = await writeReport(options.chorusDir, plan.sendId);
  return stopReason
    ? { status: "paused", reason: stopReason, report: finalReport }
    : { status: "complete", report: finalReport };
}

/**
 * Takes `items` in order and works on them with as many workers as `wanted()` says: read again after
 * each item and on `grow()`, workers are added up to it, and leave (after their item) down to it.
 * `wanted()` returning 0 stops taking items. Async generators queue concurrent `next()` calls, so items
 * are taken in order. `run` fails with the first error a worker throws, like `Promise.all`, and then
 * no more items are taken.
 */
class WorkerPool<T> {
  private workers = 0;
  private exhausted = false;
  private failed = false;
  private settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  constructor(
    private readonly items: AsyncIterator<T>,
    private readonly wanted: () => number,
    private readonly work: (item: T) => Promise<void>,
  ) {}

  run(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      this.grow();
      if (this.workers === 0) resolve();
    });
  }

  grow(): void {
    if (!this.settle) return;
    while (this.workers < this.target()) {
      this.workers++;
      this.worker().then(
        () => {
          if (this.workers === 0) this.settle!.resolve();
        },
        (error: unknown) => {
          this.failed = true;
          this.settle!.reject(error);
        },
      );
    }
  }

  private target(): number {
    return this.exhausted || this.failed ? 0 : this.wanted();
  }

  private async worker(): Promise<void> {
    try {
      while (this.workers <= this.target()) {
        const next = await this.items.next();
        if (next.done) {
          this.exhausted = true;
          return;
        }
        await this.work(next.value);
        this.grow();
      }
    } finally {
      // Counted down in the same step as the check above, so two workers never both leave for one surplus.
      this.workers--;
    }
  }
}

export type { SendPlan };
