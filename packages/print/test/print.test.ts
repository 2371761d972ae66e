// Printing for real: one headless Chromium for the file, every PDF read back with poppler as a reader's
// tools would. PDFs land in test-results/ (git-ignored) to look at.
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Locale } from "@chorus/content";
import {
  catalogLang,
  compact,
  pdffonts,
  pdfinfo,
  pdfStrings,
  pdftotext,
  rasterize,
  words,
} from "@chorus/testing/poppler";
import { ContrastError, defaultTheme, type Theme } from "@chorus/tokens";
// jsqr is CommonJS: under Node's ESM rules its default import is module.exports, which has the function as .default.
import jsqr from "jsqr";
import { encode } from "uqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  factSheetHtml,
  flyerHtml,
  PAGE_SIZES,
  type PageSize,
  PdfPrinter,
  PrintFitError,
  posterHtml,
} from "../src/index.js";
import { QR_ECC, QR_QUIET_ZONE } from "../src/qr.js";
import { type Fixtures, loadFixtures } from "./fixtures.js";

const results = path.resolve(import.meta.dirname, "../test-results");
const requests: { url: string; allowed: boolean }[] = [];
let printer: PdfPrinter;
let fixtures: Fixtures;

beforeAll(async () => {
  await mkdir(results, { recursive: true });
  [printer, fixtures] = await Promise.all([
    PdfPrinter.launch({ onRequest: (url, allowed) => requests.push({ url, allowed }) }),
    loadFixtures(),
  ]);
});

afterAll(async () => {
  await printer?.close();
});

type Layout = "poster" | "flyer" | "fact-sheet";

/** The layout's HTML, and what a reader must find in its PDF: headline, a citation, the action's URL. */
function material(layout: Layout, locale: Locale, size: PageSize) {
  if (layout === "poster") {
    const input = fixtures.poster(locale);
    return {
      input,
      html: posterHtml(input, size),
      maxPages: 1,
      headline: input.content.headline,
      citation: input.content.fact!.citation,
      url: input.content.action.url,
    };
  }
  if (layout === "flyer") {
    const input = fixtures.flyer(locale);
    return {
      input,
      html: flyerHtml(input, size),
      maxPages: 1,
      headline: input.content.headline,
      citation: input.content.citations![0]!,
      url: input.content.action.url,
    };
  }
  const input = fixtures.factSheet(locale);
  return {
    input,
    html: factSheetHtml(input, size),
    maxPages: 2,
    headline: input.content.title,
    citation: input.content.facts![0]!.citation.title,
    url: input.content.action!.url,
  };
}

async function printTo(
  name: string,
  html: string,
  size: PageSize,
): Promise<{ file: string; pdf: Uint8Array }> {
  const pdf = await printer.print(html, { size });
  const file = path.join(results, `${name}.pdf`);
  await writeFile(file, pdf);
  return { file, pdf };
}

const layouts: Layout[] = ["poster", "flyer", "fact-sheet"];
const sizes = Object.keys(PAGE_SIZES) as PageSize[];
const cases = layouts.flatMap((layout) =>
  sizes.flatMap((size) => (["en", "es"] as const).map((locale) => [layout, size, locale] as const)),
);

