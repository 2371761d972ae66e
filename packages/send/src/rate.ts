import type { Clock } from "./types.js";

/**
 * A token bucket: `ratePerSecond` requests on average, at most `burst` at once. `take` waits
 * for a token; callers are served in order. `holdUntil` stops everyone until a time (a 429's
 * `retry-after` applies to the whole account, not only the request that got it).
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private notBefore = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number,
    private readonly clock: Clock,
  ) {
    if (!(ratePerSecond > 0)) throw new Error("the request rate must be above 0");
    this.tokens = Math.min(1, burst);
    this.last = clock.now();
  }

  take(): Promise<void> {
    const turn = this.queue.then(() => this.acquire());
    this.queue = turn.catch(() => {});
    return turn;
  }

  holdUntil(time: number): void {
    this.notBefore = Math.max(this.notBefore, time);
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
    this.last = now;
  }

  private async acquire(): Promise<void> {
    for (;;) {
      let now = this.clock.now();
      if (now < this.notBefore) {
        await this.clock.sleep(this.notBefore - now);
        now = this.clock.now();
        // After a hold, start from an empty bucket so the account is not hit with a burst.
        this.tokens = 0;
        this.last = now;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.clock.sleep(((1 - this.tokens) * 1000) / this.ratePerSecond);
    }
  }
}

/**
 * How many requests to keep in flight so the token bucket, not the wait for answers, sets the pace.
 * A request slot that waits L ms for each answer carries at most 1000 / L requests a second, so a rate
 * of r needs r × L / 1000 slots; one more covers the work between an answer and the next request
 * (journaling, building the next batch), as long as that work takes under 1 / r. L is a moving average
 * of response times (EWMA), so one slow answer does not swing the count. Never more than `max`; with no
 * rate there is nothing to keep up with and the count is `max`.
 */
export class InFlightTarget {
  private averageMs: number | undefined;
  private outstanding = 0;

  constructor(
    readonly ratePerSecond: number | null,
    readonly max: number,
    /** Weight of the newest response time: 0.2 follows a change within about ten answers. */
    private readonly weight = 0.2,
  ) {
    if (!(max >= 1)) throw new Error("at least one request must be allowed in flight");
  }

  /** A request left. */
  sent(): void {
    this.outstanding++;
  }

  /** A request came back, however it ended. */
  returned(): void {
    this.outstanding--;
  }

  /** Record how long an answer took (one the provider worked out, not a 429 or a timeout). */
  record(ms: number): void {
    this.averageMs = this.averageMs === undefined ? ms : this.averageMs + this.weight * (ms - this.averageMs);
  }

  /** Requests to keep in flight now. */
  get value(): number {
    if (this.ratePerSecond === null) return this.max;
    // Before the first answer the latency is unknown, but at least as long as every request still out
    // has waited: one slot more than those keeps a slot ready for the next token, so the count grows
    // one token at a time until answers come back, instead of losing tokens for a whole round trip.
    const needed =
      this.averageMs === undefined
        ? Math.max(2, this.outstanding + 1)
        : Math.ceil((this.ratePerSecond * this.averageMs) / 1000) + 1;
    return Math.max(1, Math.min(this.max, needed));
  }
}

export interface BackoffOptions {
  /** First retry waits up to this long. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
}

/** Exponential backoff with full jitter (AWS Architecture Blog): uniform in [0, min(cap, base·2^attempt)). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  return random() * Math.min(options.capMs, options.baseMs * 2 ** attempt);
}

export interface ErrorWindowOptions {
  /** How many recent requests count. */
  size: number;
  /** Pause when more than this share of them failed… */
  threshold: number;
  /** …and at least this many requests were made. */
  minRequests: number;
}

/** The share of failed requests over the last `size` requests (listmonk's sliding-window pause). */
export class ErrorWindow {
  private readonly outcomes: boolean[] = [];
  private failures = 0;

  constructor(readonly options: ErrorWindowOptions) {}

  /** Record a request's outcome; true when the send should pause. */
  record(ok: boolean): boolean {
    this.outcomes.push(ok);
    if (!ok) this.failures++;
    if (this.outcomes.length > this.options.size && !this.outcomes.shift()) this.failures--;
    return this.outcomes.length >= this.options.minRequests && this.rate > this.options.threshold;
  }

  get rate(): number {
    return this.outcomes.length === 0 ? 0 : this.failures / this.outcomes.length;
  }

  get count(): number {
    return this.outcomes.length;
  }
}
