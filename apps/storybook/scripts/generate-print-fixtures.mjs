// Builds .generated/print.json and .generated/print/*.html: every poster, flyer and fact sheet the kits carry
// (@chorus/kit's campaignPrints), for each partner, language and paper size, as the complete HTML document the
// kit prints (campaignPrintHtml). Each is printed once with @chorus/print's PdfPrinter, the same check the kit
// makes: a layout that does not fit its pages is recorded with the PrintFitError's message, which the story
// shows instead of the page; one that fits is recorded with the type scale the printer needed (it sets the type
// 7 % or 14 % smaller before refusing), so the story shows the page as printed.
//
// Results are kept between runs by a hash of the document and of the printing code: a second run only prints
// what changed.
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { campaignPrints } from "@chorus/kit";
import { campaignPrintHtml, partnerLook } from "@chorus/kit/node";
import { PAGE_SIZES, PdfPrinter } from "@chorus/print";
import {
  codeFingerprint,
  generatedDir,
  loadCampaigns,
  readJson,
  repoRoot,
  sha256,
  writeWhole,
} from "./fixture-cache.mjs";

/** The type scales a layout may be printed at, from the meta it carries for the printer (largest first). */
export function fitSteps(html) {
  const content = /<meta name="chorus-print" content="([^"]*)">/.exec(html)?.[1];
  if (!content) return [1];
  const meta = JSON.parse(content.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))));
  return Array.isArray(meta.fit) && meta.fit.length > 0 ? meta.fit : [1];
}

/** The page margin of the document's `@page` rule (flowing layouts; one-page layouts draw their own). */
export function pageMargin(html) {
  return /@page\s*\{[^}]*margin:\s*([^;}]+)/.exec(html)?.[1]?.trim() ?? "0";
}

/** The document with its type scale held at `fit` (the printer's own steps then all measure this scale). */
function atScale(html, fit) {
  return html.replace("</head>", `<style>:root{--fit:${fit} !important}</style>\n</head>`);
}

/**
 * Print `html` as the kit would: `{ fit }`, the type scale it was printed at, or `{ refused }` with the
 * PrintFitError's message. Tries each scale in the printer's order, so the first that fits is the one it uses.
 */
export async function printOrRefuse(printer, html, size) {
  for (const fit of fitSteps(html)) {
    try {
      await printer.print(atScale(html, fit), { size });
      return { fit };
    } catch (error) {
      if (!(error instanceof Error) || error.name !== "PrintFitError") throw error;
    }
  }
  try {
    await printer.print(html, { size });
  } catch (error) {
    if (error instanceof Error && error.name === "PrintFitError") {
      return { refused: { error: error.name, message: error.message } };
    }
    throw error;
  }
  throw new Error(
    "The printer printed a layout that overflowed at every type scale on its own: the story could not show it as printed.",
  );
}

/** Run `tasks` (functions returning promises) two at a time: Chromium prints in its own processes. */
async function inPairs(tasks) {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all([worker(), worker()]);
}

async function main() {
  const started = performance.now();
  const { content, partners, campaigns } = await loadCampaigns();
  const pagesDir = path.join(generatedDir, "print");
  await mkdir(pagesDir, { recursive: true });
  const cacheFile = path.join(generatedDir, "print-cache.json");
  const cache = await readJson(cacheFile, {});
  const nextCache = {};
  const code = await codeFingerprint(["@chorus/print", "@chorus/kit", "@chorus/ui", "@chorus/tokens"]);
  const prints = [];
  const toPrint = [];
  for (const partner of partners) {
    const look = await partnerLook(content, partner.id, repoRoot);
    for (const locale of ["en", "es"]) {
      for (const campaign of campaigns) {
        for (const print of campaignPrints(campaign, content.library, locale, partner)) {
          for (const size of print.sizes) {
            const html = campaignPrintHtml(look, campaign.id, print, size);
            const key = sha256(code, html).slice(0, 24);
            const file = `${key}.html`;
            await writeWhole(path.join(pagesDir, file), html);
            const entry = {
              partner: partner.id,
              locale,
              campaign: campaign.id,
              id: print.id,
              kind: print.kind,
              title: print.title,
              size,
              result: undefined,
            };
            const finish = (verdict) => {
              nextCache[key] = verdict;
              entry.result = verdict.refused
                ? { refused: verdict.refused }
                : { file, fit: verdict.fit, margin: pageMargin(html) };
            };
            if (cache[key]) finish(cache[key]);
            else toPrint.push({ html, size, finish });
            prints.push(entry);
          }
        }
      }
    }
  }
  if (toPrint.length > 0) {
    const printer = await PdfPrinter.launch();
    try {
      await inPairs(
        toPrint.map((job) => async () => job.finish(await printOrRefuse(printer, job.html, job.size))),
      );
    } finally {
      await printer.close();
    }
  }
  const used = new Set(Object.keys(nextCache).map((key) => `${key}.html`));
  for (const file of await readdir(pagesDir)) {
    if (!used.has(file)) await rm(path.join(pagesDir, file), { force: true });
  }
  await writeWhole(cacheFile, `${JSON.stringify(nextCache)}\n`);
  const fixtures = {
    source: "campaigns/ (generated by apps/storybook/scripts/generate-print-fixtures.mjs)",
    pageSizes: Object.entries(PAGE_SIZES).map(([id, size]) => ({
      id,
      label: size.label,
      width: Math.round((size.widthPt / 72) * 96),
      height: Math.round((size.heightPt / 72) * 96),
    })),
    partners: partners.map(({ id, name, shortName }) => ({ id, name, shortName: shortName ?? name })),
    prints,
  };
  await writeWhole(path.join(generatedDir, "print.json"), `${JSON.stringify(fixtures, null, 1)}\n`);
  const refused = prints.filter((entry) => entry.result.refused).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `print: ${prints.length} layouts (${refused} refused), ${toPrint.length} printed now (others kept) in ${seconds}s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
