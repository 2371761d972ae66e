import { CORE_SCHEMA, load as fastLoad } from "js-yaml";
import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from "yaml";
import type { z } from "zod";
import { type Diagnostic, formatPath, type PathSegment } from "./diagnostic.js";

/** Content files are hand-written YAML; anything bigger than this is a mistake, not content. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

export interface Position {
  line: number;
  column: number;
}

/**
 * A parsed YAML content file that remembers where every value came from, so any
 * later check (schema, cross-reference, language) can point at a line and column.
 */
export class ContentSource {
  readonly file: string;
  readonly text: string;
  private parsed: { doc: Document | undefined; lineCounter: LineCounter } | undefined;
  /** Positions worked out elsewhere (a worker thread): answers `positionOf` without building the document. */
  private readonly index: (PositionIndex & { lineCounter: LineCounter }) | undefined;

  constructor(file: string, text: string, doc?: Document, lineCounter?: LineCounter, index?: PositionIndex) {
    this.file = file;
    this.text = text;
    if (lineCounter) this.parsed = { doc, lineCounter };
    if (index) {
      const lineCounter = new LineCounter();
      lineCounter.lineStarts = index.lineStarts;
      this.index = { ...index, lineCounter };
    }
  }

  /** The index, while the document has not been built (afterwards the document answers). */
  private get indexed(): (PositionIndex & { lineCounter: LineCounter }) | undefined {
    return this.parsed ? undefined : this.index;
  }

  /** A source whose positions come from `index` (made by `positionIndexOf` from the same text). */
  static withIndex(file: string, text: string, index: PositionIndex): ContentSource {
    return new ContentSource(file, text, undefined, undefined, index);
  }

  /**
   * The YAML document with source positions. Built on first use: valid files are read with a
   * fast parser, and only files that need a position (an error, a language finding, an edit)
   * pay for the full document.
   */
  get doc(): Document | undefined {
    return this.positions().doc;
  }

  private positions(): { doc: Document | undefined; lineCounter: LineCounter } {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      let doc: Document | undefined;
      try {
        doc = parseDocument(this.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
      } catch {
        doc = undefined;
      }
      this.parsed = { doc, lineCounter };
    }
    return this.parsed;
  }

  positionOfOffset(offset: number): Position {
    const counter = this.indexed?.lineCounter ?? this.positions().lineCounter;
    const { line, col } = counter.linePos(offset);
    // Before (or without) a parse the counter knows no lines: everything is on line 1.
    if (line < 1) return { line: 1, column: offset + 1 };
    return { line, column: Math.max(col, 1) };
  }

  /**
   * Where the value at `path` starts. A missing value points at the closest existing
   * parent, so "is required" lands on the object that lacks the field.
   */
  positionOf(path: readonly PathSegment[]): Position {
    const { indexed } = this;
    if (indexed) return this.positionOfOffset(indexedNode(indexed, path).start);
    const node = this.nodeAt(path);
    const offset = node?.range?.[0] ?? 0;
    return this.positionOfOffset(offset);
  }

  /** Where the key `key` of the map at `path` starts (for unknown fields). */
  positionOfKey(path: readonly PathSegment[], key: string): Position {
    const { indexed } = this;
    if (indexed) {
      const parent = indexedNode(indexed, path);
      const start = parent.exact ? indexed.keys.get(`${parent.id}${KEY}${key}`) : undefined;
      return start === undefined ? this.positionOf(path) : this.positionOfOffset(start);
    }
    const parent = this.exactNodeAt(path);
    if (isMap(parent)) {
      for (const pair of parent.items) {
        if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
          return this.positionOfOffset(pair.key.range[0]);
        }
      }
    }
    return this.positionOf(path);
  }

  /** The node at `path`, or the deepest existing ancestor. */
  nodeAt(path: readonly PathSegment[]): Node | undefined {
    let node: unknown = this.doc?.contents;
    let best: Node | undefined = isNode(node) ? node : undefined;
    for (const segment of path) {
      node = childOf(node, segment);
      if (!isNode(node)) break;
      best = node;
    }
    return best;
  }

  has(path: readonly PathSegment[]): boolean {
    const { indexed } = this;
    if (indexed) return indexedNode(indexed, path).exact;
    return this.exactNodeAt(path) !== undefined;
  }

  private exactNodeAt(path: readonly PathSegment[]): Node | undefined {
    let node: unknown = this.doc?.contents;
    for (const segment of path) {
      node = childOf(node, segment);
      if (!isNode(node)) return undefined;
    }
    return isNode(node) ? node : undefined;
  }

  /** Offsets where the file's lines start (after the document is built). */
  lineStarts(): readonly number[] {
    return this.positions().lineCounter.lineStarts;
  }

  diagnostic(
    path: readonly PathSegment[],
    message: string,
    code: string,
    severity: Diagnostic["severity"] = "error",
  ): Diagnostic {
    const { line, column } = this.positionOf(path);
    return { severity, code, message, file: this.file, line, column, path: formatPath(path) };
  }
}

