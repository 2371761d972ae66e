import { readFileSync } from "node:fs";
import { loadContentFiles } from "@chorus/content";
import { describe, expect, it } from "vitest";
import { brandKitDiagnostics, contrastRatio, themeFromBrandKit } from "../src/index.js";

const sample = readFileSync(
  new URL("../../../campaigns/_partners/example-health.yaml", import.meta.url),
  "utf8",
);

/** The sample kit with other colours, loaded from YAML as `chorus validate` loads it. */
function kitWith(colors: Record<string, string>) {
  const block = Object.entries(colors)
    .map(([key, value]) => `  ${key}: "${value}"`)
    .join("\n");
  const text = sample.replace(/colors:\n(?: {2}.*\n)+/, `colors:\n${block}\n`);
  const { content } = loadContentFiles([{ path: "campaigns/_partners/example-health.yaml", text }]);
  return { text, partners: content.partners };
}

describe("secondary text derived from a kit", () => {
  it.each(["#555555", "#666666", "#595959", "#212121", "#1B2A3A"])(
    "stays at 4.5:1 or more on the background and on cards when body text is %s",
    (text) => {
      const { theme, issues } = themeFromBrandKit({
        id: "grey",
        name: "Grey text",
        colors: { primary: "#1F4E79", text, background: "#FFFFFF" },
      });
      expect(contrastRatio(theme.colors.light.muted, theme.colors.light.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.colors.light.muted, theme.colors.light.surface)).toBeGreaterThanOrEqual(4.5);
      expect(issues).toEqual([]);
    },
  );
});

describe("brandKitDiagnostics", () => {
  it("finds nothing wrong with the seed kits' colours", () => {
    expect(
      brandKitDiagnostics(kitWith({ primary: "#6A1B9A", text: "#212121", background: "#FAFAFA" }).partners),
    ).toEqual([]);
  });

  it("reports unreadable body text at colors.text, with its line and the nearest passing shade", () => {
    const { text, partners } = kitWith({ primary: "#6A1B9A", text: "#AAAAAA", background: "#FFFFFF" });
    const diagnostics = brandKitDiagnostics(partners);
    // One diagnostic for the colour, naming every place it is used; the primary colour passes.
    expect(diagnostics.map((d) => d.path)).toEqual(["colors.text"]);
    const body = diagnostics.find((d) => d.path === "colors.text");
    expect(body).toMatchObject({
      severity: "error",
      code: "contrast",
      file: "campaigns/_partners/example-health.yaml",
      path: "colors.text",
      line: text.split("\n").findIndex((line) => line.includes('text: "#AAAAAA"')) + 1,
    });
    expect(body!.message).toMatch(/too low for body text, captions and citations, .*key message text/);
    expect(body!.message).toMatch(
      /#AAAAAA on #[0-9A-F]{6} is 2\.\d+:1 .*where 4\.5:1 is needed; the nearest shade that passes everywhere is #[0-9A-F]{6}/,
    );
  });

  it("suggests shades that pass once the theme is derived again from them", () => {
    const { partners } = kitWith({ primary: "#7FB3D5", text: "#777777", background: "#FFFFFF" });
    const diagnostics = brandKitDiagnostics(partners);
    expect(diagnostics.map((d) => d.path).sort()).toEqual(["colors.primary", "colors.text"]);
    const suggested = (path: string) =>
      diagnostics.find((d) => d.path === path)!.message.match(/passes everywhere is (#[0-9A-F]{6})/)![1]!;
    const fixed = kitWith({
      primary: suggested("colors.primary"),
      text: suggested("colors.text"),
      background: "#FFFFFF",
    });
    expect(brandKitDiagnostics(fixed.partners)).toEqual([]);
  });

  it("reports a primary colour too light for button text at colors.primary", () => {
    const { partners } = kitWith({ primary: "#9E9E9E", text: "#212121", background: "#FFFFFF" });
    const paths = brandKitDiagnostics(partners).map((d) => d.path);
    expect(paths).toContain("colors.primary");
  });
});
