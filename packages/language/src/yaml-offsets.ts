import type { ContentSource, PathSegment } from "@chorus/content";
import { isScalar } from "yaml";

/**
 * Where each character of a scalar's (trimmed) value sits in the YAML source, or undefined when the
 * value cannot be lined up with the source (aliases, escapes we cannot follow). Whitespace in the value
 * may stand for a line break plus indentation in the source (folded and multi-line plain scalars).
 */
export function valueOffsets(
  source: ContentSource,
  path: readonly PathSegment[],
  value: string,
): number[] | undefined {
  const node = source.nodeAt(path);
  if (!isScalar(node) || !node.range || typeof node.value !== "string" || node.value.trim() !== value)
    return undefined;
  const [nodeStart, valueEnd] = node.range;
  let from = nodeStart;
  let to = valueEnd;
  const type = node.type;
  if (type === "QUOTE_SINGLE" || type === "QUOTE_DOUBLE") {
    from++;
    to--;
  } else if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    const headerEnd = source.text.indexOf("\n", nodeStart);
    if (headerEnd < 0) return undefined;
    from = headerEnd + 1;
  }
  return align(value, source.text, from, to, type === "QUOTE_SINGLE", type === "QUOTE_DOUBLE");
}

const SPACE = /\s/;

function align(
  value: string,
  text: string,
  from: number,
  to: number,
  singleQuoted: boolean,
  doubleQuoted: boolean,
): number[] | undefined {
  const offsets: number[] = [];
  let j = from;
  while (j < to && SPACE.test(text[j]!)) j++;
  let i = 0;
  while (i < value.length) {
    const char = value[i]!;
    if (SPACE.test(char)) {
      const at = j;
      while (i < value.length && SPACE.test(value[i]!)) offsets[i++] = at;
      if (!SPACE.test(text[j] ?? "") && !(doubleQuoted && text[j] === "\\")) return undefined;
      while (j < to && (SPACE.test(text[j]!) || (doubleQuoted && text[j] === "\\" && text[j + 1] === "\n")))
        j++;
      continue;
    }
    if (j >= to) return undefined;
    if (singleQuoted && char === "'" && text[j] === "'" && text[j + 1] === "'") {
      offsets[i++] = j;
      j += 2;
    } else if (doubleQuoted && text[j] === "\\") {
      const kind = text[j + 1];
      offsets[i++] = j;
      j += kind === "x" ? 4 : kind === "u" ? 6 : kind === "U" ? 10 : 2;
    } else if (text[j] === char) {
      offsets[i++] = j++;
    } else {
      return undefined;
    }
  }
  return offsets;
}

/** Source offsets of `value.slice(start, end)` when the source spells it exactly the same way. */
export function exactSourceSpan(
  offsets: readonly number[],
  sourceText: string,
  value: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const first = offsets[start];
  const last = offsets[end - 1];
  if (first === undefined || last === undefined) return undefined;
  const span = { start: first, end: last + 1 };
  return sourceText.slice(span.start, span.end) === value.slice(start, end) ? span : undefined;
}
