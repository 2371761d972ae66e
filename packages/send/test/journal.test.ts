import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import {
  formatProgress,
  ResendTransport,
  readReport,
  runSend,
  SendInProgressError,
  sendPaths,
} from "../src/index.js";
import { Journal, SendLock } from "../src/journal.js";
import { type ResendTestServer, startResendServer } from "../src/testing/index.js";
import { fakeClock, fakeRenderer, planned, recipientsCsv, tempDir } from "./helpers.js";

let server: ResendTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("journal", () => {
  it("ignores a last line torn by a crash and keeps every complete event", async () => {
    const dir = await tempDir();
    const file = `${dir}/journal.jsonl`;
    await writeFile(file, `${JSON.stringify({ type: "resumed", at: "x" })}\n{"type":"accep`);
    expect(await Journal.read(file)).toEqual([{ type: "resumed", at: "x" }]);
  });

  it("lets only one live process send a send, and takes over the lock of a dead one", async () => {
    const dir = await tempDir();
    const lockFile = `${dir}/send.lock`;
    const held = await SendLock.acquire(lockFile);
    // A second run in this process is refused too.
    await expect(SendLock.acquire(lockFile)).rejects.toThrow(`send is in progress in process ${process.pid}`);
    await held.release();
    await writeFile(lockFile, `${process.ppid}\n`); // a live process other than us
    const error = await SendLock.acquire(lockFile).catch((e) => e);
    expect(error).toBeInstanceOf(SendInProgressError);
    expect(error.message).toBe(
      `send is in progress in process ${process.ppid}; wait for it or stop it first`,
    );
    await writeFile(lockFile, "999999999\n"); // no such process: left by kill -9
    const taken = await SendLock.acquire(lockFile);
    expect((await readFile(lockFile, "utf8")).split(" ")[0]).toBe(String(process.pid));
    await taken.release();
  });

  it("will not resend a batch first attempted outside the provider's idempotency window unless told to", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(150));
    const paths = sendPaths(dir, sendId);
    await mkdir(paths.dir, { recursive: true });
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000).toISOString();
    await appendFile(
      paths.journal,
      `${JSON.stringify({ type: "started", at: dayAgo, pid: 1, resumed: false })}\n${JSON.stringify({
        type: "attempt",
        at: dayAgo,
        batch: 1,
        key: `chorus/${sendId}/1`,
        excluded: [],
      })}\n`,
    );
    const transport = new ResendTransport({ apiKey: "re_test", baseUrl: server.url });
    const careful = await runSend({
      chorusDir: dir,
      sendId,
      transport,
      render: fakeRenderer(),
      requestsPerSecond: null,
      concurrency: 1,
    });
    expect(careful.status).toBe("paused");
    expect(careful.reason).toMatch(/^batch 1 was first sent at .*it may have been delivered/);
    // The package names no flag or button: each face offers the resend its own way.
    expect(careful.reason).not.toMatch(/--/);
    expect(careful.uncertainBatch).toBe(1);
    expect(server.accepted).toHaveLength(100); // batch 0 only
    const forced = await runSend({
      chorusDir: dir,
      sendId,
      transport,
      render: fakeRenderer(),
      requestsPerSecond: null,
      resendUncertain: true,
    });
    expect(forced.status).toBe("complete");
    expect(server.deliveries().size).toBe(150);
    expect((await readReport(dir, sendId)).status).toBe("complete");
  });

  it("does nothing more for a finished send", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const sendId = await planned(dir, recipientsCsv(20));
    const transport = new ResendTransport({ apiKey: "re_test", baseUrl: server.url });
    await runSend({ chorusDir: dir, sendId, transport, render: fakeRenderer(), requestsPerSecond: null });
    const again = await runSend({
      chorusDir: dir,
      sendId,
      transport,
      render: fakeRenderer(),
      requestsPerSecond: null,
    });
    expect(again.status).toBe("complete");
    expect(server.log).toHaveLength(1);
  });
});

describe("formatProgress", () => {
  it("shows a bar for terminals and plain counts, rate and ETA otherwise", () => {
    const progress = {
      total: 20_000,
      sent: 9_000,
      failed: 3,
      skipped: 12,
      batches: 200,
      batchesDone: 90,
      rate: 980.4,
      etaMs: 12_000,
      elapsedMs: 9_000,
    };
    expect(formatProgress(progress, 20)).toBe(
      "[#########-----------]  45%  sent 9,000  failed 3  skipped 12  980/s  ETA 0:12",
    );
    expect(formatProgress({ ...progress, waiting: "rate limited, waiting 1 s" })).toBe(
      " 45%  sent 9,000  failed 3  skipped 12  980/s  ETA 0:12  (rate limited, waiting 1 s)",
    );
  });
});

void fakeClock;
