import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BANNER_SIZES, GraphicInputError, renderCard, SOCIAL_SIZES } from "../src/index.js";
import { logoDataUri } from "../src/logo.js";
import { planCard } from "../src/plan.js";
import {
  CONTENT,
  collaborativeTheme,
  exampleHealth,
  exampleHealthLogo,
  exampleHealthNoLogo,
  input,
  tinyPng,
} from "./fixtures.js";
import { pngSize, textInk } from "./svg.js";

const square = SOCIAL_SIZES[0]!;
const results = path.resolve(import.meta.dirname, "../test-results");

describe("renderCard", () => {
  for (const size of [...SOCIAL_SIZES, ...BANNER_SIZES]) {
    for (const [kind, content] of Object.entries(CONTENT.en)) {
      it(`renders a ${kind} card as a ${size.width}×${size.height} PNG and an SVG (${size.id})`, async () => {
        const card = await renderCard(input({ content }), size);
        expect(card.size).toBe(size);
        expect(pngSize(card.png)).toEqual({ width: size.width, height: size.height });
        expect(card.svg.startsWith(`<svg width="${size.width}" height="${size.height}"`)).toBe(true);
        // Text is drawn as glyph outlines: the SVG needs no font to display.
        expect(card.svg).not.toContain("<text");
        expect(textInk(card.svg).length).toBeGreaterThan(0);
        expect(card.alt).toBe((await import("../src/index.js")).cardAltText(input({ content })));
      });
    }
  }

  it("writes a sample of cards to test-results/ for a person to look at", async () => {
    mkdirSync(results, { recursive: true });
    const samples = [
      { name: "square-fact-en", content: CONTENT.en.fact, size: square },
      {
        name: "square-crisis-resource-es",
        content: CONTENT.es["crisis-resource"],
        size: square,
        locale: "es" as const,
      },
      { name: "portrait-key-message-en", content: CONTENT.en["key-message"], size: SOCIAL_SIZES[1]! },
      {
        name: "story-call-to-action-es",
        content: CONTENT.es["call-to-action"],
        size: SOCIAL_SIZES[2]!,
        locale: "es" as const,
      },
      {
        name: "link-fact-es-dark",
        content: CONTENT.es.fact,
        size: SOCIAL_SIZES[4]!,
        locale: "es" as const,
        dark: true,
      },
      { name: "x-crisis-resource-en", content: CONTENT.en["crisis-resource"], size: SOCIAL_SIZES[3]! },
      {
        name: "medium-rectangle-call-to-action-en",
        content: CONTENT.en["call-to-action"],
        size: BANNER_SIZES[0]!,
      },
      { name: "leaderboard-fact-en", content: CONTENT.en.fact, size: BANNER_SIZES[1]! },
      {
        name: "wide-skyscraper-key-message-es",
        content: CONTENT.es["key-message"],
        size: BANNER_SIZES[2]!,
        locale: "es" as const,
      },
    ];
    for (const sample of samples) {
      const card = await renderCard(
        input({
          content: sample.content,
          locale: sample.locale ?? "en",
          ...(sample.dark ? { scheme: "dark" as const } : {}),
        }),
        sample.size,
      );
      writeFileSync(path.join(results, `${sample.name}.png`), card.png);
    }
    // The collaborative's own card: its theme, no partner logo, no "with" line.
    const own = await renderCard(
      input({
        content: CONTENT.en["key-message"],
        theme: collaborativeTheme,
        brand: { name: "Clinician Well-Being Collaborative" },
        collaborative: { name: "Clinician Well-Being Collaborative" },
      }),
      square,
    );
    writeFileSync(path.join(results, "square-key-message-collaborative.png"), own.png);
  });
});

