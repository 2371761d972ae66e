import type { PartnerKit } from "@chorus/content";
import { mix } from "./color.js";
import {
  ContrastError,
  type ContrastIssue,
  checkContrast,
  contrastRatio,
  nearestPassingShade,
} from "./contrast.js";
import { breakpoints, fontSize, fontWeight, lineHeight, radius, space } from "./primitives.js";
import {
  COLOR_ROLES,
  type ColorScheme,
  type ColorSet,
  defaultColors,
  defaultFonts,
  type ThemeFonts,
} from "./semantic.js";

/** A complete theme: everything that differs between the collaborative and a partner. */
export interface Theme {
  /** Stable id, e.g. the partner id. */
  id: string;
  /** Human name, e.g. "Riverbend Health". */
  name: string;
  colors: Record<ColorScheme, ColorSet>;
  fonts: ThemeFonts;
}

export const defaultTheme: Theme = {
  id: "chorus",
  name: "Chorus (collaborative default)",
  colors: defaultColors,
  fonts: defaultFonts,
};

/** Every custom property starts with this, so nothing collides with a partner's own CSS. */
export const CSS_PREFIX = "--chorus-";

export type CssVariables = Record<`--chorus-${string}`, string>;

/** Custom properties that never change per theme: type scale, spacing, radii, breakpoints. */
export function scaleCssVariables(): CssVariables {
  const vars: CssVariables = {};
  for (const [key, value] of Object.entries(fontSize)) vars[`--chorus-text-${key}`] = `${value}rem`;
  for (const [key, value] of Object.entries(lineHeight)) vars[`--chorus-leading-${key}`] = String(value);
  for (const [key, value] of Object.entries(fontWeight)) vars[`--chorus-weight-${key}`] = String(value);
  for (const [key, value] of Object.entries(space))
    vars[`--chorus-space-${key}`] = value === 0 ? "0" : `${value}rem`;
  for (const [key, value] of Object.entries(radius)) vars[`--chorus-radius-${key}`] = `${value}px`;
  for (const [key, value] of Object.entries(breakpoints)) vars[`--chorus-breakpoint-${key}`] = `${value}px`;
  return vars;
}

/** Custom properties for one theme in one colour scheme: `--chorus-<role>` and `--chorus-font-*`. */
export function themeCssVariables(theme: Theme, scheme: ColorScheme = "light"): CssVariables {
  const vars: CssVariables = {};
  for (const role of COLOR_ROLES) vars[`--chorus-${role}`] = theme.colors[scheme][role];
  vars["--chorus-font-heading"] = theme.fonts.heading;
  vars["--chorus-font-body"] = theme.fonts.body;
  vars["--chorus-font-quote"] = theme.fonts.quote;
  vars["--chorus-color-scheme"] = scheme;
  return vars;
}

