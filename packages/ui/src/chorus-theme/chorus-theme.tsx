import type { Locale } from "@chorus/content";
import { type ColorScheme, defaultTheme, type Theme, themeCssVariables } from "@chorus/tokens";
import type { ComponentPropsWithoutRef, CSSProperties } from "react";
import { cx } from "../internal/cx.js";

export interface ChorusThemeProps extends ComponentPropsWithoutRef<"div"> {
  /** A theme from `@chorus/tokens` (e.g. `themeFromBrandKit(kit).theme`). Defaults to the collaborative's. */
  theme?: Theme;
  colorScheme?: ColorScheme;
  /** Sets `lang` on the wrapper so screen readers pronounce the content correctly. */
  locale?: Locale;
}

/**
 * Sets the `--chorus-*` custom properties for everything inside it. Themes nest: a partner section
 * inside a collaborative page only needs its own wrapper. Renders no JavaScript-only behaviour, so it
 * works in server rendering.
 */
export function ChorusTheme({
  theme = defaultTheme,
  colorScheme = "light",
  locale,
  className,
  style,
  ...props
}: ChorusThemeProps) {
  const variables = themeCssVariables(theme, colorScheme) as CSSProperties;
  return (
    <div
      {...props}
      lang={locale ?? props.lang}
      data-chorus-scheme={colorScheme}
      data-chorus-theme={theme.id}
      className={cx("chorus-theme", className)}
      style={{ ...variables, ...style }}
    />
  );
}

/** Alias for teams that expect the usual provider name. */
export const ThemeProvider = ChorusTheme;
