import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { syncDir, writeFileAtomic } from "./fs-util.js";
import type { ImportSummary } from "./recipients.js";
import type { SendSchedule } from "./schedule.js";
import type { SendPlan } from "./send-files.js";

/**
 * A send's folder while it is planned: `<dir>.staging-<pid>`, renamed into place whole once the plan is
 * complete, so a crash while planning leaves only a staging folder (removed on every failure, as it holds
 * recipients' addresses) and never half a send.
 */
export class Staging {
  private constructor(
    private readonly dir: string,
    private readonly staging: string,
    private readonly writer: BufferedWriter,
  ) {}

  /** Refuses a send id already taken. */
  static async open(dir: string): Promise<Staging> {
    try {
      await stat(dir);
      throw new Error(`send "${path.basename(dir)}" already exists`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const staging = `${dir}.staging-${process.pid}`;
    await mkdir(staging, { recursive: true });
    try {
      return new Staging(dir, staging, await BufferedWriter.open(path.join(staging, "recipients.jsonl")));
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
  }

  /** One recipient, in send order. */
  addRecipient(line: string): Promise<void> {
    return this.writer.write(line);
  }

  /**
   * Write `import.json`, `plan.json` and, for a send that starts later, `schedule.json`, then move the
   * folder into place: a scheduled send and its schedule appear together or not at all.
   */
  async commit(plan: SendPlan, summary: ImportSummary, schedule?: SendSchedule): Promise<void> {
    await this.writer.close();
    const { problems, problemCount, suppressed } = summary;
    await writeFileAtomic(
      path.join(this.staging, "import.json"),
      `${JSON.stringify({ problems, problemCount, suppressed }, null, 2)}\n`,
    );
    if (schedule)
      await writeFileAtomic(
        path.join(this.staging, "schedule.json"),
        `${JSON.stringify(schedule, null, 2)}\n`,
      );
    await writeFileAtomic(path.join(this.staging, "plan.json"), `${JSON.stringify(plan, null, 2)}\n`);
    await mkdir(path.dirname(this.dir), { recursive: true });
    await rename(this.staging, this.dir);
    await syncDir(path.dirname(this.dir));
  }

  /** Remove everything written so far. */
  async discard(): Promise<void> {
    await this.writer.close().catch(() => {});
    await rm(this.staging, { recursive: true, force: true });
  }
}

/** Appends in 64 KiB writes and fsyncs on close. */
class BufferedWriter {
  private buffer = "";
  private closed = false;
  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}

  static async open(file: string): Promise<BufferedWriter> {
    return new BufferedWriter(await open(file, "w"));
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 65_536) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer) {
      const data = this.buffer;
      this.buffer = "";
      await this.handle.write(data);
    }
  }

  /** Flush, fsync and close the handle, whatever fails on the way; once (later calls do nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
  }
}
