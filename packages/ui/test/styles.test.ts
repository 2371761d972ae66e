// @vitest-environment node
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const src = new URL("../src/", import.meta.url);

async function cssFiles(): Promise<{ name: string; css: string }[]> {
  const entries = await readdir(src, { recursive: true });
  const names = entries.filter((name) => name.endsWith(".css")).sort();
  return Promise.all(names.map(async (name) => ({ name, css: await readFile(new URL(name, src), "utf8") })));
}

/** Every selector in a stylesheet, ignoring at-rule preludes. */
function selectors(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const found: string[] = [];
  for (const match of withoutComments.matchAll(/([^{};]+)\{/g)) {
    const prelude = match[1]!.trim();
    if (prelude.startsWith("@")) continue;
    // Split on top-level commas only: `.a :where(h1, h2)` is one selector.
    found.push(...prelude.split(/,(?![^(]*\))/).map((part) => part.trim()));
  }
  return found;
}

describe("component CSS", () => {
  it("styles only chorus- classes, so nothing leaks into a partner's page", async () => {
    const offenders: string[] = [];
    for (const { name, css } of await cssFiles()) {
      for (const selector of selectors(css)) {
        if (!selector.startsWith(".chorus-")) offenders.push(`${name}: ${selector}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("repeats the token breakpoints exactly in media queries", async () => {
    const { breakpoints } = await import("@chorus/tokens");
    const allowed = new Set(Object.values(breakpoints).map((px) => `${px}px`));
    for (const { name, css } of await cssFiles()) {
      for (const match of css.matchAll(/@media[^{]*width:\s*(\d+px)/g)) {
        expect(allowed.has(match[1]!), `${name} uses ${match[1]}`).toBe(true);
      }
    }
  });
});
