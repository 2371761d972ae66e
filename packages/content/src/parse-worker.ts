/**
 * The thread `parseFilesInWorker` starts: it reads and validates one content file at a time and posts back
 * plain data (the value, the diagnostics and where every node starts), so a large file never holds up the
 * thread that asked for it.
 */
import { parentPort } from "node:worker_threads";
import { classifyContentFile, SCHEMA_OF_KIND } from "./load.js";
import type { ParseReply, ParseRequest } from "./parse-in-worker.js";
import { parseContentFile, positionIndexOf } from "./source.js";

parentPort?.on("message", ({ id, file, text }: ParseRequest) => {
  let reply: ParseReply;
  try {
    const kind = classifyContentFile(file);
    if (!kind) throw new Error(`${file} is not a content file`);
    const parsed = parseContentFile(SCHEMA_OF_KIND[kind], text, file);
    reply = {
      id,
      ok: true,
      value: parsed.value,
      data: parsed.data,
      diagnostics: parsed.diagnostics,
      index: positionIndexOf(parsed.source),
    };
  } catch (error) {
    reply = { id, ok: false, message: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
