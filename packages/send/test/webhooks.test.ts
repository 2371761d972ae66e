import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createWebhookHandler, SuppressionList, verifyWebhook } from "../src/index.js";
import { signWebhook } from "../src/testing/index.js";
import { tempDir } from "./helpers.js";

const secret = `whsec_${Buffer.from("a test secret of thirty-two bytes!").toString("base64")}`;
const now = Date.parse("2026-11-23T05:00:00Z");
const seconds = Math.floor(now / 1000);

// The verifier (the Resend SDK's) reads the clock itself: only Date is faked, timers stay real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});

function signed(body: string, options: { id?: string; timestamp?: number; key?: string } = {}) {
  const id = options.id ?? "msg_2p5Jd9";
  const timestamp = options.timestamp ?? seconds;
  return {
    "svix-id": id,
    "svix-timestamp": String(timestamp),
    "svix-signature": signWebhook(options.key ?? secret, id, timestamp, body),
  };
}

const bounce = JSON.stringify({
  type: "email.bounced",
  created_at: "2026-11-23T04:59:00.000Z",
  data: { email_id: "4ef9a417", to: ["Gone@Hospital.example.org"], bounce: { type: "Permanent" } },
});

describe("Resend webhooks", () => {
  it("verifies a signature computed the Svix way, among several in the header", () => {
    const headers = signed(bounce);
    headers["svix-signature"] = `v1,bm90IGl0 ${headers["svix-signature"]}`;
    const result = verifyWebhook(bounce, headers, secret);
    expect(result).toMatchObject({ ok: true, event: { type: "email.bounced" } });
  });

  it("adds bounces and complaints to the suppression list, once even when redelivered", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "suppressions.jsonl");
    const suppressions = await SuppressionList.load(file);
    const handle = createWebhookHandler({ secret, suppressions });
    const complaint = JSON.stringify({ type: "email.complained", data: { to: ["angry@example.org"] } });
    expect(await handle(bounce, signed(bounce))).toMatchObject({
      status: 200,
      suppressed: ["Gone@Hospital.example.org"],
    });
    expect(await handle(bounce, signed(bounce))).toMatchObject({ status: 200 });
    expect(await handle(complaint, signed(complaint, { id: "msg_2" }))).toMatchObject({ status: 200 });
    const delivered = JSON.stringify({ type: "email.delivered", data: { to: ["fine@example.org"] } });
    expect(await handle(delivered, signed(delivered, { id: "msg_3" }))).toMatchObject({
      status: 200,
      suppressed: [],
    });

    const reloaded = await SuppressionList.load(file);
    expect(reloaded.size).toBe(2);
    expect(reloaded.get("gone@hospital.example.org")).toMatchObject({
      reason: "bounced",
      source: "resend-webhook:msg_2p5Jd9",
    });
    expect(reloaded.get("ANGRY@example.org")).toMatchObject({ reason: "complained" });
  });

  it("rejects a forged signature, a tampered body and a stale or future timestamp, adding nothing", async () => {
    const dir = await tempDir();
    const suppressions = await SuppressionList.load(path.join(dir, "suppressions.jsonl"));
    const handle = createWebhookHandler({ secret, suppressions });
    const forgedKey = `whsec_${Buffer.from("somebody else's secret").toString("base64")}`;
    const forged = await handle(bounce, signed(bounce, { key: forgedKey }));
    expect(forged).toEqual({ status: 401, body: '{"error":"no matching signature"}', suppressed: [] });
    const tampered = bounce.replace("Gone@", "Victim@");
    expect((await handle(tampered, signed(bounce))).status).toBe(401);
    const stale = await handle(bounce, signed(bounce, { timestamp: seconds - 301 }));
    expect(stale.body).toBe('{"error":"timestamp too old or too far in the future"}');
    expect((await handle(bounce, signed(bounce, { timestamp: seconds + 301 }))).status).toBe(401);
    expect((await handle(bounce, { "svix-id": "msg" })).body).toContain("missing svix-id");
    expect(suppressions.size).toBe(0);
  });

  it("answers a signed body that is not an event (data null, an array, not JSON) with 400, adding nothing", async () => {
    const dir = await tempDir();
    const suppressions = await SuppressionList.load(path.join(dir, "suppressions.jsonl"));
    const handle = createWebhookHandler({ secret, suppressions });
    for (const body of [
      JSON.stringify({ type: "email.bounced", created_at: "2026-11-23T10:00:00Z", data: null }),
      JSON.stringify({ type: "email.bounced", data: ["Gone@example.org"] }),
      JSON.stringify([{ type: "email.bounced" }]),
      "{not json",
    ]) {
      const result = await handle(body, signed(body));
      expect(result.status).toBe(400);
      expect(JSON.parse(result.body).error).toMatch(/not a Resend event|not JSON/);
    }
    expect(suppressions.size).toBe(0);
  });

  it("reads headers from a Fetch Headers object too", () => {
    const result = verifyWebhook(bounce, new Headers(signed(bounce)), secret);
    expect(result.ok).toBe(true);
  });
});
