// The isomorphic entry: nothing here touches Node, so a browser can show a social post exactly as the kit
// writes it, and read a kit's manifest. Building, zipping and writing a kit are in `@chorus/kit/node`.
export {
  type CampaignCard,
  type CampaignWords,
  type CardText,
  campaignCards,
  campaignWords,
  resourceContact,
} from "./cards.js";
export {
  KIT_FORMAT,
  KIT_PARTS,
  type KitFileEntry,
  type KitFileKind,
  type KitManifest,
  type KitPart,
} from "./manifest.js";
export { type CampaignPrint, campaignPrints, citationLine, PRINT_SIZES } from "./print.js";
export {
  POST_IMAGE_SIZES,
  type PostImage,
  postCard,
  type SocialPostCopy,
  type SocialPostLike,
  socialPostCopy,
  socialPostFile,
} from "./social.js";
