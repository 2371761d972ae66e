// Builds .generated/emails.json: every email material of campaigns/ rendered for every partner allowed
// to send it, with @chorus/emails (the same renderMaterial the CLI and sends use). Storybook shows them
// in iframes, so designers review emails where they review components.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { emailTargets, renderMaterial } from "@chorus/emails";

const here = path.dirname(fileURLToPath(import.meta.url));
const { content } = await loadContent(path.resolve(here, "../../../campaigns"));
const emails = [];
for (const { campaign, material, partner } of emailTargets(content)) {
  const email = await renderMaterial(content, campaign.id, material.id, partner.id, {
    recipient: { email: "sam@example.org", firstName: "Sam" },
  });
  emails.push({
    campaign: campaign.id,
    material: material.id,
    template: material.template,
    audience: material.audience,
    locale: material.locale,
    partner: partner.id,
    subject: email.subject,
    preheader: email.preheader,
    html: email.html,
    text: email.text,
  });
}
const out = path.join(here, "../.generated/emails.json");
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(emails)}\n`);
console.log(`emails: ${emails.length} renders (${new Set(emails.map((e) => e.template)).size} templates)`);
