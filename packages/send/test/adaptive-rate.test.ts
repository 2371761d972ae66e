import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type RunOptions, runSend, sendPaths, type Transport } from "../src/index.js";
import { Journal, type JournalEvent } from "../src/journal.js";
import { InFlightTarget } from "../src/rate.js";
import type { Clock } from "../src/types.js";
import { fakeRenderer, planned, recipientsCsv, tempDir } from "./helpers.js";

const RATE = 10;

/**
 * Virtual time for a whole send: `sleep` registers a timer, and time jumps to the earliest timer only
 * when the process has nothing else to do. Several workers sleep at once here, so the helpers'
 * `fakeClock` (each sleep moves time on by itself) would add their waits up. The sender journals to
 * real files, so "nothing else to do" includes no file-system request in progress: moving time on while
 * a worker is still writing would make the sender look slower than it is.
 */
function virtualClock(start = Date.parse("2026-11-23T05:00:00Z")): Clock {
  let now = start;
  let order = 0;
  let ticking = false;
  const timers: { at: number; order: number; wake: () => void }[] = [];
  // FSReqCallback, FSReqPromise, CloseReq: a read, write, fsync or close still on its way.
  const busy = () => process.getActiveResourcesInfo().some((name) => name.includes("Req"));
  const tick = () => {
    if (busy()) {
      setImmediate(tick);
      return;
    }
    timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = timers.shift();
    if (!next) {
      ticking = false;
      return;
    }
    now = Math.max(now, next.at);
    next.wake();
    setImmediate(tick);
  };
  return {
    now: () => now,
    sleep: (ms) =>
      new Promise<void>((wake) => {
        timers.push({ at: now + Math.max(0, ms), order: order++, wake });
        if (!ticking) {
          ticking = true;
          setImmediate(tick);
        }
      }),
  };
}

interface Trace {
  /** Virtual time at which each request left, in order. */
  starts: number[];
  /** Requests in flight when each request left (itself included). */
  inFlightAtStart: number[];
  /**
   * Batches taken by the sender when each request left: attempted in the journal but not yet answered.
   * That is how many workers hold a batch, whether its request is on its way or waits for a token.
   */
  openAtStart: number[];
  /** Batches sent before their `attempt` line was in the journal (must stay empty). */
  unjournaled: number[];
}

/**
 * A Resend-like transport that accepts every batch after `latencyMs(batch)` of virtual time, and
 * checks on each request that the batch's `attempt` line is already in the journal.
 */
function slowTransport(clock: Clock, journalFile: () => string, latencyMs: (batch: number) => number) {
  const trace: Trace = { starts: [], inFlightAtStart: [], openAtStart: [], unjournaled: [] };
  let inFlight = 0;
  const transport: Transport = {
    name: "resend",
    idempotencyWindowMs: 24 * 3600 * 1000,
    async sendBatch({ emails, batch }) {
      inFlight++;
      trace.starts.push(clock.now());
      trace.inFlightAtStart.push(inFlight);
      const lines = readFileSync(journalFile(), "utf8").split("\n");
      const attempts = lines.filter((line) => line.includes('"type":"attempt"'));
      const answers = lines.filter((line) => line.includes('"type":"accepted"'));
      trace.openAtStart.push(attempts.length - answers.length);
      if (!attempts.some((line) => line.includes(`"batch":${batch},`))) trace.unjournaled.push(batch);
      await clock.sleep(latencyMs(batch));
      inFlight--;
      return { kind: "accepted", ids: emails.map((_, i) => `id-${batch}-${i}`), rejected: [] };
    },
  };
  return { transport, trace };
}

/** Plan `batches` one-recipient batches and send them at RATE requests/s through `slowTransport`. */
async function sendWithLatency(
  batches: number,
  latencyMs: (batch: number) => number,
  options: Partial<RunOptions> = {},
) {
  const dir = await tempDir();
  const sendId = await planned(dir, recipientsCsv(batches), { batchSize: 1 });
  const clock = virtualClock();
  const { transport, trace } = slowTransport(clock, () => sendPaths(dir, sendId).journal, latencyMs);
  const result = await runSend({
    chorusDir: dir,
    sendId,
    transport,
    render: fakeRenderer(),
    requestsPerSecond: RATE,
    clock,
    // The pacing is under test, not durability; skipping fsync keeps the test quick on slow disks.
    journalSync: "none",
    ...options,
  });
  const events = await Journal.read(sendPaths(dir, sendId).journal);
  return { result, trace, events };
}

