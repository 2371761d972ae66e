import path from "node:path";
import type { CampaignDiagnostic } from "@chorus/language";
import { oneOf, parseCommandArgs } from "../args.js";
import { type CliIO, paint } from "../io.js";
import { formatDiagnostics } from "./validate.js";

export const lintUsage = `chorus lint [path] [--format pretty|json|github] [--fix]

Check the wording of campaigns: stigmatising and unsafe language, plain language, crisis
resources where suicide or crisis is mentioned, and statistics without a cited library fact.
  path          a campaigns folder, or one campaign folder or file inside it (default: campaigns);
                it is checked against the _library/ and _partners/ of that campaigns folder
  --format      pretty (default), json (the findings array) or github (Actions annotations)
  --fix         rewrite unambiguous wording in place (comments and layout are kept)
Exit codes: 0 no errors (warnings and suggestions allowed), 1 errors found, 2 usage error.`;

export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: "string" },
    fix: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${lintUsage}\n`);
    return 0;
  }
  const format = oneOf(values.format, ["pretty", "json", "github"] as const, "--format") ?? "pretty";
  // Loaded past --help, so the usage prints without loading the checker and the content schemas.
  const [{ checkCampaign, formatFindings }, { applyFixes }, { loadTarget }] = await Promise.all([
    import("@chorus/language"),
    import("@chorus/language/node"),
    import("../content.js"),
  ]);
  const target = path.resolve(io.cwd, positionals[0] ?? "campaigns");
  const prefix = path.relative(io.cwd, target).split(path.sep).join("/");

  const lintTarget = async () => {
    const { result, diagnostics, root } = await loadTarget(positionals[0], io);
    const inside = (file: string) => target === root || file === prefix || file.startsWith(`${prefix}/`);
    const findings = result.content.campaigns
      .filter((loaded) => inside(loaded.file))
      .flatMap((loaded) => checkCampaign(loaded, result.content.library));
    const contentErrors = diagnostics.filter((d) => d.severity === "error");
    return { findings, contentErrors };
  };

  let { findings, contentErrors } = await lintTarget();
  const c = paint(io);
  if (values.fix) {
    const reports = await applyFixes(findings, io.cwd);
    const fixed = reports.reduce((sum, report) => sum + (report.written ? report.applied.length : 0), 0);
    const files = reports.filter((report) => report.written).length;
    const skipped = reports.flatMap((report) => report.skipped);
    // Progress goes to stderr so `--format json` output stays machine-readable.
    io.stderr(
      `${c.green(`fixed ${fixed} problem${fixed === 1 ? "" : "s"}`)} in ${files} file${files === 1 ? "" : "s"}\n`,
    );
    for (const { fix, reason } of skipped) io.stderr(c.dim(`  skipped "${fix.original}": ${reason}\n`));
    if (fixed > 0) ({ findings, contentErrors } = await lintTarget());
  }

  // Content errors are not wording findings, but they fail the run too: shown first, then the
  // wording findings and their count, then what the errors mean for the count.
  if (contentErrors.length > 0 && format === "pretty") io.stdout(formatDiagnostics(contentErrors, io));
  io.stdout(formatFindings(findings, format, { color: io.color }));
  if (contentErrors.length > 0) {
    io.stderr(
      c.red(
        `✖ and ${contentErrors.length} content error${contentErrors.length === 1 ? "" : "s"}: a campaign with content errors is not language-checked until they are fixed (see "chorus validate")\n`,
      ),
    );
  }
  const errors = findings.filter((finding: CampaignDiagnostic) => finding.severity === "error").length;
  return errors > 0 || contentErrors.length > 0 ? 1 : 0;
}
