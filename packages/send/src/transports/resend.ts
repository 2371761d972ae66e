import { Resend } from "resend";
import type { OutgoingEmail } from "../types.js";
import type { BatchOutcome, BatchRequest, Transport } from "./transport.js";

export interface ResendTransportOptions {
  apiKey: string;
  /** Defaults to `RESEND_BASE_URL` or https://api.resend.com (the SDK's own rule). */
  baseUrl?: string;
  /** Give up on a request after this long and retry it (same idempotency key). */
  timeoutMs?: number;
}

/** Resend keeps idempotency keys for 24 hours; stay well inside that. */
export const RESEND_IDEMPOTENCY_WINDOW_MS = 23 * 60 * 60 * 1000;

/** Sends batches of up to 100 emails through the official SDK's batch API (`POST /emails/batch`). */
export class ResendTransport implements Transport {
  readonly name = "resend";
  readonly idempotencyWindowMs = RESEND_IDEMPOTENCY_WINDOW_MS;
  readonly client: Resend;
  private readonly timeoutMs: number;

  constructor(options: ResendTransportOptions) {
    this.client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async sendBatch({ emails, idempotencyKey }: BatchRequest): Promise<BatchOutcome> {
    if (emails.length > 100) throw new Error("Resend accepts at most 100 emails per batch");
    let result: Awaited<ReturnType<Resend["batch"]["send"]>>;
    try {
      result = await this.client.batch.send(emails.map(toResendEmail), {
        idempotencyKey,
        // Permissive: one refused address must not hold back the 99 valid ones.
        batchValidation: "permissive",
        signal: AbortSignal.timeout(this.timeoutMs),
      } as Parameters<Resend["batch"]["send"]>[1]);
    } catch (error) {
      return { kind: "retryable", reason: `request failed: ${(error as Error).message}`, status: null };
    }
    if (result.error) {
      return classifyResendError(
        result.error as { statusCode?: number | null; name?: string; message?: string },
        (result.headers ?? null) as Record<string, string> | null,
      );
    }
    const body = result.data as unknown as {
      data?: { id: string }[];
      errors?: { index: number; message: string }[];
    };
    const rejected = body.errors ?? [];
    const refused = new Set(rejected.map((e) => e.index));
    const accepted = body.data ?? [];
    // In permissive mode `data` lists the accepted emails in order, skipping refused ones.
    const ids: (string | null)[] = [];
    let next = 0;
    for (let index = 0; index < emails.length; index++) {
      ids.push(refused.has(index) ? null : (accepted[next++]?.id ?? null));
    }
    return { kind: "accepted", ids, rejected };
  }
}

function toResendEmail(email: OutgoingEmail) {
  return {
    from: email.from,
    to: [email.to],
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
  };
}

/** Map a Resend error response to what the sender should do. */
export function classifyResendError(
  error: { statusCode?: number | null; name?: string; message?: string },
  headers: Record<string, string> | null,
): BatchOutcome {
  const status = error.statusCode ?? null;
  const reason = `${status ?? "network"} ${error.name ?? "error"}: ${error.message ?? ""}`.trim();
  if (status === null || status === undefined) return { kind: "retryable", reason, status: null };
  if (status === 429) {
    if (error.name === "daily_quota_exceeded" || error.name === "monthly_quota_exceeded") {
      return { kind: "fatal", reason, status };
    }
    return { kind: "rate-limited", retryAfterMs: retryAfterMs(headers), reason };
  }
  if (status === 409 && error.name === "concurrent_idempotent_requests") return { kind: "busy", reason };
  if (status === 408 || status >= 500) return { kind: "retryable", reason, status };
  if (status === 401 || status === 403) return { kind: "fatal", reason, status };
  return { kind: "rejected", reason, status };
}

/** `retry-after` (seconds, possibly fractional, or an HTTP date), else `ratelimit-reset` seconds. */
export function retryAfterMs(headers: Record<string, string> | null, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const retryAfter = headers["retry-after"];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers["ratelimit-reset"]);
  return Number.isFinite(reset) ? Math.max(0, reset * 1000) : undefined;
}
