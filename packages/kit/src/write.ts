import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import { syncDir, writeFileAtomic } from "@chorus/content/node";
import type { Kit } from "./build.js";
import { KIT_FORMAT, type KitManifest } from "./manifest.js";

/** The folder a kit was to be written to holds something that is not an earlier kit: nothing was written. */
export class KitFolderError extends Error {
  override name = "KitFolderError";
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(message);
  }
}

/** A path inside a kit: relative, `/`-separated, no empty, `.` or `..` parts. */
function isKitPath(file: string): boolean {
  return file
    .split("/")
    .every((part) => part !== "" && part !== "." && part !== ".." && !part.includes("\\"));
}

/** A hidden folder beside `target` for this write only (same file system, so a rename moves it in one step). */
function besideName(target: string, purpose: "new" | "old"): string {
  const unique = `${process.pid}-${randomBytes(6).toString("hex")}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.kit-${purpose}-${unique}`);
}

/** Every file (anything not a folder, links included) under `dir`, as `/`-separated relative paths. */
async function filesUnder(dir: string, prefix = ""): Promise<{ files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      folders.push(relative);
      const inner = await filesUnder(path.join(dir, entry.name), `${relative}/`);
      files.push(...inner.files);
      folders.push(...inner.folders);
    } else {
      files.push(relative);
    }
  }
  return { files, folders };
}

/** The earlier kit in `target`, if it is one: the files its manifest lists, which `writeKit` may replace. */
async function earlierKit(
  target: string,
  shown: string,
): Promise<{ files: string[]; folders: string[] } | "empty" | undefined> {
  const stats = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!stats) return undefined;
  if (!stats.isDirectory())
    throw new KitFolderError(target, `${shown} is not a folder, so the kit was not written there`);
  const found = await filesUnder(target);
  if (found.files.length === 0 && found.folders.length === 0) return "empty";
  const manifest = await readFile(path.join(target, "manifest.json"), "utf8")
    .then((text) => JSON.parse(text) as Partial<KitManifest>)
    .catch(() => undefined);
  if (manifest?.format !== KIT_FORMAT || !Array.isArray(manifest.files)) {
    throw new KitFolderError(
      target,
      `${shown} is not a Chorus kit (it has no kit manifest.json), so the kit was not written there: move it away or write the kit elsewhere`,
    );
  }
  const ours = new Set(["manifest.json", ...manifest.files.map((file) => file.path)]);
  const strangers = found.files.filter((file) => !ours.has(file));
  if (strangers.length > 0) {
    const named =
      strangers.slice(0, 3).join(", ") + (strangers.length > 3 ? ` and ${strangers.length - 3} more` : "");
    throw new KitFolderError(
      target,
      `${shown} holds files that are not part of the kit written there before (${named}), so the kit was not written: move them away or write the kit elsewhere`,
    );
  }
  return found;
}

/**
 * Write a kit into the folder `dir` (created if missing): the tree its zip holds under its top folder. The kit is
 * written to a hidden folder beside `dir` first and renamed into place, so `dir` never holds half a kit; an earlier
 * kit there is replaced whole. A folder that holds anything but an earlier kit (a file its manifest does not list,
 * or no kit manifest at all) is refused with `KitFolderError` before anything is written: only files a kit wrote
 * are ever removed. If the process dies between moving an earlier kit aside and the new one into place, `dir` is
 * missing and both are beside it, whole, in `.<dir>.kit-old-…` and `.<dir>.kit-new-…`.
 */
export async function writeKit(kit: Kit, dir: string): Promise<void> {
  const target = path.resolve(dir);
  const bad = [...kit.files.keys()].find((file) => !isKitPath(file));
  if (bad !== undefined) throw new Error(`a kit file must have a relative path inside the kit, not "${bad}"`);
  await mkdir(path.dirname(target), { recursive: true });
  const earlier = await earlierKit(target, dir);

  const staging = besideName(target, "new");
  await mkdir(staging);
  try {
    const folders = new Set([staging]);
    for (const [file, bytes] of kit.files) {
      const parts = file.split("/");
      for (let depth = 1; depth < parts.length; depth++) {
        const folder = path.join(staging, ...parts.slice(0, depth));
        if (folders.has(folder)) continue;
        await mkdir(folder);
        folders.add(folder);
      }
      // Each file fsynced; its folder once, below, when every file is in it.
      await writeFileAtomic(path.join(staging, ...parts), bytes, { syncDir: false });
    }
    for (const folder of folders) await syncDir(folder);
  } catch (error) {
    // Everything in the staging folder is this write's own.
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  if (earlier === undefined || earlier === "empty") {
    try {
      if (earlier === "empty") await rmdir(target);
      await rename(staging, target);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw new KitFolderError(
          target,
          `${dir} was created while the kit was being written; it was left as it is`,
        );
      throw error;
    }
    await syncDir(path.dirname(target));
    return;
  }

  const aside = besideName(target, "old");
  try {
    await rename(target, aside);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(aside, target).catch(() => {});
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await syncDir(path.dirname(target));
  await removeEarlierKit(aside, earlier);
}

/**
 * Remove an earlier kit moved aside: only the files it was found to hold (each one its manifest lists), then its
 * folders if they are empty. Anything that appeared in it meanwhile stays, in the folder beside the new kit.
 */
async function removeEarlierKit(
  aside: string,
  earlier: { files: string[]; folders: string[] },
): Promise<void> {
  for (const file of earlier.files) await unlink(path.join(aside, ...file.split("/"))).catch(() => {});
  const deepestFirst = [...earlier.folders].sort((a, b) => b.split("/").length - a.split("/").length);
  for (const folder of [...deepestFirst, ""])
    await rmdir(path.join(aside, ...folder.split("/"))).catch(() => {});
}
