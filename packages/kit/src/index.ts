// The isomorphic entry: nothing here touches Node, so a browser can show a social post exactly as the kit
// writes it. Rendering and zipping a kit are in `@chorus/kit/node`.
export type { KitManifest } from "./manifest.js";
export { type SocialPostCopy, type SocialPostLike, socialPostCopy, socialPostFile } from "./social.js";
