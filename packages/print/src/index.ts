export { type BannerContent, bannerHtml, bannerSize } from "./banner.js";
export { factSheetHtml } from "./fact-sheet.js";
export { flyerHtml } from "./flyer.js";
export { PAGE_SIZES, type PageSize } from "./page-sizes.js";
export { posterHtml } from "./poster.js";
export {
  BannerFitError,
  CHROMIUM_ARGS,
  PdfPrinter,
  type PdfPrinterOptions,
  PrintFitError,
  type PrintOptions,
} from "./printer.js";
export type {
  FactSheetContent,
  FlyerContent,
  PosterContent,
  PrintAction,
  PrintBrand,
  PrintInput,
  PrintResource,
} from "./types.js";
