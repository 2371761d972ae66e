// The rendered fixtures the graphics and print stories show, written by scripts/generate-graphics-fixtures.mjs
// and scripts/generate-print-fixtures.mjs. Read through import.meta.glob so the type-check needs none of them
// (drawing every card and printing every page takes a while); the stories say so when they are missing.

/** A card or banner size, as @chorus/graphics lists them. */
export interface CardSizeFixture {
  id: string;
  width: number;
  height: number;
  label: string;
  platforms: string[];
  group: "social" | "banner";
}

/** Why @chorus/graphics or @chorus/print would not make something, in its own words. */
export interface Refusal {
  error: string;
  message: string;
}

export type CardKind = "fact" | "key-message" | "call-to-action" | "crisis-resource";

export interface CardFixture {
  partner: string;
  locale: "en" | "es";
  id: string;
  kind: CardKind;
  campaigns: string[];
  /** The alt text the kit ships with the card (absent only when every size was refused). */
  alt?: string;
  renders: Record<string, { file: string; fontSize: number } | { refused: Refusal }>;
}

export interface PartnerFixture {
  id: string;
  name: string;
  shortName: string;
}

export interface GraphicsFixtures {
  sizes: CardSizeFixture[];
  partners: PartnerFixture[];
  cards: CardFixture[];
}

export type PrintKind = "poster" | "flyer" | "fact-sheet";
export type PageSizeId = "letter" | "a4" | "tabloid";

export interface PageSizeFixture {
  id: PageSizeId;
  label: string;
  /** CSS pixels at 96 per inch. */
  width: number;
  height: number;
}

export interface PrintFixture {
  partner: string;
  locale: "en" | "es";
  campaign: string;
  id: string;
  kind: PrintKind;
  title: string;
  size: PageSizeId;
  /** The page's HTML document in .generated/print/, or why it is not printed. */
  result: { file: string; fit: number; margin: string } | { refused: Refusal };
}

export interface PrintFixtures {
  pageSizes: PageSizeFixture[];
  partners: PartnerFixture[];
  prints: PrintFixture[];
}

const graphicsJson = import.meta.glob<GraphicsFixtures>("../.generated/graphics.json", {
  eager: true,
  import: "default",
});
const printJson = import.meta.glob<PrintFixtures>("../.generated/print.json", {
  eager: true,
  import: "default",
});

export const graphicsFixtures: GraphicsFixtures | undefined = Object.values(graphicsJson)[0];
export const printFixtures: PrintFixtures | undefined = Object.values(printJson)[0];

const cardImages = import.meta.glob<string>("../.generated/graphics/*.png", {
  eager: true,
  query: "?url",
  import: "default",
});

/** The URL of a drawn card's PNG (served from .generated/graphics/, full size). */
export function cardImageUrl(file: string): string | undefined {
  return cardImages[`../.generated/graphics/${file}`];
}

const printPages = import.meta.glob<string>("../.generated/print/*.html", {
  query: "?raw",
  import: "default",
});

/** A print layout's HTML document, loaded when a story needs it (each carries its fonts, so they are large). */
export async function printHtml(file: string): Promise<string> {
  const load = printPages[`../.generated/print/${file}`];
  if (!load)
    throw new Error(`.generated/print/${file} is missing: run \`pnpm --filter storybook fixtures\`.`);
  return load();
}

export const LOCALE_NAMES = { en: "English", es: "Español" } as const;

/** Styles the graphics and print stories share, on the partner theme's colours (so axe checks their contrast). */
export const reviewStyles = {
  page: {
    display: "grid",
    gap: "1.5rem",
    fontFamily: "var(--chorus-font-body)",
    color: "var(--chorus-fg)",
    background: "var(--chorus-bg)",
  },
  muted: { color: "var(--chorus-muted)", margin: 0 },
  refusal: {
    boxSizing: "border-box",
    display: "grid",
    gap: "0.25rem",
    alignContent: "start",
    padding: "0.75rem",
    background: "var(--chorus-danger-subtle)",
    borderInlineStart: "4px solid var(--chorus-danger)",
    color: "var(--chorus-fg)",
    fontSize: "0.8125rem",
    lineHeight: 1.35,
  },
} as const;
