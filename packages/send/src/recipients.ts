import { readCsvRecords } from "./csv.js";
import type { Suppression } from "./suppressions.js";
import type { FieldSpec, Recipient } from "./types.js";

export type RecipientProblemCode =
  | "no-email-column"
  | "duplicate-column"
  | "missing-column"
  | "no-rows"
  | "too-many-rows"
  | "too-large"
  | "unterminated-quote"
  | "empty-row"
  | "too-many-cells"
  | "invalid-email"
  | "duplicate-email"
  | "missing-value"
  | "line-break"
  | "too-long";

/** One problem in a recipients file, at the row a spreadsheet shows (the header is row 1). */
export interface RecipientProblem {
  row: number;
  code: RecipientProblemCode;
  message: string;
  column?: string;
}

export interface SkippedRecipient {
  row: number;
  email: string;
  reason: string;
}

export interface ImportOptions {
  /** The material's personalization fields: required ones must have a column and a value on every row. */
  fields: readonly FieldSpec[];
  /** Addresses never to send to (unsubscribed, bounced, complained). */
  suppressed?: (email: string) => Suppression | undefined;
  /** At most this many recipient rows (GOV.UK Notify allows 100,000). */
  maxRows?: number;
  /** At most this many bytes of CSV. */
  maxBytes?: number;
  /** Longest personalization value (as `@chorus/emails` allows: 200). */
  maxFieldLength?: number;
  /** Problems and skips kept in detail; the counts always cover every row. */
  keepDetails?: number;
}

export interface ImportSummary {
  /** Data rows read (header and trailing blank lines not counted). */
  rows: number;
  valid: number;
  invalidRows: number;
  suppressedCount: number;
  /** File-level problems (no email column, too large…) stop the import; nothing may be sent. */
  fatal: boolean;
  problems: RecipientProblem[];
  problemCount: number;
  suppressed: SkippedRecipient[];
}

