import { addressOf, emailProblems } from "./guards.js";
import {
  foldJournal,
  Journal,
  type JournalEvent,
  type JournalState,
  type JournalSync,
  SendLock,
} from "./journal.js";
import { composeEmail, planBatches, readPlan, type SendPlan, sendPaths } from "./plan.js";
import { backoffDelay, ErrorWindow, type ErrorWindowOptions, InFlightTarget, TokenBucket } from "./rate.js";
import { buildReport, type SendReport, writeReport } from "./report.js";
import type { SuppressionList } from "./suppressions.js";
import type { BatchOutcome, Transport } from "./transports/transport.js";
import { type Clock, type OutgoingEmail, type Recipient, type Renderer, systemClock } from "./types.js";
import { InOrder, type Turn, WorkerPool } from "./worker-pool.js";

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
  /**
   * Set when the run paused on a batch first attempted longer ago than the provider remembers its key:
   * it may have been delivered, so only a person who checked may resend it (`resendUncertain`). Each
   * face offers that its own way.
   */
  uncertainBatch?: number;
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
  const pacing = pacingFor(options);

  const lock = await SendLock.acquire(paths.lock);
  let journal: Journal | undefined;
  let stopReason: string | undefined;
  let uncertainBatch: number | undefined;
  try {
    const state = foldJournal(await Journal.read(paths.journal));
    journal = await Journal.open(paths.journal, options.journalSync);
    if (state.finished) {
      return { status: "complete", report: await writeReport(options.chorusDir, plan.sendId) };
    }
    const run = await SendRun.start(options, plan, state, journal, pacing);
    stopReason = await run.sendBatches();
    uncertainBatch = run.uncertainBatch;
  } finally {
    await journal?.close();
    await lock.release();
  }
  const finalReport = await writeReport(options.chorusDir, plan.sendId);
  return stopReason
    ? {
        status: "paused",
        reason: stopReason,
        ...(uncertainBatch === undefined ? {} : { uncertainBatch }),
        report: finalReport,
      }
    : { status: "complete", report: finalReport };
}

/** How one run paces its requests and when it gives up on them; shared by every batch. */
interface Pacing {
  clock: Clock;
  random: () => number;
  retry: RetryOptions;
  /** Recent requests' outcomes: too many failures pause the send. */
  window: ErrorWindow;
  /** The request rate; none for the outbox. */
  bucket: TokenBucket | undefined;
  /** How many requests to keep in flight (decision 26). */
  inFlight: InFlightTarget;
}

/** The run's pacing from its options, decided (and any bad value refused) before the send is locked. */
function pacingFor(options: RunOptions): Pacing {
  const clock = options.clock ?? systemClock;
  const rate =
    options.requestsPerSecond === undefined ? DEFAULT_REQUESTS_PER_SECOND : options.requestsPerSecond;
  const maxInFlight = options.concurrency ?? (rate === null ? UNPACED_IN_FLIGHT : DEFAULT_MAX_IN_FLIGHT);
  return {
    clock,
    random: options.random ?? Math.random,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    window: new ErrorWindow({ ...DEFAULT_PAUSE, ...options.pause }),
    bucket: rate === null ? undefined : new TokenBucket(rate, 1, clock),
    inFlight: new InFlightTarget(rate, Math.max(1, Math.floor(maxInFlight))),
  };
}

type AttemptEvent = Extract<JournalEvent, { type: "attempt" }>;

/** The request a batch goes out as (see `SendRun.chooseAttempt`). */
type Attempt =
  /** Attempted before, within the provider's memory: the very same request again (key and exclusions). */
  | { kind: "repeat"; key: string; prior: AttemptEvent }
  /** Never attempted, or resent on purpose after the provider forgot the key (`prior` is that attempt). */
  | { kind: "new"; key: string; prior: AttemptEvent | undefined };

/** A batch's emails as built for its attempt, with the spreadsheet row of each and the rows left out. */
interface BuiltBatch {
  emails: OutgoingEmail[];
  rows: number[];
  excluded: { row: number; email: string; reason: string }[];
}

