#!/usr/bin/env node
// Benchmark: whole partner kits (emails, every card at every social size, every PDF, banners, guides) for
// every seed campaign and partner, on this thread with one shared PdfPrinter, after one warm-up kit. Prints
// the time per kit and per file kind; fails (exit 1) when the slowest kit misses the budget.
import { cpus } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { PdfPrinter } from "@chorus/print";
import { buildKit, kitPartners } from "../dist/node.js";

/** A bilingual kit on the 2-core machine CI runs on; measured at about 10–15 s there. */
const BUDGET_MS = 45_000;

const campaigns = fileURLToPath(new URL("../../../campaigns", import.meta.url));
const { content } = await loadContent(campaigns);
const baseDir = path.dirname(campaigns);
const printer = await PdfPrinter.launch();
const now = new Date("2026-12-04T00:00:00Z");
const rows = [];
try {
  const warm = content.campaigns[0];
  await buildKit(content, warm, kitPartners(content, warm.campaign)[0].id, { now, baseDir, printer });
  for (const loaded of content.campaigns) {
    for (const partner of kitPartners(content, loaded.campaign)) {
      const start = performance.now();
      const kit = await buildKit(content, loaded, partner.id, { now, baseDir, printer });
      const ms = performance.now() - start;
      const { manifest } = kit;
      const images = manifest.files.filter(
        (f) => f.kind === "social-image" || f.kind === "banner-image",
      ).length;
      const pdfs = manifest.files.filter((f) => f.kind === "print-pdf").length;
      const bytes = [...kit.files.values()].reduce((sum, file) => sum + file.byteLength, 0);
      rows.push({
        kit: `${loaded.campaign.id} / ${partner.id}`,
        locales: manifest.locales.length,
        files: kit.files.size,
        images,
        pdfs,
        mib: bytes / 2 ** 20,
        ms,
      });
    }
  }
} finally {
  await printer.close();
}
console.log(`kits: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, Node ${process.version}`);
for (const row of rows)
  console.log(
    `  ${row.kit.padEnd(52)} ${row.locales} locale(s) ${String(row.files).padStart(4)} files (${row.images} PNG, ${row.pdfs} PDF) ${row.mib.toFixed(1).padStart(5)} MiB ${(row.ms / 1000).toFixed(1).padStart(5)} s`,
  );
const slowest = Math.max(...rows.map((row) => row.ms));
const total = rows.reduce((sum, row) => sum + row.ms, 0);
console.log(
  `  ${rows.length} kits in ${(total / 1000).toFixed(1)} s; slowest ${(slowest / 1000).toFixed(1)} s (budget ${BUDGET_MS / 1000} s)`,
);
if (slowest > BUDGET_MS) {
  console.error(
    `kit bench: a kit took ${(slowest / 1000).toFixed(1)} s, over the ${BUDGET_MS / 1000} s budget`,
  );
  process.exit(1);
}
