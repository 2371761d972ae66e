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