/** Requests per second from the first request to the last (n requests span n − 1 intervals). */
function achievedRate(starts: number[]): number {
  return ((starts.length - 1) * 1000) / (starts.at(-1)! - starts[0]!);
}

/** The most requests that left within any one second. */
function busiestSecond(starts: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i]! - starts[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

function attemptOrder(events: JournalEvent[]): number[] {
  return events.flatMap((e) => (e.type === "attempt" ? [e.batch] : []));
}

describe("runSend keeps enough requests in flight to reach the request rate", () => {
  for (const latency of [100, 300, 500]) {
    it(`reaches at least 95 % of ${RATE} requests/s at ${latency} ms latency, never more, each batch journaled first and in order`, async () => {
      const { result, trace, events } = await sendWithLatency(200, () => latency);
      expect(result.status).toBe("complete");
      expect(result.report.sent).toBe(200);
      expect(trace.starts).toHaveLength(200);

      expect(achievedRate(trace.starts)).toBeGreaterThanOrEqual(0.95 * RATE);
      // The token bucket stays the ceiling: its rate, plus its burst of one.
      expect(busiestSecond(trace.starts)).toBeLessThanOrEqual(RATE + 1);
      // About ceil(rate × latency) + 1 batches taken at once, not more.
      const needed = Math.ceil((RATE * latency) / 1000) + 1;
      expect(Math.max(...trace.openAtStart)).toBeLessThanOrEqual(needed);
      expect(Math.max(...trace.inFlightAtStart)).toBeLessThanOrEqual(needed);

      expect(trace.unjournaled).toEqual([]);
      expect(attemptOrder(events)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    });
  }

  it("takes more batches at once when answers slow down, and lets them go when answers speed up", async () => {
    // 100 ms for the first 60 batches, then 500 ms for 80, then 100 ms again.
    const latency = (batch: number) => (batch >= 60 && batch < 140 ? 500 : 100);
    const { result, trace } = await sendWithLatency(200, latency);
    expect(result.status).toBe("complete");
    expect(achievedRate(trace.starts)).toBeGreaterThanOrEqual(0.95 * RATE);
    expect(busiestSecond(trace.starts)).toBeLessThanOrEqual(RATE + 1);
    // At 500 ms it takes six batches at once; once the answers are fast again it lets the extra ones go
    // (three rather than two: the moving average only approaches 100 ms from above).
    expect(Math.max(...trace.openAtStart.slice(100, 140))).toBe(6);
    expect(Math.max(...trace.openAtStart.slice(170))).toBeLessThanOrEqual(3);
  });

  it("keeps no more than `concurrency` requests in flight when given one", async () => {
    const { result, trace } = await sendWithLatency(40, () => 500, { concurrency: 2 });
    expect(result.status).toBe("complete");
    expect(Math.max(...trace.inFlightAtStart)).toBe(2);
    expect(Math.max(...trace.openAtStart)).toBe(2);
    // Two requests of 500 ms each: 4 requests/s, well under the rate.
    expect(achievedRate(trace.starts)).toBeCloseTo(4, 0);
  });
});

describe("InFlightTarget", () => {
  it("asks for ceil(rate × latency) + 1 from a moving average of response times, within its maximum", () => {
    const target = new InFlightTarget(10, 32);
    target.record(300);
    expect(target.value).toBe(4);
    target.record(800); // one slow answer moves the average to 400 ms, not to 800
    expect(target.value).toBe(5);
    for (let i = 0; i < 40; i++) target.record(5_000);
    expect(target.value).toBe(32);
    expect(new InFlightTarget(null, 6).value).toBe(6);
    const one = new InFlightTarget(10, 1);
    one.record(500);
    expect(one.value).toBe(1);
  });

  it("before the first answer, keeps one more than the requests still out", () => {
    const target = new InFlightTarget(10, 32);
    expect(target.value).toBe(2);
    target.sent();
    target.sent();
    target.sent();
    expect(target.value).toBe(4);
    target.returned(); // a 429 or a dropped connection: no answer to measure, one fewer out
    expect(target.value).toBe(3);
    target.record(100);
    expect(target.value).toBe(2);
  });
});
