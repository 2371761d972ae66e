// Node only: the kit's images and printed pages, drawn with a partner's look (@chorus/graphics with resvg,
// @chorus/print with Chromium).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentSet, Locale, Material, PartnerKit } from "@chorus/content";
import { type CardSize, type RenderedCard, renderCard, SOCIAL_SIZES } from "@chorus/graphics";
import {
  bannerHtml,
  factSheetHtml,
  flyerHtml,
  type PageSize,
  type PrintBrand,
  posterHtml,
} from "@chorus/print";
import { type Theme, themeFromBrandKit } from "@chorus/tokens";
import type { CampaignCard } from "./cards.js";
import type { CampaignPrint } from "./print.js";
import { POST_IMAGE_SIZES } from "./social.js";

type Logo = { data: Uint8Array; type: "image/png" | "image/svg+xml"; alt: string };

/** An organization as a kit draws it: a name and its logo's bytes. */
export interface KitBrand extends PrintBrand {
  logo?: Logo;
}

/**
 * How a partner's materials look: its theme (from its brand kit), its brand, and the collaborative it
 * co-brands with (none when the partner is the collaborative). Loaded once per kit.
 */
export interface PartnerLook {
  partner: PartnerKit;
  theme: Theme;
  brand: KitBrand;
  collaborative?: KitBrand;
  /** Each logo file as the kit ships it under `logos/`, by organization id. */
  logoFiles: { id: string; file: string; data: Uint8Array }[];
}

/** Thrown when a partner's logo file cannot be read: names the partner and the file. */
export class KitAssetError extends Error {
  override name = "KitAssetError";
}

function logoType(file: string): Logo["type"] | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === ".svg" ? "image/svg+xml" : ext === ".png" ? "image/png" : undefined;
}

/**
 * A partner's look for its kit. `baseDir` is the folder the content's paths are relative to: the parent of
 * the content root when it was loaded with `loadContent` (a partner's `logoPath` is `campaigns/_partners/…`).
 */
export async function partnerLook(
  content: ContentSet,
  partnerId: string,
  baseDir: string,
): Promise<PartnerLook> {
  const loadedPartner = content.partners.find((p) => p.partner.id === partnerId);
  if (!loadedPartner) throw new Error(`no partner "${partnerId}"`);
  const logoFiles: PartnerLook["logoFiles"] = [];
  const brandOf = async (loaded: ContentSet["partners"][number]): Promise<KitBrand> => {
    const { partner, logoPath } = loaded;
    const type = logoType(logoPath);
    if (!type)
      throw new KitAssetError(
        `${loaded.file}: the logo ${logoPath} must be an .svg or .png file (a kit draws it on cards and prints it)`,
      );
    let data: Uint8Array;
    try {
      data = new Uint8Array(await readFile(path.resolve(baseDir, logoPath)));
    } catch (error) {
      throw new KitAssetError(
        `${loaded.file}: the logo ${logoPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    logoFiles.push({ id: partner.id, file: `${partner.id}${path.extname(logoPath).toLowerCase()}`, data });
    return { name: partner.name, logo: { data, type, alt: partner.logo.alt } };
  };
  const brand = await brandOf(loadedPartner);
  const collaborativeLoaded = content.partners.find(
    (p) => p.partner.kind === "collaborative" && p.partner.id !== partnerId,
  );
  const collaborative =
    loadedPartner.partner.kind === "collaborative" || !collaborativeLoaded
      ? undefined
      : await brandOf(collaborativeLoaded);
  return {
    partner: loadedPartner.partner,
    theme: themeFromBrandKit(loadedPartner.partner).theme,
    brand,
    ...(collaborative ? { collaborative } : {}),
    logoFiles,
  };
}

/** "burnout-is-a-system-problem, card fact-x (es) for example-health": how errors name a card. */
function cardLabel(campaignId: string, card: CampaignCard, look: PartnerLook): string {
  return `campaign ${campaignId}, card ${card.id} (${card.locale}) for ${look.partner.id}`;
}

/** One card of a campaign at one size, in the partner's look: PNG, SVG and alt text. */
export function renderCampaignCard(
  look: PartnerLook,
  campaignId: string,
  card: CampaignCard,
  size: CardSize,
): Promise<RenderedCard> {
  return renderCard(
    {
      content: card.content,
      locale: card.locale,
      theme: look.theme,
      brand: look.brand,
      ...(look.collaborative ? { collaborative: look.collaborative } : {}),
      label: cardLabel(campaignId, card, look),
    },
    size,
  );
}

/** The complete HTML document a printed material is printed from (`PdfPrinter.print` at `size`). */
export function campaignPrintHtml(
  look: PartnerLook,
  campaignId: string,
  print: CampaignPrint,
  size: PageSize,
): string {
  const common = {
    locale: print.locale,
    theme: look.theme,
    brand: look.brand,
    ...(look.collaborative ? { collaborative: look.collaborative } : {}),
    title: print.title,
    label: `${campaignId}/${print.id} (${print.locale}) for ${look.partner.id}`,
  };
  switch (print.kind) {
    case "poster":
      return posterHtml({ ...common, content: print.content }, size);
    case "flyer":
      return flyerHtml({ ...common, content: print.content }, size);
    case "fact-sheet":
      return factSheetHtml({ ...common, content: print.content }, size);
  }
}

export type WebBannerMaterial = Extract<Material, { kind: "web-banner" }>;

/** A web-banner material as a self-contained HTML page in the partner's look (`PdfPrinter.snapshot` → PNG). */
export function campaignBannerHtml(look: PartnerLook, campaignId: string, banner: WebBannerMaterial): string {
  return bannerHtml({
    locale: banner.locale as Locale,
    theme: look.theme,
    brand: look.brand,
    title: banner.title ?? banner.headline,
    label: `${campaignId}/${banner.id} (${banner.locale}) for ${look.partner.id}`,
    content: {
      size: banner.size,
      headline: banner.headline,
      ...(banner.body ? { body: banner.body } : {}),
      cta: banner.cta,
    },
  });
}

/** The size of a platform's post image, from `@chorus/graphics`' table. */
export function postImageSize(platform: keyof typeof POST_IMAGE_SIZES): CardSize {
  const id = POST_IMAGE_SIZES[platform];
  const size = SOCIAL_SIZES.find((candidate) => candidate.id === id);
  if (!size) throw new Error(`no social size "${id}" for ${platform} posts`);
  return size;
}
