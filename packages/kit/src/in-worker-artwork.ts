import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type CardSize,
  GraphicContrastError,
  GraphicFitError,
  GraphicInputError,
  type RenderedCard,
} from "@chorus/graphics";
import { KitAssetError, type PartnerLook } from "./artwork.js";
import type { CampaignCard } from "./cards.js";
import { Slots } from "./slots.js";

/**
 * Cards drawn at once in this process; more wait in line. A card takes a core for 50–100 ms: a server drawing
 * the thumbnails of a campaign at once keeps a core for answering, and kit builds (`buildKitInWorker`) keep
 * theirs.
 */
export const MAX_CARD_WORKERS = 2;

/** An idle drawing thread ends after this long without a card (it costs memory, and a second to start). */
const IDLE_MS = 30_000;

// Built, this module is dist/node.js and the worker dist/artwork-worker.js. Run from source (the package's own
// tests), it is src/*.ts and uses the built worker: the same path works from both folders.
const WORKER_SCRIPT = new URL("../dist/artwork-worker.js", import.meta.url);

/** One card to draw: plain data, cloned to the thread (a look holds its logos' bytes). */
export interface CardJob {
  look: PartnerLook;
  campaignId: string;
  card: CampaignCard;
  size: CardSize;
}

/** What a drawing thread posts back: the PNG's bytes are transferred, not copied. */
export type CardReply =
  | { ok: true; card: Omit<RenderedCard, "png"> & { png: ArrayBuffer } }
  | { ok: false; name: string; message: string; fields: Record<string, unknown> };

export interface CardWorkerOptions {
  /**
   * Aborting rejects at once with the signal's reason. A card still waiting leaves the queue; one being drawn
   * is finished by its thread (a tenth of a second: less than starting a new thread) and dropped, unless the
   * thread is still drawing `DRAWING_GRACE_MS` later, when it is stopped.
   */
  signal?: AbortSignal;
}

/** How long a thread may go on drawing a card nobody waits for any more before it is stopped. */
export const DRAWING_GRACE_MS = 2_000;

const slots = new Slots(MAX_CARD_WORKERS);
/** Threads waiting for their next card (unreferenced: they never keep the process alive). */
const idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];

/**
 * `renderCampaignCard(look, campaignId, card, size)` in a worker thread: drawing (satori, then resvg) stays off
 * the caller's event loop. At most `MAX_CARD_WORKERS` threads draw at once and they are kept between cards. A
 * card whose words do not fit rejects with the same class and message as on the caller's thread
 * (`GraphicFitError`, `GraphicInputError`, `GraphicContrastError`, `KitAssetError`).
 */
export async function renderCardInWorker(
  look: PartnerLook,
  campaignId: string,
  card: CampaignCard,
  size: CardSize,
  options: CardWorkerOptions = {},
): Promise<RenderedCard> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) {
    throw new Error(
      `@chorus/kit's artwork worker script ${fileURLToPath(WORKER_SCRIPT)} is missing: build the package (pnpm --filter @chorus/kit build)`,
    );
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", stop);
      then();
    };
    const stop = () => settle(() => reject(signal?.reason));
    signal?.addEventListener("abort", stop, { once: true });
    // The slot is held until the thread is done with the card, even when its caller has stopped waiting, so
    // the number of threads drawing never goes past MAX_CARD_WORKERS.
    slots
      .run(() => draw({ look, campaignId, card, size }, signal), signal)
      .then(
        (drawn) => settle(() => resolve(drawn)),
        (error: unknown) => settle(() => reject(error)),
      );
  });
}

function idleThread(): Worker | undefined {
  const next = idle.pop();
  if (!next) return undefined;
  clearTimeout(next.timer);
  return next.worker;
}

function rest(worker: Worker): void {
  worker.unref();
  const timer = setTimeout(() => {
    const at = idle.findIndex((entry) => entry.worker === worker);
    if (at !== -1) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle.push({ worker, timer });
}

/**
 * Draw on an idle thread or a new one. Settles when the card is back (the thread then waits for the next one),
 * or when a failed or stopped thread has exited, so a released slot never overlaps a thread still drawing.
 */
function draw(job: CardJob, signal: AbortSignal | undefined): Promise<RenderedCard> {
  return new Promise((resolve, reject) => {
    const worker = idleThread() ?? new Worker(WORKER_SCRIPT);
    worker.ref();
    let failure: { error: unknown } | undefined;
    let grace: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(grace);
      signal?.removeEventListener("abort", abandon);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (reply: CardReply) => {
      done();
      rest(worker);
      if (reply.ok) resolve({ ...reply.card, png: new Uint8Array(reply.card.png) });
      else reject(errorFrom(reply));
    };
    // An exception the thread did not catch (it catches every drawing error): the thread is ended.
    const onError = (error: Error) => {
      failure ??= { error };
    };
    const onExit = (code: number) => {
      done();
      reject(
        failure?.error ??
          new Error(`the card worker stopped (exit code ${code}) before it finished the card`),
      );
    };
    // Nobody waits for this card: the thread finishes it, unless it takes far longer than a card should.
    const abandon = () => {
      failure = { error: signal?.reason };
      grace = setTimeout(() => void worker.terminate(), DRAWING_GRACE_MS);
      grace.unref();
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    signal?.addEventListener("abort", abandon, { once: true });
    worker.postMessage(job);
  });
}

const ERROR_CLASSES: Record<string, { prototype: Error }> = {
  GraphicFitError,
  GraphicInputError,
  GraphicContrastError,
  KitAssetError,
};

/** The thread's error as the class (and fields) the caller would have caught from `renderCampaignCard`. */
function errorFrom(reply: Extract<CardReply, { ok: false }>): Error {
  const error = new Error(reply.message);
  const known = ERROR_CLASSES[reply.name];
  if (known) Object.setPrototypeOf(error, known.prototype);
  Object.assign(error, reply.fields);
  // Set after the prototype, so an error's own name (not its class's default) is kept.
  Object.defineProperty(error, "name", { value: reply.name, writable: true, configurable: true });
  return error;
}
