import { createHmac, timingSafeEqual } from "node:crypto";
import type { SuppressionList, SuppressionReason } from "./suppressions.js";

export type WebhookHeaders = Record<string, string | string[] | undefined> | Headers;

/**
 * `malformed`: the signature is good but the body is not an event we can read (answered with 400,
 * where a forged or stale delivery gets 401).
 */
export type WebhookVerification =
  | { ok: true; event: ResendWebhookEvent }
  | { ok: false; reason: string; malformed?: true };

/** The part of a Resend webhook event the suppression list needs. */
export interface ResendWebhookEvent {
  type: string;
  created_at?: string;
  data: { email_id?: string; to?: string[] | string; [key: string]: unknown };
}

/** Resend (through Svix) rejects deliveries older than this; so do we, against replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

/** The `v1,<base64>` signature Svix computes for a message. */
export function signWebhook(secret: string, id: string, timestamp: number | string, body: string): string {
  const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/**
 * Verify a Resend webhook (Svix scheme): HMAC-SHA256 of `${svix-id}.${svix-timestamp}.${body}`
 * with the base64 secret after `whsec_`, compared in constant time against each `v1,` signature
 * in `svix-signature`; timestamps more than 5 minutes from now are refused. `rawBody` must be the
 * body exactly as received (re-serialized JSON does not verify).
 */
export function verifyWebhook(
  rawBody: string,
  headers: WebhookHeaders,
  secret: string,
  options: { now?: number; toleranceSeconds?: number } = {},
): WebhookVerification {
  const id = header(headers, "svix-id");
  const timestamp = header(headers, "svix-timestamp");
  const signatures = header(headers, "svix-signature");
  if (!id || !timestamp || !signatures)
    return { ok: false, reason: "missing svix-id, svix-timestamp or svix-signature" };
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(seconds))
    return { ok: false, reason: "invalid timestamp" };
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(now - seconds) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) {
    return { ok: false, reason: "timestamp too old or too far in the future" };
  }
  const expected = Buffer.from(signWebhook(secret, id, timestamp, rawBody).slice(3), "base64");
  const matches = signatures.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { ok: false, reason: "no matching signature" };
  let event: ResendWebhookEvent;
  try {
    event = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: "body is not JSON", malformed: true };
  }
  const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(event) || typeof event.type !== "string" || !isObject(event.data)) {
    return { ok: false, reason: "not a Resend event (a type and a data object)", malformed: true };
  }
  return { ok: true, event };
}

export interface WebhookResult {
  /** HTTP status to answer with: 2xx tells Svix to stop retrying; 4xx for forged or stale events. */
  status: number;
  body: string;
  suppressed: string[];
}

const SUPPRESSING: Record<string, SuppressionReason> = {
  "email.bounced": "bounced",
  "email.complained": "complained",
};

/**
 * A framework-free webhook endpoint: give it the raw body and headers, answer with its status
 * and body. Bounces and complaints are added to the suppression list (idempotent, so Svix's
 * retries add nothing twice); other events are acknowledged and ignored.
 */
export function createWebhookHandler(options: {
  secret: string;
  suppressions: SuppressionList;
  now?: () => number;
}): (rawBody: string, headers: WebhookHeaders) => Promise<WebhookResult> {
  return async (rawBody, headers) => {
    const verified = verifyWebhook(
      rawBody,
      headers,
      options.secret,
      options.now ? { now: options.now() } : {},
    );
    if (!verified.ok) {
      const status = verified.malformed ? 400 : 401;
      return { status, body: JSON.stringify({ error: verified.reason }), suppressed: [] };
    }
    const reason = SUPPRESSING[verified.event.type];
    const suppressed: string[] = [];
    if (reason) {
      const to = verified.event.data.to;
      const addresses = (Array.isArray(to) ? to : to ? [to] : []).filter(
        (a): a is string => typeof a === "string",
      );
      for (const address of addresses) {
        await options.suppressions.add({
          email: address,
          reason,
          source: `resend-webhook:${header(headers, "svix-id")}`,
        });
        suppressed.push(address);
      }
    }
    return { status: 200, body: JSON.stringify({ received: true, suppressed }), suppressed };
  };
}
