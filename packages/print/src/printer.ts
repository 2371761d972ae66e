import { existsSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { META_NAME, type PrintMeta, WEB_META_NAME, type WebMeta } from "./document.js";
import { isPageSize, PAGE_SIZES, type PageSize, pointsToPixels } from "./page-sizes.js";

/**
 * Headless Chromium as a server process here: no sandbox (it runs as root in containers), no GPU, and no
 * traffic of its own (updates, sync, first-run pages), which an offline machine refuses anyway.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface PdfPrinterOptions {
  /** The Chromium to run. Defaults to `CHROME_PATH`, then Debian's `/usr/bin/chromium`. */
  chromePath?: string;
  /**
   * Told about every request a page tries to make. Only data: URLs are allowed (they never reach the
   * route, so in practice every call here is a refusal); anything else is aborted before it leaves.
   */
  onRequest?: (url: string, allowed: boolean) => void;
}

export interface PrintOptions {
  size: PageSize;
  /**
   * Swap width and height. For documents without their own `@page` size: the Chorus layouts are laid out
   * portrait for one size, and refuse a different size or orientation than the one they were made for.
   */
  landscape?: boolean;
  /**
   * The PDF's creation and modification date (defaults to when it is printed). The same document and date
   * print the same bytes: a kit built twice for one date is identical.
   */
  date?: Date;
}

/** A PDF date, `D:YYYYMMDDHHmmSS+00'00'` in UTC. */
function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/**
 * Chromium's PDF with its dates set to `date`. The dates are rewritten in place with a string of the same
 * length, so every byte offset of the file (its cross-reference table) stays right.
 */
function stampPdfDate(pdf: Uint8Array, date: Date): Uint8Array {
  const stamp = pdfDate(date);
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const stamped = text.replace(
    /\/(CreationDate|ModDate) \(D:\d{14}(?:[+-]\d{2}'\d{2}'|Z)\)/g,
    (whole, key: string) => {
      const next = `/${key} (${stamp})`;
      return next.length === whole.length ? next : whole;
    },
  );
  return new Uint8Array(Buffer.from(stamped, "latin1"));
}

/** Thrown when content does not fit the pages its layout allows; names what to shorten. */
export class PrintFitError extends Error {
  /** The material, as named by its input's `label` (or its title). */
  readonly label: string;
  readonly size: PageSize;
  /** Pages the layout may take (1 for posters and flyers, 2 for fact sheets). */
  readonly maxPages: number;
  /** Pages the content took, or would take when it was refused before printing. */
  readonly pages: number;
  /** What to shorten, the block that takes most room first (e.g. "the body"). */
  readonly shorten: readonly string[];
  constructor(message: string, details: Omit<PrintFitError, keyof Error>) {
    super(message);
    this.name = "PrintFitError";
    this.label = details.label;
    this.size = details.size;
    this.maxPages = details.maxPages;
    this.pages = details.pages;
    this.shorten = details.shorten;
  }
}

/** Thrown when a web banner's words do not fit its box; names what to shorten. */
export class BannerFitError extends Error {
  override name = "BannerFitError";
  /** The material, as named by its input's `label` (or its title). */
  readonly label: string;
  /** The IAB size, e.g. "300x250". */
  readonly size: string;
  /** What to shorten, the block that takes most room first (e.g. "the body"). */
  readonly shorten: readonly string[];
  constructor(message: string, details: { label: string; size: string; shorten: readonly string[] }) {
    super(message);
    this.label = details.label;
    this.size = details.size;
    this.shorten = details.shorten;
  }
}

interface FieldSize {
  name: string;
  height: number;
  chars: number;
}

interface Layout {
  meta: PrintMeta | undefined;
  fields: FieldSize[];
  /** How far the fixed page box overflows, in CSS pixels (one-page layouts). */
  overflowY: number;
  overflowX: number;
  /** The content's height over one page's content height (an estimate of pages, for messages). */
  pagesEstimate: number;
}

/** Reads the layout's meta, loads its fonts and measures it, in the print media the PDF is made with. */
async function measure(page: Page, pageHeightPx: number, fit?: number): Promise<Layout> {
  return page.evaluate(
    async ({ metaName, pageHeightPx, fit }) => {
      if (fit !== undefined) document.documentElement.style.setProperty("--fit", String(fit));
      // Laying the page out starts the loads of the faces it uses; measure once they are in.
      void document.body?.offsetHeight;
      await document.fonts.ready;
      const content = document.querySelector(`meta[name="${metaName}"]`)?.getAttribute("content");
      const meta = content ? (JSON.parse(content) as PrintMeta) : undefined;
      const fields = (meta?.fields ?? []).map(([selector, name]) => {
        const elements = [...document.querySelectorAll(selector)];
        return {
          name,
          height: elements.reduce((sum, element) => sum + element.getBoundingClientRect().height, 0),
          chars: elements.reduce((sum, element) => sum + (element.textContent ?? "").trim().length, 0),
        };
      });
      const sheet = meta?.sheet ? document.querySelector(meta.sheet) : null;
      return {
        meta,
        fields,
        overflowY: sheet ? sheet.scrollHeight - sheet.clientHeight : 0,
        overflowX: sheet ? sheet.scrollWidth - sheet.clientWidth : 0,
        pagesEstimate: document.documentElement.scrollHeight / pageHeightPx,
      };
    },
    { metaName: META_NAME, pageHeightPx, fit },
  );
}

