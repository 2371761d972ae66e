import { stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, LoadResult } from "@chorus/content";
import { findContentRoot, loadContent } from "@chorus/content/node";
import { brandKitDiagnostics } from "@chorus/tokens";
import { type CliIO, UsageError } from "./io.js";

export interface LoadedTarget {
  result: LoadResult;
  /** Diagnostics for the files under the path the user named. */
  diagnostics: Diagnostic[];
  root: string;
}

/**
 * Load the content tree that holds `target` (a campaigns folder, one campaign folder or one file)
 * and keep the diagnostics for what the user asked about. Cross-references always see the
 * whole tree, so a single campaign is checked against the real library.
 */
export async function loadTarget(target: string | undefined, io: CliIO): Promise<LoadedTarget> {
  const absolute = path.resolve(io.cwd, target ?? "campaigns");
  try {
    await stat(absolute);
  } catch {
    throw new UsageError(`no such file or folder: ${target ?? "campaigns"}`);
  }
  const root = await findContentRoot(absolute);
  if (!(await stat(path.join(root, "_library")).catch(() => undefined))?.isDirectory()) {
    // Without the shared library every key message, fact and resource would be reported unknown.
    throw new UsageError(
      `no shared library for ${target ?? "campaigns"}: content is checked against the _library/ folder of ` +
        "the campaigns folder that holds it, and none was found here or above. Keep a campaign at " +
        "campaigns/<campaign-id>/campaign.yaml, or name the campaigns folder itself",
    );
  }
  const result = await loadContent(root, { relativeTo: io.cwd });
  // Brand colours must pass WCAG contrast in every pair the components and emails draw.
  result.diagnostics.push(...brandKitDiagnostics(result.content.partners));
  const prefix = path.relative(io.cwd, absolute).split(path.sep).join("/");
  const inside = (file: string) => absolute === root || file === prefix || file.startsWith(`${prefix}/`);
  return { result, diagnostics: result.diagnostics.filter((d) => inside(d.file)), root };
}
