// The isomorphic entry: nothing here touches Node, so a browser can show a social post exactly as the kit
// writes it, and read a kit's manifest. Building, zipping and writing a kit are in `@chorus/kit/node`.
export { type CampaignCard, type CardText, campaignCards, resourceContact } from "./cards.js";
export { KIT_FORMAT, type KitFileEntry, type KitFileKind, type KitManifest } from "./manifest.js";
export { type SocialPostCopy, type SocialPostLike, socialPostCopy, socialPostFile } from "./social.js";
