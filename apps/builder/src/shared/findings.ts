import { type Diagnostic, TRANSLATION_APPROVAL_CODES } from "@chorus/content";
import type { CampaignDiagnostic } from "@chorus/language";

/** One problem, from the schema/loader or from the language checker, in the shape the UI shows. */
export interface Finding {
  /**
   * Errors block saving (content) or approval (language, and a translation not reviewed or not up to date with
   * its source); warnings and suggestions never block.
   */
  severity: "error" | "warning" | "suggestion";
  /** `schema`, `unknown-ref`… for content problems; the rule id (`stigma/committed-suicide`) for language. */
  code: string;
  category: string;
  message: string;
  file: string;
  line: number;
  column: number;
  /** Field path, e.g. `materials[0].blocks[2].text`. */
  path: string;
  /** Offsets into the field's text, for language findings. */
  start?: number;
  end?: number;
  suggestions?: string[];
  fixable?: boolean;
  /** A one-click fix that lists this library resource in the material (a missing crisis line: 988). */
  addResource?: { id: string; name: string };
  source?: { name: string; url?: string };
}

/**
 * The loader's findings that keep a campaign from being approved without keeping it from being saved: a
 * translation not reviewed, changed after its review, or behind its source (decision 44). The loader reports
 * them as warnings (an unfinished translation is no mistake in the file); here they count as errors, as
 * language errors do, so the checklist and the Approve button say "not yet" before anyone asks.
 */
const BLOCKS_APPROVAL: ReadonlySet<string> = new Set(TRANSLATION_APPROVAL_CODES);

export function fromContentDiagnostic(d: Diagnostic): Finding {
  return {
    severity: BLOCKS_APPROVAL.has(d.code) ? "error" : d.severity,
    code: d.code,
    category: "content",
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    path: d.path,
  };
}

export function fromLanguageDiagnostic(d: CampaignDiagnostic): Finding {
  return {
    severity: d.severity,
    code: d.ruleId,
    category: d.category,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    path: d.path,
    start: d.start,
    end: d.end,
    suggestions: d.suggestions,
    fixable: d.fixable,
    ...(d.addResource ? { addResource: d.addResource } : {}),
    ...(d.source ? { source: d.source as { name: string; url?: string } } : {}),
  };
}
