import { type ChildProcess, fork, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  FileChangedError,
  FileLock,
  LockBusyError,
  replaceFileIfUnchanged,
  writeFileAtomic,
} from "../src/node.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-files-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited, so a lock naming it is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
  return Number.parseInt(child.stdout, 10);
}

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temp file beside it", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "a.yaml");
    await writeFile(file, "old\n");
    await writeFileAtomic(file, "new\n");
    expect(await readFile(file, "utf8")).toBe("new\n");
    expect(await readdir(dir)).toEqual(["a.yaml"]);
  });

  it("leaves nothing behind when the folder is gone", async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(path.join(dir, "missing", "a.yaml"), "x")).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("replaceFileIfUnchanged", () => {
  it("writes when the file still holds what was read", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "c.yaml");
    await writeFile(file, "v1\n");
    await replaceFileIfUnchanged(file, "v1\n", "v2\n");
    expect(await readFile(file, "utf8")).toBe("v2\n");
    expect(await readdir(dir)).toEqual(["c.yaml"]);
  });

  it("keeps a hand edit made since the read and says so", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "c.yaml");
    await writeFile(file, "hand edit\n");
    const error = await replaceFileIfUnchanged(file, "v1\n", "save\n").catch((e) => e);
    expect(error).toBeInstanceOf(FileChangedError);
    expect((error as FileChangedError).current).toBe("hand edit\n");
    expect(await readFile(file, "utf8")).toBe("hand edit\n");
    expect(await readdir(dir)).toEqual(["c.yaml"]);
  });

  it("never drops an editor's atomic save racing it (200 trials)", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "c.yaml");
    let kept = 0;
    let conflicts = 0;
    for (let trial = 0; trial < 200; trial++) {
      await writeFile(file, "loaded\n");
      const edit = `hand edit ${trial}\n`;
      // The editor writes a temp file and renames it over, as editors do, at a moment that moves
      // around the save from trial to trial.
      const editor = (async () => {
        for (let i = 0; i < trial % 7; i++) await Promise.resolve();
        await writeFile(`${file}.editor`, edit);
        await rename(`${file}.editor`, file);
      })();
      const save = replaceFileIfUnchanged(file, "loaded\n", `save ${trial}\n`).then(
        () => "saved",
        (error) => {
          if (!(error instanceof FileChangedError)) throw error;
          return "conflict";
        },
      );
      const [outcome] = await Promise.all([save, editor]);
      const final = await readFile(file, "utf8");
      if (outcome === "conflict") {
        conflicts++;
        // Refused: the hand edit is what is on disk.
        expect(final).toBe(edit);
      } else {
        // Saved: then the edit came after the save and replaced it. What must never be on disk is the
        // save with the edit gone (a naive read-compare-write loses it in about one trial in three).
        expect(final).toBe(edit);
        kept++;
      }
    }
    expect(kept + conflicts).toBe(200);
  });
});

describe("FileLock", () => {
  it("refuses a second holder in the same process and frees on release", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "x.lock");
    const lock = await FileLock.acquire(file);
    const error = await FileLock.acquire(file).catch((e) => e);
    expect(error).toBeInstanceOf(LockBusyError);
    expect((error as LockBusyError).pid).toBe(process.pid);
    await lock.release();
    const again = await FileLock.acquire(file);
    await again.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it("takes over a lock left by a dead process", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "x.lock");
    await writeFile(file, `${deadPid()} abc\n`);
    const lock = await FileLock.acquire(file);
    expect((await readFile(file, "utf8")).split(" ")[0]).toBe(String(process.pid));
    await lock.release();
  });

  it("waits for a live holder when asked to", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "x.lock");
    const first = await FileLock.acquire(file);
    setTimeout(() => void first.release(), 50);
    const second = await FileLock.acquire(file, { waitMs: 5_000 });
    await second.release();
  });

  describe("between processes", () => {
    const children: ChildProcess[] = [];
    const PROCESSES = 6;

    function next(child: ChildProcess, type: string): Promise<Record<string, unknown>> {
      return new Promise((resolve) => {
        const on = (message: Record<string, unknown>) => {
          if (message.type !== type) return;
          child.off("message", on);
          resolve(message);
        };
        child.on("message", on);
      });
    }

    beforeAll(async () => {
      for (let i = 0; i < PROCESSES; i++) {
        const child = fork(path.join(here, "procs", "lock-child.ts"), [], {
          execArgv: ["--import", "tsx"],
          stdio: ["ignore", "inherit", "inherit", "ipc"],
        });
        children.push(child);
      }
      await Promise.all(children.map((child) => next(child, "ready")));
    }, 60_000);

    afterAll(() => {
      for (const child of children) child.kill();
    });

    async function race(file: string): Promise<number> {
      const at = Date.now() + 150;
      const results = await Promise.all(
        children.map((child) => {
          const result = next(child, "result");
          child.send({ type: "try", file, at });
          return result;
        }),
      );
      const winners = results.filter((r) => r.got).length;
      // Every loser was refused because a live process holds the lock, not for another reason.
      expect(results.filter((r) => !r.got).every((r) => r.busy)).toBe(true);
      await Promise.all(
        children.map((child) => {
          const released = next(child, "released");
          child.send({ type: "release" });
          return released;
        }),
      );
      return winners;
    }

    it("gives a free lock to exactly one of many processes trying at once (20 trials)", async () => {
      const dir = await tempDir();
      const winners: number[] = [];
      for (let trial = 0; trial < 20; trial++) winners.push(await race(path.join(dir, `free-${trial}.lock`)));
      expect(winners).toEqual(Array(20).fill(1));
    }, 60_000);

    it("lets exactly one of many processes take over a dead holder's lock (20 trials)", async () => {
      const dir = await tempDir();
      const dead = deadPid();
      const winners: number[] = [];
      for (let trial = 0; trial < 20; trial++) {
        const file = path.join(dir, `stale-${trial}.lock`);
        await writeFile(file, `${dead} stale${trial}\n`);
        winners.push(await race(file));
      }
      expect(winners).toEqual(Array(20).fill(1));
    }, 60_000);
  });
});
