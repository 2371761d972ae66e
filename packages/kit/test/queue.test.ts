import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as WorkerThreads from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { buildKitInWorker, MAX_KIT_WORKERS } from "../src/node.js";

// Counts the kit threads that exist at any moment (created, not yet exited).
const threads = vi.hoisted(() => ({ started: 0, running: 0, most: 0 }));
vi.mock("node:worker_threads", async (importOriginal) => {
  const original = await importOriginal<typeof WorkerThreads>();
  class CountedWorker extends original.Worker {
    constructor(...args: ConstructorParameters<typeof original.Worker>) {
      super(...args);
      threads.started++;
      threads.running++;
      threads.most = Math.max(threads.most, threads.running);
      this.once("exit", () => threads.running--);
    }
  }
  return { ...original, Worker: CountedWorker };
});

const CAMPAIGNS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../campaigns");
const kit = (signal?: AbortSignal) =>
  buildKitInWorker({
    contentDir: CAMPAIGNS,
    campaignId: "burnout-is-a-system-problem",
    partnerId: "collaborative",
    // The queue is the same for any kit: its emails alone build fastest.
    parts: ["emails"],
    ...(signal ? { signal } : {}),
  });

function reset() {
  Object.assign(threads, { started: 0, running: 0, most: 0 });
}

describe("the kit worker queue", () => {
  it("runs at most two kit threads at once: five exports at once wait their turn, and all finish", async () => {
    reset();
    expect(MAX_KIT_WORKERS).toBe(2);
    const kits = await Promise.all(Array.from({ length: 5 }, () => kit()));
    expect(kits.map((k) => k.manifest.partner.id)).toEqual(Array(5).fill("collaborative"));
    expect(threads.started).toBe(5);
    expect(threads.most).toBe(2);
    expect(threads.running).toBe(0);
  });

  it("takes an export cancelled while it waits out of the queue, without starting a thread for it", async () => {
    reset();
    const running = [kit(), kit()];
    const cancelled = new AbortController();
    const waiting = kit(cancelled.signal);
    cancelled.abort(new Error("the browser went away"));
    await expect(waiting).rejects.toThrow("the browser went away");
    await Promise.all(running);
    expect(threads.started).toBe(2);
  });

  it("stops the thread of an export cancelled while it runs, and frees its place", async () => {
    reset();
    const cancelled = new AbortController();
    const running = kit(cancelled.signal);
    await vi.waitFor(() => expect(threads.running).toBe(1));
    cancelled.abort(new Error("the browser went away"));
    await expect(running).rejects.toThrow("the browser went away");
    expect(threads.running).toBe(0);
    const next = await Promise.all([kit(), kit()]);
    expect(next).toHaveLength(2);
    expect(threads.most).toBe(2);
  });
});
