import type { ContentSet } from "@chorus/content";
import { type CliIO, paint } from "./io.js";

/** A communicator-readable overview of the content: what campaigns exist and what they contain. */
export function formatSummary(content: ContentSet, io: CliIO): string {
  const c = paint(io);
  const { library, campaigns, partners } = content;
  const lines: string[] = [];
  lines.push("", c.bold("Shared library"));
  lines.push(
    `  ${library.keyMessages.length} key messages · ${library.facts.length} facts with citations · ` +
      `${library.definitions.length} definitions · ${library.resources.length} resources`,
  );
  lines.push("", c.bold(`Partners (${partners.length})`));
  for (const { partner } of [...partners].sort((a, b) => a.partner.id.localeCompare(b.partner.id))) {
    lines.push(
      `  ${partner.name}${partner.example ? c.yellow(" [example partner]") : ""} ${c.dim(`(${partner.id})`)}`,
    );
  }
  lines.push("", c.bold(`Campaigns (${campaigns.length})`));
  for (const { campaign } of [...campaigns].sort((a, b) => a.campaign.id.localeCompare(b.campaign.id))) {
    const kinds = new Map<string, number>();
    for (const material of campaign.materials) kinds.set(material.kind, (kinds.get(material.kind) ?? 0) + 1);
    const materials = [...kinds]
      .map(([kind, count]) => `${count} ${kind}${count === 1 ? "" : "s"}`)
      .join(", ");
    const status =
      campaign.status === "approved"
        ? c.green(campaign.status)
        : campaign.status === "archived"
          ? c.dim(campaign.status)
          : c.yellow(campaign.status);
    lines.push(`  ${c.bold(campaign.title)} ${c.dim(`(${campaign.id})`)}`);
    lines.push(
      `    ${status} · ${campaign.goal} · for ${campaign.audiences.join(", ")} · ${campaign.locales.join("/")} · ${materials}`,
    );
  }
  return `${lines.join("\n")}\n\n`;
}