/** A transport's answer that settles a batch. */
type Answer = Extract<BatchOutcome, { kind: "accepted" | "rejected" }>;
/** A transport's answer after which the same request goes out again. */
type RetryableOutcome = Extract<BatchOutcome, { kind: "rate-limited" | "busy" | "retryable" }>;

/**
 * One run of a send, from its `started` line to its `paused` or `finished` line. Each batch the journal
 * has not settled goes through `sendBatch`: choose the attempt, build the batch as that attempt was
 * first built, journal a new attempt (in batch order), send with retries, record the answer. Anything
 * that should end the run goes through `stop`, which keeps the first reason; workers check it before
 * each journaled attempt and each request, so a stopping run leaves every batch either settled or
 * resumable under the key it was attempted with.
 */
class SendRun {
  private stopReason: string | undefined;
  /** The batch this run stopped at because it may already have been delivered (see `RunResult`). */
  uncertainBatch: number | undefined;
  private pool: WorkerPool<{ index: number; recipients: Recipient[] }> | undefined;
  private readonly clock: Clock;

  private constructor(
    private readonly options: RunOptions,
    private readonly plan: SendPlan,
    private readonly state: JournalState,
    private readonly journal: Journal,
    private readonly pacing: Pacing,
    private readonly progress: ProgressMeter,
  ) {
    this.clock = pacing.clock;
  }

  /** Journal the start (and the resumption of a paused send), then measure progress from there. */
  static async start(
    options: RunOptions,
    plan: SendPlan,
    state: JournalState,
    journal: Journal,
    pacing: Pacing,
  ): Promise<SendRun> {
    const at = () => new Date(pacing.clock.now()).toISOString();
    if (state.paused) await journal.append({ type: "resumed", at: at() });
    await journal.append({ type: "started", at: at(), pid: process.pid, resumed: state.runs > 0 });
    const progress = new ProgressMeter(plan, state, pacing.clock, options.onProgress);
    return new SendRun(options, plan, state, journal, pacing, progress);
  }

  /**
   * Work through the plan's batches with as many in flight as the pacing wants, and journal how the
   * run ended. Returns why it stopped, or `undefined` once every batch is settled.
   */
  async sendBatches(): Promise<string | undefined> {
    const { signal } = this.options;
    const onAbort = () =>
      this.stop(typeof signal?.reason === "string" ? signal.reason : "interrupted (Ctrl-C)");
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    this.progress.report();

    const batches = planBatches(this.options.chorusDir, this.plan);
    const attemptOrder = new InOrder();
    let finished = 0;
    // Never more workers than unfinished batches (those held by workers and those not yet taken); at
    // least one until the batches run out or the send stops.
    const workersWanted = () =>
      this.stopReason ? 0 : Math.max(1, Math.min(this.pacing.inFlight.value, this.plan.batches - finished));
    this.pool = new WorkerPool(batches, workersWanted, async ({ index, recipients }) => {
      const turn = attemptOrder.take();
      try {
        await this.sendBatch(index, recipients, turn);
      } finally {
        turn.done();
        finished++;
      }
    });
    try {
      await this.pool.run();
    } finally {
      signal?.removeEventListener("abort", onAbort);
      await batches.return(undefined);
    }

    if (this.stopReason) await this.log({ type: "paused", at: this.now(), reason: this.stopReason });
    else await this.log({ type: "finished", at: this.now() });
    return this.stopReason;
  }

