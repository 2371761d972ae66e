import { randomBytes } from "node:crypto";
import { link, open, readFile, rename, rm, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * Durable file primitives shared by every package that writes: content files (the builder's
 * saves, `chorus lint --fix`), send plans and journals, reports. One helper each, so every write
 * has the same durability: data fsynced before it is renamed into place, the folder fsynced after.
 */

function tempName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
}

/** Write `data` to a new temp file beside `file` and fsync it; returns the temp file's path. */
async function writeTemp(file: string, data: string | Uint8Array, mode = 0o644): Promise<string> {
  const temp = tempName(file);
  const handle = await open(temp, "wx", mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/** fsync a folder so a rename or a new file in it survives power loss (a no-op where unsupported). */
export async function syncDir(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // Some platforms cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/**
 * Write `file` so that a crash leaves either the old or the new content, never half of it: the
 * data goes to a temp file in the same folder, is fsynced, renamed over `file`, and the folder is
 * fsynced. The temp file is removed when anything fails (a full disk leaves nothing behind).
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { syncDir?: boolean } = {},
): Promise<void> {
  const temp = await writeTemp(file, data);
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // A caller writing many files into one folder may fsync the folder once after the last.
  if (options.syncDir !== false) await syncDir(path.dirname(file));
}

/** `replaceFileIfUnchanged` found the file changed (or gone) since it was read: nothing was written. */
export class FileChangedError extends Error {
  constructor(
    readonly file: string,
    /** The file's text now, or undefined when it is gone. */
    readonly current: string | undefined,
  ) {
    super(`${file} changed since it was read; it was not overwritten`);
  }
}

/**
 * Replace `file` with `data` only if it still holds `expected` (the text it was read as): a
 * compare-and-swap against anything else that writes the file, such as a person's editor saving
 * it atomically at the same moment. The file on disk is moved aside in one atomic rename, so
 * exactly one version is captured and compared; the new text is linked into place only if
 * nothing appeared there meanwhile. Whatever changed it is kept and `FileChangedError` is thrown:
 * a save never replaces content it did not read. Must be used by one writer per file in a process
 * (callers queue their own writes); other processes and editors may write at any time.
 */
export async function replaceFileIfUnchanged(file: string, expected: string, data: string): Promise<void> {
  const temp = await writeTemp(file, data);
  const aside = `${temp}.was`;
  try {
    try {
      await rename(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new FileChangedError(file, undefined);
      throw error;
    }
    const was = await readFile(aside, "utf8");
    if (was !== expected) {
      // Changed before we moved it: put it back, unless an even newer version is already there.
      await putBack(aside, file);
      throw new FileChangedError(file, await readFile(file, "utf8").catch(() => undefined));
    }
    try {
      // `link` fails if the path exists: an editor that wrote while the file was aside wins.
      await link(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        await putBack(aside, file);
        throw error;
      }
      throw new FileChangedError(file, await readFile(file, "utf8").catch(() => undefined));
    }
    await syncDir(path.dirname(file));
  } finally {
    await rm(temp, { force: true });
    await rm(aside, { force: true });
  }
}

async function putBack(aside: string, file: string): Promise<void> {
  try {
    await link(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

/** The lock is held by a live process (this one or another). */
export class LockBusyError extends Error {
  constructor(
    readonly file: string,
    readonly pid: number,
  ) {
    super(`${file} is held by process ${pid}`);
  }
}

interface Holder {
  pid: number;
  token: string;
}

/** Lock files this process holds, so a second holder in the same process is refused too. */
const heldHere = new Set<string>();

async function readHolder(file: string): Promise<Holder | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const [pid, token] = text.trim().split(/\s+/);
  return { pid: Number.parseInt(pid ?? "", 10), token: token ?? "" };
}

/** Whether a process with this id is running (on this machine): how a lock or claim left by a crash is told. */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LockOptions {
  /** Wait up to this long for a live holder to let go (default 0: refuse at once). */
  waitMs?: number;
}

/**
 * An exclusive lock between processes (and within one), held in a file that names its holder's
 * pid. A lock whose holder died (kill -9, power loss) is taken over; taking over is atomic: to
 * break a dead holder's lock a process must first hold the claim named after that holder's
 * token (itself such a lock), re-check under it, and then rename its own lock file over the
 * dead one. So of many processes finding the same dead holder at once, exactly one takes over.
 * The lock file always appears with its content (written to a temp file, then linked).
 */
export class FileLock {
  private constructor(
    readonly file: string,
    private readonly token: string,
  ) {}

  static async acquire(file: string, options: LockOptions = {}): Promise<FileLock> {
    const absolute = path.resolve(file);
    const deadline = Date.now() + (options.waitMs ?? 0);
    for (let attempt = 0; ; attempt++) {
      const result = await tryAcquire(absolute);
      if (result instanceof FileLock) return result;
      if (result === "retry" && attempt < 1_000) {
        await sleep(Math.min(2 + attempt, 20));
        continue;
      }
      if (result instanceof LockBusyError && Date.now() < deadline) {
        await sleep(Math.min(10 + attempt * 5, 100));
        continue;
      }
      if (result instanceof LockBusyError) throw result;
      throw new Error(`could not lock ${file}`);
    }
  }

  async release(): Promise<void> {
    heldHere.delete(this.file);
    const holder = await readHolder(this.file);
    if (holder?.token === this.token) await unlink(this.file).catch(() => {});
  }

  /** Run `task` holding the lock. */
  static async with<T>(file: string, options: LockOptions, task: () => Promise<T>): Promise<T> {
    const lock = await FileLock.acquire(file, options);
    try {
      return await task();
    } finally {
      await lock.release();
    }
  }
}

async function ownLockFile(file: string): Promise<{ temp: string; token: string }> {
  const token = randomBytes(9).toString("hex");
  return { temp: await writeTemp(file, `${process.pid} ${token}\n`), token };
}

/** One attempt: the lock, a live holder, or "retry" (it changed under us). */
async function tryAcquire(file: string): Promise<FileLock | LockBusyError | "retry"> {
  if (heldHere.has(file)) return new LockBusyError(file, process.pid);
  // Reserved before the first await: another caller in this process is refused, not raced.
  heldHere.add(file);
  let held = false;
  const { temp, token } = await ownLockFile(file).catch((error) => {
    heldHere.delete(file);
    throw error;
  });
  try {
    try {
      await link(temp, file);
      held = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (!held) held = await takeOverIfDead(file, temp);
    if (held) {
      await syncDir(path.dirname(file));
      return new (FileLock as unknown as new (file: string, token: string) => FileLock)(file, token);
    }
    const holder = await readHolder(file);
    return holder && isProcessAlive(holder.pid) ? new LockBusyError(file, holder.pid) : "retry";
  } finally {
    if (!held) heldHere.delete(file);
    await rm(temp, { force: true });
  }
}

/**
 * Replace `file` by `temp` if the process named in `file` is dead (or is this process's pid left
 * by an earlier process: this process holds nothing it has not reserved). Under the claim on the
 * dead holder's token, so only one process breaks each dead lock.
 */
async function takeOverIfDead(file: string, temp: string): Promise<boolean> {
  const holder = await readHolder(file);
  if (!holder || (holder.pid !== process.pid && isProcessAlive(holder.pid))) return false;
  let claim: FileLock;
  try {
    claim = await FileLock.acquire(`${file}.break-${holder.token || "unnamed"}`);
  } catch (error) {
    if (error instanceof LockBusyError) return false; // another process is breaking it right now
    throw error;
  }
  try {
    const now = await readHolder(file);
    if (!now || now.token !== holder.token || now.pid !== holder.pid) return false;
    // Still the dead holder's: replace it with ours in one step (no moment without a lock file).
    await rename(temp, file);
    return true;
  } finally {
    await claim.release();
  }
}

/**
 * Create `file` with `data`, complete and fsynced, only if it does not exist yet; returns false
 * (writing nothing) when it does. Two processes creating the same file: exactly one wins.
 */
export async function createFileExclusive(file: string, data: string | Uint8Array): Promise<boolean> {
  const temp = await writeTemp(file, data);
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
  await syncDir(path.dirname(file));
  return true;
}
