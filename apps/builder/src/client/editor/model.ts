import type { CampaignInput, Library } from "@chorus/content";
import type { Finding } from "../../shared/findings.js";
import { formatPath, getIn, type Segment } from "../../shared/paths.js";

/**
 * The campaign being edited, in the content schema's input shape (what a `campaign.yaml` holds before
 * defaults are applied). It comes from a file and from each keystroke, so the types say what the schema
 * expects, not what is guaranteed: the schema checks it on every change and the findings say what is
 * missing or wrong, which is why the editor still reads optional parts with `?.` and `?? []`.
 */
export type CampaignDraft = CampaignInput;
export type MaterialDraft = CampaignDraft["materials"][number];
/** A material that has blocks (an email or a fact sheet). */
export type BlockMaterialDraft = Extract<MaterialDraft, { blocks: unknown }>;
export type BlockDraft = BlockMaterialDraft["blocks"][number];
/** A key message of the campaign: a library id, or a message written for this campaign only. */
export type KeyMessageEntry = NonNullable<CampaignDraft["keyMessages"]>[number];
export type CallToActionDraft = NonNullable<CampaignDraft["callsToAction"]>[number];
export type PersonalFieldDraft = NonNullable<
  Extract<MaterialDraft, { kind: "email" }>["personalization"]
>[number];

/** The text at `path` inside a draft: the schema (not the type system) checks that it is text. */
export function textAt(value: unknown, path: readonly Segment[]): string | undefined {
  return getIn(value, path) as string | undefined;
}

export interface EditorContext {
  data: CampaignDraft;
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

export function materialName(material: MaterialDraft | undefined, index: number): string {
  const kind = MATERIAL_LABELS[material?.kind ?? ""] ?? "Material";
  // Subject and headline are not fields of every kind of material.
  const subject = textAt(material, ["subject"]);
  const headline = textAt(material, ["headline"]);
  return `${kind}: ${material?.title || subject || headline || material?.id || `#${index + 1}`}`;
}
