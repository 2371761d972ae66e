import {
  type Library,
  localized,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_TEXT_LIMITS,
  socialPostLength,
} from "@chorus/content";
import type { CampaignCard } from "./cards.js";

/** The part of a social-post material this needs (the edited data or the validated material). */
export interface SocialPostLike {
  id: string;
  platform: keyof typeof SOCIAL_TEXT_LIMITS;
  text: string;
  link?: string | undefined;
  facts?: string[] | undefined;
}

export interface SocialPostCopy {
  platform: string;
  /** What to paste into the platform: the text, then the link. */
  post: string;
  /** Characters, counting the link as the platforms do (about 24), and the platform's limit. */
  length: number;
  limit: number;
  /** Where each quoted figure comes from: for the first comment, the image alt text or the team's records. */
  sources: string[];
}

/**
 * A social post ready to copy: the post itself and, separately, the sources of the facts it quotes
 * (a post has no room for citations, but whoever posts it must be able to give them).
 */
export function socialPostCopy(post: SocialPostLike, library: Library, locale: "en" | "es"): SocialPostCopy {
  const sources = (post.facts ?? []).flatMap((id) => {
    const fact = library.facts.find((f) => f.id === id);
    if (!fact) return [];
    const { citation } = fact;
    return [
      `${fact.value}: ${localized(fact.statement, locale)} Source: ${citation.publisher}, ${citation.year}. ${citation.url}`,
    ];
  });
  return {
    platform: SOCIAL_PLATFORM_NAMES[post.platform] ?? post.platform,
    post: post.link ? `${post.text}\n\n${post.link}` : post.text,
    length: socialPostLength(post),
    limit: SOCIAL_TEXT_LIMITS[post.platform] ?? 280,
    sources,
  };
}

/** Which image size (an id of `@chorus/graphics`' `SOCIAL_SIZES`) each platform's posts get. */
export const POST_IMAGE_SIZES = {
  x: "x",
  bluesky: "x",
  linkedin: "link",
  facebook: "link",
  instagram: "square",
} as const satisfies Record<keyof typeof SOCIAL_TEXT_LIMITS, string>;

/**
 * The card that illustrates a post: the card of the first fact it quotes, else the call to action its link
 * leads to, else the campaign's first key message; none when the campaign has no such card.
 */
export function postCard(post: SocialPostLike, cards: readonly CampaignCard[]): CampaignCard | undefined {
  const byId = (id: string) => cards.find((card) => card.id === id);
  const fact = post.facts?.map((id) => byId(`fact-${id}`)).find(Boolean);
  const cta = post.link
    ? cards.find((card) => card.content.kind === "call-to-action" && card.content.url === post.link)
    : undefined;
  return fact ?? cta ?? cards.find((card) => card.content.kind === "key-message");
}

/** The image a post goes out with: the kit's card file beside it, or the material's own picture. */
export interface PostImage {
  /** The image file's name, beside the post's text in the kit. */
  file?: string;
  /** The picture's address, when the post has its own (the kit does not download it). */
  src?: string;
  alt: string;
}

const POST_WORDS = {
  image: "Image",
  alt: "Image description (alt text): paste it in the platform's alt text field",
};

/** The post, its image with the alt text to give it, and its sources, as one plain-text file for a kit. */
export function socialPostFile(copy: SocialPostCopy, image?: PostImage): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const lines = [
    `${copy.platform} post (${count(copy.length)} of ${count(copy.limit)} characters)`,
    "",
    copy.post,
    "",
  ];
  if (image) {
    const where = image.file ?? image.src;
    if (where) lines.push(`${POST_WORDS.image}: ${where}`);
    lines.push(`${POST_WORDS.alt}:`, image.alt, "");
  }
  if (copy.sources.length > 0) lines.push("Sources of the figures in this post:", ...copy.sources, "");
  return lines.join("\n");
}
