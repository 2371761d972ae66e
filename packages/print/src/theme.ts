import { relativeLuminance, type Theme } from "@chorus/tokens";
import { printFonts } from "./fonts.js";

/**
 * The theme as printed: its light scheme on white paper (a near-white kit background is not worth ink and
 * would show as a box inside the printer's margins), with Source Sans 3 before each generic fallback.
 * Contrast is checked on this theme, the one the PDF shows.
 */
export function printTheme(theme: Theme): Theme {
  const light = theme.colors.light;
  const bg = relativeLuminance(light.bg) >= 0.85 ? "#FFFFFF" : light.bg;
  return {
    ...theme,
    colors: { ...theme.colors, light: { ...light, bg } },
    fonts: printFonts(theme.fonts),
  };
}
