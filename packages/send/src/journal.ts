import { type FileHandle, open } from "node:fs/promises";
import { FileLock, LockBusyError } from "@chorus/content/node";
import { isMissing, readJsonLines } from "./fs-util.js";

/** One line of a send's journal (`journal.jsonl`). Appended, never rewritten. */
export type JournalEvent =
  | { type: "started"; at: string; pid: number; resumed: boolean }
  | {
      /** Written before the first request for a batch: from then on the batch may have been delivered. */
      type: "attempt";
      at: string;
      batch: number;
      key: string;
      /** Rows left out of the batch when it was built (suppressed since planning, unsafe headers). */
      excluded: { row: number; email: string; reason: string }[];
    }
  | {
      type: "accepted";
      at: string;
      batch: number;
      /** Provider ids, one per email sent in the batch. */
      ids: (string | null)[];
      rows: number[];
      /** Emails the provider refused individually (permissive batch validation). */
      rejected: { row: number; email: string; reason: string }[];
    }
  | { type: "failed"; at: string; batch: number; rows: number[]; reason: string; status?: number | null }
  | { type: "paused"; at: string; reason: string }
  | { type: "resumed"; at: string }
  | { type: "finished"; at: string }
  | { type: "broadcast-created"; at: string; id: string }
  | { type: "broadcast-sent"; at: string; id: string };

export type JournalSync = "every-append" | "none";

/**
 * The append-only progress record of one send. Each event is one `write` of one line followed
 * (by default) by `fsync`, so once `append` resolves the event survives a crash or power loss.
 */
export class Journal {
  private constructor(
    private readonly handle: FileHandle,
    readonly file: string,
    private readonly sync: JournalSync,
  ) {}

  static async open(file: string, sync: JournalSync = "every-append"): Promise<Journal> {
    const handle = await open(file, "a");
    return new Journal(handle, file, sync);
  }

  async append(event: JournalEvent): Promise<void> {
    await this.handle.write(`${JSON.stringify(event)}\n`);
    if (this.sync === "every-append") await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  static async read(file: string): Promise<JournalEvent[]> {
    const events: JournalEvent[] = [];
    try {
      for await (const event of readJsonLines<JournalEvent>(file)) events.push(event);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    return events;
  }
}

/** What a journal says about a send, folded from its events. */
export interface JournalState {
  accepted: Map<number, Extract<JournalEvent, { type: "accepted" }>>;
  failed: Map<number, Extract<JournalEvent, { type: "failed" }>>;
  attempted: Map<number, Extract<JournalEvent, { type: "attempt" }>>;
  paused?: { at: string; reason: string };
  finished: boolean;
  startedAt?: string;
  runs: number;
  broadcastId?: string;
  broadcastSent: boolean;
}

export function foldJournal(events: readonly JournalEvent[]): JournalState {
  const state: JournalState = {
    accepted: new Map(),
    failed: new Map(),
    attempted: new Map(),
    finished: false,
    runs: 0,
    broadcastSent: false,
  };
  for (const event of events) {
    switch (event.type) {
      case "started":
        state.runs++;
        state.startedAt ??= event.at;
        break;
      case "attempt":
        // The latest attempt wins: a batch resent after the idempotency window has a new key.
        state.attempted.set(event.batch, event);
        break;
      case "accepted":
        state.accepted.set(event.batch, event);
        break;
      case "failed":
        state.failed.set(event.batch, event);
        break;
      case "paused":
        state.paused = { at: event.at, reason: event.reason };
        break;
      case "resumed":
        state.paused = undefined;
        break;
      case "finished":
        state.finished = true;
        break;
      case "broadcast-created":
        state.broadcastId = event.id;
        break;
      case "broadcast-sent":
        state.broadcastSent = true;
        break;
    }
  }
  return state;
}

/** Another live process (or another run in this one) is sending this send. */
export class SendInProgressError extends Error {
  constructor(readonly pid: number) {
    super(`send is in progress in process ${pid}; wait for it or stop it first`);
  }
}

/**
 * Held while a process sends, so two processes never work on the same send. A lock left by a
 * process that died (kill -9, power loss) is taken over by exactly one of the processes that find
 * it (see `FileLock`).
 */
export class SendLock {
  private constructor(private readonly lock: FileLock) {}

  /** Take the lock, or take it over from a dead process. Throws `SendInProgressError` when a live one holds it. */
  static async acquire(file: string): Promise<SendLock> {
    try {
      return new SendLock(await FileLock.acquire(file));
    } catch (error) {
      if (error instanceof LockBusyError) throw new SendInProgressError(error.pid);
      throw error;
    }
  }

  release(): Promise<void> {
    return this.lock.release();
  }
}
