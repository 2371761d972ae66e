import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ThemeFonts } from "@chorus/tokens";

const require = createRequire(import.meta.url);

/** The family the tokens name first; shipped with this package so every PDF embeds the same font. */
export const SHIPPED_FAMILY = "Source Sans 3";

/** The faces the layouts use: body, semibold labels, bold headings and italic citations. */
const FACES = [
  { weight: 400, style: "normal" },
  { weight: 600, style: "normal" },
  { weight: 700, style: "normal" },
  { weight: 400, style: "italic" },
] as const;

/** Latin covers English and Spanish (ñ, á, ¿, ¡); latin-ext the names and places in citations. */
const SUBSETS = ["latin", "latin-ext"] as const;

let cached: string | undefined;

/**
 * `@font-face` rules for Source Sans 3 (SIL Open Font License 1.1, from @fontsource/source-sans-3) with
 * the woff2 files inlined as data: URLs: the page never fetches a font, and Chromium embeds the subset it
 * uses in the PDF.
 */
export function fontFaceCss(): string {
  if (cached) return cached;
  const ranges = require("@fontsource/source-sans-3/unicode.json") as Record<string, string>;
  const rules: string[] = [];
  for (const subset of SUBSETS) {
    for (const { weight, style } of FACES) {
      const file = require.resolve(
        `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-${style}.woff2`,
      );
      const data = readFileSync(file).toString("base64");
      rules.push(
        `@font-face{font-family:"${SHIPPED_FAMILY}";font-style:${style};font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${ranges[subset]};}`,
      );
    }
  }
  cached = rules.join("\n");
  return cached;
}

const GENERIC = /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-[a-z-]+)$/;

/**
 * A font stack with the shipped family before its generic fallback, so a partner font this machine
 * lacks (Arial, Georgia on a Linux server) prints in Source Sans 3 rather than whatever the system has.
 * Serif stacks (quotes) keep their own fallback.
 */
export function withShippedFont(stack: string): string {
  const families = stack.split(",").map((family) => family.trim());
  if (families.some((family) => family.replace(/["']/g, "") === SHIPPED_FAMILY)) return stack;
  const generic = families.findIndex((family) => GENERIC.test(family));
  if (families[generic] === "serif") return stack;
  const at = generic === -1 ? families.length : generic;
  return [...families.slice(0, at), `"${SHIPPED_FAMILY}"`, ...families.slice(at)].join(", ");
}

export function printFonts(fonts: ThemeFonts): ThemeFonts {
  return { heading: withShippedFont(fonts.heading), body: withShippedFont(fonts.body), quote: fonts.quote };
}
