import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCsvRecords } from "../src/csv.js";
import { importRecipients } from "../src/recipients.js";
import type { FieldSpec, Recipient } from "../src/types.js";

const firstName: FieldSpec[] = [{ name: "firstName", required: true }];

/** The file's bytes as two reads, the first ending `offset` bytes in. */
async function* splitAt(bytes: Buffer, offset: number): AsyncGenerator<Buffer> {
  yield bytes.subarray(0, offset);
  yield bytes.subarray(offset);
}

async function importAll(chunks: AsyncIterable<Buffer>, fields: FieldSpec[] = firstName) {
  const recipients: Recipient[] = [];
  const summary = await importRecipients(chunks, { fields }, (r) => {
    recipients.push(r);
  });
  return { summary, recipients };
}

/** What each split offset produced, keyed by offset, so a failure names the offsets that broke. */
async function byOffset<T>(bytes: Buffer, read: (chunks: AsyncIterable<Buffer>) => Promise<T>) {
  const results: Record<number, T> = {};
  for (let offset = 1; offset < bytes.length; offset++) results[offset] = await read(splitAt(bytes, offset));
  return results;
}

function sameForEveryOffset<T>(bytes: Buffer, value: T): Record<number, T> {
  const results: Record<number, T> = {};
  for (let offset = 1; offset < bytes.length; offset++) results[offset] = value;
  return results;
}

describe("UTF-8 split across reads", () => {
  it.each([
    ["é", 2],
    ["中", 3],
    ["😀", 4],
  ])("keeps %s (%i bytes) whole wherever a read splits the file", async (character, byteLength) => {
    expect(Buffer.byteLength(character)).toBe(byteLength);
    const name = `Jos${character} ${character}${character}`;
    const bytes = Buffer.from(`email,firstName\nann@example.org,${name}\nbob@example.org,${character}\n`);
    const names = await byOffset(bytes, async (chunks) =>
      (await importAll(chunks)).recipients.map((r) => r.fields.firstName),
    );
    expect(names).toEqual(sameForEveryOffset(bytes, [name, character]));
  });

  describe("a file larger than one 64 KiB read", () => {
    let dir: string | undefined;
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
      dir = undefined;
    });

    it("round-trips every accented, CJK and emoji name read through createReadStream", async () => {
      const names = ["José", "Zoë", "Łukasz", "François", "Søren", "中村 美咲", "김민준", "Дмитрий", "أحمد"];
      const emoji = ["😀 Joy", "👩🏽‍💻 Ada", "Nguyễn Thị Ánh"];
      const expected: Recipient[] = [];
      for (let i = 0; i < 4000; i++) {
        const base = [...names, ...emoji][i % (names.length + emoji.length)]!;
        // The first name also names the person in the email's To.
        expected.push({
          row: i + 2,
          email: `person${i}@example.org`,
          fields: { firstName: `${base} ${i}` },
          name: `${base} ${i}`,
        });
      }
      const csv = `email,firstName\n${expected.map((r) => `${r.email},${r.fields.firstName}\n`).join("")}`;
      const bytes = Buffer.from(csv);
      // Several reads, and the first one ends inside a character: the case this test is about.
      expect(bytes.length).toBeGreaterThan(2 * 64 * 1024);
      expect(bytes[64 * 1024]! & 0xc0).toBe(0x80);

      dir = await mkdtemp(path.join(tmpdir(), "chorus-csv-encoding-"));
      const file = path.join(dir, "recipients.csv");
      await writeFile(file, bytes);
      const { summary, recipients } = await importAll(createReadStream(file));
      expect(summary.problems).toEqual([]);
      expect(recipients).toEqual(expected);
    });
  });
});

describe("BOM, CRLF and quoted line breaks split across reads", () => {
  const bytes = Buffer.from(
    "\uFEFFemail,firstName,note\r\n" +
      'ann@example.org,José,"first line\r\nsecond line"\r\n' +
      'bob@example.org,中村,"one\ntwo\r\nthree"\r\n' +
      "not-an-address,Zoë,\r\n" +
      "cat@example.org,😀 Joy,plain\r\n",
  );

  it("reads the same cells wherever a read splits the file", async () => {
    const records = await byOffset(bytes, async (chunks) => {
      const cells: string[][] = [];
      for await (const record of readCsvRecords(chunks)) cells.push(record.cells);
      return cells;
    });
    expect(records).toEqual(
      sameForEveryOffset(bytes, [
        ["email", "firstName", "note"],
        ["ann@example.org", "José", "first line\r\nsecond line"],
        ["bob@example.org", "中村", "one\ntwo\r\nthree"],
        ["not-an-address", "Zoë", ""],
        ["cat@example.org", "😀 Joy", "plain"],
      ]),
    );
  });

  it("numbers rows as a spreadsheet shows them (a quoted line break stays in its row)", async () => {
    const results = await byOffset(bytes, async (chunks) => {
      const { summary, recipients } = await importAll(chunks);
      return {
        recipients: recipients.map((r) => [r.row, r.email, r.fields.firstName]),
        problems: summary.problems.map((p) => [p.row, p.code]),
      };
    });
    expect(results).toEqual(
      sameForEveryOffset(bytes, {
        recipients: [
          [2, "ann@example.org", "José"],
          [3, "bob@example.org", "中村"],
          [5, "cat@example.org", "😀 Joy"],
        ],
        problems: [[4, "invalid-email"]],
      }),
    );
  });
});
