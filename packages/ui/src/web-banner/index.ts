export {
  BANNER_SIZES,
  type BannerLayout,
  type BannerSize,
  WebBanner,
  type WebBannerMaterial,
  type WebBannerProps,
} from "./web-banner.js";
