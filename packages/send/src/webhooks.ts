import { Resend } from "resend";
import { addressOf } from "./guards.js";
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

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

let verifier: Resend["webhooks"] | undefined;

/**
 * The Resend SDK's verifier (Standard Webhooks, the scheme Svix signs with). Verifying needs no API
 * key, but the SDK's client wants one to exist: this one is never sent anywhere.
 */
function sdkVerifier(): Resend["webhooks"] {
  verifier ??= new Resend("re_webhook_verification_only").webhooks;
  return verifier;
}

/** What the verifier's errors mean, in our words (its messages are not part of its API). */
function verificationFailure(error: unknown): WebhookVerification {
  if (error instanceof SyntaxError) return { ok: false, reason: "body is not JSON", malformed: true };
  const message = error instanceof Error && error.name === "WebhookVerificationError" ? error.message : "";
  if (!message) throw error;
  if (/timestamp too (old|new)/i.test(message))
    return { ok: false, reason: "timestamp too old or too far in the future" };
  if (/signature headers/i.test(message)) return { ok: false, reason: "invalid timestamp" };
  return { ok: false, reason: "no matching signature" };
}

/**
 * Verify a Resend webhook with the Resend SDK (`webhooks.verify`): HMAC-SHA256 of
 * `${svix-id}.${svix-timestamp}.${body}` keyed by the base64 secret after `whsec_`, compared in
 * constant time against each `v1,` signature in `svix-signature`; timestamps more than 5 minutes
 * from now are refused. `rawBody` must be the body exactly as received (re-serialized JSON does not
 * verify). A signed body that is not an event comes back `malformed`.
 */
export function verifyWebhook(rawBody: string, headers: WebhookHeaders, secret: string): WebhookVerification {
  const id = header(headers, "svix-id");
  const timestamp = header(headers, "svix-timestamp");
  const signature = header(headers, "svix-signature");
  if (!id || !timestamp || !signature)
    return { ok: false, reason: "missing svix-id, svix-timestamp or svix-signature" };
  let event: unknown;
  try {
    event = sdkVerifier().verify({
      payload: rawBody,
      headers: { id, timestamp, signature },
      webhookSecret: secret,
    });
  } catch (error) {
    return verificationFailure(error);
  }
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(event) || typeof event.type !== "string" || !isObject(event.data)) {
    return { ok: false, reason: "not a Resend event (a type and a data object)", malformed: true };
  }
  return { ok: true, event: event as unknown as ResendWebhookEvent };
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
}): (rawBody: string, headers: WebhookHeaders) => Promise<WebhookResult> {
  return async (rawBody, headers) => {
    const verified = verifyWebhook(rawBody, headers, options.secret);
    if (!verified.ok) {
      const status = verified.malformed ? 400 : 401;
      return { status, body: JSON.stringify({ error: verified.reason }), suppressed: [] };
    }
    const reason = SUPPRESSING[verified.event.type];
    const suppressed: string[] = [];
    if (reason) {
      const to = verified.event.data.to;
      // An email sent to `Name <address>` may come back named so: the list keeps addresses only.
      const addresses = (Array.isArray(to) ? to : to ? [to] : [])
        .filter((a): a is string => typeof a === "string")
        .map(addressOf);
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