function block(selector: string, vars: CssVariables): string {
  const lines = Object.entries(vars).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join("\n")}\n}`;
}

/**
 * The theme as a stylesheet. Light values on `selector`; dark values when the element (or an
 * ancestor) has `data-chorus-scheme="dark"`. Dark is opt-in: partners' pages decide, not the OS.
 */
export function themeToCss(
  theme: Theme = defaultTheme,
  options: { selector?: string; scales?: boolean } = {},
): string {
  const selector = options.selector ?? ":root";
  const light = {
    ...(options.scales === false ? {} : scaleCssVariables()),
    ...themeCssVariables(theme, "light"),
  };
  const darkSelector = selector
    .split(",")
    .map((s) => `${s.trim() === ":root" ? "" : `${s.trim()}`}[data-chorus-scheme="dark"]`)
    .join(", ");
  return `/* @chorus/tokens: ${theme.name} */\n${block(selector, light)}\n${block(
    darkSelector,
    themeCssVariables(theme, "dark"),
  )}\n`;
}

/** Every failing pair in both schemes. */
export function checkTheme(theme: Theme): ContrastIssue[] {
  return [...checkContrast(theme.colors.light, "light"), ...checkContrast(theme.colors.dark, "dark")];
}

/** Throws a `ContrastError` naming every failing pair and its nearest passing shade. */
export function assertContrast(theme: Theme): Theme {
  const issues = checkTheme(theme);
  if (issues.length > 0) throw new ContrastError(theme.name, issues);
  return theme;
}

/** The most readable of white, the theme's own dark text and black on `bg` (prefers the first two). */
function readableOn(bg: string, dark = defaultColors.light.fg): string {
  const candidates = ["#FFFFFF", dark.toUpperCase(), "#000000"];
  const passing = candidates.find((color) => contrastRatio(color, bg) >= 4.5);
  return (
    passing ??
    candidates.reduce((best, color) => (contrastRatio(color, bg) > contrastRatio(best, bg) ? color : best))
  );
}

/**
 * Secondary text (citations, hours, the postal address): a step lighter than the kit's text colour,
 * but never below 4.5:1 on the background or on cards. A kit with grey body text gets a muted colour
 * closer to it; one whose text is already at the limit gets its text colour itself.
 */
function mutedText(fg: string, bg: string, surface: string): string {
  for (const amount of [0.3, 0.25, 0.2, 0.15, 0.1, 0.05]) {
    const muted = mix(fg, bg, amount);
    if (contrastRatio(muted, bg) >= 4.5 && contrastRatio(muted, surface) >= 4.5) return muted;
  }
  return fg;
}

/** The part of a brand kit a theme needs (the whole `PartnerKit` fits). */
export type BrandKit = Pick<PartnerKit, "id" | "name" | "colors"> & { fonts?: PartnerKit["fonts"] };

export interface DerivedTheme {
  theme: Theme;
  /** Failing pairs: errors that name the pair and the nearest passing shade. Empty when accessible. */
  issues: ContrastIssue[];
}

/**
 * Derive a partner theme from its brand kit. The kit's own colours are used as given (primary → brand,
 * text → fg, background → bg, accent or secondary → accent) and checked; colours the kit does not
 * specify (text on brand, tints, the dark scheme) are derived so they pass. Failing pairs come back as
 * `issues` rather than a throw so a builder can show them all; call `assertContrast` to enforce.
 */
export function themeFromBrandKit(kit: BrandKit): DerivedTheme {
  const base = defaultColors.light;
  const brand = kit.colors.primary.toUpperCase();
  const bg = (kit.colors.background ?? base.bg).toUpperCase();
  const fg = (kit.colors.text ?? base.fg).toUpperCase();
  const accent = (kit.colors.accent ?? kit.colors.secondary ?? base.accent).toUpperCase();
  const brandFg = readableOn(brand, fg);
  // Hover goes further from the text colour: darker under white text, lighter under dark text.
  const hover = mix(brand, brandFg === "#FFFFFF" ? "#000000" : "#FFFFFF", 0.25);
  const surface = mix(bg, brand, 0.04);
  const light: ColorSet = {
    bg,
    surface,
    fg,
    muted: mutedText(fg, bg, surface),
    border: mix(bg, fg, 0.18),
    brand,
    "brand-strong": nearestPassingShade(hover, brandFg, 4.5) ?? hover,
    "brand-fg": brandFg,
    "brand-subtle": mix(bg, brand, 0.08),
    accent,
    "accent-fg": readableOn(accent, fg),
    link: brand,
    focus: base.focus,
    danger: base.danger,
    "danger-subtle": base["danger-subtle"],
  };
  // The dark scheme is always derived: brand colours are lightened along their own hue until they
  // read on the dark background, so a partner never has to design a dark palette.
  const darkBase = defaultColors.dark;
  const darkBrand = nearestPassingShade(brand, darkBase.bg, 4.5) ?? darkBase.brand;
  const darkAccent = nearestPassingShade(accent, darkBase.bg, 3) ?? darkBase.accent;
  const dark: ColorSet = {
    ...darkBase,
    surface: mix(darkBase.bg, darkBrand, 0.08),
    brand: darkBrand,
    "brand-strong": mix(darkBrand, "#FFFFFF", 0.25),
    "brand-fg": readableOn(darkBrand, darkBase.bg),
    "brand-subtle": mix(darkBase.bg, darkBrand, 0.16),
    accent: darkAccent,
    "accent-fg": readableOn(darkAccent, darkBase.bg),
    link: nearestPassingShade(mix(darkBrand, "#FFFFFF", 0.2), darkBase.bg, 4.5) ?? darkBase.link,
  };
  const theme: Theme = {
    id: kit.id,
    name: kit.name,
    colors: { light, dark },
    fonts: {
      heading: kit.fonts?.heading ?? defaultFonts.heading,
      body: kit.fonts?.body ?? defaultFonts.body,
      quote: defaultFonts.quote,
    },
  };
  return { theme, issues: checkTheme(theme) };
}
