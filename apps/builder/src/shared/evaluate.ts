import {
  type ContentFileInput,
  type ContentSet,
  type LoadedCampaign,
  loadContentFiles,
} from "@chorus/content";
import { checkCampaign } from "@chorus/language";
import { stringify } from "yaml";
import { type Finding, fromContentDiagnostic, fromLanguageDiagnostic } from "./findings.js";

export interface SharedContent {
  files: ContentFileInput[];
  assets: string[];
}

export interface Evaluation {
  findings: Finding[];
  errors: number;
  warnings: number;
  /** The content with this campaign in it, when the campaign is valid enough to load (for the preview). */
  content?: ContentSet;
  loaded?: LoadedCampaign;
  ms: number;
}

/**
 * Check the campaign the author is editing exactly as the server and the CLI will: the same
 * loader (schema + cross-references) and the same language checker, over the same library.
 * Runs in the browser on every change.
 */
export function evaluateCampaign(
  shared: SharedContent,
  file: string,
  data: unknown,
  now = new Date(),
): Evaluation {
  const started = performance.now();
  const text = stringify(data, { lineWidth: 0 });
  const files = [...shared.files, { path: file, text }];
  const assets = new Set([...shared.assets, ...files.map((f) => f.path)]);
  const result = loadContentFiles(files, { assets, now });
  const findings: Finding[] = result.diagnostics.filter((d) => d.file === file).map(fromContentDiagnostic);
  const loaded = result.content.campaigns.find((c) => c.file === file);
  if (loaded) findings.push(...checkCampaign(loaded, result.content.library).map(fromLanguageDiagnostic));
  return {
    findings,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    ...(loaded ? { content: result.content, loaded } : {}),
    ms: performance.now() - started,
  };
}

/** The library and partner kits on their own: the pickers need them even while the campaign is invalid. */
export function loadShared(shared: SharedContent): Pick<ContentSet, "library" | "partners"> {
  const result = loadContentFiles(shared.files, { assets: new Set(shared.assets) });
  return { library: result.content.library, partners: result.content.partners };
}