/**
 * Where every node and map key of a file starts, as plain data a worker thread can post: the positions
 * `ContentSource` reads from its YAML document, without building the document again.
 */
export interface PositionIndex {
  /** Offsets where each line starts (`LineCounter.lineStarts`). */
  lineStarts: number[];
  /** Each node by its id (see `childId`): where it starts and what it is. */
  nodes: Map<string, { start: number; kind: "map" | "seq" | "other" }>;
  /** Each map key by its map's id, `KEY` and the key's text: where the key starts. */
  keys: Map<string, number>;
}

const KEY = "\u0001k";
const ITEM = "\u0001i";

/** The id of a child node, following `childOf`: a map's key as text, a sequence's item by number only. */
function childId(parentId: string, kind: "map" | "seq" | "other", segment: PathSegment): string | undefined {
  if (kind === "map") return `${parentId}${KEY}${String(segment)}`;
  if (kind === "seq" && typeof segment === "number") return `${parentId}${ITEM}${segment}`;
  return undefined;
}

/** The indexed node at `path`, or the deepest existing ancestor (as `nodeAt`); a file with no content starts at 0. */
function indexedNode(
  index: PositionIndex,
  path: readonly PathSegment[],
): { id: string; start: number; exact: boolean } {
  let id = "";
  let node = index.nodes.get(id);
  if (!node) return { id, start: 0, exact: false };
  for (const segment of path) {
    const next = childId(id, node.kind, segment);
    const child = next === undefined ? undefined : index.nodes.get(next);
    if (next === undefined || !child) return { id, start: node.start, exact: false };
    id = next;
    node = child;
  }
  return { id, start: node.start, exact: true };
}

/** The positions of `source`'s document (built here if it was not), for `ContentSource.withIndex`. */
export function positionIndexOf(source: ContentSource): PositionIndex {
  const nodes: PositionIndex["nodes"] = new Map();
  const keys: PositionIndex["keys"] = new Map();
  const visit = (node: unknown, id: string) => {
    if (!isNode(node) || nodes.has(id)) return;
    const kind = isMap(node) ? "map" : isSeq(node) ? "seq" : "other";
    nodes.set(id, { start: node.range?.[0] ?? 0, kind });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyId = `${id}${KEY}${key}`;
        if (pair.key.range && !keys.has(keyId)) keys.set(keyId, pair.key.range[0]);
        visit(pair.value, keyId);
      }
    } else if (isSeq(node)) {
      for (const [at, item] of node.items.entries()) visit(item, `${id}${ITEM}${at}`);
    }
  };
  visit(source.doc?.contents, "");
  return { lineStarts: [...source.lineStarts()], nodes, keys };
}

function childOf(node: unknown, segment: PathSegment): unknown {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment)) return pair.value;
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") return node.items[segment];
  return undefined;
}

export interface ParsedFile<T> {
  source: ContentSource;
  /** The validated value, present only when the file has no errors. */
  value: T | undefined;
  /** The plain data read from the YAML before validation (undefined when it could not be read). */
  data?: unknown;
  diagnostics: Diagnostic[];
}

/** An alias (`*name`) anywhere a node can start. */
const ALIAS_PATTERN = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/;

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let suspicious = 0;
  const sample = text.slice(0, 4096);
  for (const char of sample) {
    const code = char.codePointAt(0)!;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) suspicious++;
  }
  return sample.length > 0 && suspicious / sample.length > 0.1;
}

/**
 * Parse one YAML content file and validate it against `schema`. Never throws:
 * malformed YAML, wrong types, oversized or binary files all come back as diagnostics.
 */
