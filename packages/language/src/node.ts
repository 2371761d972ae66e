import { readFile } from "node:fs/promises";
import path from "node:path";
import { Campaign, type ContentSet, type Diagnostic, parseContentFile } from "@chorus/content";
import { FileChangedError, loadContent, replaceFileIfUnchanged } from "@chorus/content/node";
import { type CampaignCheckOptions, type CampaignDiagnostic, checkCampaign } from "./campaign.js";
import { type FixResult, fixSource } from "./fix.js";

export interface LintOptions extends CampaignCheckOptions {
  /** "Today" for the loader's review-by warnings. */
  now?: Date;
  /** Folder that `file` paths are relative to (default: the content root's parent). */
  relativeTo?: string;
}

export interface LintResult {
  content: ContentSet;
  /** Problems loading the content (schema, references); campaigns with errors are not language-checked. */
  loadDiagnostics: Diagnostic[];
  findings: CampaignDiagnostic[];
  /** Folder that `file` paths in findings are relative to. */
  baseDir: string;
}

/** Load the content under `rootDir` (normally `campaigns/`) and language-check every campaign. */
export async function lintContent(rootDir: string, options: LintOptions = {}): Promise<LintResult> {
  const root = path.resolve(rootDir);
  const baseDir = path.resolve(options.relativeTo ?? path.dirname(root));
  const { content, diagnostics } = await loadContent(root, {
    relativeTo: baseDir,
    ...(options.now ? { now: options.now } : {}),
  });
  const findings = content.campaigns.flatMap((loaded) => checkCampaign(loaded, content.library, options));
  return { content, loadDiagnostics: diagnostics, findings, baseDir };
}

export interface FileFixReport extends FixResult {
  file: string;
  written: boolean;
}

/**
 * Apply the unambiguous fixes among `findings` to their files. A file is written (atomically) only
 * when at least one fix applied and the result still validates as a campaign.
 */
export async function applyFixes(
  findings: readonly CampaignDiagnostic[],
  baseDir: string,
): Promise<FileFixReport[]> {
  const byFile = new Map<string, CampaignDiagnostic[]>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const reports: FileFixReport[] = [];
  for (const [file, fileFindings] of byFile) {
    const absolute = path.resolve(baseDir, file);
    const original = await readFile(absolute, "utf8");
    const result = fixSource(original, fileFindings);
    let written = false;
    if (result.applied.length > 0) {
      const reparsed = parseContentFile(Campaign, result.text, file);
      if (reparsed.diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
        result.skipped.push(
          ...result.applied.map((fix) => ({ fix, reason: "the fixed file would not validate" })),
        );
        result.applied = [];
        result.text = original;
      } else {
        try {
          // Only over the text the fixes were made for: an edit saved meanwhile is kept.
          await replaceFileIfUnchanged(absolute, original, result.text);
          written = true;
        } catch (error) {
          if (!(error instanceof FileChangedError)) throw error;
          result.skipped.push(
            ...result.applied.map((fix) => ({ fix, reason: "the file changed while it was being fixed" })),
          );
          result.applied = [];
          result.text = original;
        }
      }
    }
    reports.push({ ...result, file, written });
  }
  return reports;
}