  /**
   * Send one batch unless the journal says it is settled. `turn` comes after the previous batch's: a
   * new attempt is journaled only once the batch before has journaled its own (or needed none), so
   * attempts are journaled, and first requests leave, in batch order however many are in flight.
   */
  private async sendBatch(index: number, recipients: Recipient[], turn: Turn): Promise<void> {
    if (this.state.accepted.has(index) || this.state.failed.has(index)) return;
    const attempt = this.chooseAttempt(index);
    if (!attempt) return;
    const batch = await this.buildBatch(recipients, attempt);
    await turn.ready;
    if (attempt.kind === "new") {
      if (this.stopReason) return;
      await this.journalAttempt(index, attempt, batch.excluded);
    }
    turn.done();
    if (batch.emails.length === 0) {
      await this.recordEmptyBatch(index);
      return;
    }
    await this.sendWithRetries(index, attempt.key, batch);
  }

  /**
   * The request a batch goes out as. One attempted before is sent as the very same request, so the
   * provider answers it from memory. One first attempted longer ago than the provider remembers keys may
   * have been delivered: the send stops, unless `resendUncertain` says to send it again under a new key.
   * `undefined` when the send stops.
   */
  private chooseAttempt(index: number): Attempt | undefined {
    const prior = this.state.attempted.get(index);
    const { transport } = this.options;
    const expired =
      prior !== undefined && this.clock.now() - Date.parse(prior.at) > transport.idempotencyWindowMs;
    if (expired && !this.options.resendUncertain) {
      this.uncertainBatch ??= index;
      this.stop(
        `batch ${index} was first sent at ${prior.at}, longer ago than ${transport.name} remembers ` +
          "idempotency keys: it may have been delivered. Check the provider's logs before sending it again",
      );
      return undefined;
    }
    if (prior !== undefined && !expired) return { kind: "repeat", key: prior.key, prior };
    const key = expired
      ? `${this.plan.idempotencyPrefix}/${index}/${this.clock.now()}`
      : `${this.plan.idempotencyPrefix}/${index}`;
    return { kind: "new", key, prior };
  }

  /**
   * Render the batch's emails. It must be built exactly as its attempt was first built, or the provider
   * would see a different request under the same key: a repeated attempt leaves out the rows its
   * journaled attempt left out, a new one decides now (suppressed since planning) and its exclusions are
   * journaled with it. Either way a recipient whose email cannot be rendered or fails the safety checks
   * is left out.
   */
  private async buildBatch(recipients: Recipient[], attempt: Attempt): Promise<BuiltBatch> {
    const excludedBefore = new Set(
      (attempt.kind === "repeat" ? attempt.prior.excluded : []).map((e) => e.row),
    );
    const batch: BuiltBatch = { emails: [], rows: [], excluded: [] };
    for (const recipient of recipients) {
      if (attempt.kind === "repeat") {
        if (excludedBefore.has(recipient.row)) continue;
      } else {
        const suppression = this.options.suppressions?.get(recipient.email);
        if (suppression) {
          batch.excluded.push({
            row: recipient.row,
            email: recipient.email,
            reason: `suppressed (${suppression.reason})`,
          });
          continue;
        }
      }
      let email: OutgoingEmail;
      try {
        email = await composeEmail(this.options.render, recipient, this.plan.proof);
      } catch (error) {
        batch.excluded.push({
          row: recipient.row,
          email: recipient.email,
          reason: `render failed: ${(error as Error).message}`,
        });
        continue;
      }
      const problems = emailProblems(email, this.plan.sendingDomains);
      if (problems.length > 0) {
        batch.excluded.push({ row: recipient.row, email: recipient.email, reason: problems.join("; ") });
        continue;
      }
      batch.emails.push(email);
      batch.rows.push(recipient.row);
    }
    return batch;
  }

  /** Journal a new attempt before its first request: from then on the batch may have been delivered. */
  private async journalAttempt(
    index: number,
    attempt: Extract<Attempt, { kind: "new" }>,
    excluded: BuiltBatch["excluded"],
  ): Promise<void> {
    const event: AttemptEvent = { type: "attempt", at: this.now(), batch: index, key: attempt.key, excluded };
    await this.log(event);
    this.progress.skip(excluded.length - (attempt.prior?.excluded.length ?? 0));
    this.state.attempted.set(index, event);
  }

