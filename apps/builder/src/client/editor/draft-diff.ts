// What a kept draft changes, to compare before restoring it: each field that differs from the file as it is
// now, in the form's words, with both values when they are text.
import { where } from "../../shared/field-names.js";

export interface DraftChange {
  /** The field in words: "material 1 › subject line". */
  field: string;
  /** The draft's and the file's value, when both are short enough to show as text. */
  yours?: string;
  theirs?: string;
}

/** Status and approval are not content: restoring a draft never touches them. */
const NOT_CONTENT = new Set(["status", "approval"]);
const SHOWN = 200;

function shown(value: unknown): string | undefined {
  if (value === undefined || value === null) return "(empty)";
  if (typeof value === "string") return value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** The fields the draft changes against `current`, at most `limit` of them (the rest are counted). */
export function draftChanges(
  draft: unknown,
  current: unknown,
  limit = 12,
): { changes: DraftChange[]; more: number } {
  const changes: DraftChange[] = [];
  let more = 0;
  const walk = (a: unknown, b: unknown, path: string) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    const bothObjects = a && b && typeof a === "object" && typeof b === "object";
    if (bothObjects && Array.isArray(a) === Array.isArray(b)) {
      const keys = Array.isArray(a)
        ? Array.from({ length: Math.max(a.length, (b as unknown[]).length) }, (_, i) => i)
        : [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])];
      for (const key of keys) {
        if (path === "" && typeof key === "string" && NOT_CONTENT.has(key)) continue;
        const next = typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        walk(
          (a as Record<string | number, unknown>)[key],
          (b as Record<string | number, unknown>)[key],
          next,
        );
      }
      return;
    }
    if (changes.length >= limit) {
      more++;
      return;
    }
    const yours = shown(a);
    const theirs = shown(b);
    changes.push({
      field: where(path) || "the campaign",
      ...(yours !== undefined && theirs !== undefined ? { yours, theirs } : {}),
    });
  };
  walk(draft, current, "");
  return { changes, more };
}
