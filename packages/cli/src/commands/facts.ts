import path from "node:path";
import type { FactReportEntry } from "@chorus/content";
import { oneOf, parseCommandArgs } from "../args.js";
import { type CliIO, paint } from "../io.js";

export const factsUsage = `chorus facts [path] [--format pretty|json]

List the library's facts by review date, soonest first, with the campaigns and materials that show each:
what to check against its source next, and what a change would touch.
  path          a campaigns folder, or one campaign folder or file inside it (default: campaigns);
                for one campaign, only the facts it shows
  --format      pretty (default) or json
A fact is marked overdue once its review date has passed, and "due before … ends" when it falls due while
a campaign that shows it is still running. Exit codes: 0 listed, 2 usage error.`;

export async function factsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${factsUsage}\n`);
    return 0;
  }
  const format = oneOf(values.format, ["pretty", "json"] as const, "--format") ?? "pretty";
  // Loaded past --help, so the usage prints without loading the content schemas.
  const [{ factReport }, { loadTarget }] = await Promise.all([
    import("@chorus/content"),
    import("../content.js"),
  ]);
  const target = await loadTarget(positionals[0], io);
  const now = new Date();
  let facts = factReport(target.result.content, { now });

  // For one campaign folder or file: the facts it shows, and only its own use of each.
  const named = path.resolve(io.cwd, positionals[0] ?? "campaigns");
  if (named !== target.root) {
    const ids = new Set(
      target.result.content.campaigns
        .filter((loaded) => isInside(path.resolve(io.cwd, loaded.file), named))
        .map((loaded) => loaded.campaign.id),
    );
    facts = facts
      .map((fact) => ({ ...fact, campaigns: fact.campaigns.filter((use) => ids.has(use.campaignId)) }))
      .filter((fact) => fact.campaigns.length > 0);
  }

  if (format === "json") {
    io.stdout(`${JSON.stringify({ today: now.toISOString().slice(0, 10), facts }, null, 2)}\n`);
  } else {
    io.stdout(formatFactReport(facts, io));
  }
  const errors = target.diagnostics.filter((d) => d.severity === "error").length;
  if (errors > 0) {
    io.stderr(
      `note: the content has ${errors} error${errors === 1 ? "" : "s"}, so a fact or campaign may be missing here: "chorus validate" lists ${errors === 1 ? "it" : "them"}\n`,
    );
  }
  return 0;
}

function isInside(file: string, folderOrFile: string): boolean {
  return file === folderOrFile || file.startsWith(`${folderOrFile}${path.sep}`);
}

/** One block per fact: its review date, id and value, its source, then each campaign that shows it. */
export function formatFactReport(facts: readonly FactReportEntry[], io: CliIO): string {
  const c = paint(io);
  const overdue = facts.filter((fact) => fact.overdue).length;
  const dueDuring = facts.filter((fact) => fact.campaigns.some((use) => use.dueDuringCampaign)).length;
  const lines = [
    c.bold(`Facts by review date`) +
      c.dim(
        ` (${facts.length} fact${facts.length === 1 ? "" : "s"} · ${overdue} overdue · ${dueDuring} due while a campaign runs)`,
      ),
  ];
  for (const fact of facts) {
    const { citation } = fact;
    lines.push(
      "",
      `${fact.overdue ? c.red(fact.reviewBy) : fact.reviewBy}  ${c.bold(fact.id)}  ${fact.value}${fact.overdue ? `  ${c.red("✖ overdue")}` : ""}`,
      `  ${c.dim(`${citation.title} (${citation.publisher}, ${citation.year}) ${citation.url}`)}`,
    );
    if (fact.campaigns.length === 0) lines.push(`  ${c.dim("not shown in any campaign")}`);
    for (const use of fact.campaigns) {
      const due = use.dueDuringCampaign ? `  ${c.yellow(`⚠ due before it ends on ${use.lastDay}`)}` : "";
      lines.push(
        `  ${use.campaignId} ${c.dim(`(${use.status}, ${use.start} to ${use.lastDay})`)}: ${use.materials.join(", ")}${due}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
