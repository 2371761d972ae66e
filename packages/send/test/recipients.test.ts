import { describe, expect, it } from "vitest";
import { readCsvRecords } from "../src/csv.js";
import { buildEml, formatProblems } from "../src/index.js";
import { composeEmail } from "../src/plan.js";
import { emailAddressProblem, importRecipients, isValidEmail } from "../src/recipients.js";
import type { FieldSpec, Recipient } from "../src/types.js";
import { fakeRenderer } from "./helpers.js";

async function* chunksOf(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function run(
  csv: string,
  fields: FieldSpec[] = [],
  extra: Parameters<typeof importRecipients>[1] | object = {},
) {
  const recipients: Recipient[] = [];
  const summary = await importRecipients(chunksOf(csv), { fields, ...extra }, (r) => {
    recipients.push(r);
  });
  return { summary, recipients };
}

describe("CSV reader", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks across chunk boundaries", async () => {
    const records = [];
    for await (const r of readCsvRecords(
      chunksOf('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\n', 3),
    )) {
      records.push(r.cells);
    }
    expect(records).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["multi\nline", "z"],
    ]);
  });

  it("flags a quote that is never closed", async () => {
    const records = [];
    for await (const r of readCsvRecords(chunksOf('email\n"a@b.org'))) records.push(r);
    expect(records.at(-1)).toEqual({ cells: ["a@b.org"], unterminated: true });
  });
});

