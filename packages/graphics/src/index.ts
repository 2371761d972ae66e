export { cardAltText } from "./alt.js";
export {
  GraphicContrastError,
  type GraphicContrastFailure,
  GraphicFitError,
  GraphicInputError,
} from "./errors.js";
export { MIN_MAIN_BANNER, MIN_MAIN_SOCIAL } from "./layouts.js";
export { renderCard } from "./render.js";
export { BANNER_SIZES, type CardSize, SOCIAL_SIZES } from "./sizes.js";
export type { Brand, CardContent, CardInput, RenderedCard } from "./types.js";
