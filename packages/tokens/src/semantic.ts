import { fontFamily, palette } from "./primitives.js";

/**
 * Tier 2: semantic colour roles. Each role says what it is for, not what it looks like, and has a light
 * and a dark value. Components use only these (through `--chorus-<role>` custom properties).
 */
export const COLOR_ROLES = [
  "bg",
  "surface",
  "fg",
  "muted",
  "border",
  "brand",
  "brand-strong",
  "brand-fg",
  "brand-subtle",
  "accent",
  "accent-fg",
  "link",
  "focus",
  "danger",
  "danger-subtle",
] as const;
export type ColorRole = (typeof COLOR_ROLES)[number];
export type ColorScheme = "light" | "dark";
export type ColorSet = Record<ColorRole, string>;

/** What each role is for; printed in the generated CSS and in the Storybook tokens page. */
export const colorRolePurpose: Record<ColorRole, string> = {
  bg: "Page background behind every component.",
  surface: "Raised panels (cards, callouts, notices) that sit on the page background.",
  fg: "Body text and headings.",
  muted: "Secondary text: captions, citations, attributions, hours. Still meets 4.5:1.",
  border: "Hairlines and card outlines. Decorative: never the only way to see a boundary.",
  brand: "The organization's colour: hero and button backgrounds, large stat figures, accent rules.",
  "brand-strong": "Hover and pressed state of brand backgrounds.",
  "brand-fg": "Text and icons placed on a brand background.",
  "brand-subtle": "Tinted background for key messages and highlighted areas.",
  accent: "Secondary call-to-action background in banners.",
  "accent-fg": "Text placed on the accent background.",
  link: "Inline links and text-style actions.",
  focus: "Keyboard focus ring. Must reach 3:1 against the page background.",
  danger: "Crisis labels and urgent text.",
  "danger-subtle": "Background of the safe-messaging notice and crisis resource cards.",
};

export const defaultColors: Record<ColorScheme, ColorSet> = {
  light: {
    bg: palette.white,
    surface: palette.gray[50],
    fg: palette.gray[900],
    muted: palette.gray[600],
    border: palette.gray[200],
    brand: palette.navy[600],
    "brand-strong": palette.navy[800],
    "brand-fg": palette.white,
    "brand-subtle": palette.navy[50],
    accent: palette.gold[500],
    "accent-fg": palette.gray[900],
    link: palette.navy[600],
    focus: palette.blue[600],
    danger: palette.red[700],
    "danger-subtle": palette.red[100],
  },
  dark: {
    bg: palette.gray[950],
    surface: palette.gray[900],
    fg: palette.gray[50],
    muted: palette.gray[300],
    border: palette.gray[700],
    brand: palette.navy[300],
    "brand-strong": palette.navy[200],
    "brand-fg": palette.gray[950],
    "brand-subtle": palette.navy[900],
    accent: palette.gold[300],
    "accent-fg": palette.gray[950],
    link: palette.navy[200],
    focus: palette.blue[300],
    danger: palette.red[300],
    "danger-subtle": palette.red[900],
  },
};

export interface ThemeFonts {
  /** Headings, stat figures, banner headlines. */
  heading: string;
  /** Running text. */
  body: string;
  /** Quotes. */
  quote: string;
}

export const defaultFonts: ThemeFonts = {
  heading: fontFamily.sans,
  body: fontFamily.sans,
  quote: fontFamily.serif,
};
