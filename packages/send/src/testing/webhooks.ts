import { createHmac } from "node:crypto";

/**
 * The `v1,<base64>` signature Resend (through Svix) puts in `svix-signature`: HMAC-SHA256 of
 * `${id}.${timestamp}.${body}` keyed by the base64 secret after `whsec_`. Written from the scheme,
 * not with the verifier's library, so tests check the verifier against an independent signer.
 */
export function signWebhook(secret: string, id: string, timestamp: number | string, body: string): string {
  const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}
