import { describe, expect, it } from "vitest";
import { BANNER_SIZES, SOCIAL_SIZES } from "../src/index.js";

describe("sizes", () => {
  it("lists the social formats with the platforms' recommended pixel sizes", () => {
    expect(SOCIAL_SIZES.map(({ id, width, height }) => `${id} ${width}×${height}`)).toEqual([
      "square 1080×1080",
      "portrait 1080×1350",
      "story 1080×1920",
      "x 1200×675",
      "link 1200×627",
    ]);
    expect(SOCIAL_SIZES.find((size) => size.id === "square")?.platforms).toEqual([
      "Instagram",
      "Facebook",
      "LinkedIn",
    ]);
    expect(SOCIAL_SIZES.find((size) => size.id === "link")?.platforms).toEqual(["LinkedIn", "Facebook"]);
  });

  it("lists the IAB banner formats", () => {
    expect(BANNER_SIZES.map(({ id, width, height }) => `${id} ${width}×${height}`)).toEqual([
      "medium-rectangle 300×250",
      "leaderboard 728×90",
      "wide-skyscraper 160×600",
    ]);
  });

  it("gives every size a label, at least one platform and a unique id", () => {
    const all = [...SOCIAL_SIZES, ...BANNER_SIZES];
    expect(new Set(all.map((size) => size.id)).size).toBe(all.length);
    for (const size of all) {
      expect(size.label).not.toBe("");
      expect(size.platforms.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(SOCIAL_SIZES)).toBe(true);
    expect(Object.isFrozen(BANNER_SIZES)).toBe(true);
  });
});