describe("printed PDFs", () => {
  it.each(cases)(
    "prints a %s on %s in %s: tagged, titled, in its language, fonts embedded, text selectable",
    async (layout, size, locale) => {
      const { input, html, maxPages, headline, citation, url } = material(layout, locale, size);
      const { file, pdf } = await printTo(`${layout}-${size}-${locale}`, html, size);
      const [info, fonts, text, raw] = await Promise.all([
        pdfinfo(file),
        pdffonts(file),
        pdftotext(file),
        pdftotext(file, { raw: true }),
      ]);

      expect(Number(info.Pages)).toBeGreaterThanOrEqual(1);
      expect(Number(info.Pages)).toBeLessThanOrEqual(maxPages);
      expect(info.Tagged).toBe("yes");
      expect(info.Title).toBe(input.title);
      const [width, height] = /^([\d.]+) x ([\d.]+) pts/
        .exec(info["Page size"] ?? "")!
        .slice(1)
        .map(Number);
      // Within half a point: Chromium rounds page sizes to its layout units, so A4 comes out 594.96 × 841.92 pt
      // (0.1 mm short of 595.28 × 841.89), which pdfinfo and readers still take as A4.
      expect(width).toBeCloseTo(PAGE_SIZES[size].widthPt, 0);
      expect(height).toBeCloseTo(PAGE_SIZES[size].heightPt, 0);
      expect(catalogLang(pdf)).toBe(locale);

      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
      expect(
        fonts.some((font) => font.name.endsWith("+SourceSans3-Regular") || font.name.includes("SourceSans3")),
      ).toBe(true);

      expect(words(text)).toContain(words(headline));
      // Citations and addresses wrap where they must: a reader's copy has line breaks there and nothing else.
      expect(compact(raw)).toContain(compact(citation));
      expect(compact(raw)).toContain(url);
      // The action's address never wraps at a hyphen: a copy that joins hyphenated words would lose it.
      const printed = new RegExp(
        [...url].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("\\s*"),
      ).exec(raw);
      expect(printed).not.toBeNull();
      expect(printed?.[0]).not.toMatch(/-\s/);
    },
  );

  it("keeps Spanish letters and punctuation intact in the text a reader copies", async () => {
    const { file } = await printTo(
      "poster-letter-es-text",
      posterHtml(fixtures.poster("es"), "letter"),
      "letter",
    );
    const text = words(await pdftotext(file));
    expect(text).toContain("¿Sientes que el trabajo no te deja descansar?");
    expect(text).toContain("diseñado");
    expect(text).toContain("Línea de Prevención del Suicidio");
    expect(text).toContain("Escanea el código o visita");
  });

  it("names the logos and the QR code in the tagged PDF, and builds the outline from the headings", async () => {
    const input = fixtures.flyer("es");
    const { pdf } = await printTo("flyer-letter-es-tags", flyerHtml(input, "letter"), "letter");
    const alt = pdfStrings(pdf, "Alt");
    expect(alt).toContain(fixtures.collaborative.logo!.alt);
    expect(alt).toContain(fixtures.partner.logo!.alt);
    expect(alt).toContain(`Código QR que abre ${input.content.action.url}`);
    // Outline entries are the headings: the headline first, then the sections.
    const titles = pdfStrings(pdf, "Title");
    expect(titles).toContain(input.content.headline);
    expect(titles).toContain("Dónde encontrar apoyo");
    expect(titles).toContain("Fuentes");
  });

  it.each(layouts)(
    "prints the %s's QR code at least 2.5 cm wide, and it scans as the action's URL",
    async (layout) => {
      // A4 is the narrowest page, so its codes are the smallest.
      const { html, url } = material(layout, "en", "a4");
      const { file } = await printTo(`${layout}-a4-en-qr`, html, "a4");
      const dpi = 150;
      const { width, height, grey } = await rasterize(file, 1, dpi);
      const rgba = new Uint8ClampedArray(width * height * 4);
      grey.forEach((value, index) => {
        rgba.set([value, value, value, 255], index * 4);
      });
      const code = jsqr.default(rgba, width, height, { inversionAttempts: "dontInvert" });
      expect(code?.data).toBe(url);
      const { topLeftCorner, topRightCorner } = code!.location;
      const symbolCm =
        (Math.hypot(topRightCorner.x - topLeftCorner.x, topRightCorner.y - topLeftCorner.y) / dpi) * 2.54;
      expect(symbolCm).toBeGreaterThanOrEqual(2.5);
    },
  );
});

