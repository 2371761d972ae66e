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
      rowProblems.push({
        row,
        code: "invalid-email",
        column: "email",
        message: `"${printable(email)}" is not a valid email address`,
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
    await onRecipient({ row, email, fields });
  }
  if (!header) {
    report({ row: 1, code: "no-rows", message: "the file is empty" }, true);
  } else if (summary.rows === 0 && !summary.fatal) {
    report({ row: 2, code: "no-rows", message: "the file has a header row but no recipients" }, true);
  }
  return summary;
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