describe("importRecipients", () => {
  it("finds the email column whatever its case and keeps personalization by field name", async () => {
    const { summary, recipients } = await run("EMAIL,FirstName\nann@example.org,Ann\n", [
      { name: "firstName", required: true },
    ]);
    expect(summary.problemCount).toBe(0);
    // A first-name column also names the person in the email's To.
    expect(recipients).toEqual([
      { row: 2, email: "ann@example.org", fields: { firstName: "Ann" }, name: "Ann" },
    ]);
  });

  it("reports invalid and duplicate addresses with spreadsheet row numbers (header is row 1)", async () => {
    const csv = "email\nann@example.org\nnot-an-address\nAnn@Example.org\nbob@example\n";
    const { summary, recipients } = await run(csv);
    expect(recipients.map((r) => r.email)).toEqual(["ann@example.org"]);
    expect(summary.invalidRows).toBe(3);
    expect(summary.problems.map((p) => [p.row, p.code])).toEqual([
      [3, "invalid-email"],
      [4, "duplicate-email"],
      [5, "invalid-email"],
    ]);
    expect(summary.problems[1]!.message).toBe(
      "Ann@Example.org is a duplicate of row 2 (addresses are compared ignoring case)",
    );
    expect(formatProblems(summary)).toContain('row 3: "not-an-address" is not a valid email address');
  });

  it("refuses a file without an email column or without a required personalization column", async () => {
    const noEmail = await run("name\nAnn\n");
    expect(noEmail.summary.fatal).toBe(true);
    expect(noEmail.summary.problems[0]).toMatchObject({ row: 1, code: "no-email-column" });
    // Excel in many European locales saves "CSV" with semicolons: say so, rather than only "no email column".
    const semicolons = await run("email;firstName\nann@example.org;Ann\n");
    expect(semicolons.summary.problems[0]!.message).toMatch(
      /separates its columns with semicolons; save it as CSV with commas/,
    );

    const missing = await run("email\nann@example.org\n", [{ name: "firstName", required: true }]);
    expect(missing.summary.fatal).toBe(true);
    expect(missing.summary.problems[0]).toMatchObject({
      row: 1,
      code: "missing-column",
      message: 'missing column "firstName": the email uses it and it has no fallback',
    });
    expect(missing.recipients).toEqual([]);
  });

  it("accepts a missing optional column (the fallback applies) but not an empty required value", async () => {
    const optional = await run("email\nann@example.org\n", [
      { name: "firstName", required: false, fallback: "colleague" },
    ]);
    expect(optional.summary.problemCount).toBe(0);
    const empty = await run("email,role\nann@example.org,\n", [{ name: "role", required: true }]);
    expect(empty.summary.problems[0]).toMatchObject({ row: 2, code: "missing-value", column: "role" });
  });

  it("reports empty rows between recipients but ignores blank lines at the end", async () => {
    const { summary } = await run("email\nann@example.org\n,\n\nbob@example.org\n\n\n");
    expect(summary.valid).toBe(2);
    expect(summary.problems.map((p) => [p.row, p.code])).toEqual([
      [3, "empty-row"],
      [4, "empty-row"],
    ]);
  });

  it("refuses a line break in a personalization value (it could end up in the Subject header)", async () => {
    const { summary, recipients } = await run(
      'email,firstName\nann@example.org,"Ann\r\nBcc: everyone@example.org"\n',
      [{ name: "firstName", required: false }],
    );
    expect(recipients).toEqual([]);
    expect(summary.problems[0]).toMatchObject({ row: 2, code: "line-break", column: "firstName" });
  });

  it("enforces the row and byte limits", async () => {
    const rows = await run("email\na@example.org\nb@example.org\nc@example.org\n", [], { maxRows: 2 });
    expect(rows.summary.fatal).toBe(true);
    expect(rows.summary.problems.at(-1)).toMatchObject({ row: 4, code: "too-many-rows" });
    const bytes = await run(`email\n${"a@example.org\n".repeat(100)}`, [], { maxBytes: 200 });
    expect(bytes.summary.fatal).toBe(true);
    expect(bytes.summary.problems.find((p) => p.code === "too-large")).toMatchObject({
      row: 1,
      code: "too-large",
    });
  });

  it("skips suppressed addresses and reports them, without counting them as invalid", async () => {
    const { summary, recipients } = await run("email\nann@example.org\nBounced@Example.org\n", [], {
      suppressed: (email: string) =>
        email.toLowerCase() === "bounced@example.org"
          ? { email, reason: "bounced" as const, at: "2026-11-01T00:00:00Z" }
          : undefined,
    });
    expect(recipients.map((r) => r.email)).toEqual(["ann@example.org"]);
    expect(summary.problemCount).toBe(0);
    expect(summary.suppressed).toEqual([{ row: 3, email: "Bounced@Example.org", reason: "bounced" }]);
  });

  it("validates addresses like a careful sender", () => {
    for (const ok of ["a@b.co", "first.last+tag@sub.example.org", "o'brien@example.ie"])
      expect(isValidEmail(ok)).toBe(true);
    for (const bad of [
      "a@b",
      "a b@c.org",
      "a@@b.org",
      ".a@b.org",
      "a..b@c.org",
      "a@-b.org",
      "a@b.c0m",
      "<a@b.org>",
    ]) {
      expect(isValidEmail(bad)).toBe(false);
    }
  });

  it("says what is wrong with an address in words a person can act on", () => {
    const cases: [string, string | undefined][] = [
      ["ana@example.org", undefined],
      ["ana@example", "is missing the part after the dot, such as .org"],
      ["ana@example.", "is missing the part after the dot, such as .org"],
      ["ana.example.org", "is missing the @ and the part after it, such as @example.org"],
      ["ana@", "is missing the part after the @, such as example.org"],
      ["@example.org", "is missing the part before the @"],
      ["ana@example.org, ben@example.org", "holds more than one address"],
      ["ana lopez@example.org", "has a space in it"],
      ["ana@example.c0m", 'does not end in a domain ending such as .org (it ends in ".c0m")'],
      ["", "is empty"],
    ];
    for (const [address, problem] of cases) expect(emailAddressProblem(address), address).toBe(problem);
  });

  it("words an invalid address in the list with what is missing", async () => {
    const { summary } = await run("email\nana@example\n");
    expect(summary.problems[0]?.message).toBe(
      '"ana@example" is not a valid email address: it is missing the part after the dot, such as .org',
    );
  });

  it("takes the person's name from a name column, or first and last names, for the To line", async () => {
    const names = async (csv: string) => (await run(csv)).recipients.map((r) => r.name);
    expect(await names("Email,Name\nana@example.org,Ana López\nben@example.org,\n")).toEqual([
      "Ana López",
      undefined,
    ]);
    expect(
      await names("email,First name,last_name\nana@example.org,Ana,López\nben@example.org,,Okafor\n"),
    ).toEqual(["Ana López", "Okafor"]);
    // Quote marks cannot sit plainly in a display name: they are left out.
    expect(await names('email,name\nana@example.org,"Ana ""Nan"" López"\n')).toEqual(["Ana Nan López"]);
    expect(await names("email\nana@example.org\n")).toEqual([undefined]);
  });

  it("refuses a name that could break the To line, at its row and column", async () => {
    const { summary, recipients } = await run('email,Name\nana@example.org,"Ana\nBcc: x@y.org"\n');
    expect(recipients).toEqual([]);
    expect(summary.problems).toEqual([
      {
        row: 2,
        code: "line-break",
        column: "Name",
        message: "Name contains a line break or control character, which is not allowed in a name",
      },
    ]);
  });
});

describe("the To line of an email", () => {
  it("names the person when the list does, quoted where the name needs it", async () => {
    const to = async (recipient: Recipient) => (await composeEmail(fakeRenderer(), recipient, false)).to;
    expect(await to({ row: 2, email: "ana@example.org", fields: {} })).toBe("ana@example.org");
    expect(await to({ row: 2, email: "ana@example.org", fields: {}, name: "Ana López" })).toBe(
      '"Ana López" <ana@example.org>',
    );
    const lastFirst = await composeEmail(
      fakeRenderer(),
      { row: 2, email: "ana@example.org", fields: {}, name: "Lopez, Ana" },
      false,
    );
    expect(lastFirst.to).toBe('"Lopez, Ana" <ana@example.org>');
    expect(buildEml(lastFirst, { messageId: "m@example-health.org", date: new Date(0) })).toContain(
      '\r\nTo: "Lopez, Ana" <ana@example.org>\r\n',
    );
  });
});
