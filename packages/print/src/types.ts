import type { Locale } from "@chorus/content";
import type { Theme } from "@chorus/tokens";
import type { FactSheetProps } from "@chorus/ui/fact-sheet";

/** An organization as it appears on paper: its name, and its logo when it has one. */
export interface PrintBrand {
  name: string;
  /** The logo file's bytes; printed from a data: URL, never fetched. `alt` names it in the tagged PDF. */
  logo?: { data: Uint8Array; type: "image/png" | "image/svg+xml"; alt: string };
}

/** A support resource on a poster or flyer: who to contact and how. */
export interface PrintResource {
  name: string;
  /** How to reach it, as people would dial or type it: "Call or text 988", "988lifeline.org". */
  contact: string;
  description?: string;
}

/** Where a printed code leads. Only https URLs are printed (a code must open a secure page). */
export interface PrintAction {
  label: string;
  url: string;
}

export interface PosterContent {
  headline: string;
  body?: string;
  /** One figure with its statement and its full citation line, printed under it. */
  fact?: { figure: string; statement: string; citation: string };
  action: PrintAction;
  resource?: PrintResource;
}

export interface FlyerContent {
  headline: string;
  lead?: string;
  /** Printed as a bulleted list; keep each to a sentence. */
  points: string[];
  action: PrintAction;
  resource?: PrintResource;
  /** Full citation lines for any figure in the points, printed as a numbered "Sources" list. */
  citations?: string[];
}

/**
 * The content of a printed fact sheet: the props of `@chorus/ui`'s `FactSheet` (library facts with their
 * citations, key messages, resources…) apart from the locale and lockup, which come from the print input.
 */
export type FactSheetContent = Pick<
  FactSheetProps,
  | "title"
  | "intro"
  | "keyMessages"
  | "facts"
  | "quote"
  | "definitions"
  | "resources"
  | "action"
  | "organization"
>;

export interface PrintInput<C> {
  content: C;
  locale: Locale;
  /** A theme from `@chorus/tokens` (`defaultTheme`, or `themeFromBrandKit(kit).theme`); printed in its light scheme. */
  theme: Theme;
  /** Who publishes the material. */
  brand: PrintBrand;
  /** Co-branding: the collaborative, shown first with "in partnership with" the brand. */
  collaborative?: PrintBrand;
  /** The PDF's title (what a reader's title bar and a screen reader announce). */
  title: string;
  /** Names the material in errors, e.g. "burnout-week/poster for example-health". Defaults to the title. */
  label?: string;
}
