// Screenshots of every story family in two partner themes, for design review.
// Usage: node scripts/screenshots.mjs [--all] (after `pnpm build`). Writes screenshots/<partner>/<story>.png.
// Serves storybook-static on 127.0.0.1 and drives the system Chromium (CHROME_PATH or /usr/bin/chromium).
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "@chorus/testing";
import { serveStatic } from "./static-server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = path.resolve(here, "../storybook-static");
const outDir = path.resolve(here, "../screenshots");
const partners = (process.env.SCREENSHOT_PARTNERS ?? "collaborative,example-health").split(",");
const all = process.argv.includes("--all");

const { server, url: base } = await serveStatic(staticDir);

const index = JSON.parse(await readFile(path.join(staticDir, "index.json"), "utf8"));
const stories = Object.values(index.entries).filter((entry) => entry.type === "story");
// One story per family (the first, i.e. Default) unless --all; plus the overview stories designers ask for.
const wanted = all
  ? stories
  : stories.filter(
      (entry, i, list) =>
        list.findIndex((other) => other.title === entry.title) === i ||
        /all-sizes|all-partners|co-branded|emphasis|disclosure/.test(entry.id),
    );

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
const errors = [];
page.on("pageerror", (error) => errors.push(error.message));
let count = 0;
for (const partner of partners) {
  await mkdir(path.join(outDir, partner), { recursive: true });
  for (const story of wanted) {
    const locale = story.id.includes("spanish") ? "es" : "en";
    await page.goto(
      `${base}/iframe.html?id=${story.id}&viewMode=story&globals=partner:${partner};locale:${locale}`,
    );
    await page.waitForSelector("#storybook-root > *", { timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(outDir, partner, `${story.id}.png`);
    await page.locator("#storybook-root").screenshot({ path: file });
    count++;
  }
}
// Mobile width, Spanish and dark variants of the busiest stories, in the first partner theme.
const variants = [
  { dir: "mobile", width: 375, globals: "locale:en" },
  { dir: "es", width: 1280, globals: "locale:es" },
  { dir: "dark", width: 1280, globals: "locale:en;scheme:dark" },
];
for (const variant of variants) {
  await mkdir(path.join(outDir, variant.dir), { recursive: true });
  await page.setViewportSize({ width: variant.width, height: 900 });
  for (const id of [
    "components-hero--co-branded",
    "components-resourcelist--default",
    "patterns-factsheet--co-branded",
    "components-keymessage--emphasis",
  ]) {
    await page.goto(
      `${base}/iframe.html?id=${id}&viewMode=story&globals=partner:${partners[0]};${variant.globals}`,
    );
    await page.waitForSelector("#storybook-root > *", { timeout: 15_000 });
    await page.locator("#storybook-root").screenshot({ path: path.join(outDir, variant.dir, `${id}.png`) });
    count++;
  }
}
await page.setViewportSize({ width: 1280, height: 900 });

// The hand-written docs pages (MDX), once.
await mkdir(path.join(outDir, "docs"), { recursive: true });
for (const entry of Object.values(index.entries).filter(
  (e) => e.type === "docs" && !e.tags?.includes("autodocs"),
)) {
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`);
  await page.waitForSelector(".sbdocs-content h1", { timeout: 15_000 });
  // Code blocks load their highlighter lazily.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(outDir, "docs", `${entry.id}.png`), fullPage: true });
  count++;
}
// The fact sheet as printed (one page, print CSS).
// Letter with 0.5in margins leaves 7.5in x 10in: 720 x 960 CSS px.
await page.emulateMedia({ media: "print" });
await page.setViewportSize({ width: 720, height: 960 });
for (const partner of partners) {
  await page.goto(
    `${base}/iframe.html?id=patterns-factsheet--default&viewMode=story&globals=partner:${partner}`,
  );
  await page.waitForSelector("#storybook-root > *");
  await page.pdf({
    path: path.join(outDir, partner, "fact-sheet-print.pdf"),
    format: "Letter",
    margin: { top: "0.5in", bottom: "0.5in", left: "0.5in", right: "0.5in" },
  });
  await page
    .locator("#storybook-root")
    .screenshot({ path: path.join(outDir, partner, "fact-sheet-print.png") });
}
await browser.close();
server.close();
console.log(
  `${count} screenshots in ${path.relative(process.cwd(), outDir)}/${errors.length ? `; page errors: ${errors.join(" | ")}` : ""}`,
);