export function parseContentFile<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
): ParsedFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const empty = (message: string, code: string): ParsedFile<z.output<S>> => {
    const source = new ContentSource(file, text, undefined, lineCounter);
    return { source, value: undefined, diagnostics: [source.diagnostic([], message, code)] };
  };

  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CONTENT_FILE_BYTES) {
    return empty(
      `file is too large (${(bytes / 1024 / 1024).toFixed(1)} MiB; content files must be under 1 MiB)`,
      "file-too-large",
    );
  }
  if (looksBinary(text)) return empty("is not a text file (it contains binary data)", "binary-file");

  // Fast path: most files are valid, and js-yaml reads them about ten times faster than the
  // Document API. Aliases go the careful way, where expansion is bounded (no billion laughs).
  let data: unknown;
  let fastOk = false;
  if (!ALIAS_PATTERN.test(text)) {
    try {
      data = fastLoad(text, { schema: CORE_SCHEMA, filename: file });
      fastOk = true;
    } catch {
      // fall through to the positional parser for a precise error
    }
  }

  let source: ContentSource;
  const diagnostics: Diagnostic[] = [];
  if (fastOk) {
    source = new ContentSource(file, text);
  } else {
    let doc: Document;
    try {
      doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    } catch (error) {
      return empty(`could not be read as YAML: ${(error as Error).message}`, "yaml-syntax");
    }
    source = new ContentSource(file, text, doc, lineCounter);
    for (const error of doc.errors) {
      const { line, column } = source.positionOfOffset(error.pos[0]);
      diagnostics.push({
        severity: "error",
        code: "yaml-syntax",
        message: `invalid YAML: ${firstLine(error.message)}${yamlHint(error.code, error.message)}`,
        file,
        line,
        column,
        path: "",
      });
    }
    if (diagnostics.length > 0) return { source, value: undefined, diagnostics };
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return {
        source,
        value: undefined,
        diagnostics: [
          source.diagnostic(
            [],
            `could not be read as YAML: ${firstLine((error as Error).message)}`,
            "yaml-syntax",
          ),
        ],
      };
    }
  }
  if (data === null || data === undefined) {
    return { source, value: undefined, diagnostics: [source.diagnostic([], "file is empty", "empty-file")] };
  }

  const result = schema.safeParse(data);
  if (result.success) return { source, value: result.data, data, diagnostics };
  for (const issue of result.error.issues) {
    diagnostics.push(...issueToDiagnostics(source, issue));
  }
  return { source, value: undefined, data, diagnostics };
}

/** `value` and everything reachable from it, made read-only. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Files parsed by earlier loads of the same content, by path: a file whose text is what it was is not parsed
 * or validated again, and keeps the positions already worked out for it (a server loads its content on every
 * request, and a 500 KB campaign takes a few hundred milliseconds to read). What it hands out is frozen, so
 * no load can change what another reads. It keeps the latest text of each path it was asked about since
 * `keepOnly` was last called.
 */
export class ParseCache {
  readonly #files = new Map<string, { schema: z.ZodType; text: string; parsed: ParsedFile<unknown> }>();

  /** `parseContentFile`, or its result for the same schema, text and path from an earlier call. */
  parse<S extends z.ZodType>(schema: S, text: string, file: string): ParsedFile<z.output<S>> {
    const known = this.#files.get(file);
    if (known && known.schema === schema && known.text === text)
      return known.parsed as ParsedFile<z.output<S>>;
    return this.adopt(schema, text, file, parseContentFile(schema, text, file));
  }

  /** Whether `parse` would answer from memory, without reading the file again. */
  holds(schema: z.ZodType, text: string, file: string): boolean {
    const known = this.#files.get(file);
    return known !== undefined && known.schema === schema && known.text === text;
  }

  /**
   * Keeps a file parsed elsewhere (`parseContentFile` in a worker thread) as if `parse` had read it, and
   * returns it frozen.
   */
  adopt<T>(schema: z.ZodType, text: string, file: string, parsed: ParsedFile<T>): ParsedFile<T> {
    // The source stays writable: it works out positions when first asked, and keeps them.
    deepFreeze(parsed.value);
    deepFreeze(parsed.data);
    deepFreeze(parsed.diagnostics);
    Object.freeze(parsed);
    this.#files.set(file, { schema, text, parsed });
    return parsed;
  }

  /** Forgets every path but these (files deleted or renamed since). */
  keepOnly(paths: Iterable<string>): void {
    const kept = new Set(paths);
    for (const file of this.#files.keys()) if (!kept.has(file)) this.#files.delete(file);
  }

  get size(): number {
    return this.#files.size;
  }
}

/** A plain-words hint for the YAML mistakes people make most: indentation and unquoted colons. */
function yamlHint(code: YAMLError["code"], message: string): string {
  if (code === "MISSING_CHAR" && /quote/i.test(message)) {
    return " (a text that starts with a quote mark must end with the same one)";
  }
  switch (code) {
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return " (check the indentation of this line and the one above it: fields of the same item line up)";
    case "UNEXPECTED_TOKEN":
      return ' (check the indentation here; if the text contains ": ", put it in quotes)';
    case "TAB_AS_INDENT":
      return " (indent with spaces, not tabs)";
    default:
      return "";
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

function issueToDiagnostics(source: ContentSource, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const { line, column } = source.positionOfKey(path, key);
      return {
        severity: "error" as const,
        code: "unknown-field",
        message: `unknown field "${key}"`,
        file: source.file,
        line,
        column,
        path: formatPath([...path, key]),
      };
    });
  }
  const missing = !source.has(path);
  const message = missing && issue.code === "invalid_type" ? "is required" : issue.message;
  return [source.diagnostic(path, message, "schema")];
}
