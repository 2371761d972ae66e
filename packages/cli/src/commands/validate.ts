import type { Diagnostic } from "@chorus/content";
import { oneOf, parseCommandArgs } from "../args.js";
import { type CliIO, paint } from "../io.js";
import { formatSummary } from "../summary.js";

export const validateUsage = `chorus validate [path] [--format pretty|json] [--summary]

Validate campaigns, the shared library and partner brand kits.
  path          a campaigns folder, or one campaign folder or file inside it (default: campaigns);
                it is checked against the _library/ and _partners/ of that campaigns folder
  --format      pretty (default) or json
  --summary     also print what the content holds
Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error.`;

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: "string" },
    summary: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${validateUsage}\n`);
    return 0;
  }
  const format = oneOf(values.format, ["pretty", "json"] as const, "--format") ?? "pretty";
  // Loaded past --help, so the usage prints without loading the content schemas.
  const [{ classifyContentFile }, { loadTarget }] = await Promise.all([
    import("@chorus/content"),
    import("../content.js"),
  ]);
  const { result, diagnostics } = await loadTarget(positionals[0], io);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;

  if (format === "json") {
    io.stdout(`${JSON.stringify({ valid: errors === 0, errors, warnings, diagnostics }, null, 2)}\n`);
    return errors > 0 ? 1 : 0;
  }

  io.stdout(formatDiagnostics(diagnostics, io));
  if (values.summary) io.stdout(formatSummary(result.content, io));
  const c = paint(io);
  // Campaign files, loaded or not: one that cannot be read still counts as checked.
  const files = new Set([
    ...result.content.campaigns.map((c) => c.file),
    ...result.diagnostics.filter((d) => classifyContentFile(d.file) === "campaign").map((d) => d.file),
  ]).size;
  const verdict =
    errors > 0
      ? c.red(c.bold(`✖ ${errors} error${errors === 1 ? "" : "s"}`))
      : c.green(c.bold(`✔ content is valid`));
  io.stdout(
    `${verdict}${warnings ? c.yellow(`, ${warnings} warning${warnings === 1 ? "" : "s"}`) : ""} ${c.dim(
      `(${files} campaign${files === 1 ? "" : "s"} checked)`,
    )}\n`,
  );
  return errors > 0 ? 1 : 0;
}

/** `file:line:col  error  path: message`, grouped by file like ESLint's stylish formatter. */
export function formatDiagnostics(diagnostics: Diagnostic[], io: CliIO): string {
  const c = paint(io);
  let out = "";
  let currentFile = "";
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      currentFile = d.file;
      out += `\n${c.bold(d.file)}\n`;
    }
    const severity = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
    const field = d.path ? `${c.cyan(d.path)}: ` : "";
    out += `  ${c.dim(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${field}${d.message}  ${c.dim(d.code)}\n`;
  }
  return out ? `${out}\n` : "";
}
