// Node only: rendering .eml files (via @chorus/send), hashing, writing folders, loading content folders and worker
// threads.
export {
  type BuildKitOptions,
  buildKit,
  EmptyKitError,
  emlOf,
  type Kit,
  kitPartners,
  renderEmail,
} from "./build.js";
export { type CampaignCard, type CardText, campaignCards, resourceContact } from "./cards.js";
export {
  buildKitInWorker,
  type KitWorkerOptions,
  MAX_KIT_WORKERS,
  type ZippedKit,
} from "./in-worker.js";
export { KIT_FORMAT, type KitFileEntry, type KitFileKind, type KitManifest } from "./manifest.js";
export { KitFolderError, writeKit } from "./write.js";
export { zipKit } from "./zip.js";
