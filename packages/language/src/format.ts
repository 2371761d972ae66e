import type { CampaignDiagnostic } from "./campaign.js";

export type OutputFormat = "pretty" | "json" | "github";

const GITHUB_LEVEL = { error: "error", warning: "warning", suggestion: "notice" } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function summary(findings: readonly CampaignDiagnostic[]): string {
  const count = (severity: CampaignDiagnostic["severity"]) =>
    findings.filter((item) => item.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("suggestion"), "suggestion")}`;
}

const SEVERITY_COLOUR = { error: 31, warning: 33, suggestion: 36 } as const;

export interface FormatOptions {
  /** Colour severities for a terminal (pretty format only). */
  color?: boolean;
}

/** Render findings for a terminal (`pretty`), for tools (`json`) or as GitHub Actions annotations (`github`). */
export function formatFindings(
  findings: readonly CampaignDiagnostic[],
  format: OutputFormat,
  options: FormatOptions = {},
): string {
  if (format === "json") {
    return `${JSON.stringify(
      findings.map(({ fieldPath: _fieldPath, ...finding }) => finding),
      null,
      2,
    )}\n`;
  }
  if (format === "github") {
    return findings
      .map((finding) => {
        const properties = [
          `file=${escapeProperty(finding.file)}`,
          `line=${finding.line}`,
          `col=${finding.column}`,
          `title=${escapeProperty(finding.ruleId)}`,
        ].join(",");
        const suggestion = finding.suggestions[0] ? ` Try: ${finding.suggestions[0]}.` : "";
        const message = /[.!?…]$/.test(finding.message) ? finding.message : `${finding.message}.`;
        return `::${GITHUB_LEVEL[finding.severity]} ${properties}::${escapeData(message + suggestion)}\n`;
      })
      .join("");
  }
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const lines = findings.map((finding) => {
    const severity = paint(SEVERITY_COLOUR[finding.severity], finding.severity);
    const head = `${finding.file}:${finding.line}:${finding.column}  ${severity}  ${finding.ruleId}  ${finding.message}`;
    const suggestion = finding.suggestions.length > 0 ? `\n    try: ${finding.suggestions.join(" | ")}` : "";
    const fixable = finding.fix ? " (fixable with --fix)" : "";
    return `${head}${suggestion}${fixable}`;
  });
  return `${lines.join("\n")}${lines.length ? "\n\n" : ""}${summary(findings)}\n`;
}
