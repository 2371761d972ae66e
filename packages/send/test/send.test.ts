import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  OutboxTransport,
  planSend,
  ResendTransport,
  type RunOptions,
  readReport,
  runSend,
  SuppressionList,
  sendPaths,
} from "../src/index.js";
import { Journal } from "../src/journal.js";
import { type ResendTestServer, startResendServer } from "../src/testing/index.js";
import {
  draft,
  fakeRenderer,
  partner,
  planned,
  planOptions,
  recipientsCsv,
  tempDir,
  writeCsv,
} from "./helpers.js";

let server: ResendTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { baseMs: 1, capMs: 20 };

function transport(s: ResendTestServer) {
  return new ResendTransport({ apiKey: "re_test", baseUrl: s.url, timeoutMs: 2_000 });
}

/** runSend through the test server, with the fake renderer and no rate limit, plus what a test changes. */
function sendVia(s: ResendTestServer, dir: string, sendId: string, options: Partial<RunOptions> = {}) {
  return runSend({
    chorusDir: dir,
    sendId,
    transport: transport(s),
    render: fakeRenderer(),
    requestsPerSecond: null,
    ...options,
  });
}

function expectExactlyOnce(s: ResendTestServer, count: number, start = 0) {
  const deliveries = s.deliveries();
  expect(deliveries.size).toBe(count);
  for (let i = start; i < start + count; i++) {
    expect(deliveries.get(`clinician${i}@hospital.example.org`), `clinician${i}`).toBe(1);
  }
}

