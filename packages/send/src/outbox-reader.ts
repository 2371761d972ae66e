import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import PostalMime, { decodeWords } from "postal-mime";
import { sendPaths } from "./plan.js";

/** One message the outbox transport wrote, as a list shows it. */
export interface OutboxEntry {
  /** `NNNNNN-NNN.eml`: batch and position. */
  file: string;
  /** The `To` header, encoded words decoded (`Ana María <ana@example.org>`). */
  to: string;
  subject: string;
}

/** An outbox message read back: its headers (encoded words decoded) and its text and HTML parts. */
export interface ParsedEml {
  headers: { name: string; value: string }[];
  text?: string;
  html?: string;
}

const MESSAGE_FILE = /^\d{6}-\d{3}\.eml$/;

/**
 * An outbox send's messages in order, at most `limit` of them; with `search`, only those whose
 * recipient contains it (ignoring case). `total` counts every message of the send.
 */
export async function listOutbox(
  chorusDir: string,
  sendId: string,
  options: { search?: string; limit?: number } = {},
): Promise<{ messages: OutboxEntry[]; total: number; limit: number }> {
  const folder = sendPaths(chorusDir, sendId).outbox;
  const files = (await readdir(folder).catch(() => [] as string[]))
    .filter((file) => file.endsWith(".eml"))
    .sort();
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const search = options.search?.trim().toLowerCase();
  const messages: OutboxEntry[] = [];
  for (const file of files) {
    if (messages.length >= limit) break;
    const eml = await readFile(path.join(folder, file), "utf8");
    // The headers are all a list needs: the bodies (most of each file) are not parsed.
    const end = eml.indexOf("\r\n\r\n");
    const { headers } = await parseEml(end === -1 ? eml : eml.slice(0, end + 4));
    const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value ?? "";
    const to = header("to");
    if (search && !to.toLowerCase().includes(search)) continue;
    messages.push({ file, to, subject: header("subject") });
  }
  return { messages, total: files.length, limit };
}

/** The text of one outbox message, or undefined when there is no such message (any other file name included). */
export async function readOutboxMessage(
  chorusDir: string,
  sendId: string,
  file: string,
): Promise<string | undefined> {
  if (!MESSAGE_FILE.test(file)) return undefined;
  return readFile(path.join(sendPaths(chorusDir, sendId).outbox, file), "utf8").catch(() => undefined);
}

/** The headers and the decoded text and HTML parts of an `.eml` (postal-mime, any MIME structure). */
export async function parseEml(eml: string): Promise<ParsedEml> {
  const email = await PostalMime.parse(eml);
  return {
    headers: email.headers.map((h) => ({ name: h.originalKey, value: decodeWords(h.value) })),
    ...(email.text === undefined ? {} : { text: email.text }),
    ...(email.html === undefined ? {} : { html: email.html }),
  };
}
