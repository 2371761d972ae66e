export { FactSheet, type FactSheetProps } from "./fact-sheet.js";
