export {
  CallToAction,
  type CallToActionContent,
  type CallToActionProps,
} from "./call-to-action/index.js";
export { ChorusTheme, type ChorusThemeProps, ThemeProvider } from "./chorus-theme/index.js";
export { Definition, type DefinitionProps } from "./definition/index.js";
export { FactSheet, type FactSheetProps } from "./fact-sheet/index.js";
export { Footer, type FooterOrganization, type FooterProps } from "./footer/index.js";
export { Hero, type HeroProps } from "./hero/index.js";
export { KeyMessage, type KeyMessageProps } from "./key-message/index.js";
export {
  type LockupBrand,
  lockupBrandFromKit,
  PartnerLockup,
  type PartnerLockupProps,
} from "./partner-lockup/index.js";
export { Quote, type QuoteContent, type QuoteProps } from "./quote/index.js";
export {
  ResourceCard,
  type ResourceCardProps,
  ResourceList,
  type ResourceListProps,
} from "./resource-list/index.js";
export { SafeMessagingNotice, type SafeMessagingNoticeProps } from "./safe-messaging-notice/index.js";
export {
  assertCited,
  MissingCitationError,
  StatCallout,
  type StatCalloutProps,
} from "./stat-callout/index.js";
export {
  BANNER_SIZES,
  type BannerLayout,
  type BannerSize,
  WebBanner,
  type WebBannerMaterial,
  type WebBannerProps,
} from "./web-banner/index.js";
