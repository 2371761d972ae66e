import { breakpoints, fontSize, fontWeight, lineHeight, radius, space } from "./primitives.js";
import type { defaultColors } from "./semantic.js";
import { defaultTheme, type Theme } from "./theme.js";

/**
 * Email clients ignore custom properties and many ignore rem, and web fonts rarely load, so emails get
 * resolved literals: hex colours, px sizes and web-safe font stacks.
 */
export interface EmailTokens {
  colors: typeof defaultColors.light;
  fonts: { heading: string; body: string; quote: string };
  fontSize: Record<keyof typeof fontSize, string>;
  lineHeight: typeof lineHeight;
  fontWeight: typeof fontWeight;
  space: Record<keyof typeof space, string>;
  radius: Record<keyof typeof radius, string>;
  /** Standard email body width in px. */
  contentWidth: number;
  /** Below this width, email layouts stack. */
  mobileBreakpoint: number;
}

const WEB_SAFE_FALLBACK = "Arial, Helvetica, sans-serif";

/** Drop web fonts no inbox will have, keeping the stack's system fonts. */
function emailFontStack(stack: string): string {
  const safe = stack
    .split(",")
    .map((font) => font.trim())
    .filter((font) =>
      /^(Georgia|"?Times New Roman"?|Arial|Helvetica|Verdana|Tahoma|"?Trebuchet MS"?|serif|sans-serif|"?Segoe UI"?)$/i.test(
        font,
      ),
    );
  return safe.length > 0 ? safe.join(", ") : WEB_SAFE_FALLBACK;
}

const px = (rem: number) => `${Math.round(rem * 16)}px`;

function mapValues<T extends Record<string, number>>(record: T, fn: (value: number) => string) {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)])) as Record<
    keyof T,
    string
  >;
}

/** Literal values for email templates (always the light scheme: dark-mode email rendering is the client's). */
export function emailTokens(theme: Theme = defaultTheme): EmailTokens {
  return {
    colors: { ...theme.colors.light },
    fonts: {
      heading: emailFontStack(theme.fonts.heading),
      body: emailFontStack(theme.fonts.body),
      quote: emailFontStack(theme.fonts.quote),
    },
    fontSize: mapValues(fontSize, px),
    lineHeight,
    fontWeight,
    space: mapValues(space, px),
    radius: mapValues(radius, (value) => `${value}px`),
    contentWidth: 600,
    mobileBreakpoint: breakpoints.sm,
  };
}
