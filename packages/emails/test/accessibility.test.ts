import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.js";
import { expectedMatrixNames, renderMatrix } from "./matrix.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// Rendered at collection time so every campaign × material × partner is its own test: one slow email
// (or a loaded CI machine) then shows up by name instead of timing out the whole matrix.
const { content, entries } = await renderMatrix();

let browser: Browser;
const pages: Partial<Record<"light" | "dark", Page>> = {};

beforeAll(async () => {
  browser = await launchChromium();
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ colorScheme });
    // Emails must not need the network to be read: block it, as an offline inbox would.
    await page.route("**/*", (route) => route.abort());
    pages[colorScheme] = page;
  }
});
afterAll(() => browser?.close());

// WCAG rules only: axe's best-practice rules (landmarks, regions) are written for web pages, and an
// email has no page structure of its own; it is wrapped in role="article" as screen readers expect.
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(html: string, colorScheme: "light" | "dark"): Promise<string[]> {
  const page = pages[colorScheme]!;
  await page.setContent(html, { waitUntil: "domcontentloaded" });
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describe("rendered emails in headless Chromium have no axe violations", () => {
  it("covers every campaign × email material × partner in campaigns/", () => {
    expect(entries.map((e) => e.name).sort()).toEqual(expectedMatrixNames(content).sort());
  });

  it.each(entries.map((entry) => [entry.name, entry] as const))(
    "%s, light and dark",
    async (_name, entry) => {
      const problems: string[] = [];
      for (const scheme of ["light", "dark"] as const) {
        for (const violation of await axeViolations(entry.rendered.html, scheme)) {
          problems.push(`${scheme}: ${violation}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it("catches a real violation (the check is live)", async () => {
    const broken = entries[0]!.rendered.html.replace(/<html dir="ltr" lang="[a-z]+">/, "<html>");
    expect((await axeViolations(broken, "light")).join("\n")).toMatch(/html-has-lang/);
  });
});
