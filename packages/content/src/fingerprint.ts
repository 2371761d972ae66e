import type { Campaign } from "./schema/campaign.js";

/**
 * A short fingerprint of everything a reviewer approved in a campaign: all of it except its status
 * and approval record. Stored in `approval.fingerprint` when a campaign is approved, so an edit made
 * afterwards (in the builder or by hand in the file) is caught before anything is sent. A change
 * detector, not a signature: it is computed from the validated campaign, so YAML key order and
 * comments do not change it.
 */
export function approvalFingerprint(campaign: Campaign): string {
  const { status: _status, approval: _approval, ...approved } = campaign;
  return hash64(JSON.stringify(approved));
}

/** cyrb53-style 64-bit string hash, as 16 hex digits; the same in Node and the browser. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}
