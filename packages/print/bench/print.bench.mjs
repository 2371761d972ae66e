#!/usr/bin/env node
// Benchmark: PDFs per second from one PdfPrinter (one Chromium, tabs reused): posters and fact sheets on US
// Letter, after a warm-up. Fails (exit 1) when a PDF takes longer than the budget on average.
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { defaultTheme } from "@chorus/tokens";
import { factSheetHtml, PdfPrinter, posterHtml } from "../dist/index.js";

/** Per PDF, on the 2-core machine CI runs on; measured at about 300 ms per PDF there. */
const BUDGET_MS = 1500;
const COUNT = 10;

const { content } = await loadContent(fileURLToPath(new URL("../../../campaigns", import.meta.url)));
const { library } = content;
const fact = library.facts.find((candidate) => candidate.id === "physician-burnout-2024");
const organization = content.partners.find((loaded) => loaded.partner.id === "collaborative").partner;
const url = "https://chorus-collaborative.org/campaigns/burnout-is-a-system-problem/checklist";
const brand = { name: organization.name };

const poster = (i) =>
  posterHtml(
    {
      content: {
        headline: `Burnout is a system problem, not a personal failing (${i})`,
        body: "Burnout comes from how care is organized: short staffing, long hours and the inbox after dinner. Fixing the work helps everyone who does it.",
        fact: {
          figure: fact.value,
          statement: fact.statement.en,
          citation: `${fact.citation.title}. ${fact.citation.publisher}, ${fact.citation.year}. ${fact.citation.url}`,
        },
        action: { label: "Get the system change checklist", url: `${url}?copy=${i}` },
        resource: {
          name: "988 Suicide & Crisis Lifeline",
          contact: "Call or text 988, or chat at 988lifeline.org",
        },
      },
      locale: "en",
      theme: defaultTheme,
      brand,
      title: `Burnout poster ${i}`,
    },
    "letter",
  );

const factSheet = (i) =>
  factSheetHtml(
    {
      content: {
        title: `Burnout is a system problem (${i})`,
        intro: "Burnout comes from how care is organized, not from a lack of grit.",
        facts: library.facts.slice(0, 3),
        keyMessages: library.keyMessages.slice(0, 4),
        definitions: library.definitions.slice(0, 2),
        resources: library.resources.slice(0, 2),
        action: { label: "Get the system change checklist", url },
        organization,
      },
      locale: "en",
      theme: defaultTheme,
      brand,
      title: `Burnout fact sheet ${i}`,
    },
    "letter",
  );

async function timed(printer, make, count) {
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < count; i++) bytes += (await printer.print(make(i), { size: "letter" })).byteLength;
  const ms = (performance.now() - start) / count;
  return { ms, kb: bytes / count / 1024 };
}

const start = performance.now();
const printer = await PdfPrinter.launch();
const launchMs = performance.now() - start;
let failed = false;
try {
  await timed(printer, poster, 2);
  await timed(printer, factSheet, 1);
  const posters = await timed(printer, poster, COUNT);
  const sheets = await timed(printer, factSheet, COUNT);
  console.log("print: PDFs from one PdfPrinter (US Letter, tagged, fonts embedded)");
  console.log(`  machine: ${cpus()[0]?.model}, ${cpus().length} cores, node ${process.version}`);
  console.log(`  launch: ${launchMs.toFixed(0)} ms`);
  for (const [name, result] of [
    ["posters", posters],
    ["fact sheets", sheets],
  ]) {
    const over = result.ms > BUDGET_MS;
    failed ||= over;
    console.log(
      `  ${name}: ${result.ms.toFixed(0)} ms per PDF over ${COUNT} (${result.kb.toFixed(0)} KB each) — budget ${BUDGET_MS} ms${over ? ": OVER BUDGET" : ""}`,
    );
  }
} finally {
  await printer.close();
}
process.exit(failed ? 1 : 0);
