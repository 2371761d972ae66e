import path from "node:path";
import { loadContent } from "@chorus/content/node";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Hero } from "../src/hero/hero.js";
import { Quote } from "../src/quote/quote.js";
import { WebBanner } from "../src/web-banner/web-banner.js";

const { content } = await loadContent(path.resolve(import.meta.dirname, "../../../campaigns"));

/** A campaign's internal brief, sentence by sentence: none of it may reach a reader. */
function briefSentences(summary: string): string[] {
  return summary.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 0);
}

describe("the seed campaigns, as the components show them", () => {
  it("never show a campaign's internal summary in its banners, hero or quotes", () => {
    expect(content.campaigns.length).toBeGreaterThan(0);
    for (const { campaign } of content.campaigns) {
      const { container } = render(
        <>
          {/* A campaign page's hero: the title and the public lead, as a site would use them. */}
          <Hero title={campaign.title} lead={campaign.lead?.en} />
          {campaign.materials.map((material) =>
            material.kind === "web-banner" ? <WebBanner key={material.id} banner={material} /> : null,
          )}
          {campaign.materials.flatMap((material) =>
            "blocks" in material
              ? material.blocks.flatMap((block) =>
                  block.type === "quote"
                    ? [<Quote key={`${material.id}: ${block.text}`} quote={block} locale={material.locale} />]
                    : [],
                )
              : [],
          )}
        </>,
      );
      const shown = container.textContent ?? "";
      expect(shown, campaign.id).toContain(campaign.title);
      for (const sentence of briefSentences(campaign.summary)) {
        expect(shown, `${campaign.id}: "${sentence}"`).not.toContain(sentence);
      }
    }
  });

  it("give every seed campaign a public lead, and label every seed quote a written example", () => {
    for (const { campaign } of content.campaigns) {
      expect(campaign.lead?.en, campaign.id).toMatch(/\S/);
      for (const material of campaign.materials) {
        if (!("blocks" in material)) continue;
        for (const block of material.blocks) {
          if (block.type === "quote") expect(block.illustrative, `${campaign.id}/${material.id}`).toBe(true);
        }
      }
    }
  });
});
