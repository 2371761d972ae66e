import { type ContentSet, LOCALES, type LoadedCampaign, type Locale, type Material } from "@chorus/content";
import { rendersAsProof } from "@chorus/emails";
import { cardAltText, SOCIAL_SIZES } from "@chorus/graphics";
import { postCard, socialPostCopy } from "@chorus/kit";
import { campaignBannerHtml, campaignCards, campaignPrints, postImageSize } from "@chorus/kit/node";
import { PAGE_SIZES, type PageSize } from "@chorus/print";
import { access } from "@chorus/team";
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { ArtworkUnavailableError, type Made } from "../artwork.js";
import {
  attachment,
  campaignParams,
  params,
  problem,
  query,
  type RouteDeps,
  slugParam,
  slugQuery,
} from "../http.js";
import { StoreError } from "../store.js";
import { loadCampaign, partnerOf } from "../targets.js";
import { refused } from "../team.js";

/** How long one image or PDF may take, waiting in line included, before the person is told to try again. */
export const RENDER_TIMEOUT_MS = 60_000;

const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", es: "Spanish" };

const locale = z.enum(LOCALES, {
  error: (issue) =>
    `"${String(issue.input ?? "")}" is not a language of the builder: use ${LOCALES.join(" or ")} (?locale=…)`,
});
const cardSize = z.custom<string>((value) => SOCIAL_SIZES.some((size) => size.id === value), {
  error: (issue) =>
    `"${String(issue.input ?? "")}" is not a card size: use ${SOCIAL_SIZES.map((size) => size.id).join(", ")}`,
});
const pageSize = z.custom<PageSize>(
  (value) => typeof value === "string" && Object.hasOwn(PAGE_SIZES, value),
  {
    error: (issue) =>
      `"${String(issue.input ?? "")}" is not a paper size: use ${Object.keys(PAGE_SIZES).join(", ")}`,
  },
);

const partnerQuery = z.object({ partner: slugQuery("partner", "partner") });
const partnerLocaleQuery = partnerQuery.extend({ locale });
const cardParams = z.object({ id: slugParam("campaign"), card: slugParam("card"), size: cardSize });
const postParams = z.object({ id: slugParam("campaign"), material: slugParam("material") });
const printParams = z.object({
  id: slugParam("campaign"),
  print: slugParam("printed material"),
  size: pageSize,
});
const bannerParams = z.object({
  id: slugParam("campaign"),
  material: slugParam("material"),
  format: z.enum(["html", "png"], { error: "format must be html or png" }),
});

type WebBanner = Extract<Material, { kind: "web-banner" }>;
type SocialPost = Extract<Material, { kind: "social-post" }>;

/** A campaign's locale, or a 404 naming the languages it has. */
function campaignLocale(loaded: LoadedCampaign, wanted: Locale): Locale {
  const { campaign } = loaded;
  if (campaign.locales.includes(wanted)) return wanted;
  throw new StoreError(
    404,
    `campaign "${campaign.id}" has no ${LANGUAGE_NAMES[wanted]} version: its languages are ${campaign.locales.map((l) => LANGUAGE_NAMES[l]).join(" and ")}`,
  );
}

function materialOf<K extends Material["kind"]>(loaded: LoadedCampaign, id: string, kind: K, what: string) {
  const material = loaded.campaign.materials.find((m) => m.id === id);
  if (!material || material.kind !== kind)
    throw new StoreError(404, `campaign "${loaded.campaign.id}" has no ${what} "${id}"`);
  return material as Extract<Material, { kind: K }>;
}

/** The card a post goes out with (at its platform's size), as the kit draws it; none when it has its own picture. */
function postImage(content: ContentSet, loaded: LoadedCampaign, post: SocialPost) {
  if (post.image) return undefined;
  const card = postCard(post, campaignCards(loaded.campaign, content.library, post.locale));
  return card ? { card, size: postImageSize(post.platform) } : undefined;
}

/** "300x250" → its width and height. */
function bannerBox(size: string): { width: number; height: number } {
  const [width = 0, height = 0] = size.split("x").map(Number);
  return { width, height };
}

/**
 * What the builder draws and prints from a saved campaign for a partner, as the partner's kit has them: the
 * listing of one language, and each card (PNG at a social size), post image, printed material (PDF at a paper
 * size) and web banner (HTML or PNG) on its own. Each route is gated like the kit export: the person may export
 * as the partner, then may read the campaign. Words that do not fit are a 422 with what to shorten.
 */
