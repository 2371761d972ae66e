export { ChorusTheme, type ChorusThemeProps, ThemeProvider } from "./chorus-theme.js";
