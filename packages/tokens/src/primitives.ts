/**
 * Tier 1: primitives. Raw values with no meaning attached. Components never use these directly;
 * they go through the semantic tokens in `semantic.ts`, so a partner theme can swap meaning without
 * touching components.
 */
export const palette = {
  white: "#FFFFFF",
  black: "#000000",
  /** The collaborative's brand hue (its brand kit primary is navy 600). */
  navy: {
    50: "#EEF3F8",
    100: "#D6E3EF",
    200: "#AFC8DF",
    300: "#86AACB",
    400: "#5283B0",
    500: "#2F6294",
    600: "#1F4E79",
    700: "#193F62",
    800: "#13314C",
    900: "#0D2236",
  },
  /** The collaborative's secondary colour. */
  green: {
    100: "#DDEDE9",
    600: "#2E6B5E",
    800: "#1D453C",
  },
  gray: {
    50: "#F7F7F8",
    100: "#EDEEF0",
    200: "#D9DBDF",
    300: "#BCC0C6",
    400: "#8E949C",
    500: "#6B7179",
    600: "#555A61",
    700: "#3F4349",
    800: "#2A2D31",
    900: "#1B1D20",
    950: "#121315",
  },
  /** Warm accent used sparingly for calls to action in banners (the brand kit accent is gold 500). */
  gold: {
    100: "#FDF3DC",
    300: "#F7CF79",
    500: "#F2B134",
    700: "#B7801A",
  },
  blue: {
    300: "#8AB4FF",
    600: "#1F5FD1",
    700: "#1A4FAE",
  },
  red: {
    100: "#FDECEA",
    300: "#F7A29A",
    700: "#A3241B",
    900: "#3A1512",
  },
} as const;

/** Font stacks. Every stack ends in system fonts so nothing has to be downloaded. */
export const fontFamily = {
  sans: '"Source Sans 3", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
} as const;

/** Type scale in rem (1rem = 16px). Email output converts these to px. */
export const fontSize = {
  xs: 0.75,
  sm: 0.875,
  md: 1,
  lg: 1.125,
  xl: 1.25,
  "2xl": 1.5,
  "3xl": 1.875,
  "4xl": 2.25,
  "5xl": 3,
} as const;

export const lineHeight = { tight: 1.15, snug: 1.3, normal: 1.5 } as const;

export const fontWeight = { regular: 400, semibold: 600, bold: 700 } as const;

/** Spacing scale in rem: `space[4]` is 1rem. */
export const space = {
  0: 0,
  1: 0.25,
  2: 0.5,
  3: 0.75,
  4: 1,
  5: 1.25,
  6: 1.5,
  8: 2,
  10: 2.5,
  12: 3,
  16: 4,
} as const;

/** Corner radii in px. */
export const radius = { none: 0, sm: 2, md: 6, lg: 12, pill: 999 } as const;

/** Minimum viewport widths in px (mobile first). CSS cannot read custom properties in media queries, so
 * component CSS repeats these numbers; a test keeps them in step. */
export const breakpoints = { sm: 480, md: 768, lg: 1024, xl: 1280 } as const;

export type FontSizeToken = keyof typeof fontSize;
export type SpaceToken = keyof typeof space;
export type RadiusToken = keyof typeof radius;
export type BreakpointToken = keyof typeof breakpoints;