  /**
   * Send the batch, always as the same request under its key, until the provider settles it, then
   * record the answer. Each request waits for a token; 429s, a request of ours still running at the
   * provider (409), 5xx, timeouts and dropped connections are waited out (`waitToRetry`). Stops the send
   * on a fatal answer.
   */
  private async sendWithRetries(index: number, key: string, batch: BuiltBatch): Promise<void> {
    const tries = { failures: 0, rateLimited: 0 };
    for (;;) {
      if (this.stopReason) return;
      await this.pacing.bucket?.take();
      if (this.stopReason) return;
      const outcome = await this.request(index, key, batch.emails);
      switch (outcome.kind) {
        case "accepted":
        case "rejected":
          await this.recordAnswer(index, batch, outcome);
          return;
        case "fatal":
          this.stop(outcome.reason);
          return;
        default:
          if (!(await this.waitToRetry(index, outcome, tries))) return;
      }
    }
  }

  /** One request, counted in flight while it is out; a throw is a retryable failure. */
  private async request(index: number, key: string, emails: OutgoingEmail[]): Promise<BatchOutcome> {
    const { inFlight } = this.pacing;
    let outcome: BatchOutcome;
    const requestedAt = this.clock.now();
    inFlight.sent();
    this.pool?.grow();
    try {
      outcome = await this.options.transport.sendBatch({ emails, idempotencyKey: key, batch: index });
    } catch (error) {
      outcome = { kind: "retryable", reason: (error as Error).message, status: null };
    } finally {
      inFlight.returned();
    }
    // Only answers the provider worked out measure latency, a refusal included; 429s, 409s and
    // failures do not (a 429 is answered at once, a timeout after 30 s).
    if (outcome.kind === "accepted" || outcome.kind === "rejected") {
      inFlight.record(this.clock.now() - requestedAt);
    }
    return outcome;
  }

  /**
   * Wait before the same request goes out again; `false` (the send stopped) when the batch has waited or
   * failed too often, or too many of the recent requests failed. `tries` counts this batch's waits.
   */
  private async waitToRetry(
    index: number,
    outcome: RetryableOutcome,
    tries: { failures: number; rateLimited: number },
  ): Promise<boolean> {
    const { retry, window } = this.pacing;
    switch (outcome.kind) {
      case "rate-limited": {
        if (++tries.rateLimited > retry.maxRateLimitWaits) {
          this.stop(`still rate limited after ${retry.maxRateLimitWaits} waits: ${outcome.reason}`);
          return false;
        }
        const wait = outcome.retryAfterMs ?? backoffDelay(tries.rateLimited, retry, this.pacing.random);
        // A 429 is about the whole account: with a bucket, every worker's next request waits.
        if (this.pacing.bucket) this.pacing.bucket.holdUntil(this.clock.now() + wait);
        else await this.clock.sleep(wait);
        this.progress.report(`rate limited, waiting ${Math.ceil(wait / 100) / 10} s`);
        return true;
      }
      case "busy": {
        // A timed-out request of ours is still running at the provider; its answer will be
        // replayed to us once it finishes.
        if (++tries.rateLimited > retry.maxRateLimitWaits) {
          this.stop(
            `batch ${index} still in progress at the provider after ${retry.maxRateLimitWaits} waits`,
          );
          return false;
        }
        const wait = backoffDelay(Math.min(tries.rateLimited, 6), retry, this.pacing.random);
        this.progress.report(`batch ${index} still in progress at the provider, waiting`);
        await this.clock.sleep(wait);
        return true;
      }
      case "retryable": {
        tries.failures++;
        if (window.record(false)) {
          this.stop(
            `paused: ${Math.round(window.rate * 100)} % of the last ${window.count} requests failed ` +
              `(threshold ${Math.round(window.options.threshold * 100)} %); last error: ${outcome.reason}`,
          );
          return false;
        }
        if (tries.failures >= retry.maxAttempts) {
          this.stop(`batch ${index} still failing after ${tries.failures} attempts: ${outcome.reason}`);
          return false;
        }
        const wait = backoffDelay(tries.failures - 1, retry, this.pacing.random);
        this.progress.report(
          `retrying batch ${index} in ${Math.ceil(wait / 100) / 10} s (${outcome.reason})`,
        );
        await this.clock.sleep(wait);
        return true;
      }
    }
  }

