export {
  CONTRAST_MINIMUM,
  CONTRAST_PAIRS,
  ContrastError,
  type ContrastIssue,
  type ContrastPair,
  type ContrastUse,
  checkContrast,
  contrastRatio,
  formatRatio,
  nearestPassingShade,
  relativeLuminance,
} from "./contrast.js";
export { type EmailTokens, emailTokens } from "./email.js";
export { brandKitDiagnostics } from "./kit-check.js";
export {
  type BreakpointToken,
  breakpoints,
  type FontSizeToken,
  fontFamily,
  fontSize,
  fontWeight,
  lineHeight,
  palette,
  type RadiusToken,
  radius,
  type SpaceToken,
  space,
} from "./primitives.js";
export {
  COLOR_ROLES,
  type ColorRole,
  type ColorScheme,
  type ColorSet,
  colorRolePurpose,
  defaultColors,
  defaultFonts,
  type ThemeFonts,
} from "./semantic.js";
export {
  assertContrast,
  type BrandKit,
  CSS_PREFIX,
  type CssVariables,
  checkTheme,
  type DerivedTheme,
  defaultTheme,
  scaleCssVariables,
  type Theme,
  themeCssVariables,
  themeFromBrandKit,
  themeToCss,
} from "./theme.js";