export function artworkRoutes({ config, store, gate, artwork }: RouteDeps) {
  const load = () => artwork.load();

  /** The partner (one the campaign allows), its look and the cache key of this content for it. */
  async function prepare(content: ContentSet, loaded: LoadedCampaign, partnerId: string) {
    const partner = partnerOf(content, loaded, partnerId);
    const look = await artwork.look(content, partnerId);
    return { partner, look, key: `${artwork.fingerprint(content, loaded, look)}|${partnerId}` };
  }

  /**
   * Wait for an image or PDF, for this request at most RENDER_TIMEOUT_MS: a person who leaves stops it (when
   * nobody else waits for it), and one kept waiting too long is told to try again.
   */
  async function rendered(c: Context, make: (signal: AbortSignal) => Promise<Made>): Promise<Made> {
    const timeout = AbortSignal.timeout(RENDER_TIMEOUT_MS);
    const signal = AbortSignal.any([c.req.raw.signal, timeout]);
    try {
      return await make(signal);
    } catch (error) {
      if (timeout.aborted)
        throw new ArtworkUnavailableError(
          "the builder is busy and this took too long: try again in a minute, or download the whole kit",
        );
      if (c.req.raw.signal.aborted) throw new ArtworkUnavailableError("the request was cancelled");
      throw error;
    }
  }

  /** The file, or a 422 with the words to shorten. */
  function file(c: Context, made: Made, type: string, name: string) {
    if ("refusal" in made) return problem(c, 422, made.refusal);
    return c.body(made.bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": type,
      "Content-Disposition": attachment(name),
    });
  }

  return new Hono()
    .get("/campaigns/:id/artwork", params(campaignParams), query(partnerLocaleQuery), async (c) => {
      const { id } = c.req.valid("param");
      const { partner: partnerId, locale: wanted } = c.req.valid("query");
      const denied = refused(
        c,
        gate.allow(c, (a) => access.exportAs(a, partnerId)),
      );
      if (denied) return denied;
      const { content, loaded } = await loadCampaign(store, id, load);
      const hidden = refused(
        c,
        gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
      );
      if (hidden) return hidden;
      const { partner, look, key } = await prepare(content, loaded, partnerId);
      const { campaign } = loaded;
      const lang = campaignLocale(loaded, wanted);
      const on = `partner=${partnerId}`;
      const base = `/api/campaigns/${id}/artwork`;
      const alt = (card: (typeof cards)[number]) =>
        cardAltText({ content: card.content, locale: lang, theme: look.theme, brand: look.brand });
      const cards = campaignCards(campaign, content.library, lang);
      const posts = campaign.materials.filter(
        (m): m is SocialPost => m.kind === "social-post" && m.locale === lang,
      );
      const banners = campaign.materials.filter(
        (m): m is WebBanner => m.kind === "web-banner" && m.locale === lang,
      );
      return c.json({
        campaign: { id, title: campaign.title, status: campaign.status, proof: rendersAsProof(campaign) },
        partner: { id: partner.id, name: partner.name },
        locale: lang,
        // Changes whenever what the files are made from changes: the browser draws its thumbnails again.
        version: key,
        sizes: SOCIAL_SIZES.map(({ id: size, width, height, label, platforms }) => ({
          id: size,
          width,
          height,
          label,
          platforms: [...platforms],
        })),
        cards: cards.map((card) => ({
          id: card.id,
          kind: card.content.kind,
          alt: alt(card),
          files: Object.fromEntries(
            SOCIAL_SIZES.map((size) => [size.id, `${base}/cards/${card.id}/${size.id}?${on}&locale=${lang}`]),
          ) as Record<string, string>,
        })),
        posts: posts.map((post) => {
          const copy = socialPostCopy(post, content.library, lang);
          const drawn = postImage(content, loaded, post);
          return {
            material: post.id,
            title: post.title ?? null,
            platform: copy.platform,
            post: copy.post,
            length: copy.length,
            limit: copy.limit,
            sources: copy.sources,
            image: drawn
              ? {
                  drawn: true as const,
                  card: drawn.card.id,
                  alt: alt(drawn.card),
                  width: drawn.size.width,
                  height: drawn.size.height,
                  file: `${base}/posts/${post.id}/image?${on}`,
                }
              : post.image
                ? { drawn: false as const, src: post.image.src, alt: post.image.alt }
                : null,
          };
        }),
        prints: campaignPrints(campaign, content.library, lang, partner).map((print) => ({
          id: print.id,
          kind: print.kind,
          title: print.title,
          files: print.sizes.map((size) => ({
            size,
            label: PAGE_SIZES[size].label,
            file: `${base}/prints/${print.id}/${size}?${on}&locale=${lang}`,
          })),
        })),
        banners: banners.map((banner) => ({
          material: banner.id,
          title: banner.title ?? null,
          headline: banner.headline,
          // What the banner says, for its image's alt text: its words, then its button.
          alt: [banner.headline, banner.body, banner.cta.label].filter(Boolean).join(" "),
          size: banner.size,
          ...bannerBox(banner.size),
          files: {
            html: `${base}/banners/${banner.id}/html?${on}`,
            png: `${base}/banners/${banner.id}/png?${on}`,
          },
        })),
      });
    })
    .get(
      "/campaigns/:id/artwork/cards/:card/:size",
      params(cardParams),
      query(partnerLocaleQuery),
      async (c) => {
        const { id, card: cardId, size: sizeId } = c.req.valid("param");
        const { partner: partnerId, locale: wanted } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.exportAs(a, partnerId)),
        );
        if (denied) return denied;
        const { content, loaded } = await loadCampaign(store, id, load);
        const hidden = refused(
          c,
          gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
        );
        if (hidden) return hidden;
        const { look, key } = await prepare(content, loaded, partnerId);
        const lang = campaignLocale(loaded, wanted);
        const card = campaignCards(loaded.campaign, content.library, lang).find((x) => x.id === cardId);
        if (!card)
          return problem(c, 404, `campaign "${id}" has no card "${cardId}" in ${LANGUAGE_NAMES[lang]}`);
        const size = SOCIAL_SIZES.find((x) => x.id === sizeId)!;
        const made = await rendered(c, (signal) => artwork.card(key, look, id, card, size, signal));
        return file(c, made, "image/png", `${id}-${card.id}-${size.id}-${lang}-${partnerId}.png`);
      },
    )
    .get(
      "/campaigns/:id/artwork/posts/:material/image",
      params(postParams),
      query(partnerQuery),
      async (c) => {
        const { id, material: materialId } = c.req.valid("param");
        const { partner: partnerId } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.exportAs(a, partnerId)),
        );
        if (denied) return denied;
        const { content, loaded } = await loadCampaign(store, id, load);
        const hidden = refused(
          c,
          gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
        );
        if (hidden) return hidden;
        const { look, key } = await prepare(content, loaded, partnerId);
        const post = materialOf(loaded, materialId, "social-post", "social post");
        const drawn = postImage(content, loaded, post);
        if (!drawn)
          return problem(
            c,
            404,
            post.image
              ? `the social post "${materialId}" has its own picture (${post.image.src}): the kit draws no image for it`
              : `the social post "${materialId}" has no image: the campaign has no fact, call to action or key message to draw`,
          );
        const made = await rendered(c, (signal) =>
          artwork.card(key, look, id, drawn.card, drawn.size, signal),
        );
        return file(c, made, "image/png", `${id}-${post.id}-${partnerId}.png`);
      },
    )
    .get(
      "/campaigns/:id/artwork/prints/:print/:size",
      params(printParams),
      query(partnerLocaleQuery),
      async (c) => {
        const { id, print: printId, size } = c.req.valid("param");
        const { partner: partnerId, locale: wanted } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.exportAs(a, partnerId)),
        );
        if (denied) return denied;
        const { content, loaded } = await loadCampaign(store, id, load);
        const hidden = refused(
          c,
          gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
        );
        if (hidden) return hidden;
        const { partner, look, key } = await prepare(content, loaded, partnerId);
        const lang = campaignLocale(loaded, wanted);
        const print = campaignPrints(loaded.campaign, content.library, lang, partner).find(
          (p) => p.id === printId,
        );
        if (!print)
          return problem(
            c,
            404,
            `campaign "${id}" has no printed material "${printId}" in ${LANGUAGE_NAMES[lang]}`,
          );
        if (!print.sizes.includes(size))
          return problem(
            c,
            404,
            `the ${print.title} is printed on ${print.sizes.map((s) => PAGE_SIZES[s].label).join(" and ")} only, not ${PAGE_SIZES[size].label}`,
          );
        const made = await rendered(c, (signal) =>
          artwork.print(key, look, id, print, size, config.now(), signal),
        );
        return file(c, made, "application/pdf", `${id}-${print.id}-${size}-${lang}-${partnerId}.pdf`);
      },
    )
    .get(
      "/campaigns/:id/artwork/banners/:material/:format",
      params(bannerParams),
      query(partnerQuery),
      async (c) => {
        const { id, material: materialId, format } = c.req.valid("param");
        const { partner: partnerId } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.exportAs(a, partnerId)),
        );
        if (denied) return denied;
        const { content, loaded } = await loadCampaign(store, id, load);
        const hidden = refused(
          c,
          gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
        );
        if (hidden) return hidden;
        const { look, key } = await prepare(content, loaded, partnerId);
        const banner = materialOf(loaded, materialId, "web-banner", "web banner");
        const name = `${id}-${banner.id}-${partnerId}.${format}`;
        if (format === "html") {
          return c.body(campaignBannerHtml(look, id, banner), 200, {
            "Content-Type": "text/html; charset=utf-8",
            "Content-Disposition": attachment(name),
            // Opened on its own, the banner is inert: its styles, fonts and logo are inline; no scripts, no forms.
            "Content-Security-Policy":
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; sandbox",
          });
        }
        const made = await rendered(c, (signal) => artwork.banner(key, look, id, banner, signal));
        return file(c, made, "image/png", name);
      },
    );
}
