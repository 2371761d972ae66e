// Builds .generated/emails.json: every email material of campaigns/ rendered for every partner allowed
// to send it, with @chorus/emails (the same renderMaterial the CLI and sends use). Storybook shows them
// in iframes, so designers review emails where they review components.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { renderMaterial } from "@chorus/emails";

const here = path.dirname(fileURLToPath(import.meta.url));
const { content } = await loadContent(path.resolve(here, "../../../campaigns"));
const emails = [];
for (const { campaign } of content.campaigns) {
  const partners = content.partners
    .map((p) => p.partner.id)
    .filter((id) => campaign.partners.length === 0 || campaign.partners.includes(id));
  for (const material of campaign.materials) {
    if (material.kind !== "email") continue;
    for (const partner of partners) {
      const email = await renderMaterial(content, campaign.id, material.id, partner, {
        recipient: { email: "sam@example.org", firstName: "Sam" },
      });
      emails.push({
        campaign: campaign.id,
        material: material.id,
        template: material.template,
        audience: material.audience,
        locale: material.locale,
        partner,
        subject: email.subject,
        preheader: email.preheader,
        html: email.html,
        text: email.text,
      });
    }
  }
}
const out = path.join(here, "../.generated/emails.json");
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(emails)}\n`);
console.log(`emails: ${emails.length} renders (${new Set(emails.map((e) => e.template)).size} templates)`);
