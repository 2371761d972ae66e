import {
  type Library,
  localized,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_TEXT_LIMITS,
  socialPostLength,
} from "@chorus/content";

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

/** The post and its sources as one plain-text file for a partner kit. */
export function socialPostFile(copy: SocialPostCopy): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const lines = [
    `${copy.platform} post (${count(copy.length)} of ${count(copy.limit)} characters)`,
    "",
    copy.post,
    "",
  ];
  if (copy.sources.length > 0) lines.push("Sources of the figures in this post:", ...copy.sources, "");
  return lines.join("\n");
}
