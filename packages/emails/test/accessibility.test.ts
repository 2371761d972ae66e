import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.js";
import { type MatrixEntry, renderMatrix } from "./matrix.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let entries: MatrixEntry[];

beforeAll(async () => {
  [browser, { entries }] = await Promise.all([launchChromium(), renderMatrix()]);
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
  const page = await browser.newPage({ colorScheme });
  try {
    // Emails must not need the network to be read: block it, as an offline inbox would.
    await page.route("**/*", (route) => route.abort());
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
  } finally {
    await page.close();
  }
}

describe("rendered emails in headless Chromium", () => {
  it("have no axe violations in light or dark mode, for every campaign × material × partner", async () => {
    const problems: string[] = [];
    for (const entry of entries) {
      for (const scheme of ["light", "dark"] as const) {
        for (const violation of await axeViolations(entry.rendered.html, scheme)) {
          problems.push(`${entry.name} (${scheme}): ${violation}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("catches a real violation (the check is live)", async () => {
    const broken = entries[0]!.rendered.html.replace(/<html dir="ltr" lang="[a-z]+">/, "<html>");
    expect((await axeViolations(broken, "light")).join("\n")).toMatch(/html-has-lang/);
  });
});
