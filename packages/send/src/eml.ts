import { createHash } from "node:crypto";
import { addressOf, hasLineBreak } from "./guards.js";
import type { OutgoingEmail } from "./types.js";

const CRLF = "\r\n";

/**
 * An RFC 5322 / MIME message for one email: multipart/alternative with a quoted-printable text
 * part and HTML part, non-ASCII header text as RFC 2047 encoded words, CRLF line ends, lines
 * within 78 characters where they can be folded and never over 998. `messageId` and `date` are
 * arguments so the same email always produces the same file.
 */
export function buildEml(email: OutgoingEmail, options: { messageId: string; date: Date }): string {
  const boundary = `chorus-${createHash("sha256").update(options.messageId).digest("hex").slice(0, 24)}`;
  const headers: [string, string][] = [
    ["From", encodeMailbox(email.from)],
    ["To", encodeMailbox(email.to)],
  ];
  if (email.replyTo) headers.push(["Reply-To", encodeMailbox(email.replyTo)]);
  headers.push(
    ["Subject", encodeText(email.subject)],
    ["Date", formatDate(options.date)],
    ["Message-ID", `<${options.messageId}>`],
    ["MIME-Version", "1.0"],
  );
  for (const [name, value] of Object.entries(email.headers)) {
    if (hasLineBreak(name) || hasLineBreak(value)) throw new Error(`header ${name} contains a line break`);
    headers.push([name, /^[\x20-\x7e]*$/.test(value) ? value : encodeText(value)]);
  }
  headers.push(["Content-Type", `multipart/alternative; boundary="${boundary}"`]);

  const lines = headers.map(([name, value]) => fold(`${name}: ${value}`));
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      "Content-Transfer-Encoding: quoted-printable",
      "",
      encodeQuotedPrintable(body),
    ].join(CRLF);
  return [
    ...lines,
    "",
    "This is a multipart message in MIME format.",
    part("text/plain", email.text),
    part("text/html", email.html),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}

/** A stable Message-ID for an email of a send: a hash of its idempotency key and position. */
export function messageIdFor(key: string, index: number, from: string): string {
  const domain = addressOf(from).split("@")[1] ?? "chorus.invalid";
  return `${createHash("sha256").update(`${key}#${index}`).digest("hex").slice(0, 32)}@${domain}`;
}

/** `Date:` value, RFC 5322 §3.3, always in UTC: `Mon, 23 Nov 2026 04:45:00 +0000`. */
export function formatDate(date: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(
    date.getUTCHours(),
  )}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** `Name <address>` with the display name quoted or encoded as needed. */
export function encodeMailbox(mailbox: string): string {
  const address = addressOf(mailbox);
  const lt = mailbox.lastIndexOf("<");
  const name =
    lt > 0
      ? mailbox
          .slice(0, lt)
          .trim()
          .replace(/^"(.*)"$/, "$1")
      : "";
  if (!name) return address;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${encodeText(name)} <${address}>`;
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(name)) return `${name} <${address}>`;
  return `"${name.replace(/(["\\])/g, "\\$1")}" <${address}>`;
}

/** Header text: as-is when printable ASCII, else RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters. */
export function encodeText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let current = "";
  // 39 bytes of UTF-8 → 52 base64 characters + 12 of framing = 64, so even "Subject: " plus one
  // word stays within 78 characters; never split a character.
  for (const char of text) {
    if (Buffer.byteLength(current + char) > 39) {
      words.push(current);
      current = "";
    }
    current += char;
  }
  if (current) words.push(current);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, "utf8").toString("base64")}?=`).join(" ");
}

/** Fold a header line at spaces so lines stay within 78 characters where possible (RFC 5322 §2.2.3). */
function fold(line: string): string {
  if (line.length <= 78) return line;
  const out: string[] = [];
  let rest = line;
  // Never fold right after "Name:", which would leave the header's first line without a value.
  const first = line.indexOf(": ") + 2;
  while (rest.length > 78) {
    let cut = rest.lastIndexOf(" ", 78);
    if (cut <= (out.length === 0 ? first : 0))
      cut = rest.indexOf(" ", Math.max(78, out.length === 0 ? first : 0));
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.join(CRLF);
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF line ends and soft breaks at 76. */
export function encodeQuotedPrintable(text: string): string {
  const lines = text.replace(/\r\n|\r/g, "\n").split("\n");
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, "utf8");
      let out = "";
      let width = 0;
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i]!;
        const last = i === bytes.length - 1;
        const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        const piece = literal
          ? String.fromCharCode(byte)
          : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
        if (width + piece.length > 75) {
          out += `=${CRLF}`;
          width = 0;
        }
        out += piece;
        width += piece.length;
      }
      return out;
    })
    .join(CRLF);
}
