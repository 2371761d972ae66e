import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentSet } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import { beforeAll, describe, expect, it } from "vitest";
import { campaignCards, resourceContact } from "../src/cards.js";

const CAMPAIGNS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../campaigns");
let content: ContentSet;
beforeAll(async () => {
  content = (await loadContent(CAMPAIGNS, { now: new Date("2026-11-23T10:00:00Z") })).content;
});
const campaign = (id: string) => content.campaigns.find((c) => c.campaign.id === id)!.campaign;

describe("the social cards a campaign's kit carries", () => {
  it("derives a card from each fact shown, key message, call to action and crisis line listed, in each language", () => {
    const crisis = campaign("crisis-and-peer-support");
    const en = campaignCards(crisis, content.library, "en");
    const ids = en.map((card) => card.id);
    expect(ids).toContain("message-you-are-not-alone");
    expect(ids).toContain("cta-save-the-numbers");
    // Crisis lines get a card; a support line (not kind crisis) does not.
    expect(ids).toContain("resource-988");
    expect(ids).toContain("resource-crisis-text-line");
    expect(ids).not.toContain("resource-physician-support-line");
    expect(new Set(ids).size).toBe(ids.length);
    expect(en.find((c) => c.id === "resource-988")?.content).toEqual({
      kind: "crisis-resource",
      name: "988 Suicide & Crisis Lifeline",
      contact: "Call or text 988",
      description: "24 hours a day, 7 days a week",
      url: "https://988lifeline.org",
    });
    const es = campaignCards(crisis, content.library, "es");
    expect(es.find((c) => c.id === "resource-988")?.content).toMatchObject({
      name: "988 Línea de Prevención del Suicidio y Crisis",
      contact: "Llama al 988 o envía AYUDA al 988",
    });
    // The same cards in Spanish, but for the calls to action: each language gets those its own materials
    // lead to (a call to action has no language of its own), so no English button on a Spanish card.
    const withoutActions = (cards: typeof en) =>
      cards.filter((c) => c.content.kind !== "call-to-action").map((c) => c.id);
    expect(withoutActions(es)).toEqual(withoutActions(en));
    expect(en.filter((c) => c.content.kind === "call-to-action").map((c) => c.id)).toEqual([
      "cta-save-the-numbers",
      "cta-bring-peer-support",
    ]);
    expect(es.filter((c) => c.content.kind === "call-to-action").map((c) => c.content)).toEqual([
      expect.objectContaining({ action: "Guarda estos números de apoyo en tu teléfono" }),
      expect.objectContaining({ action: "Lleva el apoyo entre pares a tu unidad" }),
    ]);
  });

  it("shows a fact's figure, statement and short source, as the library has them", () => {
    const burnout = campaign("burnout-is-a-system-problem");
    const facts = campaignCards(burnout, content.library, "en").filter((c) => c.content.kind === "fact");
    expect(facts.length).toBeGreaterThan(0);
    for (const card of facts) {
      const fact = content.library.facts.find((f) => `fact-${f.id}` === card.id)!;
      expect(card.content).toEqual({
        kind: "fact",
        figure: fact.value,
        statement: fact.statement.en,
        source: `${fact.citation.publisher}, ${fact.citation.year}`,
      });
    }
  });

  it("makes no card in a language the campaign does not speak", () => {
    const english = content.campaigns.find((c) => !c.campaign.locales.includes("es"))?.campaign;
    if (!english) throw new Error("every seed campaign speaks Spanish: add a case");
    expect(campaignCards(english, content.library, "es")).toEqual([]);
  });

  it("says how to reach a line in words: call, text, or a keyword", () => {
    const line = content.library.resources.find((r) => r.id === "crisis-text-line")!;
    expect(resourceContact(line, "en")).toBe("Text HOME to 741741");
    expect(resourceContact(line, "es")).toBe("Envía AYUDA al 741741");
  });
});
