import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { EmailRenderError, PersonalizationError } from "@chorus/emails";
import { EmptyKitError } from "./build.js";
import type { KitRequest, KitWorkerReply } from "./folder.js";
import type { KitManifest, KitPart } from "./manifest.js";
import { Slots } from "./slots.js";

export interface KitWorkerOptions {
  /** The content root (`campaigns/`): the worker loads the content itself (a ContentSet cannot be cloned). */
  contentDir: string;
  campaignId: string;
  partnerId: string;
  /** The kit's date; defaults to when this is called (not when a queued build starts). */
  now?: Date;
  /** Only these parts of the kit; all by default. */
  parts?: readonly KitPart[];
  /** Aborting stops the worker (or takes the build out of the queue) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A kit as its zip (what `zipKit` makes) and its manifest (also in the zip as `manifest.json`). */
export interface ZippedKit {
  zip: Uint8Array;
  manifest: KitManifest;
}

/**
 * Kit builds that run at once in this process; more wait in line. Each takes a core while it renders, so
 * ten export clicks queue up instead of starting ten threads that all compete with the server.
 */
export const MAX_KIT_WORKERS = 2;

// Built, this module is dist/node.js and the worker dist/worker.js. Run from source (the package's own
// tests), it is src/*.ts and uses the built worker: the same path works from both folders.
const WORKER_SCRIPT = new URL("../dist/worker.js", import.meta.url);

const slots = new Slots(MAX_KIT_WORKERS);

/**
 * `zipKit(buildKit(…))` for a campaign in a content folder, in a worker thread: loading, rendering and zipping stay off
 * the caller's event loop. The zip's bytes are transferred back, not copied. A failure in the worker rejects
 * with the same message (and the same class for `EmailRenderError`, `PersonalizationError` and `EmptyKitError`).
 */
export async function buildKitInWorker(options: KitWorkerOptions): Promise<ZippedKit> {
  const { signal, ...request } = options;
  const now = request.now ?? new Date();
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) {
    throw new Error(
      `@chorus/kit's worker script ${fileURLToPath(WORKER_SCRIPT)} is missing: build the package (pnpm --filter @chorus/kit build)`,
    );
  }
  await slots.acquire(signal);
  try {
    signal?.throwIfAborted();
    return await runWorker({ ...request, now }, signal);
  } finally {
    slots.release();
  }
}

/** Settles when the thread has exited, so a released slot never overlaps a thread still running. */
function runWorker(request: KitRequest, signal: AbortSignal | undefined): Promise<ZippedKit> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: request });
    let outcome: { kit: ZippedKit } | { error: unknown } | undefined;
    const abort = () => {
      outcome = { error: signal?.reason };
      void worker.terminate();
    };
    signal?.addEventListener("abort", abort, { once: true });
    worker.on("message", (reply: KitWorkerReply) => {
      outcome ??= reply.ok
        ? { kit: { zip: new Uint8Array(reply.zip), manifest: reply.manifest } }
        : { error: errorFrom(reply) };
      // The reply is the thread's last word: stop it now rather than wait for whatever it left open (a
      // browser's pipe, a timer) to let its event loop drain. "exit" follows and settles.
      void worker.terminate();
    });
    // An exception the worker did not catch (it catches everything its build throws).
    worker.on("error", (error) => {
      outcome ??= { error };
    });
    worker.on("exit", (code) => {
      signal?.removeEventListener("abort", abort);
      outcome ??= { error: new Error(`the kit worker stopped (exit code ${code}) before it finished`) };
      if ("kit" in outcome) resolve(outcome.kit);
      else reject(outcome.error);
    });
  });
}

/** The worker's error, as the class the caller would have caught from `buildKit` on its own thread. */
function errorFrom(reply: { name: string; message: string }): Error {
  if (reply.name === "EmailRenderError") return new EmailRenderError(reply.message);
  if (reply.name === "PersonalizationError") return new PersonalizationError(reply.message);
  if (reply.name === "EmptyKitError") return new EmptyKitError(reply.message);
  const error = new Error(reply.message);
  if (reply.name !== "Error") error.name = reply.name;
  return error;
}
