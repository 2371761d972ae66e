import type { Campaign, ContentSet, EmailMaterial, PartnerKit } from "@chorus/content";

export interface EmailTarget {
  campaign: Campaign;
  material: EmailMaterial;
  partner: PartnerKit;
}

/**
 * Every email a content set can produce: each email material of each campaign, for each partner the
 * campaign allows (all partners when it names none). What `chorus build`, the quality gates and the
 * Storybook previews all walk.
 */
export function emailTargets(
  content: ContentSet,
  filter: { campaignId?: string; partnerId?: string } = {},
): EmailTarget[] {
  const targets: EmailTarget[] = [];
  for (const { campaign } of content.campaigns) {
    if (filter.campaignId && campaign.id !== filter.campaignId) continue;
    const partners = content.partners
      .map((entry) => entry.partner)
      .filter((partner) => campaign.partners.length === 0 || campaign.partners.includes(partner.id))
      .filter((partner) => !filter.partnerId || partner.id === filter.partnerId);
    for (const partner of partners) {
      for (const material of campaign.materials) {
        if (material.kind === "email") targets.push({ campaign, material, partner });
      }
    }
  }
  return targets;
}
