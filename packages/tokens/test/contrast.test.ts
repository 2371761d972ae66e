import { describe, expect, it } from "vitest";
import {
  CONTRAST_PAIRS,
  checkContrast,
  contrastRatio,
  defaultColors,
  formatRatio,
  nearestPassingShade,
  relativeLuminance,
} from "../src/index.js";

describe("contrastRatio (WCAG 2.2 relative luminance)", () => {
  it.each([
    ["#000000", "#FFFFFF", 21],
    ["#FFFFFF", "#FFFFFF", 1],
    ["#777777", "#FFFFFF", 4.48],
    ["#767676", "#FFFFFF", 4.54],
    ["#0000FF", "#FFFFFF", 8.59],
    ["#FF0000", "#FFFFFF", 4],
  ])("%s on %s is %s:1", (fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 2);
  });

  it("does not depend on the order of the colours", () => {
    expect(contrastRatio("#1B4F72", "#F4F6F7")).toBe(contrastRatio("#F4F6F7", "#1B4F72"));
  });

  it("gives white a luminance of 1 and black 0", () => {
    expect(relativeLuminance("#FFFFFF")).toBe(1);
    expect(relativeLuminance("#000")).toBe(0);
  });

  it("rejects text that is not a hex colour", () => {
    expect(() => contrastRatio("teal", "#FFFFFF")).toThrow('"teal" is not a hex colour');
  });
});

describe("formatRatio", () => {
  it("never rounds a failing ratio up to the minimum", () => {
    expect(formatRatio(4.497, 4.5)).toBe("4.49:1");
    expect(formatRatio(4.497)).toBe("4.5:1");
    expect(formatRatio(21)).toBe("21:1");
  });
});

describe("nearestPassingShade", () => {
  it("darkens #777777 to the first grey that passes on white", () => {
    const shade = nearestPassingShade("#777777", "#FFFFFF", 4.5);
    expect(shade).toBe("#767676");
  });

  it("keeps the hue while darkening a light brand colour", () => {
    const shade = nearestPassingShade("#F4C430", "#FFFFFF", 4.5)!;
    expect(contrastRatio(shade, "#FFFFFF")).toBeGreaterThanOrEqual(4.5);
    // Still a yellow-brown: red channel above green above blue.
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(shade.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  it("lightens on a dark background", () => {
    const shade = nearestPassingShade("#1F5FD1", "#121315", 4.5)!;
    expect(contrastRatio(shade, "#121315")).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(shade)).toBeGreaterThan(relativeLuminance("#1F5FD1"));
  });

  it("returns the colour unchanged when it already passes", () => {
    expect(nearestPassingShade("#000000", "#FFFFFF", 4.5)).toBe("#000000");
  });
});

describe("checkContrast", () => {
  it("passes every pair of the collaborative's light and dark defaults", () => {
    expect(checkContrast(defaultColors.light, "light")).toEqual([]);
    expect(checkContrast(defaultColors.dark, "dark")).toEqual([]);
  });

  it("names the failing pair, its ratio, the minimum and the nearest passing shade", () => {
    const issues = checkContrast({ ...defaultColors.light, muted: "#777777" });
    expect(issues).toHaveLength(2);
    const [first] = issues;
    expect(first?.pair).toBe("muted on bg");
    expect(first?.suggestion).toBe("#767676");
    expect(first?.message).toBe(
      "muted on bg (captions and citations, light): #777777 on #FFFFFF is 4.48:1, text needs 4.5:1; nearest passing shade of muted: #767676 (4.54:1)",
    );
  });

  it("uses 3:1 for large text such as stat figures", () => {
    // #949494 on white is 3.03:1: fine for a large figure, not for body text.
    const issues = checkContrast({ ...defaultColors.light, brand: "#949494", "brand-fg": "#000000" });
    expect(issues.map((issue) => issue.pair)).not.toContain("brand on bg");
    expect(issues.map((issue) => issue.pair)).toContain("brand on surface");
  });

  it("suggests changing the brand background, not the text on it, for buttons", () => {
    const issues = checkContrast({ ...defaultColors.light, brand: "#5FA8D3", "brand-fg": "#FFFFFF" });
    const button = issues.find((issue) => issue.pair === "brand-fg on brand");
    expect(button?.adjust).toBe("brand");
    expect(contrastRatio("#FFFFFF", button!.suggestion!)).toBeGreaterThanOrEqual(4.5);
  });

  it("checks only pairs that exist as colour roles", () => {
    for (const pair of CONTRAST_PAIRS) {
      expect(defaultColors.light[pair.fg]).toMatch(/^#/);
      expect(defaultColors.light[pair.bg]).toMatch(/^#/);
    }
  });
});
