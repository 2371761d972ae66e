import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "./diagnostic.js";
import {
  type ContentFileInput,
  classifyContentFile,
  type LoadOptions,
  type LoadResult,
  loadContentFiles,
} from "./load.js";
import { parseFilesInWorker } from "./parse-in-worker.js";
import { MAX_CONTENT_FILE_BYTES } from "./source.js";

export { parseFilesInWorker, WORKER_PARSE_MIN_CHARS } from "./parse-in-worker.js";

export interface NodeLoadOptions extends Omit<LoadOptions, "assets"> {
  /**
   * Paths in diagnostics are relative to this folder (default: the content root's parent,
   * so they read `campaigns/<id>/campaign.yaml`).
   */
  relativeTo?: string;
}

const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "dist"]);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

/**
 * Read every content file under `rootDir` (normally `campaigns/`) and return the validated,
 * cross-checked content with all diagnostics. Never throws for bad content; only for a
 * root folder that does not exist.
 */
export async function loadContent(rootDir: string, options: NodeLoadOptions = {}): Promise<LoadResult> {
  const root = path.resolve(rootDir);
  const info = await stat(root);
  if (!info.isDirectory()) throw new Error(`${rootDir} is not a folder`);
  const relativeTo = path.resolve(options.relativeTo ?? path.dirname(root));
  const toRelative = (file: string) => path.relative(relativeTo, file).split(path.sep).join("/");

  const all: string[] = [];
  await walk(root, all);
  const assets = new Set(all.map(toRelative));
  const inputs: ContentFileInput[] = [];
  const readProblems: Diagnostic[] = [];
  await Promise.all(
    all.map(async (file) => {
      const relative = toRelative(file);
      if (!/\.ya?ml$/.test(file)) return;
      try {
        const size = (await stat(file)).size;
        if (size > MAX_CONTENT_FILE_BYTES * 4) {
          // Too big to be worth reading at all; the parser reports smaller oversize files itself.
          readProblems.push({
            severity: "error",
            code: "file-too-large",
            message: `file is too large (${(size / 1024 / 1024).toFixed(1)} MiB; content files must be under 1 MiB)`,
            file: relative,
            line: 1,
            column: 1,
            path: "",
          });
          return;
        }
        inputs.push({ path: relative, text: decode(await readFile(file)) });
      } catch (error) {
        readProblems.push({
          severity: "error",
          code: "unreadable-file",
          message: `could not be read: ${(error as Error).message}`,
          file: relative,
          line: 1,
          column: 1,
          path: "",
        });
      }
    }),
  );
  // A server keeps a cache and loads on every request: its large new files are read on another thread.
  if (options.cache) await parseFilesInWorker(options.cache, inputs);
  const result = loadContentFiles(inputs, { ...options, assets });
  result.diagnostics.push(...readProblems);
  return result;
}

function decode(bytes: Uint8Array): string {
  // Invalid UTF-8 becomes U+FFFD, which the parser reports as binary data.
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The content root for a path given on the command line: the nearest folder at or above it
 * that holds `_library/`, or the path itself when none does.
 */
export async function findContentRoot(start: string): Promise<string> {
  let current = path.resolve(start);
  try {
    if ((await stat(current)).isFile()) current = path.dirname(current);
  } catch {
    return path.resolve(start);
  }
  for (let dir = current; ; dir = path.dirname(dir)) {
    try {
      if ((await stat(path.join(dir, "_library"))).isDirectory()) return dir;
    } catch {
      // keep walking up
    }
    if (path.dirname(dir) === dir) return path.resolve(start);
  }
}

export {
  createFileExclusive,
  FileChangedError,
  FileLock,
  isProcessAlive,
  LockBusyError,
  type LockOptions,
  replaceFileIfUnchanged,
  syncDir,
  writeFileAtomic,
} from "./files.js";
export type { LoadResult };
export { classifyContentFile };
