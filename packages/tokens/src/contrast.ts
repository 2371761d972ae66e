import { fromHsl, parseHex, toHsl } from "./color.js";
import type { ColorRole, ColorScheme, ColorSet } from "./semantic.js";

/** WCAG 2.2 minimums: 1.4.3 text, large text (≥24px, or ≥18.66px bold), 1.4.11 non-text UI. */
export const CONTRAST_MINIMUM = { text: 4.5, "large-text": 3, "non-text": 3 } as const;
export type ContrastUse = keyof typeof CONTRAST_MINIMUM;

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two colours, from 1 to 21 (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The ratio as people quote it, to two decimals. Never rounds a failing ratio up to the minimum,
 * so a message never says "4.5:1 needs 4.5:1".
 */
export function formatRatio(ratio: number, minimum?: number): string {
  let shown = Math.round(ratio * 100) / 100;
  if (minimum !== undefined && ratio < minimum && shown >= minimum) shown = Math.floor(ratio * 100) / 100;
  return `${shown}:1`;
}

/**
 * The closest colour to `color` with the same hue and saturation that reaches `minimum` against
 * `against`, found by darkening and lightening in small lightness steps and keeping the smaller change.
 * Returns undefined when neither direction can pass (only possible for minimums above ~4.5 on mid greys).
 */
export function nearestPassingShade(color: string, against: string, minimum: number): string | undefined {
  if (contrastRatio(color, against) >= minimum) return color.toUpperCase();
  const hsl = toHsl(color);
  const step = 0.005;
  const candidates: { hex: string; delta: number }[] = [];
  for (const direction of [-1, 1]) {
    for (let delta = step; delta <= 1; delta += step) {
      const l = hsl.l + direction * delta;
      if (l < 0 || l > 1) break;
      const hex = fromHsl({ ...hsl, l });
      if (contrastRatio(hex, against) >= minimum) {
        candidates.push({ hex, delta });
        break;
      }
    }
  }
  candidates.sort((x, y) => x.delta - y.delta);
  return candidates[0]?.hex;
}

/** A foreground/background pair some component draws. */
export interface ContrastPair {
  fg: ColorRole;
  bg: ColorRole;
  use: ContrastUse;
  /** Which side comes from the brand kit and should change if the pair fails. */
  adjust: "fg" | "bg";
  /** Where the pair appears, for the error message. */
  where: string;
}

/** Every text/background pair the @chorus/ui components draw. Keep in step with the component CSS. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: "fg", bg: "bg", use: "text", adjust: "fg", where: "body text" },
  { fg: "muted", bg: "bg", use: "text", adjust: "fg", where: "captions and citations" },
  { fg: "fg", bg: "surface", use: "text", adjust: "fg", where: "text in cards and callouts" },
  { fg: "muted", bg: "surface", use: "text", adjust: "fg", where: "citations in cards" },
  { fg: "fg", bg: "brand-subtle", use: "text", adjust: "fg", where: "key message text" },
  { fg: "link", bg: "bg", use: "text", adjust: "fg", where: "links" },
  { fg: "link", bg: "surface", use: "text", adjust: "fg", where: "links in cards" },
  { fg: "brand-fg", bg: "brand", use: "text", adjust: "bg", where: "buttons, hero and banner text" },
  { fg: "brand-fg", bg: "brand-strong", use: "text", adjust: "bg", where: "hovered buttons" },
  { fg: "brand", bg: "bg", use: "large-text", adjust: "fg", where: "stat figures and large headings" },
  { fg: "brand", bg: "surface", use: "large-text", adjust: "fg", where: "stat figures in cards" },
  { fg: "accent-fg", bg: "accent", use: "text", adjust: "bg", where: "banner call-to-action buttons" },
  { fg: "danger", bg: "danger-subtle", use: "text", adjust: "fg", where: "crisis labels" },
  { fg: "fg", bg: "danger-subtle", use: "text", adjust: "fg", where: "safe-messaging notice text" },
  { fg: "focus", bg: "bg", use: "non-text", adjust: "fg", where: "keyboard focus ring" },
];

export interface ContrastIssue {
  severity: "error";
  scheme: ColorScheme;
  /** e.g. "brand-fg on brand". */
  pair: string;
  fg: string;
  bg: string;
  ratio: number;
  minimum: number;
  /** Where the pair appears (e.g. "body text"). */
  where: string;
  /** The role to change, and the nearest shade of it (same hue) that passes. */
  adjust: ColorRole;
  suggestion: string | undefined;
  message: string;
}

/** Check every pair the components use; returns one error per failing pair (empty when all pass). */
export function checkContrast(colors: ColorSet, scheme: ColorScheme = "light"): ContrastIssue[] {
  const issues: ContrastIssue[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const fg = colors[pair.fg];
    const bg = colors[pair.bg];
    const minimum = CONTRAST_MINIMUM[pair.use];
    const ratio = contrastRatio(fg, bg);
    if (ratio >= minimum) continue;
    const adjust = pair.adjust === "fg" ? pair.fg : pair.bg;
    const suggestion =
      pair.adjust === "fg" ? nearestPassingShade(fg, bg, minimum) : nearestPassingShade(bg, fg, minimum);
    const name = `${pair.fg} on ${pair.bg}`;
    const kind = pair.use === "text" ? "text" : pair.use === "large-text" ? "large text" : "a UI element";
    const fix = suggestion
      ? `nearest passing shade of ${adjust}: ${suggestion} (${formatRatio(
          pair.adjust === "fg" ? contrastRatio(suggestion, bg) : contrastRatio(fg, suggestion),
        )})`
      : `no shade of ${adjust} with the same hue passes; pick another colour`;
    issues.push({
      severity: "error",
      scheme,
      pair: name,
      fg: fg.toUpperCase(),
      bg: bg.toUpperCase(),
      ratio,
      minimum,
      where: pair.where,
      adjust,
      suggestion,
      message: `${name} (${pair.where}, ${scheme}): ${fg.toUpperCase()} on ${bg.toUpperCase()} is ${formatRatio(
        ratio,
        minimum,
      )}, ${kind} needs ${minimum}:1; ${fix}`,
    });
  }
  return issues;
}

/** Thrown by `assertContrast` when a theme has failing pairs; lists every one. */
export class ContrastError extends Error {
  readonly issues: readonly ContrastIssue[];
  constructor(themeName: string, issues: readonly ContrastIssue[]) {
    super(
      `Theme "${themeName}" fails WCAG 2.2 contrast in ${issues.length} place${issues.length === 1 ? "" : "s"}:\n${issues
        .map((issue) => `  - ${issue.message}`)
        .join("\n")}`,
    );
    this.name = "ContrastError";
    this.issues = issues;
  }
}
