import type { PathSegment } from "@chorus/content";
import { parseDocument } from "yaml";

/** One replacement inside one YAML scalar, located both in the file and in the field's value. */
export interface SourceFix {
  /** Offsets into the file text. */
  start: number;
  end: number;
  /** What replaces `text.slice(start, end)`. */
  replacement: string;
  /** The field the edit belongs to. */
  path: PathSegment[];
  /** Offsets of the same span in the field's (trimmed) value, to verify the result. */
  valueStart: number;
  valueEnd: number;
  /** The wording being replaced. */
  original: string;
}

export interface FixResult {
  text: string;
  applied: SourceFix[];
  skipped: Array<{ fix: SourceFix; reason: string }>;
}

/** Characters that could change how YAML reads a scalar if we inserted them. */
const UNSAFE_REPLACEMENT = /["'\\:#\n\r\t{}[\],&*!|>%@`]/;

/** Keep the writer's capitalisation of the first letter ("Committed suicide" → "Died by suicide"). */
export function matchCase(original: string, replacement: string): string {
  const first = original[0] ?? "";
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function setValueAt(data: unknown, path: readonly PathSegment[], value: unknown): void {
  let current = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) current = current[segment] as Record<string | number, unknown>;
  current[path[path.length - 1]!] = value;
}

function parse(text: string): { ok: true; data: unknown } | { ok: false } {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false };
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}

/**
 * Apply fixes by editing the file text at their exact offsets, so comments, quoting and layout stay as
 * they were. Each edit is kept only if the file still parses and the only change in the data is the
 * intended one in the intended field; anything else is skipped and reported.
 */
export function fixSource(
  sourceText: string,
  fixes: ReadonlyArray<SourceFix | { fix?: SourceFix }>,
): FixResult {
  const all = fixes
    .map((item) => ("fix" in item ? item.fix : (item as SourceFix)))
    .filter((fix): fix is SourceFix => fix !== undefined)
    .sort((a, b) => b.start - a.start);
  const result: FixResult = { text: sourceText, applied: [], skipped: [] };
  let current = parse(sourceText);
  if (!current.ok) {
    result.skipped.push(...all.map((fix) => ({ fix, reason: "the file does not parse" })));
    return result;
  }
  let lowestStart = Number.POSITIVE_INFINITY;
  for (const fix of all) {
    const skip = (reason: string) => result.skipped.push({ fix, reason });
    if (fix.end > lowestStart) {
      skip("overlaps another fix");
      continue;
    }
    if (result.text.slice(fix.start, fix.end) !== fix.original) {
      skip("the file no longer contains the flagged wording at that position");
      continue;
    }
    if (UNSAFE_REPLACEMENT.test(fix.replacement)) {
      skip("the replacement contains characters that need YAML quoting");
      continue;
    }
    const before = valueAt(current.data, fix.path);
    if (typeof before !== "string") {
      skip("the field is not text");
      continue;
    }
    const trimmed = before.trim();
    if (trimmed.slice(fix.valueStart, fix.valueEnd) !== fix.original) {
      skip("the field value does not line up with the file text");
      continue;
    }
    const candidate = result.text.slice(0, fix.start) + fix.replacement + result.text.slice(fix.end);
    const parsed = parse(candidate);
    if (!parsed.ok) {
      skip("the file would no longer parse");
      continue;
    }
    const expectedValue = trimmed.slice(0, fix.valueStart) + fix.replacement + trimmed.slice(fix.valueEnd);
    const after = valueAt(parsed.data, fix.path);
    if (typeof after !== "string" || after.trim() !== expectedValue) {
      skip("the field would not read as intended");
      continue;
    }
    setValueAt(current.data, fix.path, after);
    if (JSON.stringify(current.data) !== JSON.stringify(parsed.data)) {
      setValueAt(current.data, fix.path, before);
      skip("the edit would change other values");
      continue;
    }
    result.text = candidate;
    current = parsed;
    lowestStart = fix.start;
    result.applied.push(fix);
  }
  return result;
}
