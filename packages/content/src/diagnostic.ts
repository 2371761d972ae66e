export type Severity = "error" | "warning";

/** One problem in one content file, positioned so an editor or a terminal can jump to it. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `schema`, `unknown-ref`, `duplicate-id`. */
  code: string;
  message: string;
  /** Path of the file, relative to the content root's parent (e.g. `campaigns/x/campaign.yaml`). */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Field path inside the file, e.g. `materials[0].blocks[2].fact`; empty for the whole file. */
  path: string;
}

export type PathSegment = string | number;

/** `["materials", 0, "cta", "url"]` → `materials[0].cta.url`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const field = diagnostic.path ? ` ${diagnostic.path}:` : "";
  return `${where}${field} ${diagnostic.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)
  );
}