describe("runSend with the Resend transport", () => {
  it("sends every recipient exactly once in batches of 100 with per-batch idempotency keys", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(250));
    const result = await sendVia(server, dir, sendId);
    expect(result.status).toBe("complete");
    expectExactlyOnce(server, 250);
    expect(server.log.map((entry) => entry.key).sort()).toEqual(
      [0, 1, 2].map((i) => `chorus/${sendId}/${i}`),
    );
    expect(server.accepted.find((e) => e.to === "clinician0@hospital.example.org")).toMatchObject({
      subject: "Name0, burnout is a system problem",
      headers: { "List-Unsubscribe": "<https://example-health.org/email/preferences>" },
    });
    expect(result.report).toMatchObject({ status: "complete", sent: 250, failed: 0, pending: 0 });
    const text = await readFile(sendPaths(dir, sendId).reportText, "utf8");
    expect(text).toContain("sent:       250");
  });

  it("rides out a 429 storm by honouring retry-after, without losing or repeating anyone", async () => {
    // A window wide enough that six concurrent first requests always land in it, however loaded the
    // machine is: at least four of them are refused with 429 whatever the timing.
    server = await startResendServer({
      rateLimit: { requests: 2, perMs: 500 },
      retryAfterPrecision: "milliseconds",
    });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(600), { batchSize: 50 });
    const result = await sendVia(server, dir, sendId, {
      concurrency: 6,
      retry: fast,
    });
    expect(result.status).toBe("complete");
    expect(server.statusCounts()[429] ?? 0).toBeGreaterThanOrEqual(4);
    expectExactlyOnce(server, 600);
  });

  it("retries 20 % injected 5xx and dropped connections with backoff and still delivers exactly once", async () => {
    server = await startResendServer({ faults: { error: 0.2, drop: 0.05, dropAfterAccept: 0.05 }, seed: 7 });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(3_000), { batchSize: 50 });
    const result = await sendVia(server, dir, sendId, {
      retry: fast,
    });
    expect(result.status).toBe("complete");
    const counts = server.statusCounts();
    expect((counts[500] ?? 0) + (counts[502] ?? 0) + (counts[503] ?? 0)).toBeGreaterThan(5);
    expect(counts[0]).toBeGreaterThan(0);
    expectExactlyOnce(server, 3_000);
  });

  it("treats a response lost after delivery as retryable and gets the stored answer for the same key", async () => {
    server = await startResendServer();
    server.queue.push({ kind: "drop-after-accept" });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(10));
    const result = await sendVia(server, dir, sendId, {
      retry: fast,
    });
    expect(result.status).toBe("complete");
    expect(server.log.map((e) => e.status)).toEqual([0, 200]);
    expectExactlyOnce(server, 10);
  });

  it("times out a slow response and the retry waits out the in-flight original (409) instead of sending twice", async () => {
    server = await startResendServer();
    server.queue.push({ kind: "slow", ms: 400 });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(10));
    const result = await runSend({
      chorusDir: dir,
      sendId,
      transport: new ResendTransport({ apiKey: "re_test", baseUrl: server.url, timeoutMs: 100 }),
      render: fakeRenderer(),
      requestsPerSecond: null,
      retry: { baseMs: 50, capMs: 100 },
    });
    expect(result.status).toBe("complete");
    expectExactlyOnce(server, 10);
  });

  it("never retries a 4xx validation error: the batch is marked failed with the reason", async () => {
    server = await startResendServer();
    server.queue.push({
      kind: "respond",
      status: 422,
      name: "validation_error",
      message: "Invalid `from` field.",
    });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(150));
    const result = await sendVia(server, dir, sendId, {
      concurrency: 1,
    });
    expect(result.status).toBe("complete");
    expect(server.log.filter((e) => e.key === `chorus/${sendId}/0`)).toHaveLength(1);
    expect(result.report).toMatchObject({ sent: 50, failed: 100, batches: { failed: 1, accepted: 1 } });
    expect(result.report.failures[0]).toMatchObject({
      row: 2,
      batch: 0,
      reason: "422 validation_error: Invalid `from` field.",
    });
  });

  it("reports addresses the provider refuses one by one without holding back the rest of the batch", async () => {
    server = await startResendServer({
      refuse: (to) =>
        to.startsWith("clinician3@") ? "Address is on the provider's suppression list" : undefined,
    });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(10));
    const result = await sendVia(server, dir, sendId);
    expect(result.report).toMatchObject({ sent: 9, failed: 1 });
    expect(result.report.failures).toEqual([
      {
        row: 5,
        email: "clinician3@hospital.example.org",
        batch: 0,
        reason: "Address is on the provider's suppression list",
      },
    ]);
  });

  it("pauses when the error rate passes the threshold, records why, and finishes on resume", async () => {
    server = await startResendServer({ faults: { error: 1 } });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(500));
    const paused = await sendVia(server, dir, sendId, {
      retry: fast,
      pause: { size: 10, minRequests: 10, threshold: 0.5 },
    });
    expect(paused.status).toBe("paused");
    expect(paused.reason).toMatch(/^paused: 100 % of the last 10 requests failed \(threshold 50 %\)/);
    const events = await Journal.read(sendPaths(dir, sendId).journal);
    expect(events.at(-1)).toMatchObject({ type: "paused" });
    expect((await readReport(dir, sendId)).status).toBe("paused");
    expect(server.accepted).toHaveLength(0);
    // The report file says what resuming does and names no face's command or button.
    const text = await readFile(sendPaths(dir, sendId).reportText, "utf8");
    expect(text).toContain(
      `Not finished: resuming send ${sendId} carries on from the first batch not yet accepted`,
    );
    expect(text).not.toMatch(/chorus|--resume|button/i);

    server.faults = {};
    const resumed = await sendVia(server, dir, sendId);
    expect(resumed.status).toBe("complete");
    expectExactlyOnce(server, 500);
    const after = await Journal.read(sendPaths(dir, sendId).journal);
    expect(after.some((e) => e.type === "resumed")).toBe(true);
  });

  it("pauses on a wrong API key instead of failing every batch", async () => {
    server = await startResendServer();
    server.queue.push({
      kind: "respond",
      status: 401,
      name: "restricted_api_key",
      message: "This API key is restricted.",
    });
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(300));
    const result = await sendVia(server, dir, sendId, {
      concurrency: 1,
    });
    expect(result.status).toBe("paused");
    expect(result.report.batches).toMatchObject({ failed: 0, accepted: 0 });
  });

  it("keeps to the request rate with the token bucket", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(600));
    const started = Date.now();
    await sendVia(server, dir, sendId, {
      requestsPerSecond: 20,
    });
    const times = server.log.map((e) => e.at);
    // 6 requests at 20/s: the first at once, then one every 50 ms.
    expect(times.at(-1)! - started).toBeGreaterThanOrEqual(240);
    expectExactlyOnce(server, 600);
  });

  it("skips an address suppressed after planning and reports it", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(5));
    const suppressions = await SuppressionList.load(path.join(dir, "suppressions.jsonl"));
    await suppressions.add({ email: "clinician2@hospital.example.org", reason: "complained" });
    const result = await sendVia(server, dir, sendId, {
      suppressions,
    });
    expect(server.deliveries().has("clinician2@hospital.example.org")).toBe(false);
    expect(result.report).toMatchObject({ sent: 4, skipped: 1 });
    expect(result.report.skippedWhileSending).toEqual([
      { row: 4, email: "clinician2@hospital.example.org", reason: "suppressed (complained)" },
    ]);
  });

  it("stops cleanly on Ctrl-C (abort): recorded as paused, resumable", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(1_000));
    const controller = new AbortController();
    server.onAccepted = (_emails, total) => {
      if (total >= 300) controller.abort();
    };
    const stopped = await sendVia(server, dir, sendId, {
      concurrency: 1,
      signal: controller.signal,
    });
    expect(stopped).toMatchObject({ status: "paused", reason: "interrupted (Ctrl-C)" });
    expect(stopped.report.sent).toBe(300);
    server.onAccepted = undefined;
    const resumed = await sendVia(server, dir, sendId);
    expect(resumed.status).toBe("complete");
    expectExactlyOnce(server, 1_000);
  });

  it("refuses to continue a send on another transport than planned", async () => {
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(5));
    await expect(
      runSend({ chorusDir: dir, sendId, transport: new OutboxTransport(dir), render: fakeRenderer() }),
    ).rejects.toThrow(`send "${sendId}" was planned for the resend transport; it cannot continue on outbox`);
  });
});