export const DEFAULT_MAX_ROWS = 100_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * What is wrong with an email address, in words a person can act on ("is missing the part after the
 * dot, such as .org"), or undefined when it is a valid address. The sentence follows the address:
 * `"ana@example" is missing …`.
 */
export function emailAddressProblem(email: string): string | undefined {
  const text = email.trim();
  if (text === "") return "is empty";
  if (isValidEmail(text)) return undefined;
  if ((text.match(/@/g) ?? []).length > 1 && /[\s,;]/.test(text)) return "holds more than one address";
  if (/\s/.test(text)) return "has a space in it";
  if (/[,;<>"]/.test(text)) return "has a character an address cannot have (such as a comma or a quote mark)";
  const at = text.lastIndexOf("@");
  if (at < 0) return "is missing the @ and the part after it, such as @example.org";
  if (text.indexOf("@") !== at) return "has more than one @";
  if (at === 0) return "is missing the part before the @";
  const domain = text.slice(at + 1);
  if (domain === "") return "is missing the part after the @, such as example.org";
  const labels = domain.split(".");
  const ending = labels.at(-1) ?? "";
  if (labels.length < 2 || ending === "") return "is missing the part after the dot, such as .org";
  if (!/^[A-Za-z]{2,63}$/.test(ending) && !/^xn--[a-z0-9-]+$/i.test(ending))
    return `does not end in a domain ending such as .org (it ends in ".${ending}")`;
  return "is not a valid email address";
}

/**
 * A practical address check in the spirit of GOV.UK Notify's: one @, a dotted domain with a
 * letter TLD, no spaces, commas, angle brackets or consecutive dots, sane lengths.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > 320) return false;
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64) return false;
  if (!/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local)) return false;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
  const labels = domain.split(".");
  if (labels.length < 2 || domain.length > 253) return false;
  if (!labels.every((label) => /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/.test(label))) return false;
  return /^[A-Za-z]{2,63}$/.test(labels.at(-1)!) || /^xn--[a-z0-9-]+$/i.test(labels.at(-1)!);
}

/** An import that has read nothing yet. */
export function emptySummary(): ImportSummary {
  return {
    rows: 0,
    valid: 0,
    invalidRows: 0,
    suppressedCount: 0,
    fatal: false,
    problems: [],
    problemCount: 0,
    suppressed: [],
  };
}

/**
 * Read a recipients CSV row by row, validate every row and hand each valid, unsuppressed
 * recipient to `onRecipient` (in file order). Memory stays flat except for the set of addresses
 * seen, which duplicate detection needs. The caller decides what "valid enough to send" means:
 * nothing may go out while `problemCount > 0` unless the user asked to skip invalid rows.
 */
export async function importRecipients(
  chunks: AsyncIterable<string | Buffer>,
  options: ImportOptions,
  onRecipient: (recipient: Recipient) => void | Promise<void>,
): Promise<ImportSummary> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keepDetails ?? 1000;
  const maxFieldLength = options.maxFieldLength ?? 200;
  const summary = emptySummary();
  const report = (problem: RecipientProblem, fatal = false) => {
    summary.problemCount++;
    if (summary.problems.length < keep) summary.problems.push(problem);
    if (fatal) summary.fatal = true;
  };

  let bytes = 0;
  async function* counted(): AsyncGenerator<string | Buffer> {
    for await (const chunk of chunks) {
      bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
      if (bytes > maxBytes) {
        report(
          {
            row: 1,
            code: "too-large",
            message: `the file is larger than ${formatBytes(maxBytes)}: split the list into smaller files`,
          },
          true,
        );
        return;
      }
      yield chunk;
    }
  }

  let header: string[] | undefined;
  let emailIndex = -1;
  const fieldIndex = new Map<string, number>();
  let nameColumns: NameColumns = {};
  const seen = new Map<string, number>();
  let row = 0;
  let blankRun: number[] = [];

  for await (const record of readCsvRecords(counted())) {
    // Past the byte limit the reader yields a last, cut-off record: nothing after it counts.
    if (summary.fatal) return summary;
    row++;
    if (!header) {
      header = record.cells.map((cell) => cell.trim());
      const lower = header.map((name) => name.toLowerCase());
      const names = new Set<string>();
      lower.forEach((name, index) => {
        if (name !== "" && names.has(name)) {
          report(
            {
              row: 1,
              code: "duplicate-column",
              column: header![index],
              message: `column "${header![index]}" appears more than once`,
            },
            true,
          );
        }
        names.add(name);
      });
      emailIndex = lower.indexOf("email");
      if (emailIndex < 0) {
        report(
          {
            row: 1,
            code: "no-email-column",
            message:
              header!.length === 1 && /[;\t]/.test(header![0] ?? "")
                ? `there is no "email" column: this file separates its columns with ${header![0]!.includes(";") ? "semicolons" : "tabs"}; save it as CSV with commas (in Excel: "CSV UTF-8 (Comma delimited)")`
                : `there is no "email" column: the first row must name the columns, one of them "email"`,
          },
          true,
        );
      }
      nameColumns = findNameColumns(lower);
      for (const field of options.fields) {
        const index = lower.indexOf(field.name.toLowerCase());
        if (index >= 0) fieldIndex.set(field.name, index);
        else if (field.required) {
          report(
            {
              row: 1,
              code: "missing-column",
              column: field.name,
              message: `missing column "${field.name}": the email uses it and it has no fallback`,
            },
            true,
          );
        }
      }
      if (summary.fatal) return summary;
      continue;
    }

    const cells = record.cells;
    if (cells.every((cell) => cell.trim() === "")) {
      // Blank lines at the very end of a file are common and harmless; blank rows between
      // recipients usually mean a paste went wrong, so they are reported.
      blankRun.push(row);
      continue;
    }
    for (const blank of blankRun) {
      summary.invalidRows++;
      report({ row: blank, code: "empty-row", message: "the row is empty" });
    }
    blankRun = [];
    summary.rows++;
    if (summary.rows > maxRows) {
      report(
        {
          row,
          code: "too-many-rows",
          message: `the file has more than ${maxRows.toLocaleString("en-US")} recipients: split it into smaller files`,
        },
        true,
      );
      return summary;
    }

    const rowProblems: RecipientProblem[] = [];
    if (record.unterminated) {
      rowProblems.push({ row, code: "unterminated-quote", message: "a quoted value is never closed" });
    }
    if (cells.length > header.length) {
      rowProblems.push({
        row,
        code: "too-many-cells",
        message: `the row has ${cells.length} values but the header names ${header.length} columns`,
      });
    }
    const email = (cells[emailIndex] ?? "").trim();
    if (email === "") {
      rowProblems.push({
        row,
        code: "invalid-email",
        column: "email",
        message: "the email address is missing",
      });
    } else if (!isValidEmail(email)) {
      const problem = emailAddressProblem(email);
      rowProblems.push({
        row,
        code: "invalid-email",
        column: "email",
        message: `"${printable(email)}" is not a valid email address${problem && problem !== "is not a valid email address" ? `: it ${problem}` : ""}`,
      });
    } else {
      const key = email.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        rowProblems.push({
          row,
          code: "duplicate-email",
          column: "email",
          message: `${email} is a duplicate of row ${first} (addresses are compared ignoring case)`,
        });
      } else seen.set(key, row);
    }
    const fields: Record<string, string> = {};
    for (const field of options.fields) {
      const index = fieldIndex.get(field.name);
      const value = index === undefined ? "" : (cells[index] ?? "").trim();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
      if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value)) {
        rowProblems.push({
          row,
          code: "line-break",
          column: field.name,
          message: `${field.name} contains a line break or control character, which is not allowed in personalization`,
        });
      } else if (value.length > maxFieldLength) {
        rowProblems.push({
          row,
          code: "too-long",
          column: field.name,
          message: `${field.name} is longer than ${maxFieldLength} characters`,
        });
      } else if (value === "" && field.required) {
        rowProblems.push({
          row,
          code: "missing-value",
          column: field.name,
          message: `${field.name} is empty but the email needs it`,
        });
      }
      if (value !== "") fields[field.name] = value;
    }

    const name = nameOf(cells, nameColumns, header);
    if (name.problem) rowProblems.push({ row, ...name.problem });

    if (rowProblems.length > 0) {
      summary.invalidRows++;
      for (const problem of rowProblems) report(problem);
      continue;
    }
    const suppression = options.suppressed?.(email);
    if (suppression) {
      summary.suppressedCount++;
      if (summary.suppressed.length < keep) {
        summary.suppressed.push({ row, email, reason: suppression.reason });
      }
      continue;
    }
    summary.valid++;
    await onRecipient({ row, email, fields, ...(name.value ? { name: name.value } : {}) });
  }
  if (!header) {
    report({ row: 1, code: "no-rows", message: "the file is empty" }, true);
  } else if (summary.rows === 0 && !summary.fatal) {
    report({ row: 2, code: "no-rows", message: "the file has a header row but no recipients" }, true);
  }
  return summary;
}