describe("the HTML documents", () => {
  it("are complete and self-contained: language, title, fonts as data: URLs, @page size, the QR code and its URL as text", () => {
    const input = fixtures.poster("es");
    const html = posterHtml(input, "a4");
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain(`<title>${input.title}</title>`);
    expect(html).toContain("@page{size:210mm 297mm;margin:0}");
    expect(html.match(/src:url\(data:font\/woff2;base64,/g)?.length).toBe(8);
    expect(html).not.toMatch(/(?:src=["']|url\()(?!data:)/);
    expect(html).toMatch(
      /<svg class="print-qr"[^>]*role="img" aria-label="Código QR que abre https:\/\/chorus-collaborative\.org/,
    );
    expect(html).toMatch(/<h1 [^>]*>El agotamiento es un problema del sistema, no un fallo personal<\/h1>/);
    expect(html).toContain(`Fuente: <cite>${input.content.fact!.citation}</cite>`);
  });

  it("draw exactly the QR library's matrix for the action's URL", () => {
    const url = fixtures.poster("en").content.action.url;
    const html = posterHtml(fixtures.poster("en"), "letter");
    const svg =
      /<svg class="print-qr"[^>]*viewBox="-4 -4 (\d+) \d+"[^>]*>[\s\S]*?<path fill="#000000" d="([^"]+)"/.exec(
        html,
      )!;
    const size = Number(svg[1]) - 2 * QR_QUIET_ZONE;
    const drawn = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    for (const [, x, y, run] of svg[2]!.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(run); i++) drawn[Number(y)]![Number(x) + i] = true;
    }
    const expected = encode(url, { ecc: QR_ECC, border: 0 });
    expect(size).toBe(expected.size);
    expect(drawn).toEqual(expected.data);
    expect(html).toContain(`data-qr-version="${expected.version}"`);
  });

  it.each([
    [
      "poster",
      () =>
        posterHtml(
          {
            ...fixtures.poster("en"),
            content: {
              ...fixtures.poster("en").content,
              action: { label: "Read more", url: "http://chorus-collaborative.org/burnout" },
            },
          },
          "letter",
        ),
    ],
    [
      "flyer",
      () =>
        flyerHtml(
          {
            ...fixtures.flyer("en"),
            content: {
              ...fixtures.flyer("en").content,
              action: { label: "Read more", url: "chorus-collaborative.org" },
            },
          },
          "letter",
        ),
    ],
    [
      "fact sheet",
      () =>
        factSheetHtml(
          {
            ...fixtures.factSheet("en"),
            content: {
              ...fixtures.factSheet("en").content,
              action: { label: "Read more", url: "javascript:alert(1)" },
            },
          },
          "letter",
        ),
    ],
  ])("refuse a %s whose action URL is not https, naming the material and the field", (_, make) => {
    expect(make).toThrow(
      /"(burnout-is-a-system-problem|help-seeking-without-fear)\/[^"]+": content\.action\.url must be an https URL \(got "[^"]+"\)/,
    );
  });

  it("refuse a figure printed without its source", () => {
    const input = fixtures.poster("en");
    expect(() =>
      posterHtml(
        { ...input, content: { ...input.content, fact: { ...input.content.fact!, citation: " " } } },
        "letter",
      ),
    ).toThrow(
      'Poster "burnout-is-a-system-problem/poster (en)": content.fact.citation (every figure is printed with its source) must not be empty.',
    );
  });

  it("refuse a theme whose colours fail WCAG AA on paper, naming each pair", () => {
    const light = { ...defaultTheme.colors.light, muted: "#AAAAAA", "brand-fg": "#8899AA" };
    const theme: Theme = { ...defaultTheme, name: "Washed out", colors: { ...defaultTheme.colors, light } };
    const make = () => posterHtml({ ...fixtures.poster("en"), theme }, "letter");
    expect(make).toThrow(ContrastError);
    expect(make).toThrow(
      /Theme "Washed out" fails WCAG 2\.2 contrast[\s\S]*muted on bg[\s\S]*brand-fg on brand/,
    );
  });
});

