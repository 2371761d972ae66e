import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

// One atomic-write helper for every package (decision 24).
export { syncDir, writeFileAtomic } from "@chorus/content/node";

/**
 * Each complete JSON line of a JSONL file, streamed. A last line cut short by a crash (no
 * newline, not parseable) is ignored: appends are one `write` each, so only the last can be torn.
 */
export async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let pending: string | undefined;
  for await (const line of lines) {
    if (pending !== undefined) yield JSON.parse(pending) as T;
    pending = line.trim() === "" ? undefined : line;
  }
  if (pending !== undefined) {
    try {
      yield JSON.parse(pending) as T;
    } catch {
      // torn final line
    }
  }
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}
