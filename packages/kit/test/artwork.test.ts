// A whole kit, images and PDFs too, for a bilingual campaign: built once here and once in a worker thread
// (its own Chromium), then read back as a partner's social, print and web teams would get it: PNGs at their
// exact sizes with alt text, tagged PDFs with embedded fonts and printed citations (poppler), banners that
// fetch nothing, the logos as shipped, talking points and citations.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentSet, LoadedCampaign } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import { SOCIAL_SIZES } from "@chorus/graphics";
import { PdfPrinter } from "@chorus/print";
import { pdffonts, pdfinfo, pdftotext, words } from "@chorus/testing/poppler";
import { strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKit, buildKitInWorker, campaignWords, KIT_PARTS, type Kit, zipKit } from "../src/node.js";

const CAMPAIGNS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../campaigns");
const BASE_DIR = path.dirname(CAMPAIGNS);
const NOW = new Date("2026-11-23T10:00:00Z");
const CAMPAIGN = "crisis-and-peer-support";
const PARTNER = "example-health";

let content: ContentSet;
let loaded: LoadedCampaign;
let printer: PdfPrinter;
let kit: Kit;
let inWorker: Awaited<ReturnType<typeof buildKitInWorker>>;
let dir: string;

beforeAll(async () => {
  content = (await loadContent(CAMPAIGNS, { now: NOW })).content;
  loaded = content.campaigns.find((c) => c.campaign.id === CAMPAIGN)!;
  printer = await PdfPrinter.launch();
  dir = await mkdtemp(path.join(os.tmpdir(), "chorus-kit-artwork-"));
  [kit, inWorker] = await Promise.all([
    buildKit(content, loaded, PARTNER, { now: NOW, baseDir: BASE_DIR, printer }),
    buildKitInWorker({ contentDir: CAMPAIGNS, campaignId: CAMPAIGN, partnerId: PARTNER, now: NOW }),
  ]);
}, 240_000);
afterAll(async () => {
  await printer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const file = (name: string): Uint8Array => {
  const bytes = kit.files.get(name);
  if (!bytes) throw new Error(`the kit has no ${name}`);
  return bytes;
};
/** A kit file on disk, for poppler. */
async function onDisk(name: string): Promise<string> {
  const target = path.join(dir, name.replace(/\//g, "__"));
  await writeFile(target, file(name));
  return target;
}
/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("a whole kit", () => {
  it("is built byte for byte the same in a worker thread (its own Chromium, PDFs dated by the kit)", () => {
    expect(kit.manifest.parts).toEqual([...KIT_PARTS]);
    expect(inWorker.manifest).toEqual(kit.manifest);
    // Compared as buffers: a deep equality of some 20 MB, element by element, would take a minute.
    expect(Buffer.from(inWorker.zip).equals(Buffer.from(zipKit(kit)))).toBe(true);
  });

  it("lists every file in its manifest, and has cards, posts' text, prints, banners, guides and logos", () => {
    const listed = kit.manifest.files.map((entry) => entry.path);
    expect([...listed, "manifest.json"].sort()).toEqual([...kit.files.keys()].sort());
    const kinds = new Set(kit.manifest.files.map((entry) => entry.kind));
    for (const kind of [
      "email-html",
      "social-image",
      "social-alt",
      "print-pdf",
      "banner-html",
      "banner-image",
      "talking-points",
      "citations",
      "logo",
    ])
      expect(kinds, kind).toContain(kind);
  });
});

describe("its social cards", () => {
  it("draws every card at every social size, in both languages, each with its alt text beside it", () => {
    for (const locale of ["en", "es"] as const) {
      const cards = kit.manifest.cards.filter((card) => card.locale === locale);
      expect(cards.length).toBeGreaterThan(8);
      for (const card of cards) {
        expect(Object.keys(card.files)).toEqual(SOCIAL_SIZES.map((size) => size.id));
        for (const size of SOCIAL_SIZES) {
          const { image, alt } = card.files[size.id]!;
          expect(image).toBe(`${locale}/social/cards/${size.id}/${card.card}.png`);
          expect(pngSize(file(image)), image).toEqual({ width: size.width, height: size.height });
          expect(alt).toBe(image.replace(/\.png$/, ".alt.txt"));
          expect(strFromU8(file(alt)).startsWith(card.alt)).toBe(true);
        }
        // Alt text says what the card says, never "image".
        expect(card.alt.length, card.card).toBeGreaterThan(20);
        expect(card.alt).not.toMatch(/^(image|imagen|graphic)\b/i);
      }
    }
  });

  it("says a fact's figure and source in its alt text, and gives the full citation beside it", () => {
    const fact = kit.manifest.cards.find((card) => card.locale === "es" && card.kind === "fact")!;
    const id = fact.card.replace(/^fact-/, "");
    const libraryFact = content.library.facts.find((f) => f.id === id)!;
    expect(fact.alt).toContain(libraryFact.value);
    expect(fact.alt).toContain("Fuente:");
    expect(strFromU8(file(fact.files.square!.alt))).toContain(libraryFact.citation.url);
  });

  it("puts the crisis line on a card about suicide that does not name it (safe messaging), in each language", () => {
    const card = (locale: string) =>
      kit.manifest.cards.find((c) => c.locale === locale && c.card === "fact-physician-suicide-rate-women")!;
    expect(card("en").alt).toMatch(/Call or text 988 · 988 Suicide & Crisis Lifeline\.$/);
    expect(card("es").alt).toMatch(/988 · 988 Línea de Prevención del Suicidio y Crisis\.$/);
    // The Spanish message names the 988 line itself: it needs no extra line.
    const spanish = kit.manifest.cards.find(
      (c) => c.locale === "es" && c.card === "message-support-any-hour",
    )!;
    expect(spanish.alt).not.toMatch(/·/);
  });
});

describe("its printed materials", () => {
  it("prints a poster at three sizes and a flyer and fact sheet at two, per language, as tagged PDFs with embedded fonts", async () => {
    const expected = {
      "poster-letter": [612, 792],
      "poster-a4": [595.28, 841.89],
      "poster-tabloid": [792, 1224],
      "flyer-letter": [612, 792],
      "flyer-a4": [595.28, 841.89],
      "fact-sheet-letter": [612, 792],
      "fact-sheet-a4": [595.28, 841.89],
    } as const;
    for (const locale of ["en", "es"]) {
      const prints = kit.manifest.prints.filter((p) => p.locale === locale);
      expect(prints.flatMap((p) => Object.values(p.files)).sort()).toEqual(
        Object.keys(expected)
          .map((name) => `${locale}/print/${name}.pdf`)
          .sort(),
      );
      for (const print of prints)
        for (const name of Object.values(print.files)) {
          const pdf = await onDisk(name);
          const info = await pdfinfo(pdf);
          expect(info.Tagged, name).toBe("yes");
          expect(info.Title, name).toBe(print.title);
          const [w, h] = expected[path.basename(name, ".pdf") as keyof typeof expected];
          const [, pw, ph] = /^([\d.]+) x ([\d.]+) pts/.exec(info["Page size"] ?? "") ?? [];
          // Chromium rounds A4 to its own points (594.96 × 841.92).
          expect(Math.abs(Number(pw) - w), `${name} width`).toBeLessThan(0.5);
          expect(Math.abs(Number(ph) - h), `${name} height`).toBeLessThan(0.5);
          expect(Number(info.Pages), name).toBeLessThanOrEqual(print.kind === "fact-sheet" ? 2 : 1);
          // Dated by the kit, not by when it was printed.
          expect(info.CreationDate, name).toMatch(/Nov 23 10:00:00 2026/);
          const fonts = await pdffonts(pdf);
          expect(fonts.length, name).toBeGreaterThan(0);
          for (const font of fonts) expect(font.embedded, `${name} ${font.name}`).toBe(true);
        }
    }
  });

  it("prints the poster's fact with its citation, the call to action's address and the crisis line", async () => {
    for (const locale of ["en", "es"] as const) {
      const text = words(await pdftotext(await onDisk(`${locale}/print/poster-letter.pdf`)));
      const words_ = campaignWords(loaded.campaign, content.library, locale);
      const fact = words_.facts[0]!;
      expect(text).toContain(fact.value);
      expect(text).toContain(fact.citation.publisher);
      expect(text.replace(/\s/g, "")).toContain(words_.callsToAction[0]!.url.replace(/^https:\/\//, ""));
      expect(text).toContain("988");
    }
  });

  it("prints every fact of the fact sheet with its source", async () => {
    const sheet = kit.manifest.prints.find((p) => p.locale === "es" && p.kind === "fact-sheet")!;
    const text = words(await pdftotext(await onDisk(sheet.files.letter!))).replace(/\s/g, "");
    const facts = campaignWords(loaded.campaign, content.library, "es").facts.slice(0, 3);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(text, fact.id).toContain(fact.citation.year.toString());
  });
});

describe("its web banners", () => {
  it("ships each banner as a page that fetches nothing, in its language, and as a PNG at its IAB size", () => {
    expect(kit.manifest.banners.map((b) => `${b.locale} ${b.material} ${b.size}`)).toEqual([
      "en banner-support 300x250",
      "es banner-support-es 300x250",
    ]);
    for (const banner of kit.manifest.banners) {
      const html = strFromU8(file(banner.files.html));
      expect(html).toContain(`<html lang="${banner.locale}">`);
      const material = loaded.campaign.materials.find((m) => m.id === banner.material)!;
      if (material.kind !== "web-banner") throw new Error("not a banner");
      expect(html).toContain(material.cta.url);
      // Every image and font inlined; the only address is where the button leads.
      expect(html).not.toMatch(/\bsrc="(?!data:)/);
      expect(html).not.toMatch(/url\((?!data:)/);
      expect(pngSize(file(banner.files.image))).toEqual({ width: 300, height: 250 });
    }
  });
});

describe("what goes with it", () => {
  it("carries both logos, byte for byte as the partners' files", async () => {
    for (const { organization, file: name } of kit.manifest.logos) {
      const source = await readFile(path.join(CAMPAIGNS, "_partners", "logos", `${organization}.svg`));
      expect(file(name)).toEqual(new Uint8Array(source));
    }
    expect(kit.manifest.logos.map((logo) => logo.organization)).toEqual(["example-health", "collaborative"]);
  });

  it("lists every fact its materials use with the full citation and review date, in each language", () => {
    for (const locale of ["en", "es"] as const) {
      const citations = strFromU8(file(`${locale}/citations.txt`));
      const facts = campaignWords(loaded.campaign, content.library, locale).facts;
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        expect(citations).toContain(fact.citation.url);
        expect(citations).toContain(fact.citation.title);
        expect(citations).toContain(fact.reviewBy);
      }
    }
  });

  it("writes talking points from every key message, with the calls to action and the crisis line", () => {
    const points = strFromU8(file("es/talking-points.txt"));
    const words_ = campaignWords(loaded.campaign, content.library, "es");
    for (const message of words_.keyMessages) expect(points).toContain(message.text);
    for (const action of words_.callsToAction) expect(points).toContain(action.url);
    expect(points).toContain("988 Línea de Prevención del Suicidio y Crisis");
    expect(points).toContain("Example Health System");
  });
});

describe("words that do not fit", () => {
  const withMessage = (text: string): LoadedCampaign => ({
    ...loaded,
    campaign: { ...loaded.campaign, keyMessages: [{ id: "too-long", text }, ...loaded.campaign.keyMessages] },
  });

  it("refuses the kit when a card's words do not fit a size, naming the card, the size and what to cut", async () => {
    const built = buildKit(content, withMessage("Clinicians deserve support. ".repeat(40)), PARTNER, {
      now: NOW,
      baseDir: BASE_DIR,
      printer,
      parts: ["cards"],
    });
    await expect(built).rejects.toMatchObject({ name: "GraphicFitError" });
    await expect(built).rejects.toThrow(
      /^campaign crisis-and-peer-support, card message-too-long \(en\) for example-health: the text does not fit the \d+×\d+ \w+ card even at 28 px: shorten it by about \d+ characters$/,
    );
  });

  it("refuses the kit when a poster's words do not fit its page, naming the poster and what to shorten", async () => {
    const built = buildKit(content, withMessage("Clinicians deserve support at work. ".repeat(30)), PARTNER, {
      now: NOW,
      baseDir: BASE_DIR,
      printer,
      parts: ["print"],
    });
    await expect(built).rejects.toMatchObject({ name: "PrintFitError" });
    await expect(built).rejects.toThrow(
      /^Poster "crisis-and-peer-support\/poster \(en\) for example-health" does not fit .*Shorten the headline/,
    );
  });
});
