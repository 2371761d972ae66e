import { defaultTheme, type Theme } from "@chorus/tokens";
import { describe, expect, it } from "vitest";
import { BANNER_SIZES, GraphicContrastError, renderCard, SOCIAL_SIZES } from "../src/index.js";
import { CONTENT, input } from "./fixtures.js";

function themeWith(
  light: Partial<Theme["colors"]["light"]>,
  dark: Partial<Theme["colors"]["dark"]> = {},
): Theme {
  return {
    ...defaultTheme,
    name: "Low contrast",
    colors: {
      light: { ...defaultTheme.colors.light, ...light },
      dark: { ...defaultTheme.colors.dark, ...dark },
    },
  };
}

const square = SOCIAL_SIZES[0]!;

describe("contrast", () => {
  it("refuses a theme whose text colour is below 4.5:1 on the card, naming the colours and the ratio", async () => {
    const card = input({
      content: CONTENT.en.fact,
      theme: themeWith({ fg: "#9A9A9A" }),
      label: "campaign x",
    });
    const error = await renderCard(card, square).catch((caught) => caught);
    expect(error).toBeInstanceOf(GraphicContrastError);
    expect(error.code).toBe("low-contrast");
    expect(error.message).toBe(
      'campaign x: the theme "Low contrast" (light) puts text below WCAG contrast on this card: ' +
        "statement in fg #9A9A9A on bg #FFFFFF is 2.81:1, needs 4.5:1 (nearest passing fg: #767676); " +
        // Bold text of 24 px and more may be 3:1, and this grey misses even that.
        "collaborative name in fg #9A9A9A on bg #FFFFFF is 2.81:1, needs 3:1 (nearest passing fg: #949494)",
    );
    expect(error.failures).toEqual([
      expect.objectContaining({ field: "statement", fg: "#9A9A9A", bg: "#FFFFFF", minimum: 4.5 }),
      expect.objectContaining({ field: "collaborative name", fgRole: "fg", bgRole: "bg", minimum: 3 }),
    ]);
  });

  it("checks the scheme the card is drawn in", async () => {
    const theme = themeWith({}, { muted: "#555555" });
    await expect(renderCard(input({ content: CONTENT.en.fact, theme }), square)).resolves.toBeDefined();
    await expect(
      renderCard(input({ content: CONTENT.en.fact, theme, scheme: "dark" }), square),
    ).rejects.toThrow(
      /\(dark\).*source, collaboration line in muted #555555 on bg #121315 is 2\.49:1, needs 4\.5:1/,
    );
  });

  it("allows 3:1 only for bold text that stays at 24 px or more", async () => {
    // White on this blue is 3.3:1: enough for a bold key message of 28 px and more on a square card,
    // not for the same words on a banner, where they may get as small as 14 px.
    const theme = themeWith({ brand: "#4C8BC9", "brand-fg": "#FFFFFF" });
    const content = CONTENT.en["key-message"];
    await expect(renderCard(input({ content, theme }), square)).resolves.toBeDefined();
    await expect(renderCard(input({ content, theme }), BANNER_SIZES[0]!)).rejects.toThrow(
      /text in brand-fg #FFFFFF on brand #4C8BC9 is 3\.\d+:1, needs 4\.5:1/,
    );
    // The large bold figure of a fact may be 3:1 on the page; the source line under it may not.
    const figureTheme = themeWith({ brand: "#4C8BC9" });
    await expect(
      renderCard(input({ content: CONTENT.en.fact, theme: figureTheme }), square),
    ).resolves.toBeDefined();
  });

  it("lists every failing pair once, with every text that uses it", async () => {
    const theme = themeWith({ fg: "#AAAAAA", muted: "#BBBBBB" });
    const error = await renderCard(input({ content: CONTENT.en["call-to-action"], theme }), square).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(GraphicContrastError);
    const pairs = (error as GraphicContrastError).failures.map(
      (failure) => `${failure.field}: ${failure.fgRole}`,
    );
    expect(pairs).toContain("text, collaborative name: fg");
    expect(pairs).toContain("collaboration line: muted");
  });
});