describe("content that does not fit", () => {
  it("refuses a poster that would run onto a second page, naming it, the size and what to shorten", async () => {
    const input = fixtures.poster("en");
    const body = Array(8).fill(input.content.body).join(" ");
    const html = posterHtml({ ...input, content: { ...input.content, body } }, "letter");
    const error = await printer.print(html, { size: "letter" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrintFitError);
    const fit = error as PrintFitError;
    expect(fit.message).toMatch(
      /^Poster "burnout-is-a-system-problem\/poster \(en\)" does not fit on one US Letter \(8\.5 × 11 in\) page even with its type 14 % smaller: its content is [\d.]+ in too tall\. Shorten the body \(\d+ characters\), /,
    );
    expect(fit).toMatchObject({
      label: "burnout-is-a-system-problem/poster (en)",
      size: "letter",
      maxPages: 1,
    });
    expect(fit.pages).toBeGreaterThan(1);
    expect(fit.shorten[0]).toBe("the body");
  });

  it("refuses a flyer with too many points on A4, in centimetres", async () => {
    const input = fixtures.flyer("es");
    const points = [...input.content.points, ...input.content.points, ...input.content.points];
    const html = flyerHtml({ ...input, content: { ...input.content, points } }, "a4");
    await expect(printer.print(html, { size: "a4" })).rejects.toThrow(
      /^Flyer "help-seeking-without-fear\/flyer for example-health \(es\)" does not fit on one A4 \(210 × 297 mm\) page even with its type 14 % smaller: its content is [\d.]+ cm too tall\. Shorten the points/,
    );
  });

  it("refuses a fact sheet longer than two pages, naming the sections to cut", async () => {
    const html = factSheetHtml(fixtures.everything("en"), "letter");
    const error = (await printer
      .print(html, { size: "letter" })
      .catch((caught: unknown) => caught)) as PrintFitError;
    expect(error).toBeInstanceOf(PrintFitError);
    expect(error.message).toMatch(
      /^Fact sheet "library\/everything" takes \d+ pages on US Letter \(8\.5 × 11 in\) even with its type 14 % smaller; it must fit on 2 pages\. Shorten the (facts|definitions|resources|key messages) \(\d+ characters\)/,
    );
    expect(error.pages).toBeGreaterThan(2);
  });

  it("shrinks the type a little rather than refuse a poster that is only just too long", async () => {
    const input = fixtures.poster("es");
    const { file } = await printTo("poster-letter-es-fit", posterHtml(input, "letter"), "letter");
    expect((await pdfinfo(file)).Pages).toBe("1");
  });

  it("refuses to print a layout on another size than it was made for", async () => {
    await expect(printer.print(posterHtml(fixtures.poster("en"), "a4"), { size: "letter" })).rejects.toThrow(
      'Poster "burnout-is-a-system-problem/poster (en)" was laid out for A4 (210 × 297 mm), portrait; print it with { size: "a4" }',
    );
  });
});

describe("the printer", () => {
  let server: Server;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((_, response) => {
      hits++;
      response.end("should never be asked");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetched nothing for any layout: every request it saw was a data: URL", () => {
    expect(requests.filter((request) => !request.url.startsWith("data:"))).toEqual([]);
  });

  it("aborts every request that is not a data: URL before it leaves the page", async () => {
    requests.length = 0;
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const html = `<!doctype html><html lang="en"><head><title>Hostile</title><link rel="stylesheet" href="${base}/style.css"></head><body><h1>Hello</h1><img src="${base}/pixel.png" alt="pixel"><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/%3E" alt="inline"><iframe src="${base}/frame"></iframe><script>fetch("${base}/script")</script></body></html>`;
    const pdf = await printer.print(html, { size: "letter" });
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(hits).toBe(0);
    expect(requests.map((request) => request.url).sort()).toEqual([
      `${base}/frame`,
      `${base}/pixel.png`,
      `${base}/style.css`,
    ]);
    expect(requests.every((request) => !request.allowed)).toBe(true);
  });

  it("close() ends Chromium and leaves no process behind", async () => {
    const descendants = () => {
      const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,comm="], { encoding: "utf8" })
        .trim()
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter(([, , command]) => command !== "ps")
        .map(([pid, ppid]) => [Number(pid), Number(ppid)] as const);
      const found = new Set([process.pid]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const [pid, ppid] of rows)
          if (found.has(ppid) && !found.has(pid)) {
            found.add(pid);
            grew = true;
          }
      }
      found.delete(process.pid);
      return [...found];
    };
    expect(descendants().length).toBeGreaterThan(0);
    await printer.close();
    await printer.close();
    expect(descendants()).toEqual([]);
    await expect(printer.print("<p>late</p>", { size: "letter" })).rejects.toThrow(
      "This PdfPrinter is closed",
    );
  });
});
