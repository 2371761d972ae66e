// @vitest-environment node
// jsdom has no layout, so whether copy fits a fixed ad slot is measured in headless Chromium: each banner
// is rendered to static markup with the package's own CSS, for every IAB size and every seed banner's copy.
// No web font is shipped, so text is set in the machine's fallback for the token font stack (DejaVu Sans
// on Debian, wider than the fonts the stack names): a viewer without those fonts sees exactly this.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { launchChromium } from "@chorus/testing";
import type { Browser } from "playwright-core";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BANNER_SIZES, type BannerSize, WebBanner, type WebBannerProps } from "./web-banner.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../../..");
const require = createRequire(import.meta.url);

type Copy = WebBannerProps["banner"] & { name: string };

const { content } = await loadContent(path.join(repo, "campaigns"));
const seedBanners: Copy[] = content.campaigns.flatMap(({ campaign }) =>
  campaign.materials.flatMap((material) =>
    material.kind === "web-banner" ? [{ ...material, name: `${campaign.id}/${material.id}` }] : [],
  ),
);
if (seedBanners.length === 0) throw new Error("campaigns/ holds no web-banner material to measure");
const longest = <T,>(values: T[], length: (value: T) => number) =>
  values.reduce((best, value) => (length(value) > length(best) ? value : best));
// The worst case the seeds hold: their longest headline, body and button label in one banner.
const longestCopy: Copy = {
  name: "longest seed headline, body and button label together",
  size: "300x250",
  headline: longest(seedBanners, (copy) => copy.headline.length).headline,
  body: longest(seedBanners, (copy) => copy.body?.length ?? 0).body,
  cta: longest(seedBanners, (copy) => copy.cta.label.length).cta,
};
const copies = [...seedBanners, longestCopy];
const logos = await Promise.all(
  content.partners.map(async ({ partner, logoPath }) => ({
    alt: partner.logo.alt,
    src: `data:image/svg+xml;base64,${(await readFile(path.join(repo, logoPath))).toString("base64")}`,
  })),
);
const sizes = Object.keys(BANNER_SIZES) as BannerSize[];

async function stylesheet(): Promise<string> {
  const files = [
    require.resolve("@chorus/tokens/tokens.css"),
    path.join(here, "../base.css"),
    path.join(here, "web-banner.css"),
  ];
  return (await Promise.all(files.map((file) => readFile(file, "utf8")))).join("\n");
}

/** Everything that does not fit, per banner: parts outside the slot, clipped or overlapping. */
interface Measured {
  case: string;
  size: BannerSize;
  /** Whether the copy has a body and the layout has room for one. */
  bodyExpected: boolean;
  width: number;
  height: number;
  body: boolean;
  problems: string[];
}

let browser: Browser;
let measured: Measured[] = [];

beforeAll(async () => {
  const cases = sizes.flatMap((size) =>
    copies.flatMap((copy) =>
      logos.map((logo) => ({ name: `${size}, ${copy.name}, ${logo.alt}`, banner: { ...copy, size }, logo })),
    ),
  );
  const markup = cases
    .map(
      ({ banner, logo }) =>
        `<div class="case">${renderToStaticMarkup(<WebBanner banner={banner} logo={logo} />)}</div>`,
    )
    .join("");
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(
    `<!doctype html><html lang="en"><head><style>${await stylesheet()}
      .case { margin: 24px; }</style></head><body>${markup}</body></html>`,
  );
  await page.evaluate(() => document.fonts.ready);
  const layouts = await page.$$eval(".case", (wrappers) =>
    wrappers.map((wrapper) => {
      const root = wrapper.firstElementChild as HTMLElement;
      const slot = root.getBoundingClientRect();
      const problems: string[] = [];
      const label = (element: Element) => element.className || element.tagName.toLowerCase();
      const show = (r: DOMRect) =>
        `${Math.round(r.left - slot.left)},${Math.round(r.top - slot.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      // Half a pixel of slack for subpixel rounding, no more.
      const inside = (r: DOMRect) =>
        r.left >= slot.left - 0.5 &&
        r.top >= slot.top - 0.5 &&
        r.right <= slot.right + 0.5 &&
        r.bottom <= slot.bottom + 0.5;
      // The slot clips (overflow: hidden) whatever crosses its edge, so every box and every line of text
      // must lie within it. Its padding may be used; its edge may not.
      for (const element of root.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (!inside(box)) problems.push(`${label(element)} at ${show(box)} crosses the slot's edge`);
      }
      const parts = [...root.querySelectorAll<HTMLElement>("img, p, a")];
      for (const part of parts) {
        if (part.scrollWidth > part.clientWidth || part.scrollHeight > part.clientHeight)
          problems.push(
            `${label(part)} text (${part.scrollWidth}×${part.scrollHeight}) overflows its own ${part.clientWidth}×${part.clientHeight} box`,
          );
        const range = document.createRange();
        range.selectNodeContents(part);
        for (const line of range.getClientRects())
          if (!inside(line))
            problems.push(`a line of ${label(part)} at ${show(line)} crosses the slot's edge`);
      }
      parts.forEach((part, index) => {
        const a = part.getBoundingClientRect();
        for (const other of parts.slice(index + 1)) {
          if (part.contains(other) || other.contains(part)) continue;
          const b = other.getBoundingClientRect();
          if (
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5
          )
            problems.push(`${label(part)} overlaps ${label(other)}`);
        }
      });
      return {
        width: slot.width,
        height: slot.height,
        body: root.querySelector(".chorus-banner__body") !== null,
        problems,
      };
    }),
  );
  measured = layouts.map((layout, index) => {
    const { name, banner } = cases[index]!;
    const { layout: kind } = BANNER_SIZES[banner.size];
    const bodyExpected = Boolean(banner.body) && kind !== "mini" && kind !== "strip";
    return { case: name, size: banner.size, bodyExpected, ...layout };
  });
}, 60_000);

afterAll(() => browser?.close());

describe("WebBanner layout in Chromium", () => {
  it("measures every size × seed banner copy × partner logo", () => {
    expect(measured.map((banner) => banner.case)).toHaveLength(sizes.length * copies.length * logos.length);
  });

  it.each(sizes)(
    "keeps the logo, headline, body and button inside the %s box, clear of each other",
    (size) => {
      const { width, height } = BANNER_SIZES[size];
      const banners = measured.filter((banner) => banner.size === size);
      expect(banners).toHaveLength(copies.length * logos.length);
      expect(banners.filter((banner) => banner.width !== width || banner.height !== height)).toEqual([]);
      // The body is shown wherever the copy has one and the layout has room for it; then it must fit too.
      expect(banners.filter((banner) => banner.body !== banner.bodyExpected)).toEqual([]);
      expect(banners.filter((banner) => banner.problems.length > 0)).toEqual([]);
    },
  );
});
