import { HttpsUrl } from "@chorus/content";
import { ContrastError, type ContrastIssue, checkContrast, type Theme } from "@chorus/tokens";
import { printTheme } from "./theme.js";
import type { PrintAction, PrintBrand, PrintInput } from "./types.js";

/** What the printed layouts draw: text on the page, on cards and tints, and on the brand band. */
const PRINT_PAIRS = new Set([
  "fg on bg",
  "muted on bg",
  "fg on surface",
  "muted on surface",
  "fg on brand-subtle",
  "link on bg",
  "brand-fg on brand",
  "brand on bg",
  "brand on surface",
  "danger on danger-subtle",
  "fg on danger-subtle",
]);

/** Contrast failures among the pairs print draws, in the theme as printed (light, on white paper). */
export function printContrastIssues(theme: Theme): ContrastIssue[] {
  return checkContrast(printTheme(theme).colors.light, "light").filter((issue) =>
    PRINT_PAIRS.has(issue.pair),
  );
}

/** The material's name in messages: `Poster "Burnout is a system problem"`. */
export function describe(kind: string, input: PrintInput<unknown>): string {
  return `${kind} "${input.label ?? input.title}"`;
}

export function requireText(value: unknown, what: string, field: string): void {
  if (typeof value !== "string" || value.trim() === "")
    throw new TypeError(`${what}: ${field} must not be empty.`);
}

export function requireAction(action: PrintAction | undefined, what: string, field = "content.action"): void {
  if (!action) throw new TypeError(`${what}: ${field} is missing; a printed material needs somewhere to go.`);
  requireText(action.label, what, `${field}.label`);
  if (!HttpsUrl.safeParse(action.url).success)
    throw new TypeError(
      `${what}: ${field}.url must be an https URL (got ${JSON.stringify(action.url)}); a printed QR code only ever opens a secure page.`,
    );
}

function requireBrand(brand: PrintBrand | undefined, what: string, field: string): void {
  if (!brand) throw new TypeError(`${what}: ${field} is missing.`);
  requireText(brand.name, what, `${field}.name`);
  if (brand.logo) {
    requireText(brand.logo.alt, what, `${field}.logo.alt`);
    if (brand.logo.type !== "image/png" && brand.logo.type !== "image/svg+xml")
      throw new TypeError(`${what}: ${field}.logo.type must be "image/png" or "image/svg+xml".`);
  }
}

/** The checks every layout makes before it renders: brand, title, locale and colours. */
export function checkInput(what: string, input: PrintInput<unknown>): void {
  requireText(input.title, what, "title");
  if (input.locale !== "en" && input.locale !== "es")
    throw new TypeError(`${what}: locale must be "en" or "es" (got ${JSON.stringify(input.locale)}).`);
  requireBrand(input.brand, what, "brand");
  if (input.collaborative) requireBrand(input.collaborative, what, "collaborative");
  const issues = printContrastIssues(input.theme);
  if (issues.length > 0) throw new ContrastError(input.theme.name, issues);
}
