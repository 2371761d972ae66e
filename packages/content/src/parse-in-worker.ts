import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "./diagnostic.js";
import { type ContentFileInput, classifyContentFile, SCHEMA_OF_KIND } from "./load.js";
import { ContentSource, type ParseCache, type PositionIndex } from "./source.js";

/**
 * Files smaller than this are left to the load, on its own thread: they take a few milliseconds, less than the
 * trip to a worker thread and back.
 */
export const WORKER_PARSE_MIN_CHARS = 64 * 1024;

/** An idle parsing thread ends after this long without a file. */
const IDLE_MS = 30_000;

// Built, this module is part of dist/node.js and the thread's script is dist/parse-worker.js. Run from source
// (the package's own tests), it is src/*.ts and uses the built script: the same path works from both folders.
const WORKER_SCRIPT = new URL("../dist/parse-worker.js", import.meta.url);

export interface ParseRequest {
  id: number;
  file: string;
  text: string;
}

export type ParseReply =
  | {
      id: number;
      ok: true;
      value: unknown;
      data: unknown;
      diagnostics: Diagnostic[];
      index: PositionIndex;
    }
  | { id: number; ok: false; message: string };

type Parsed = Extract<ParseReply, { ok: true }>;

/** One thread, started on first use, reading one file at a time; ended when idle. */
class ParseThread {
  #worker: Worker | undefined;
  #timer: NodeJS.Timeout | undefined;
  #next = 0;
  readonly #pending = new Map<number, { resolve: (reply: Parsed) => void; reject: (error: Error) => void }>();

  parse(file: string, text: string): Promise<Parsed> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, file, text } satisfies ParseRequest);
    });
  }

  #start(): Worker {
    clearTimeout(this.#timer);
    if (this.#worker) return this.#worker;
    const worker = new Worker(WORKER_SCRIPT);
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
    };
    worker.on("message", (reply: ParseReply) => {
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply);
      else waiting?.reject(new Error(reply.message));
      if (this.#pending.size === 0) this.#rest(worker);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the parsing thread stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** Nothing waits: the thread no longer keeps the process alive, and ends if it stays idle. */
  #rest(worker: Worker): void {
    worker.unref();
    this.#timer = setTimeout(() => {
      if (this.#worker !== worker || this.#pending.size > 0) return;
      this.#worker = undefined;
      void worker.terminate();
    }, IDLE_MS);
    this.#timer.unref();
  }
}

const thread = new ParseThread();
/** Files being parsed now, by path: two loads at once wait for the same parse. */
const inFlight = new Map<string, { text: string; done: Promise<void> }>();

/**
 * Parse the large files among `inputs` that `cache` does not hold yet in a worker thread, and keep them in
 * `cache`, so the load that follows finds them there: reading and validating a 500 KB campaign, and working out
 * where its values are, takes a few hundred milliseconds, which a server must not spend on the thread that
 * answers its requests. Small files are left to the load. A file the thread cannot read is left to the load
 * too, which reports what is wrong with it as it always does. Resolves with the number of files the thread
 * parsed into `cache`.
 */
export async function parseFilesInWorker(
  cache: ParseCache,
  inputs: readonly ContentFileInput[],
): Promise<number> {
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) return 0;
  let parsed = 0;
  await Promise.all(
    inputs.map(async ({ path: file, text }) => {
      const kind = classifyContentFile(file);
      if (!kind || text.length < WORKER_PARSE_MIN_CHARS) return;
      const schema = SCHEMA_OF_KIND[kind];
      if (cache.holds(schema, text, file)) return;
      const running = inFlight.get(file);
      if (running?.text === text) return running.done;
      const done = thread.parse(file, text).then(
        (reply) => {
          if (cache.holds(schema, text, file)) return;
          const { value, data, diagnostics, index } = reply;
          cache.adopt(schema, text, file, {
            source: ContentSource.withIndex(file, text, index),
            value,
            data,
            diagnostics,
          });
          parsed++;
        },
        () => {
          // Left to the load, which parses it on its own thread.
        },
      );
      const entry = { text, done };
      inFlight.set(file, entry);
      await done;
      if (inFlight.get(file) === entry) inFlight.delete(file);
    }),
  );
  return parsed;
}
