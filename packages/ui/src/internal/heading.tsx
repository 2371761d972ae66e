import type { ComponentPropsWithoutRef } from "react";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading whose level the page chooses, so components fit any document outline. */
export function Heading({ level, ...props }: { level: HeadingLevel } & ComponentPropsWithoutRef<"h2">) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}

export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
