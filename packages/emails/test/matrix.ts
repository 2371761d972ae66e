import path from "node:path";
import type { ContentSet, EmailMaterial } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import { emailTargets, type RenderedEmail, renderMaterial } from "../src/index.js";

export const campaignsDir = path.resolve(import.meta.dirname, "../../../campaigns");

export interface MatrixEntry {
  name: string;
  campaignId: string;
  material: EmailMaterial;
  partnerId: string;
  rendered: RenderedEmail;
}

/** Every campaign × email material × allowed partner in campaigns/, rendered for a sample recipient. */
export async function renderMatrix(): Promise<{ content: ContentSet; entries: MatrixEntry[] }> {
  const { content } = await loadContent(campaignsDir);
  const entries: MatrixEntry[] = [];
  for (const { campaign, material, partner } of emailTargets(content)) {
    const rendered = await renderMaterial(content, campaign.id, material.id, partner.id, {
      recipient: { email: "reader@example.org", firstName: "Sam", organization: "Example Clinic" },
    });
    entries.push({
      name: `${campaign.id}/${material.id}/${partner.id}/${material.locale}`,
      campaignId: campaign.id,
      material,
      partnerId: partner.id,
      rendered,
    });
  }
  return { content, entries };
}
