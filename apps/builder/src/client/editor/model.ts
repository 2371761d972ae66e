import type { Library } from "@chorus/content";
import type { Finding } from "../../shared/findings.js";
import { formatPath, type Segment } from "../../shared/paths.js";

// Edited YAML data: checked by the content schema on every change, not by the type system.
// biome-ignore lint/suspicious/noExplicitAny: the schema is the check for data being edited
export type Data = any;

export interface EditorContext {
  data: Data;
  library: Library;
  /** Every partner brand kit, for the campaign's list of partners. */
  partners: { id: string; name: string }[];
  findings: Finding[];
  update: (path: Segment[], value: unknown) => void;
}

/** Findings exactly at `path`. */
export function findingsAt(findings: Finding[], path: readonly Segment[]): Finding[] {
  const key = formatPath(path);
  return findings.filter((f) => f.path === key);
}

/** Findings at `path` or anywhere inside it, except those under the `shown` paths. */
export function findingsUnder(
  findings: Finding[],
  path: readonly Segment[],
  shown: readonly (readonly Segment[])[] = [],
): Finding[] {
  const key = formatPath(path);
  const skip = shown.map((p) => formatPath(p));
  return findings.filter(
    (f) =>
      (f.path === key || f.path.startsWith(`${key}.`) || f.path.startsWith(`${key}[`)) &&
      !skip.includes(f.path),
  );
}

export const BLOCK_LABELS: Record<string, string> = {
  heading: "Heading",
  paragraph: "Paragraph",
  "key-message": "Key message",
  stat: "Fact",
  quote: "Quote",
  "resource-list": "Resources",
  "call-to-action": "Call to action button",
  image: "Image",
  event: "Event",
};

export const MATERIAL_LABELS: Record<string, string> = {
  email: "Email",
  "web-banner": "Web banner",
  "social-post": "Social post",
  "fact-sheet": "Fact sheet",
};

export function materialName(material: Data, index: number): string {
  const kind = MATERIAL_LABELS[material?.kind] ?? "Material";
  return `${kind}: ${material?.title || material?.subject || material?.headline || material?.id || `#${index + 1}`}`;
}
