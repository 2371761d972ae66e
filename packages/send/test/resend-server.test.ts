import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Resend } from "resend";
import { afterEach, describe, expect, it } from "vitest";
import { sendBroadcast } from "../src/broadcast.js";
import { SendRefused, sendPaths } from "../src/index.js";
import { Journal } from "../src/journal.js";
import { type ResendTestServer, startResendServer } from "../src/testing/index.js";
import { approved, fakeRenderer, partner, tempDir } from "./helpers.js";

let server: ResendTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const email = { from: "a@example-health.org", to: ["b@example.org"], subject: "Hi", text: "Hello" };

describe("the Resend-compatible test server, through the official SDK", () => {
  it("answers 429 with Resend's retry-after and ratelimit headers", async () => {
    server = await startResendServer({ rateLimit: { requests: 2 } });
    const resend = new Resend("re_test", { baseUrl: server.url });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await resend.emails.send(email));
    expect(results[0]!.headers).toMatchObject({ "ratelimit-limit": "2", "ratelimit-remaining": "1" });
    expect(results[2]!.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(results[2]!.headers).toMatchObject({
      "retry-after": "1",
      "ratelimit-remaining": "0",
      "ratelimit-limit": "2",
    });
    expect(server.accepted).toHaveLength(2);
  });

  it("replays the stored response for a repeated idempotency key and refuses a reused key with another body", async () => {
    server = await startResendServer();
    const resend = new Resend("re_test", { baseUrl: server.url });
    const first = await resend.batch.send([email, { ...email, to: ["c@example.org"] }], {
      idempotencyKey: "k/1",
    });
    const again = await resend.batch.send([email, { ...email, to: ["c@example.org"] }], {
      idempotencyKey: "k/1",
    });
    expect(again.data).toEqual(first.data);
    expect(server.accepted).toHaveLength(2);
    const other = await resend.batch.send([email], { idempotencyKey: "k/1" });
    expect(other.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
  });

  it("answers 409 concurrent_idempotent_requests while the first request with a key is in flight", async () => {
    const running = await startResendServer();
    server = running;
    // The first request is held until the duplicate has its answer, so the race does not depend on timers
    // (a 30 ms head start and a 150 ms delay failed once on a loaded CI machine).
    let release!: () => void;
    running.queue.push({ kind: "hold", until: new Promise<void>((resolve) => (release = resolve)) });
    const resend = new Resend("re_test", { baseUrl: running.url });
    const slow = resend.emails.send(email, { idempotencyKey: "k/2" });
    await expect.poll(() => running.log.length).toBe(1);
    const duplicate = await resend.emails.send(email, { idempotencyKey: "k/2" });
    release();
    expect(duplicate.error).toMatchObject({ statusCode: 409, name: "concurrent_idempotent_requests" });
    expect((await slow).data?.id).toBeTypeOf("string");
    expect(running.accepted).toHaveLength(1);
  });

  it("surfaces a dropped connection as the SDK's network error", async () => {
    server = await startResendServer();
    server.queue.push({ kind: "drop" });
    const result = await new Resend("re_test", { baseUrl: server.url }).emails.send(email);
    expect(result).toMatchObject({
      data: null,
      error: { name: "application_error", statusCode: null },
      headers: null,
    });
  });
});

describe("sendBroadcast", () => {
  const rendered = fakeRenderer()({ firstName: "{{{FIRST_NAME|colleague}}}" });

  it("creates and sends one Resend Broadcast to the segment, and a second call sends nothing more", async () => {
    server = await startResendServer();
    server.addContacts("seg_clinicians", ["a@example.org", "b@example.org", "c@example.org"]);
    const dir = await tempDir();
    const resend = new Resend("re_test", { baseUrl: server.url });
    const options = {
      chorusDir: dir,
      resend,
      campaign: approved,
      materialId: "newsletter",
      partner,
      segmentId: "seg_clinicians",
      email: rendered,
      sendId: "broadcast-1",
    };
    const result = await sendBroadcast(options);
    expect(result).toMatchObject({ sendId: "broadcast-1", sentNow: true });
    expect(server.accepted.map((e) => e.to)).toEqual(["a@example.org", "b@example.org", "c@example.org"]);
    expect(server.accepted[0]!.subject).toBe("{{{FIRST_NAME|colleague}}}, burnout is a system problem");
    expect(await sendBroadcast(options)).toMatchObject({ broadcastId: result.broadcastId, sentNow: false });
    expect(server.accepted).toHaveLength(3);
  });

  it("after a crash between create and send, sends the broadcast already created", async () => {
    server = await startResendServer();
    server.addContacts("seg", ["a@example.org"]);
    const dir = await tempDir();
    const resend = new Resend("re_test", { baseUrl: server.url });
    const created = await resend.broadcasts.create({
      segmentId: "seg",
      from: rendered.from,
      subject: "s",
      html: "<p>x</p>",
    });
    await mkdir(sendPaths(dir, "b2").dir, { recursive: true });
    const journal = await Journal.open(sendPaths(dir, "b2").journal);
    await journal.append({ type: "broadcast-created", at: new Date().toISOString(), id: created.data!.id });
    await journal.close();
    const result = await sendBroadcast({
      chorusDir: dir,
      resend,
      campaign: approved,
      materialId: "newsletter",
      partner,
      segmentId: "seg",
      email: rendered,
      sendId: "b2",
    });
    expect(result).toMatchObject({ broadcastId: created.data!.id, sentNow: true });
    expect(server.broadcasts.size).toBe(1);
    expect(server.accepted).toHaveLength(1);
  });

  it("refuses an unapproved campaign", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    await expect(
      sendBroadcast({
        chorusDir: path.join(dir, ".chorus"),
        resend: new Resend("re_test", { baseUrl: server.url }),
        campaign: { id: "c", status: "in-review" },
        materialId: "newsletter",
        partner,
        segmentId: "seg",
        email: rendered,
      }),
    ).rejects.toThrow(SendRefused);
    expect(server.log).toHaveLength(0);
  });
});