/** Pages in a PDF from Chromium (Skia writes page objects uncompressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

function amount(px: number, size: PageSize): string {
  const inches = px / 96;
  return size === "a4" ? `${(inches * 2.54).toFixed(1)} cm` : `${inches.toFixed(1)} in`;
}

function shortenList(fields: readonly FieldSize[]): { names: string[]; text: string } {
  const tallest = fields
    .filter((field) => field.height > 0)
    .sort((a, b) => b.height - a.height)
    .slice(0, 3);
  const parts = tallest.map((field) => `${field.name} (${field.chars} characters)`);
  const text =
    parts.length <= 1 ? (parts[0] ?? "the text") : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
  return { names: tallest.map((field) => field.name), text };
}

function fitError(layout: Layout, meta: PrintMeta, pages: number, reason: string): PrintFitError {
  const shorten = shortenList(layout.fields);
  const what = `${meta.kind} "${meta.label}"`;
  return new PrintFitError(`${what} ${reason}. Shorten ${shorten.text}.`, {
    label: meta.label,
    size: meta.size,
    maxPages: meta.maxPages,
    pages,
    shorten: shorten.names,
  });
}

/**
 * One headless Chromium for many PDFs. Each `print` gets a fresh tab in a context with JavaScript off, no
 * network (every request that is not a data: URL is aborted) and no service workers; the PDF is tagged,
 * with a document outline from the headings, and backgrounds printed.
 */
export class PdfPrinter {
  readonly #browser: Browser;
  readonly #context: BrowserContext;
  /** Tabs between prints: opening one costs more than printing a poster, so they are reused. */
  readonly #idle: Page[] = [];
  /** Tabs for snapshots, laid out for the screen. */
  readonly #idleScreens: Page[] = [];
  #closed = false;

  private constructor(browser: Browser, context: BrowserContext) {
    this.#browser = browser;
    this.#context = context;
  }

