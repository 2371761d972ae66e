import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { isMissing, readJsonLines } from "./fs-util.js";

export type SuppressionReason = "unsubscribed" | "bounced" | "complained" | "manual";

/** An address that must never receive another campaign email. */
export interface Suppression {
  email: string;
  reason: SuppressionReason;
  at: string;
  /** Where it came from, e.g. `resend-webhook:msg_123` or `cli`. */
  source?: string;
}

/**
 * The suppression list: an append-only JSONL file (`.chorus/suppressions.jsonl`), one entry per
 * line. Addresses compare ignoring case. Appends are single writes with O_APPEND, so the CLI and a
 * webhook receiver can add entries at the same time.
 */
export class SuppressionList {
  private readonly entries = new Map<string, Suppression>();

  private constructor(readonly file: string) {}

  static async load(file: string): Promise<SuppressionList> {
    const list = new SuppressionList(file);
    try {
      for await (const entry of readJsonLines<Suppression>(file)) {
        if (entry && typeof entry.email === "string") {
          const key = entry.email.toLowerCase();
          if (!list.entries.has(key)) list.entries.set(key, entry);
        }
      }
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    return list;
  }

  get size(): number {
    return this.entries.size;
  }

  get(email: string): Suppression | undefined {
    return this.entries.get(email.trim().toLowerCase());
  }

  /** Add an address; returns false (and writes nothing) when it was already suppressed. */
  async add(entry: Omit<Suppression, "at"> & { at?: string }): Promise<boolean> {
    const key = entry.email.trim().toLowerCase();
    if (this.entries.has(key)) return false;
    const full: Suppression = {
      ...entry,
      email: entry.email.trim(),
      at: entry.at ?? new Date().toISOString(),
    };
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(full)}\n`, { flush: true });
    this.entries.set(key, full);
    return true;
  }
}
