export type Segment = string | number;

/** `materials[0].blocks[2].text` → `["materials", 0, "blocks", 2, "text"]`. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[1] !== undefined) out.push(match[1]);
  }
  return out;
}

export function formatPath(path: readonly Segment[]): string {
  let out = "";
  for (const segment of path)
    out += typeof segment === "number" ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}

export function getIn(value: unknown, path: readonly Segment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of `value` with `path` set to `next` (copying only along the path); `undefined` deletes a key. */
export function setIn<T>(value: T, path: readonly Segment[], next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setIn(copy[head as number], rest, next);
    return copy as T;
  }
  const base = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const child = setIn(base[head as string], rest, next);
  const copy = { ...base };
  if (child === undefined) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}
