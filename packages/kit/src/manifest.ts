/**
 * The kit format's version, the manifest's `format`. Adding a kind of file or a section keeps it (a reader
 * ignores what it does not know); moving or renaming files, or changing a field's meaning, bumps it.
 */
export const KIT_FORMAT = "chorus-kit/1";

/**
 * What a file of a kit is. Images of social posts (`social-image`, `<locale>/social/<platform>/<post>.png`) and
 * print PDFs (`print-pdf`, `<locale>/print/<material>.pdf`) will join these without changing the format.
 */
export type KitFileKind = "email-html" | "email-text" | "email-eml" | "social-text";

/** One file of a kit, as the manifest lists it: every file but `manifest.json` itself. */
export interface KitFileEntry {
  /** Inside the kit's folder, `/`-separated: `en/emails/newsletter.html`. */
  path: string;
  kind: KitFileKind;
  locale: string;
  /** The id of the campaign material it was made from. */
  material: string;
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
    files: { text: string };
  }[];
}
