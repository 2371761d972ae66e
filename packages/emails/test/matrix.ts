import path from "node:path";
import type { ContentSet, EmailMaterial } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import {
  emailTargets,
  prepareMaterial,
  type Recipient,
  type RenderedEmail,
  renderMaterial,
} from "../src/index.js";

export const campaignsDir = path.resolve(import.meta.dirname, "../../../campaigns");

/** The recipient the template render of every email is made for. */
export const SAMPLE_RECIPIENT = {
  email: "reader@example.org",
  firstName: "Sam",
  organization: "Example Clinic",
} as const satisfies Recipient;

export interface MatrixEntry {
  name: string;
  campaignId: string;
  material: EmailMaterial;
  partnerId: string;
  recipient: Recipient;
  rendered: RenderedEmail;
}

export function matrixName(campaignId: string, material: EmailMaterial, partnerId: string): string {
  return `${campaignId}/${material.id}/${partnerId}/${material.locale}`;
}

/**
 * What "every campaign × email material × partner × locale" means, read straight from the content
 * (a campaign that names no partners goes out under every partner kit), so a test can check that a
 * matrix built through `emailTargets` really covers it, one entry each.
 */
export function expectedMatrixNames(content: ContentSet): string[] {
  const allPartners = content.partners.map(({ partner }) => partner.id);
  return content.campaigns.flatMap(({ campaign }) =>
    (campaign.partners.length > 0 ? campaign.partners : allPartners).flatMap((partnerId) =>
      campaign.materials.flatMap((material) =>
        material.kind === "email" ? [matrixName(campaign.id, material, partnerId)] : [],
      ),
    ),
  );
}

/** Every campaign × email material × allowed partner in campaigns/, rendered for a sample recipient. */
export async function renderMatrix(): Promise<{ content: ContentSet; entries: MatrixEntry[] }> {
  const { content } = await loadContent(campaignsDir);
  const entries: MatrixEntry[] = [];
  for (const { campaign, material, partner } of emailTargets(content)) {
    const rendered = await renderMaterial(content, campaign.id, material.id, partner.id, {
      recipient: SAMPLE_RECIPIENT,
    });
    entries.push({
      name: matrixName(campaign.id, material, partner.id),
      campaignId: campaign.id,
      material,
      partnerId: partner.id,
      recipient: SAMPLE_RECIPIENT,
      rendered,
    });
  }
  return { content, entries };
}

/**
 * What recipients get: every campaign × email material × allowed partner prepared once and
 * personalized through the fast path for each of `recipients`, named `… for <label>`.
 */
export async function personalizeMatrix(
  content: ContentSet,
  recipients: Readonly<Record<string, Recipient>>,
): Promise<MatrixEntry[]> {
  const entries: MatrixEntry[] = [];
  for (const { campaign, material, partner } of emailTargets(content)) {
    const prepared = await prepareMaterial(content, campaign.id, material.id, partner.id);
    for (const [label, recipient] of Object.entries(recipients)) {
      entries.push({
        name: `${matrixName(campaign.id, material, partner.id)} for ${label}`,
        campaignId: campaign.id,
        material,
        partnerId: partner.id,
        recipient,
        rendered: prepared.forRecipient(recipient),
      });
    }
  }
  return entries;
}
