/** A card or banner format: its pixel size and where it is used. */
export interface CardSize {
  id: string;
  width: number;
  height: number;
  label: string;
  platforms: readonly string[];
}

/** Social-media post formats (sizes as the platforms recommend them). */
export const SOCIAL_SIZES: readonly CardSize[] = Object.freeze([
  {
    id: "square",
    width: 1080,
    height: 1080,
    label: "Square post",
    platforms: ["Instagram", "Facebook", "LinkedIn"],
  },
  {
    id: "portrait",
    width: 1080,
    height: 1350,
    label: "Portrait post",
    platforms: ["Instagram", "Facebook"],
  },
  {
    id: "story",
    width: 1080,
    height: 1920,
    label: "Story",
    platforms: ["Instagram Stories", "Facebook Stories"],
  },
  { id: "x", width: 1200, height: 675, label: "X post", platforms: ["X"] },
  {
    id: "link",
    width: 1200,
    height: 627,
    label: "Link preview",
    platforms: ["LinkedIn", "Facebook"],
  },
]);

/** IAB display banner formats. */
export const BANNER_SIZES: readonly CardSize[] = Object.freeze([
  {
    id: "medium-rectangle",
    width: 300,
    height: 250,
    label: "Medium rectangle",
    platforms: ["IAB display"],
  },
  { id: "leaderboard", width: 728, height: 90, label: "Leaderboard", platforms: ["IAB display"] },
  {
    id: "wide-skyscraper",
    width: 160,
    height: 600,
    label: "Wide skyscraper",
    platforms: ["IAB display"],
  },
]);

export function isBanner(size: CardSize): boolean {
  return BANNER_SIZES.some((banner) => banner.id === size.id);
}

/** "1200×627 link card", "300×250 medium-rectangle banner": how errors name a size. */
export function describeSize(size: CardSize): string {
  return `${size.width}×${size.height} ${size.id} ${isBanner(size) ? "banner" : "card"}`;
}