/** Where a list keeps people's names: one column for the whole name, or first and last names. */
interface NameColumns {
  full?: number;
  first?: number;
  last?: number;
}

const NAME_COLUMNS: Record<keyof NameColumns, string[]> = {
  full: ["name", "fullname"],
  first: ["firstname", "givenname"],
  last: ["lastname", "surname", "familyname"],
};

/** The name columns of a header (lowercased): "Name", "Full name", "First name", "last_name" … */
function findNameColumns(lower: string[]): NameColumns {
  const squashed = lower.map((name) => name.replace(/[\s_-]/g, ""));
  const found: NameColumns = {};
  for (const [kind, names] of Object.entries(NAME_COLUMNS) as [keyof NameColumns, string[]][]) {
    const index = squashed.findIndex((name) => names.includes(name));
    if (index >= 0) found[kind] = index;
  }
  return found;
}

const NAME_LIMIT = 200;

/**
 * The person's name for the `To` header: the whole-name column, else first and last names joined. A
 * name that could break the header (a line break, a control character) or is far too long is a problem
 * of the row; quote marks and backslashes are left out, as a display name cannot carry them plainly.
 */
function nameOf(
  cells: string[],
  columns: NameColumns,
  header: string[],
): { value?: string; problem?: Omit<RecipientProblem, "row"> } {
  const cell = (index: number | undefined) => (index === undefined ? "" : (cells[index] ?? "").trim());
  const full = cell(columns.full);
  const column = full ? columns.full : (columns.first ?? columns.last);
  const value = full || [cell(columns.first), cell(columns.last)].filter(Boolean).join(" ");
  if (!value) return {};
  const name = header[column ?? 0] ?? "name";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value))
    return {
      problem: {
        code: "line-break",
        column: name,
        message: `${name} contains a line break or control character, which is not allowed in a name`,
      },
    };
  if (value.length > NAME_LIMIT)
    return {
      problem: { code: "too-long", column: name, message: `${name} is longer than ${NAME_LIMIT} characters` },
    };
  const shown = value.replace(/["\\]/g, "").trim();
  return shown ? { value: shown } : {};
}

/** `row 3: …` lines, first `limit` problems, like Notify's "first 20 errors". */
export function formatProblems(summary: ImportSummary, limit = 20): string {
  const lines = summary.problems.slice(0, limit).map((p) => `  row ${p.row}: ${p.message}`);
  const more = summary.problemCount - Math.min(limit, summary.problems.length);
  if (more > 0) lines.push(`  … and ${more.toLocaleString("en-US")} more`);
  return lines.join("\n");
}

function printable(value: string): string {
  const shown = value.replace(/[\r\n]/g, "↵");
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : `${bytes} bytes`;
}
