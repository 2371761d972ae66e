import { describe, expect, it } from "vitest";
import { ParseCache } from "../src/source.js";
import { edit, FIXTURE, load, withFile } from "./fixtures.js";

const CAMPAIGN = "campaigns/system-problem/campaign.yaml";
const files = () => Object.entries(FIXTURE).map(([path, text]) => ({ path, text }));
const yamlFiles = Object.keys(FIXTURE).filter((path) => path.endsWith(".yaml")).length;

describe("loading with a parse cache", () => {
  it("gives the same result as a load without one, and reuses the unchanged files", () => {
    const cache = new ParseCache();
    const first = load(files(), { cache });
    expect(first).toEqual(load(files()));
    const second = load(files(), { cache });
    expect(second).toEqual(first);
    // The same parsed campaign, not a second parse of the same text.
    expect(second.content.campaigns[0]!.campaign).toBe(first.content.campaigns[0]!.campaign);
    expect(second.content.library.facts[0]).toBe(first.content.library.facts[0]);
  });

  it("parses a file again when its text changed, and reports the new text's problems", () => {
    const cache = new ParseCache();
    const before = load(files(), { cache });
    const changed = edit(CAMPAIGN, "status: in-review", "status: sideways");
    const after = load(changed, { cache });
    expect(after).toEqual(load(changed));
    expect(after.diagnostics).toContainEqual(
      expect.objectContaining({ file: CAMPAIGN, severity: "error", path: "status" }),
    );
    expect(after.content.library.facts[0]).toBe(before.content.library.facts[0]);
    // And back: the edited text's parse is not mistaken for the original's.
    expect(load(files(), { cache })).toEqual(before);
  });

  it("forgets files that are gone", () => {
    const cache = new ParseCache();
    load(files(), { cache });
    expect(cache.size).toBe(yamlFiles);
    const without = withFile("campaigns/_library/resources.yaml", undefined);
    load(without, { cache });
    expect(cache.size).toBe(yamlFiles - 1);
  });

  it("hands out frozen content, so no load changes what another reads", () => {
    const cache = new ParseCache();
    const { content, diagnostics } = load(files(), { cache });
    const { campaign } = content.campaigns[0]!;
    expect(() => {
      (campaign as { title: string }).title = "changed";
    }).toThrow(TypeError);
    expect(() => campaign.materials.push(campaign.materials[0]!)).toThrow(TypeError);
    expect(Object.isFrozen(content.library.facts[0]!.citation)).toBe(true);
    expect(diagnostics.every((d) => Object.isFrozen(d) || d.file !== CAMPAIGN)).toBe(true);
    // Positions are still worked out on first use, and the source keeps them.
    const position = content.campaigns[0]!.source.positionOf(["title"]);
    expect(position.line).toBeGreaterThan(1);
  });
});