  /**
   * Journal the answer that settles a batch: accepted (with the provider's ids and any emails it refused
   * one by one) or rejected as a whole (a 4xx about the batch: retrying cannot help).
   */
  private async recordAnswer(index: number, batch: BuiltBatch, answer: Answer): Promise<void> {
    const { window } = this.pacing;
    const { rows, emails } = batch;
    if (answer.kind === "accepted") {
      window.record(true);
      const rejected = answer.rejected.map((r) => ({
        row: rows[r.index] ?? -1,
        // The address, without the name the list gave the person.
        email: addressOf(emails[r.index]?.to ?? ""),
        reason: r.message,
      }));
      await this.log({ type: "accepted", at: this.now(), batch: index, ids: answer.ids, rows, rejected });
      this.progress.batchDone(emails.length - rejected.length, rejected.length);
      return;
    }
    await this.log({
      type: "failed",
      at: this.now(),
      batch: index,
      rows,
      reason: answer.reason,
      status: answer.status,
    });
    this.progress.batchDone(0, rows.length);
    if (window.record(false)) {
      this.stop(
        `paused: ${Math.round(window.rate * 100)} % of the last ${window.count} requests failed; ` +
          `last error: ${answer.reason}`,
      );
    }
  }

  /** A batch whose every row was left out is settled without a request. */
  private async recordEmptyBatch(index: number): Promise<void> {
    await this.log({ type: "accepted", at: this.now(), batch: index, ids: [], rows: [], rejected: [] });
    this.progress.batchDone(0, 0);
  }

  /** End the run after the batches in flight; the first reason given is the one recorded. */
  private stop(reason: string): void {
    this.stopReason ??= reason;
  }

  private log(event: JournalEvent): Promise<void> {
    return this.journal.append(event);
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}

/** The run's `Progress`, counted from what the journal already said, reported through `onProgress`. */
class ProgressMeter {
  private readonly progress: Progress;
  private readonly importSkipped: number;
  private readonly started: number;
  private readonly sentAtStart: number;

  constructor(
    plan: SendPlan,
    state: JournalState,
    private readonly clock: Clock,
    private readonly onProgress: ((progress: Progress) => void) | undefined,
  ) {
    const before = buildReport(plan, [
      ...state.accepted.values(),
      ...state.failed.values(),
      ...state.attempted.values(),
    ]);
    this.progress = {
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
    this.importSkipped = before.importSkipped;
    this.started = clock.now();
    this.sentAtStart = this.progress.sent;
  }

  /** Rows left out of a batch by its new attempt (counted when the attempt is journaled, not reported yet). */
  skip(rows: number): void {
    this.progress.skipped += rows;
  }

  /** A batch is settled: `sent` emails accepted, `failed` refused. */
  batchDone(sent: number, failed: number): void {
    this.progress.sent += sent;
    this.progress.failed += failed;
    this.progress.batchesDone++;
    this.report();
  }

  /** Tell `onProgress` where the send is; `waiting` while it waits on a 429 or a retry. */
  report(waiting?: string): void {
    const progress = this.progress;
    progress.elapsedMs = this.clock.now() - this.started;
    progress.rate =
      progress.elapsedMs > 0 ? ((progress.sent - this.sentAtStart) * 1000) / progress.elapsedMs : 0;
    const left = progress.total - progress.sent - progress.failed - progress.skipped + this.importSkipped;
    progress.etaMs = progress.rate > 0 ? (Math.max(0, left) * 1000) / progress.rate : undefined;
    if (waiting) progress.waiting = waiting;
    else delete progress.waiting;
    this.onProgress?.({ ...progress });
  }
}

export type { SendPlan };
