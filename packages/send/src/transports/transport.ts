import type { OutgoingEmail } from "../types.js";

/** How a batch request ended, in the terms the sender acts on. */
export type BatchOutcome =
  | {
      kind: "accepted";
      /** One id per email, `null` for an email refused individually (see `rejected`). */
      ids: (string | null)[];
      rejected: { index: number; message: string }[];
    }
  /** 429: wait `retryAfterMs` (from the response headers) and send the same request again. */
  | { kind: "rate-limited"; retryAfterMs: number | undefined; reason: string }
  /** The first request with this key is still being processed (409): wait for it, it is not a failure. */
  | { kind: "busy"; reason: string }
  /** 5xx, timeout, dropped connection: retry later with the same idempotency key. */
  | { kind: "retryable"; reason: string; status: number | null }
  /** A 4xx about this batch (validation): retrying cannot help; the batch is marked failed. */
  | { kind: "rejected"; reason: string; status: number }
  /** Wrong API key, forbidden, quota exhausted: nothing will work until a person acts; the send pauses. */
  | { kind: "fatal"; reason: string; status: number };

export interface BatchRequest {
  emails: OutgoingEmail[];
  /** `chorus/<send-id>/<batch-index>`: the same batch always carries the same key. */
  idempotencyKey: string;
  batch: number;
}

export interface Transport {
  readonly name: "outbox" | "resend";
  /**
   * How long the provider remembers an idempotency key. A batch first attempted longer ago than
   * this cannot be retried safely (it may have been delivered); resume reports it instead.
   */
  readonly idempotencyWindowMs: number;
  sendBatch(request: BatchRequest): Promise<BatchOutcome>;
}
