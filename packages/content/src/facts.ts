import type { ContentSet } from "./load.js";
import type { Campaign, Material } from "./schema/campaign.js";
import type { Citation } from "./schema/common.js";
import type { Fact } from "./schema/library.js";

/** The library facts a material shows: its stat blocks' facts, or a social post's `facts`, each once, in order. */
export function factsShownBy(material: Material): string[] {
  const ids =
    material.kind === "social-post"
      ? (material.facts ?? [])
      : material.kind === "email" || material.kind === "fact-sheet"
        ? material.blocks.flatMap((block) => (block.type === "stat" ? [block.fact] : []))
        : [];
  return [...new Set(ids)];
}

/**
 * The last day a campaign's materials go out, for review dates: its end date, or its start date when it
 * has none (an open-ended campaign is checked as it launches; give it an end date to check its whole run).
 */
export function campaignLastDay(campaign: Pick<Campaign, "dates">): string {
  return campaign.dates.end ?? campaign.dates.start;
}

/** Whether a campaign still sends anything after `today` (YYYY-MM-DD): not archived, not over. */
export function campaignIsRunning(campaign: Pick<Campaign, "dates" | "status">, today: string): boolean {
  return campaign.status !== "archived" && campaignLastDay(campaign) >= today;
}

/** One campaign that shows a fact, as the facts report lists it. */
export interface FactUse {
  campaignId: string;
  title: string;
  status: Campaign["status"];
  start: string;
  /** The campaign's last day: its end date, or its start date when it has none. */
  lastDay: string;
  /** The materials that show the fact, by id. */
  materials: string[];
  /** The fact is due for review before this campaign's last day (and the campaign is still running). */
  dueDuringCampaign: boolean;
}

/** One library fact with its review date and every campaign that shows it. */
export interface FactReportEntry {
  id: string;
  value: string;
  /** The English statement, which every translation follows. */
  statement: string;
  reviewBy: string;
  citation: Citation;
  /** Its review date has passed. */
  overdue: boolean;
  /** The campaigns that show it, by id; empty when no campaign uses it. */
  campaigns: FactUse[];
}

export interface FactReportOptions {
  /** "Today" for `overdue` and for which campaigns are still running; defaults to the current date. */
  now?: Date;
}

/**
 * Every library fact, soonest review date first, with the campaigns that show it: what to check next,
 * and which campaigns a change would touch. Facts due on the same day are ordered by id.
 */
export function factReport(content: ContentSet, options: FactReportOptions = {}): FactReportEntry[] {
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const campaigns = [...content.campaigns]
    .map(({ campaign }) => campaign)
    .sort((a, b) => a.id.localeCompare(b.id));
  const entry = (fact: Fact): FactReportEntry => ({
    id: fact.id,
    value: fact.value,
    statement: fact.statement.en,
    reviewBy: fact.reviewBy,
    citation: fact.citation,
    overdue: fact.reviewBy < today,
    campaigns: campaigns.flatMap((campaign) => {
      const materials = campaign.materials
        .filter((material) => factsShownBy(material).includes(fact.id))
        .map((material) => material.id);
      if (materials.length === 0) return [];
      const lastDay = campaignLastDay(campaign);
      return [
        {
          campaignId: campaign.id,
          title: campaign.title,
          status: campaign.status,
          start: campaign.dates.start,
          lastDay,
          materials,
          dueDuringCampaign: campaignIsRunning(campaign, today) && fact.reviewBy < lastDay,
        },
      ];
    }),
  });
  return content.library.facts
    .map(entry)
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.id.localeCompare(b.id));
}

/** A citation as one line, without its address: "Authors. Title. Publisher, year." */
export function citationText(citation: Citation): string {
  const authors = citation.authors ? `${citation.authors}. ` : "";
  return `${authors}${citation.title}. ${citation.publisher}, ${citation.year}.`;
}
