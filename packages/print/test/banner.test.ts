// Web banners: the page a partner embeds, and its PNG from Chromium at the banner's exact size. Words that
// do not fit the box are refused rather than clipped; PDFs are dated by their caller so a kit built twice is
// the same bytes.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pdfinfo } from "@chorus/testing/poppler";
import { defaultTheme } from "@chorus/tokens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BannerContent,
  BannerFitError,
  bannerHtml,
  bannerSize,
  PdfPrinter,
  type PrintInput,
  posterHtml,
} from "../src/index.js";
import { type Fixtures, loadFixtures } from "./fixtures.js";

let printer: PdfPrinter;
let fixtures: Fixtures;
let dir: string;
beforeAll(async () => {
  [printer, fixtures, dir] = await Promise.all([
    PdfPrinter.launch(),
    loadFixtures(),
    mkdtemp(path.join(os.tmpdir(), "chorus-banner-")),
  ]);
});
afterAll(async () => {
  await printer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const CONTENT: Record<"en" | "es", Omit<BannerContent, "size">> = {
  en: {
    headline: "You care for everyone. Who cares for you?",
    body: "Free, confidential lines open day and night, and peer support for clinicians.",
    cta: { label: "Find support now", url: "https://chorus-collaborative.org/support" },
  },
  es: {
    headline: "Cuidas de todos. ¿Quién cuida de ti?",
    body: "Líneas gratuitas y confidenciales abiertas día y noche, y apoyo entre colegas.",
    cta: { label: "Encuentra apoyo", url: "https://chorus-collaborative.org/es/apoyo" },
  },
};

function banner(
  locale: "en" | "es",
  size: BannerContent["size"],
  content = CONTENT[locale],
): PrintInput<BannerContent> {
  return {
    locale,
    theme: fixtures.partnerTheme,
    brand: fixtures.partner,
    title: `Support banner ${size}`,
    label: `crisis/banner-support (${locale})`,
    content: { size, ...content },
  };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0)).toBe(0x89504e47);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("bannerHtml", () => {
  it("is a complete page that fetches nothing: its language, title, the logo and fonts inlined, the words escaped", () => {
    const html = bannerHtml(
      banner("es", "300x250", { ...CONTENT.es, headline: "Cuidas de todos <script>alert(1)</script>" }),
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain("<title>Support banner 300x250</title>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain("url(data:font/woff2;base64,");
    expect(html).not.toMatch(/\bsrc="(?!data:)/);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).toContain('href="https://chorus-collaborative.org/es/apoyo"');
  });

  it("refuses a call to action that is not https and a size that is not an IAB size", () => {
    expect(() =>
      bannerHtml(banner("en", "300x250", { ...CONTENT.en, cta: { label: "Go", url: "http://example.org" } })),
    ).toThrow(/content\.cta\.url must be an https URL/);
    expect(() => bannerSize({ size: "300x300" as BannerContent["size"] })).toThrow(
      /"300x300" is not a standard IAB banner size/,
    );
  });
});

describe("PdfPrinter.snapshot", () => {
  it("makes a PNG at each banner's exact size, in both languages", async () => {
    for (const size of ["300x250", "728x90", "160x600", "300x600", "970x250"] as const)
      for (const locale of ["en", "es"] as const) {
        const png = await printer.snapshot(bannerHtml(banner(locale, size)));
        expect(pngSize(png), `${size} ${locale}`).toEqual(bannerSize({ size }));
      }
  });

  it("draws the words: a different headline gives a different image", async () => {
    const a = await printer.snapshot(bannerHtml(banner("en", "300x250")));
    const b = await printer.snapshot(
      bannerHtml(banner("en", "300x250", { ...CONTENT.en, headline: "Support is there at any hour." })),
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const again = await printer.snapshot(bannerHtml(banner("en", "300x250")));
    expect(Buffer.from(again).equals(Buffer.from(a))).toBe(true);
  });

  it("refuses words that overflow the box, naming the banner, its size and what to shorten", async () => {
    const long = {
      ...CONTENT.en,
      headline: "You care for everyone, every shift, every night and every weekend. Who cares for you?",
      body: "Free, confidential crisis lines are open day and night, and peer support lines for clinicians listen without judging, any hour you call.",
    };
    const refused = printer.snapshot(bannerHtml(banner("en", "300x250", long)));
    await expect(refused).rejects.toBeInstanceOf(BannerFitError);
    await expect(refused).rejects.toThrow(
      /^Web banner "crisis\/banner-support \(en\)" does not fit its 300×250 box\. Shorten the (body|headline)/,
    );
  });

  it("refuses a page that is not a banner", async () => {
    await expect(printer.snapshot("<!doctype html><p>hello</p>")).rejects.toThrow(/made by bannerHtml/);
  });
});

describe("a PDF's date", () => {
  it("is the one given, so the same document and date print the same bytes at different times", async () => {
    const date = new Date("2026-11-23T10:00:00Z");
    const html = posterHtml({ ...fixtures.poster("en"), theme: defaultTheme }, "letter");
    const first = await printer.print(html, { size: "letter", date });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await printer.print(html, { size: "letter", date });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const file = path.join(dir, "dated.pdf");
    await writeFile(file, first);
    const info = await pdfinfo(file);
    expect(info.CreationDate).toMatch(/Nov 23 10:00:00 2026/);
    expect(info.ModDate).toMatch(/Nov 23 10:00:00 2026/);
  });
});