  static async launch(options: PdfPrinterOptions = {}): Promise<PdfPrinter> {
    const executablePath = options.chromePath ?? (process.env.CHROME_PATH || "/usr/bin/chromium");
    if (!existsSync(executablePath))
      throw new Error(
        `Chromium was not found at ${executablePath}: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.`,
      );
    // Loaded when the first printer starts, not with the package: playwright-core takes about half a second
    // to load, which a server that never prints (or has not printed yet) should not pay at start.
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        offline: true,
        serviceWorkers: "block",
        acceptDownloads: false,
      });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        const allowed = url.startsWith("data:");
        options.onRequest?.(url, allowed);
        return allowed ? route.continue() : route.abort("blockedbyclient");
      });
      return new PdfPrinter(browser, context);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /**
   * Print a complete HTML document to PDF. A Chorus layout (posterHtml, flyerHtml, factSheetHtml) is
   * checked first: printed at the size it was laid out for, and refused with a `PrintFitError` when its
   * content overflows its page (measured before printing) or takes more pages than it may.
   */
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    if (this.#closed) throw new Error("This PdfPrinter is closed; launch another with PdfPrinter.launch().");
    const { size, landscape = false } = options;
    if (!isPageSize(size))
      throw new TypeError(
        `Unknown page size ${JSON.stringify(size)}: use one of ${Object.keys(PAGE_SIZES).join(", ")}.`,
      );
    const paper = PAGE_SIZES[size];
    const [widthPt, heightPt] = landscape ? [paper.heightPt, paper.widthPt] : [paper.widthPt, paper.heightPt];
    const heightPx = pointsToPixels(heightPt);
    const page = await this.#tab();
    let reusable = true;
    try {
      const viewport = { width: Math.ceil(pointsToPixels(widthPt)), height: Math.ceil(heightPx) };
      const current = page.viewportSize();
      if (current?.width !== viewport.width || current.height !== viewport.height)
        await page.setViewportSize(viewport);
      await page.setContent(html, { waitUntil: "load" });
      let layout = await measure(page, heightPx);
      const { meta } = layout;
      if (meta && (meta.size !== size || landscape))
        throw new TypeError(
          `${meta.kind} "${meta.label}" was laid out for ${PAGE_SIZES[meta.size].label}, portrait; print it with { size: "${meta.size}" } (or make it again for ${paper.label}${landscape ? ", landscape" : ""}).`,
        );
      const steps = meta?.fit?.length ? meta.fit : [1];
      for (const [index, fit] of steps.entries()) {
        const last = index === steps.length - 1;
        if (index > 0) layout = await measure(page, heightPx, fit);
        const smaller = fit < 1 ? ` even with its type ${Math.round((1 - fit) * 100)} % smaller` : "";
        if (meta && layout.overflowY > 1) {
          if (!last) continue;
          throw fitError(
            layout,
            meta,
            Math.ceil(1 + layout.overflowY / heightPx),
            `does not fit on one ${paper.label} page${smaller}: its content is ${amount(layout.overflowY, size)} too tall`,
          );
        }
        if (meta && layout.overflowX > 1) {
          if (!last) continue;
          throw fitError(
            layout,
            meta,
            1,
            `does not fit the width of a ${paper.label} page${smaller}: a word or address is ${amount(layout.overflowX, size)} too wide`,
          );
        }
        const pdf = await page.pdf({
          width: `${widthPt / 72}in`,
          height: `${heightPt / 72}in`,
          tagged: true,
          outline: true,
          printBackground: true,
          preferCSSPageSize: true,
        });
        const printed = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        const bytes = options.date ? stampPdfDate(printed, options.date) : printed;
        const pages = pdfPageCount(bytes);
        if (meta && pages > meta.maxPages) {
          if (!last) continue;
          throw fitError(
            layout,
            meta,
            pages,
            `takes ${pages} pages on ${paper.label}${smaller}; it must fit on ${meta.maxPages === 1 ? "one page" : `${meta.maxPages} pages`}`,
          );
        }
        return bytes;
      }
      throw new Error("unreachable: the last type scale either prints or throws");
    } catch (error) {
      if (!(error instanceof PrintFitError)) reusable = false;
      throw error;
    } finally {
      // A tab that failed to load (a crash, a time-out) is closed; one whose content was refused is fine.
      if (reusable && !this.#closed) this.#idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  /**
   * A PNG of a fixed-size web document (`bannerHtml`) at its exact pixel size, as a screen shows it.
   * Refused with a `BannerFitError` when its words overflow its box (Chromium clips them silently).
   */
  async snapshot(html: string): Promise<Uint8Array> {
    if (this.#closed) throw new Error("This PdfPrinter is closed; launch another with PdfPrinter.launch().");
    const page = this.#idleScreens.pop() ?? (await this.#context.newPage());
    let reusable = true;
    try {
      const meta = await page.evaluate(
        ({ html, name }) => {
          const content = new DOMParser()
            .parseFromString(html, "text/html")
            .querySelector(`meta[name="${name}"]`)
            ?.getAttribute("content");
          return content ? (JSON.parse(content) as WebMeta) : undefined;
        },
        { html, name: WEB_META_NAME },
      );
      if (!meta)
        throw new TypeError("snapshot takes a web document made by bannerHtml (it has no chorus-web meta).");
      await page.setViewportSize({ width: meta.width, height: meta.height });
      await page.setContent(html, { waitUntil: "load" });
      const layout = await page.evaluate(async ({ box, fields }) => {
        void document.body?.offsetHeight;
        await document.fonts.ready;
        const element = document.querySelector(box);
        // A box overflows when its content is larger than it, or when a child pokes out of it.
        const outside = (el: Element) => {
          if (!element) return false;
          const outer = element.getBoundingClientRect();
          const inner = el.getBoundingClientRect();
          return inner.bottom > outer.bottom + 0.5 || inner.right > outer.right + 0.5;
        };
        const overflowing = [...(element?.querySelectorAll("*") ?? [])].some(
          (el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflow !== "visible",
        );
        return {
          found: Boolean(element),
          overflow:
            !element ||
            element.scrollHeight > element.clientHeight + 1 ||
            element.scrollWidth > element.clientWidth + 1 ||
            overflowing ||
            [...element.querySelectorAll("*")].some(outside),
          fields: fields.map(([selector, name]) => {
            const els = [...document.querySelectorAll(selector)];
            return {
              name,
              height: els.reduce((sum, el) => sum + el.getBoundingClientRect().height, 0),
              chars: els.reduce((sum, el) => sum + (el.textContent ?? "").trim().length, 0),
            };
          }),
        };
      }, meta);
      if (layout.overflow) {
        const shorten = shortenList(layout.fields);
        throw new BannerFitError(
          `${meta.kind} "${meta.label}" does not fit its ${meta.width}×${meta.height} box. Shorten ${shorten.text}.`,
          { label: meta.label, size: `${meta.width}x${meta.height}`, shorten: shorten.names },
        );
      }
      const png = await page.screenshot({
        type: "png",
        clip: { x: 0, y: 0, width: meta.width, height: meta.height },
      });
      return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    } catch (error) {
      if (!(error instanceof BannerFitError) && !(error instanceof TypeError)) reusable = false;
      throw error;
    } finally {
      if (reusable && !this.#closed) this.#idleScreens.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  async #tab(): Promise<Page> {
    const idle = this.#idle.pop();
    if (idle && !idle.isClosed()) return idle;
    const page = await this.#context.newPage();
    // Laid out as printed: the measurements before printing are the PDF's.
    await page.emulateMedia({ media: "print" });
    return page;
  }

  /** Close the browser and end its processes. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#idle.length = 0;
    this.#idleScreens.length = 0;
    await this.#context.close().catch(() => undefined);
    await this.#browser.close();
  }
}