describe("logos", () => {
  it("embeds a PNG logo as it is, at its own aspect ratio", async () => {
    const logo = tinyPng(48, 24);
    const card = await renderCard(
      input({
        content: CONTENT.en.fact,
        brand: { name: "Tiny Health", logo: { data: logo, type: "image/png" } },
      }),
      square,
    );
    const image = /<image x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" href="([^"]+)"/.exec(
      card.svg,
    );
    expect(image).not.toBeNull();
    expect(image![3]).toBe(`data:image/png;base64,${Buffer.from(logo).toString("base64")}`);
    expect(Number(image![1]) / Number(image![2])).toBeCloseTo(2, 1);
    // The brand name is not drawn when the logo is there.
    const plan = planCard(
      input({
        content: CONTENT.en.fact,
        brand: { name: "Tiny Health", logo: { data: logo, type: "image/png" } },
      }),
      square,
    );
    expect(plan.texts.map((text) => text.field)).not.toContain("brand name");
  });

  it("draws an SVG logo with its wordmark set in the shipped font, and embeds it", async () => {
    const card = await renderCard(input({ content: CONTENT.en.fact, brand: exampleHealth }), square);
    expect(card.svg).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    // The logo's <text> is drawn: without it the logo is a different picture.
    const svg = Buffer.from(exampleHealthLogo.data).toString("utf8");
    const shapesOnly = new Uint8Array(Buffer.from(svg.replace(/<text[\s\S]*?<\/text>/g, "")));
    expect(logoDataUri(exampleHealthLogo, 300, 80)).not.toBe(
      logoDataUri({ data: shapesOnly, type: "image/svg+xml" }, 300, 80),
    );
  });

  it("puts the logo on a white plate on dark cards (logos are made for light pages)", async () => {
    const light = await renderCard(input({ content: CONTENT.en.fact }), square);
    const dark = await renderCard(input({ content: CONTENT.en.fact, scheme: "dark" }), square);
    expect(light.svg).not.toMatch(/fill="#FFFFFF"/i);
    expect(dark.svg).toMatch(/fill="#FFFFFF"/i);
  });

  it("shows the brand's name when it has no logo", async () => {
    const plan = planCard(input({ content: CONTENT.en.fact, brand: exampleHealthNoLogo }), square);
    expect(plan.images).toHaveLength(0);
    expect(plan.texts.find((text) => text.field === "brand name")?.lines).toEqual(["Example Health"]);
  });

  it("refuses a logo it cannot read", async () => {
    const card = input({
      content: CONTENT.en.fact,
      brand: { name: "Broken", logo: { data: new Uint8Array([1, 2, 3]), type: "image/png" } },
      label: "campaign x",
    });
    await expect(renderCard(card, square)).rejects.toThrow(GraphicInputError);
    await expect(renderCard(card, square)).rejects.toThrow(
      "campaign x: the PNG logo is not a PNG file (brand Broken)",
    );
  });
});

describe("content on the card", () => {
  it("shows a URL without https:// (the same card as the bare address)", async () => {
    const bare = { ...CONTENT.en["call-to-action"], url: "example-health.org/wellbeing" } as const;
    const withScheme = { ...bare, url: "https://example-health.org/wellbeing/" } as const;
    const a = await renderCard(input({ content: bare }), square);
    const b = await renderCard(input({ content: withScheme }), square);
    expect(b.svg).toBe(a.svg);
    const url = planCard(input({ content: withScheme }), square).texts.find((text) => text.field === "url")!;
    expect(url.lines.join("").replace(/\u200B/g, "")).toBe("example-health.org/wellbeing");
    expect(b.alt).not.toContain("https://");
  });

  it("puts the source line on a fact card, in the card's language", () => {
    const en = planCard(input({ content: CONTENT.en.fact }), square);
    const es = planCard(input({ content: CONTENT.es.fact, locale: "es" }), square);
    expect(en.texts.find((text) => text.field === "source")?.lines.join(" ")).toBe(
      "Source: Mayo Clinic Proceedings, 2022",
    );
    expect(es.texts.find((text) => text.field === "source")?.lines.join(" ")).toBe(
      "Fuente: Mayo Clinic Proceedings, 2022",
    );
  });

  it("shows the contact of a crisis resource largest", () => {
    const plan = planCard(input({ content: CONTENT.en["crisis-resource"] }), square);
    const contact = plan.texts.find((text) => text.field === "contact")!;
    expect(contact.lines.join(" ")).toBe("Call or text 988");
    for (const text of plan.texts) expect(text.fontSize).toBeLessThanOrEqual(contact.fontSize);
  });

  it("names the collaborative on social cards and leaves it off banners", () => {
    const fields = (size: (typeof SOCIAL_SIZES)[number]) =>
      planCard(input({ content: CONTENT.en.fact }), size).texts.map((t) => t.field);
    expect(fields(square)).toContain("collaborative name");
    for (const banner of BANNER_SIZES) expect(fields(banner)).not.toContain("collaborative name");
  });

  it("shows fewer elements on the leaderboard: no URL, no crisis description", () => {
    const leaderboard = BANNER_SIZES.find((size) => size.id === "leaderboard")!;
    const cta = planCard(input({ content: CONTENT.en["call-to-action"] }), leaderboard).texts.map(
      (t) => t.field,
    );
    expect(cta.sort()).toEqual(["action", "text"]);
    const crisis = planCard(input({ content: CONTENT.en["crisis-resource"] }), leaderboard).texts.map(
      (t) => t.field,
    );
    expect(crisis.sort()).toEqual(["contact", "name"]);
  });
});
