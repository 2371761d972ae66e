import { describe, expect, it } from "vitest";
import {
  assertContrast,
  COLOR_ROLES,
  ContrastError,
  contrastRatio,
  defaultTheme,
  emailTokens,
  scaleCssVariables,
  themeCssVariables,
  themeFromBrandKit,
  themeToCss,
} from "../src/index.js";

const riverbend = {
  id: "riverbend-health",
  name: "Riverbend Health",
  colors: { primary: "#1B4F72", accent: "#B9770E", text: "#1C2833", background: "#FFFFFF" },
  fonts: { heading: "Georgia, serif", body: "Arial, sans-serif" },
};

describe("CSS custom properties", () => {
  it("names every colour role --chorus-<role>", () => {
    const vars = themeCssVariables(defaultTheme);
    for (const role of COLOR_ROLES) expect(vars[`--chorus-${role}`]).toMatch(/^#[0-9A-F]{6}$/);
    expect(vars["--chorus-font-body"]).toContain("sans-serif");
  });

  it("emits the scales in rem and px", () => {
    const vars = scaleCssVariables();
    expect(vars["--chorus-space-4"]).toBe("1rem");
    expect(vars["--chorus-radius-md"]).toBe("6px");
    expect(vars["--chorus-breakpoint-md"]).toBe("768px");
    expect(vars["--chorus-text-2xl"]).toBe("1.5rem");
  });

  it("writes light values on :root and dark values behind data-chorus-scheme", () => {
    const css = themeToCss(defaultTheme);
    expect(css).toContain(":root {\n");
    expect(css).toContain(`--chorus-bg: ${defaultTheme.colors.light.bg};`);
    expect(css).toContain(`[data-chorus-scheme="dark"] {\n`);
    expect(css).toContain(`--chorus-bg: ${defaultTheme.colors.dark.bg};`);
  });

  it("scopes a theme to a selector when asked", () => {
    expect(themeToCss(defaultTheme, { selector: ".partner" })).toContain(
      '.partner[data-chorus-scheme="dark"]',
    );
  });
});

describe("themeFromBrandKit", () => {
  it("uses the kit's colours and fonts and passes every pair", () => {
    const { theme, issues } = themeFromBrandKit(riverbend);
    expect(issues).toEqual([]);
    expect(theme.colors.light.brand).toBe("#1B4F72");
    expect(theme.colors.light.fg).toBe("#1C2833");
    expect(theme.fonts.heading).toBe("Georgia, serif");
    expect(theme.id).toBe("riverbend-health");
  });

  it("picks readable text for the brand background", () => {
    const light = themeFromBrandKit({ ...riverbend, colors: { primary: "#F4D03F" } }).theme;
    expect(contrastRatio(light.colors.light["brand-fg"], "#F4D03F")).toBeGreaterThanOrEqual(4.5);
  });

  it("derives a dark scheme whose brand reads on the dark background", () => {
    const { theme } = themeFromBrandKit(riverbend);
    expect(contrastRatio(theme.colors.dark.brand, theme.colors.dark.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(theme.colors.dark.link, theme.colors.dark.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it("reports a too-light primary as failing link contrast, with a darker shade of the same hue", () => {
    const { issues } = themeFromBrandKit({ ...riverbend, colors: { primary: "#5DADE2" } });
    const link = issues.find((issue) => issue.pair === "link on bg");
    expect(link?.message).toMatch(
      /^link on bg \(links, light\): #5DADE2 on #FFFFFF is 2\.\d+:1, text needs 4\.5:1; nearest passing shade of link: #[0-9A-F]{6} \(4\.\d+:1\)$/,
    );
    expect(contrastRatio(link!.suggestion!, "#FFFFFF")).toBeGreaterThanOrEqual(4.5);
  });

  it("never blames derived colours: only pairs that use the kit's own colours can fail", () => {
    const { issues } = themeFromBrandKit({ ...riverbend, colors: { primary: "#5DADE2" } });
    expect(issues.map((issue) => issue.pair).sort()).toEqual([
      "brand on bg",
      "brand on surface",
      "link on bg",
      "link on surface",
    ]);
    expect(issues.every((issue) => issue.scheme === "light")).toBe(true);
  });

  it("reports kit text that is too faint on the kit background", () => {
    const { issues } = themeFromBrandKit({ ...riverbend, colors: { primary: "#1B4F72", text: "#999999" } });
    expect(issues.map((issue) => issue.pair)).toContain("fg on bg");
  });

  it("assertContrast throws a ContrastError listing every failing pair", () => {
    const { theme, issues } = themeFromBrandKit({
      ...riverbend,
      name: "Pale Health",
      colors: { primary: "#5DADE2" },
    });
    let error: unknown;
    try {
      assertContrast(theme);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContrastError);
    const [heading, ...lines] = (error as ContrastError).message.split("\n");
    expect(heading).toBe('Theme "Pale Health" fails WCAG 2.2 contrast in 4 places:');
    // One line per failing pair, each with its full explanation.
    expect(lines.map((line) => line.match(/^ {2}- (\S+ on \S+) \(/)?.[1])).toEqual([
      "link on bg",
      "link on surface",
      "brand on bg",
      "brand on surface",
    ]);
    expect(lines).toEqual(issues.map((issue) => `  - ${issue.message}`));
    expect((error as ContrastError).issues).toEqual(issues);
    expect(assertContrast(defaultTheme)).toBe(defaultTheme);
  });
});

describe("emailTokens", () => {
  it("gives literal hex colours, px sizes and web-safe fonts", () => {
    const email = emailTokens(themeFromBrandKit(riverbend).theme);
    expect(email.colors.brand).toBe("#1B4F72");
    expect(email.fontSize.md).toBe("16px");
    expect(email.space[4]).toBe("16px");
    expect(email.fonts.heading).toBe("Georgia, serif");
    expect(email.fonts.body).toBe("Arial, sans-serif");
    expect(JSON.stringify(email)).not.toContain("var(");
  });

  it("drops web fonts an inbox will not have", () => {
    expect(emailTokens().fonts.body).toBe('"Segoe UI", Arial, sans-serif');
  });
});