describe("planSend", () => {
  it("sends nothing while a row is invalid, and with skipInvalid sends the valid rows and reports the rest", async () => {
    const dir = await tempDir();
    const csv = "email,firstName\nann@example.org,Ann\nann@EXAMPLE.org,Ann again\nbob@example.org,Bob\n";
    const file = await writeCsv(dir, csv);
    const options = await planOptions(dir, file);
    const refused = await planSend(options);
    expect(refused).toMatchObject({
      status: "refused",
      refusals: [{ code: "invalid-rows", invalidRows: 1, message: "1 row is invalid" }],
    });
    expect(await readdir(path.join(dir, "sends"))).toEqual([]);

    const skipping = await planSend({ ...options, skipInvalid: true });
    if (skipping.status !== "planned") throw new Error("expected a plan");
    expect(skipping.plan).toMatchObject({
      recipients: 2,
      batches: 1,
      import: { invalidRows: 1, skippedInvalid: true },
    });
    server = await startResendServer();
    const result = await sendVia(server, dir, skipping.plan.sendId);
    expect([...server.deliveries().keys()]).toEqual(["ann@example.org", "bob@example.org"]);
    expect(result.report).toMatchObject({ sent: 2, skipped: 1 });
    const text = await readFile(sendPaths(dir, skipping.plan.sendId).reportText, "utf8");
    expect(text).toContain("row 3: invalid: ann@EXAMPLE.org is a duplicate of row 2");
  });

  it("always skips suppressed addresses and reports them", async () => {
    const dir = await tempDir();
    const suppressions = await SuppressionList.load(path.join(dir, "suppressions.jsonl"));
    await suppressions.add({ email: "Clinician1@hospital.example.org", reason: "bounced", source: "test" });
    const sendId = await planned(dir, recipientsCsv(3), { suppressions });
    server = await startResendServer();
    const result = await sendVia(server, dir, sendId);
    expect(server.deliveries().has("clinician1@hospital.example.org")).toBe(false);
    expect(result.report).toMatchObject({ sent: 2, skipped: 1, importSkipped: 1 });
    expect(result.report.import?.suppressed).toEqual([
      { row: 3, email: "clinician1@hospital.example.org", reason: "bounced" },
    ]);
  });

  it("refuses an unapproved campaign and writes nothing", async () => {
    const dir = await tempDir();
    await expect(planned(dir, recipientsCsv(3), { campaign: draft })).rejects.toThrow(
      'campaign \\"burnout-is-a-system-problem\\" is draft, not approved',
    );
    expect(await readdir(dir)).toEqual(["recipients.csv"]);
  });

  it("refuses a partner without postal address or unsubscribe URL", async () => {
    const dir = await tempDir();
    const result = await planSend(
      await planOptions(dir, await writeCsv(dir, recipientsCsv(1)), {
        partner: { ...partner, postalAddress: [], unsubscribeUrl: "" },
        transport: "outbox",
      }),
    );
    expect(result).toEqual({
      status: "refused",
      refusals: [
        {
          code: "no-postal-address",
          partnerId: "example-health",
          message:
            'partner "example-health" has no postal address: every bulk email must carry one (CAN-SPAM)',
        },
        {
          code: "no-unsubscribe-url",
          partnerId: "example-health",
          message: 'partner "example-health" has no unsubscribe URL: every bulk email must offer one',
        },
      ],
    });
  });

  it("refuses a from-address outside the partner's sending domains", async () => {
    const dir = await tempDir();
    await expect(
      planned(dir, recipientsCsv(3), {
        render: fakeRenderer({ from: "Someone <news@elsewhere.example.com>" }),
      }),
    ).rejects.toThrow("from-address news@elsewhere.example.com is not on the partner's sending domains");
  });

  it("refuses an email whose headers would carry a CR or LF, wherever it came from", async () => {
    const dir = await tempDir();
    const csv = 'email,firstName\nann@example.org,"Ann\nBcc: all@example.org"\n';
    await expect(planned(dir, csv)).rejects.toThrow("1 row is invalid");
    // A line break from the template side (not the CSV) is caught when the email is rendered.
    await expect(
      planned(dir, recipientsCsv(2), { render: fakeRenderer({ subject: "Hello\r\nBcc: all@example.org" }) }),
    ).rejects.toThrow("header Subject contains a line break (CR or LF), which could inject headers");
  });

  it("refuses when the renderer cannot render the email, naming the row", async () => {
    const dir = await tempDir();
    const render = () => {
      throw new Error("required field role is missing for this recipient");
    };
    await expect(planned(dir, recipientsCsv(2), { render })).rejects.toThrow(
      "row 2: could not be rendered: required field role is missing for this recipient",
    );
  });

  it("dry-run checks and renders everything but writes and sends nothing", async () => {
    const dir = await tempDir();
    server = await startResendServer();
    const file = await writeCsv(dir, recipientsCsv(120));
    const result = await planSend(await planOptions(dir, file, { dryRun: true }));
    expect(result).toMatchObject({ status: "dry-run", plan: { recipients: 120, batches: 2 }, unsafe: [] });
    expect(await readdir(dir)).toEqual(["recipients.csv"]);
    expect(server.log).toHaveLength(0);
  });

  it("sends a draft as a proof to one address, subject labelled [PROOF]", async () => {
    const dir = await tempDir();
    server = await startResendServer();
    const result = await planSend(
      await planOptions(dir, "", { campaign: draft, to: { proof: "reviewer@example-health.org" } }),
    );
    if (result.status !== "planned") throw new Error(JSON.stringify(result));
    expect(result.plan.proof).toBe(true);
    await sendVia(server, dir, result.plan.sendId);
    expect(server.accepted).toHaveLength(1);
    expect(server.accepted[0]).toMatchObject({
      to: "reviewer@example-health.org",
      subject: "[PROOF] colleague, burnout is a system problem",
    });
  });
});
