import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeText } from "../src/eml.js";
import { buildEml, OutboxTransport, runSend, sendPaths } from "../src/index.js";
import { fakeRenderer, planned, tempDir } from "./helpers.js";

/** A strict reader for what we write: CRLF only, header lines ≤ 998, unfolded headers, MIME parts. */
function parseEml(raw: string) {
  expect(raw).not.toMatch(/(?<!\r)\n/);
  expect(raw).not.toMatch(/\r(?!\n)/);
  const [head, ...rest] = raw.split("\r\n\r\n");
  for (const line of head!.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    expect(colon, line).toBeGreaterThan(0);
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const boundary = /boundary="([^"]+)"/.exec(headers.get("content-type") ?? "")![1]!;
  const body = rest.join("\r\n\r\n");
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [partHead, ...partBody] = part.replace(/^\r\n/, "").split("\r\n\r\n");
      return { head: partHead!, body: decodeQp(partBody.join("\r\n\r\n").replace(/\r\n$/, "")) };
    });
  expect(body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  return { headers, parts };
}

function decodeQp(text: string): string {
  const bytes = text
    .replace(/=\r\n/g, "")
    .replace(/\r\n/g, "\n")
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function decodeWords(value: string): string {
  return value
    .replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_, b64) => Buffer.from(b64, "base64").toString("utf8"))
    .trim();
}

describe("outbox transport", () => {
  it("writes one standards-conformant .eml per recipient under .chorus/outbox/<send-id>/", async () => {
    const dir = await tempDir();
    const csv = "email,firstName\nana@example.org,Ana María\nbo@example.org,Bo\n";
    const sendId = await planned(dir, csv, { transport: "outbox" });
    const outbox = sendPaths(dir, sendId).outbox;
    const result = await runSend({
      chorusDir: dir,
      sendId,
      transport: new OutboxTransport(outbox, () => new Date("2026-11-23T05:00:00Z")),
      render: fakeRenderer(),
      requestsPerSecond: null,
    });
    expect(result.report).toMatchObject({ status: "complete", sent: 2 });
    expect(outbox).toBe(path.join(dir, "outbox", sendId));
    const files = (await readdir(outbox)).sort();
    expect(files).toEqual(["000000-000.eml", "000000-001.eml"]);

    const { headers, parts } = parseEml(await readFile(path.join(outbox, files[0]!), "utf8"));
    expect(headers.get("from")).toBe("Example Health Clinician Well-Being <wellbeing@example-health.org>");
    // The person's name from the list, as an encoded word ("Ana María"), before the address.
    expect(headers.get("to")).toBe("=?UTF-8?B?QW5hIE1hcsOtYQ==?= <ana@example.org>");
    expect(headers.get("reply-to")).toBe("wellbeing-team@example-health.org");
    expect(headers.get("subject")).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(headers.get("subject")!)).toBe("Ana María, burnout is a system problem");
    expect(headers.get("date")).toBe("Mon, 23 Nov 2026 05:00:00 +0000");
    expect(headers.get("message-id")).toMatch(/^<[0-9a-f]{32}@example-health\.org>$/);
    expect(headers.get("mime-version")).toBe("1.0");
    expect(headers.get("list-unsubscribe")).toBe("<https://example-health.org/email/preferences>");
    expect(headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headers.get("content-type")).toMatch(/^multipart\/alternative; boundary="/);
    expect(parts.map((p) => p.head.split("\r\n")[0])).toEqual([
      "Content-Type: text/plain; charset=utf-8",
      "Content-Type: text/html; charset=utf-8",
    ]);
    expect(parts[0]!.body).toBe("Hello Ana María,\n\nBurnout is a system problem.");
    expect(parts[1]!.body).toBe("<p>Hello Ana María,</p><p>Burnout is a system problem.</p>");
  });

  it("rewrites, never duplicates, the files of a batch sent again", async () => {
    const dir = await tempDir();
    const outbox = path.join(dir, "outbox");
    const transport = new OutboxTransport(outbox);
    const email = { ...fakeRenderer()({}), to: "a@example.org" };
    const first = await transport.sendBatch({ emails: [email], idempotencyKey: "chorus/x/0", batch: 0 });
    const again = await transport.sendBatch({ emails: [email], idempotencyKey: "chorus/x/0", batch: 0 });
    expect(again).toEqual(first);
    expect(await readdir(outbox)).toEqual(["000000-000.eml"]);
  });

  it("encodes long non-ASCII subjects in words of at most 75 characters and soft-breaks long body lines", () => {
    const subject = "Über-long subject — ".repeat(8);
    const words = encodeText(subject).split(" ");
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(encodeText(subject))).toBe(subject.trim());
    const raw = buildEml(
      { ...fakeRenderer()({}), to: "a@example.org", subject, text: "x".repeat(500), html: "<p>é</p>" },
      { messageId: "abc@example-health.org", date: new Date(0) },
    );
    for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(parseEml(raw).parts[0]!.body).toBe("x".repeat(500));
  });
});
