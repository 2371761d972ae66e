import { mkdir } from "node:fs/promises";
import path from "node:path";
import { buildEml, messageIdFor } from "../eml.js";
import { syncDir, writeFileAtomic } from "../fs-util.js";
import type { BatchOutcome, BatchRequest, Transport } from "./transport.js";

/**
 * Writes each email as an `.eml` file under `<dir>` instead of sending it, so everything works
 * offline and a partner can open the exact messages in a mail client. File names come from the
 * batch and position, and files are written by rename, so a retry replaces a file, never adds one.
 */
export class OutboxTransport implements Transport {
  readonly name = "outbox";
  readonly idempotencyWindowMs = Number.POSITIVE_INFINITY;

  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sendBatch({ emails, idempotencyKey, batch }: BatchRequest): Promise<BatchOutcome> {
    await mkdir(this.dir, { recursive: true });
    const ids: string[] = [];
    for (const [index, email] of emails.entries()) {
      const messageId = messageIdFor(idempotencyKey, index, email.from);
      const file = path.join(
        this.dir,
        `${String(batch).padStart(6, "0")}-${String(index).padStart(3, "0")}.eml`,
      );
      await writeFileAtomic(file, buildEml(email, { messageId, date: this.now() }), { syncDir: false });
      ids.push(`<${messageId}>`);
    }
    await syncDir(this.dir);
    return { kind: "accepted", ids, rejected: [] };
  }
}
