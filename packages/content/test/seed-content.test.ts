import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../src/node.js";

const SEEDS = [
  "burnout-is-a-system-problem",
  "crisis-and-peer-support",
  "help-seeking-without-fear",
  "what-leaders-can-do-this-quarter",
];
const campaignsDir = path.resolve(import.meta.dirname, "../../../campaigns");
const { content, diagnostics } = await loadContent(campaignsDir);

describe("the seed content in campaigns/", () => {
  it("has no errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("has a library with enough approved content to build campaigns from", () => {
    expect(content.library.keyMessages.length).toBeGreaterThanOrEqual(12);
    expect(content.library.facts.length).toBeGreaterThanOrEqual(12);
    expect(content.library.definitions.length).toBeGreaterThanOrEqual(10);
    expect(content.library.resources.length).toBeGreaterThanOrEqual(5);
    expect(content.library.resources.find((r) => r.phone === "988")?.kind).toBe("crisis");
  });

  it("cites every fact with an https source", () => {
    for (const fact of content.library.facts) {
      expect(fact.citation.url, fact.id).toMatch(/^https:\/\//);
    }
  });

  it("words every fact so it stands on its own (a stat block can show any fact alone)", () => {
    const leansOnAnother =
      /^(the same|in the same|el mismo|la misma|en la misma|en el mismo|this|these|ese|esa|este|esta)\b/i;
    for (const fact of content.library.facts) {
      for (const text of Object.values(fact.statement)) {
        expect(text, `${fact.id}: "${text}"`).not.toMatch(leansOnAnother);
      }
    }
  });

  it("has the four core campaigns, each with two email materials for different audiences", () => {
    const ids = content.campaigns.map((c) => c.campaign.id).sort();
    expect(ids).toEqual(expect.arrayContaining(SEEDS));
    // Only the shipped campaigns: a communicator's new campaign may hold a single email.
    for (const { campaign } of content.campaigns.filter((c) => SEEDS.includes(c.campaign.id))) {
      const emails = campaign.materials.filter((m) => m.kind === "email");
      expect(new Set(emails.map((m) => m.audience)).size, campaign.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("has at least one campaign fully in English and Spanish", () => {
    const bilingual = content.campaigns.filter(({ campaign }) => {
      const byLocale = (locale: string) => campaign.materials.filter((m) => m.locale === locale).length;
      return campaign.locales.includes("es") && byLocale("es") > 0 && byLocale("es") === byLocale("en");
    });
    expect(bilingual.length).toBeGreaterThanOrEqual(1);
  });

  it("has the collaborative's own brand kit and one clearly labelled example partner", () => {
    const kinds = content.partners.map((p) => p.partner);
    expect(kinds.some((p) => p.kind === "collaborative")).toBe(true);
    const example = kinds.find((p) => p.example);
    expect(example?.name).toMatch(/example|sample/i);
  });

  it("points every content file at its JSON Schema so editors autocomplete", async () => {
    const files: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.name.endsWith(".yaml")) files.push(full);
      }
    };
    await walk(campaignsDir);
    // Every file the loader read is among them, so the check below cannot pass on an empty walk.
    const relative = files.map((file) => path.relative(path.dirname(campaignsDir), file));
    expect(relative).toEqual(
      expect.arrayContaining([
        ...content.campaigns.map((c) => c.file),
        ...content.partners.map((p) => p.file),
        "campaigns/_library/facts.yaml",
      ]),
    );
    for (const file of files) {
      const firstLine = (await readFile(file, "utf8")).split("\n")[0];
      const kind = file.includes("/_library/")
        ? "library"
        : file.includes("/_partners/")
          ? "partner"
          : "campaign";
      expect(firstLine, file).toBe(
        `# yaml-language-server: $schema=../../packages/content/schema/${kind}.schema.json`,
      );
    }
  });
});
