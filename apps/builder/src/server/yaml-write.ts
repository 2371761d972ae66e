import { type Document, isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply `next` to `doc` path by path, touching only what changed: unchanged keys keep their
 * comments, quoting and position, changed scalars keep their style, new keys go at the end.
 */
function applyValue(doc: Document, path: Segment[], previous: unknown, next: unknown): void {
  if (sameValue(previous, next)) return;
  const node = path.length === 0 ? doc.contents : (doc.getIn(path, true) as Node | undefined);
  if (isPlainObject(previous) && isPlainObject(next) && isMap(node)) {
    for (const key of Object.keys(previous)) {
      if (!(key in next)) doc.deleteIn([...path, key]);
    }
    for (const [key, value] of Object.entries(next)) {
      if (key in previous) applyValue(doc, [...path, key], previous[key], value);
      else doc.setIn([...path, key], doc.createNode(value));
    }
    return;
  }
  if (Array.isArray(previous) && Array.isArray(next) && isSeq(node)) {
    const common = Math.min(previous.length, next.length);
    for (let index = 0; index < common; index++)
      applyValue(doc, [...path, index], previous[index], next[index]);
    for (let index = previous.length - 1; index >= next.length; index--) doc.deleteIn([...path, index]);
    for (let index = previous.length; index < next.length; index++)
      node.items.push(doc.createNode(next[index]));
    return;
  }
  if (isScalar(node) && (next === null || typeof next !== "object")) {
    // Keep the scalar node (its comment and its block or quote style); only the value changes.
    node.value = next;
    if (typeof next !== "string" && node.type !== "PLAIN") node.type = "PLAIN";
    return;
  }
  if (path.length === 0) {
    doc.contents = doc.createNode(next) as typeof doc.contents;
    return;
  }
  doc.setIn(path, doc.createNode(next));
}

/**
 * The file text with `next` written into it, keeping comments, key order and formatting of
 * everything that did not change (the `yaml` Document API). `next` is the plain data of the
 * whole file, as the editor holds it.
 */
export function updateYamlText(text: string, next: unknown): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0)
    throw new Error(`cannot update a file with YAML errors: ${doc.errors[0]?.message}`);
  const previous = doc.toJS();
  if (sameValue(previous, next)) return text;
  applyValue(doc, [], previous, next);
  // 110 columns and unpadded flow lists: the house style of the seed files (and biome's line width).
  return doc.toString({ lineWidth: 110, flowCollectionPadding: false });
}

export type { Json };
