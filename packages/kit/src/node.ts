// Node only: rendering .eml files (via @chorus/send), hashing, writing folders, loading content folders and worker
// threads.
export {
  campaignBannerHtml,
  campaignPrintHtml,
  KitAssetError,
  type KitBrand,
  type PartnerLook,
  partnerLook,
  postImageSize,
  renderCampaignCard,
} from "./artwork.js";
export {
  type BuildKitOptions,
  buildKit,
  EmptyKitError,
  emlOf,
  type Kit,
  kitPartners,
  renderEmail,
} from "./build.js";
export {
  type CampaignCard,
  type CampaignWords,
  type CardText,
  campaignCards,
  campaignWords,
  resourceContact,
} from "./cards.js";
export {
  buildKitInWorker,
  type KitWorkerOptions,
  MAX_KIT_WORKERS,
  type ZippedKit,
} from "./in-worker.js";
export {
  type CardWorkerOptions,
  DRAWING_GRACE_MS,
  MAX_CARD_WORKERS,
  renderCardInWorker,
} from "./in-worker-artwork.js";
export {
  KIT_FORMAT,
  KIT_PARTS,
  type KitFileEntry,
  type KitFileKind,
  type KitManifest,
  type KitPart,
} from "./manifest.js";
export { type CampaignPrint, campaignPrints, citationLine, PRINT_SIZES } from "./print.js";
export { Slots } from "./slots.js";
export { KitFolderError, writeKit } from "./write.js";
export { zipKit } from "./zip.js";
