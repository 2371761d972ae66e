/**
 * The kit format's version, the manifest's `format`. Adding a kind of file or a section keeps it (a reader
 * ignores what it does not know); moving or renaming files, or changing a field's meaning, bumps it.
 */
export const KIT_FORMAT = "chorus-kit/1";

/**
 * The parts a kit is made of. A kit holds them all unless it was built with fewer (`chorus build --only`),
 * which its manifest's `parts` says.
 */
export const KIT_PARTS = ["emails", "social", "cards", "print", "banners", "guides", "logos"] as const;
export type KitPart = (typeof KIT_PARTS)[number];

/**
 * What a file of a kit is:
 * - `email-html`, `email-text`, `email-eml`: `<locale>/emails/<email>.html|txt|eml`
 * - `social-text`: `<locale>/social/<platform>/<post>.txt`, the post with its image's alt text and sources
 * - `social-image`: a post's image `<locale>/social/<platform>/<post>.png`, or a card
 *   `<locale>/social/cards/<size>/<card>.png` with its `social-alt` text `<card>.alt.txt` beside it
 * - `print-pdf`: `<locale>/print/<print>-<paper>.pdf`
 * - `banner-html`, `banner-image`: `<locale>/banners/<banner>.html|png`
 * - `talking-points`, `citations`: `<locale>/talking-points.txt`, `<locale>/citations.txt`
 * - `logo`: `logos/<organization>.svg|png`, the only files without a locale
 */
export type KitFileKind =
  | "email-html"
  | "email-text"
  | "email-eml"
  | "social-text"
  | "social-image"
  | "social-alt"
  | "print-pdf"
  | "banner-html"
  | "banner-image"
  | "talking-points"
  | "citations"
  | "logo";

/** One file of a kit, as the manifest lists it: every file but `manifest.json` itself. */
export interface KitFileEntry {
  /** Inside the kit's folder, `/`-separated: `en/emails/newsletter.html`. */
  path: string;
  kind: KitFileKind;
  /** Every file has one but the logos. */
  locale?: string;
  /**
   * What it was made from: a campaign material's id, a card's id (`fact-…`), a print's id (`poster`), or
   * `talking-points` and `citations`. None for the logos.
   */
  material?: string;
  mediaType: string;
  /** Hex SHA-256 of the file's bytes, and their number: what a partner or a script checks a copy against. */
  sha256: string;
  bytes: number;
}

/**
 * `manifest.json` at the top of a kit's folder: what the kit is for, every file with its hash, and a section per
 * kind of material whose `files` name the entries of `files` it is made of.
 */
export interface KitManifest {
  format: typeof KIT_FORMAT;
  campaign: { id: string; title: string; status: string; approval?: { by: string; at: string } };
  partner: { id: string; name: string };
  /** The campaign is not approved: every email says `[PROOF]` and carries the proof banner. */
  proof: boolean;
  /** When the kit was built; also the `Date` of its `.eml` files and the time of its zip entries. */
  generatedAt: string;
  /** The parts it holds: all of `KIT_PARTS` but for a kit built with fewer (then it is partial). */
  parts: KitPart[];
  /** The locales of the kit's folders, in the order the campaign first uses them. */
  locales: string[];
  files: KitFileEntry[];
  emails: {
    material: string;
    locale: string;
    template: string;
    audience: string;
    subject: string;
    preheader: string;
    files: { html: string; text: string; eml: string };
  }[];
  socialPosts: {
    material: string;
    locale: string;
    platform: string;
    /** Characters as the platform counts them, and its limit. */
    length: number;
    limit: number;
    /** The card its image shows, when the kit drew it one (a post with its own picture keeps that). */
    card?: string;
    /** Its image's alt text. */
    alt?: string;
    files: { text: string; image?: string };
  }[];
  /** The campaign's cards: each at every social size (`SOCIAL_SIZES` ids) with its alt text. */
  cards: {
    card: string;
    locale: string;
    kind: "fact" | "key-message" | "call-to-action" | "crisis-resource";
    alt: string;
    files: Record<string, { image: string; alt: string }>;
  }[];
  /** Posters, flyers and fact sheets: a PDF per paper size (`letter`, `a4`, `tabloid`). */
  prints: {
    print: string;
    kind: "poster" | "flyer" | "fact-sheet";
    locale: string;
    title: string;
    files: Record<string, string>;
  }[];
  /** Web banners: the page to embed and its image, at the banner's IAB size. */
  banners: { material: string; locale: string; size: string; files: { html: string; image: string } }[];
  /** The organizations' logo files. */
  logos: { organization: string; file: string }[];
  /** Per locale, talking points and the citation of every fact the kit uses. */
  guides: { locale: string; files: { talkingPoints: string; citations: string } }[];
}
