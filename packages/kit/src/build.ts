import { createHash } from "node:crypto";
import {
  type Campaign,
  type ContentSet,
  citationText,
  type Fact,
  type LoadedCampaign,
  type Locale,
  localized,
  type PartnerKit,
} from "@chorus/content";
import { EmailRenderError, type RenderedEmail, renderMaterial, rendersAsProof } from "@chorus/emails";
import { type CardSize, type RenderedCard, SOCIAL_SIZES } from "@chorus/graphics";
import { PdfPrinter } from "@chorus/print";
import { buildEml, messageIdFor } from "@chorus/send";
import { strToU8 } from "fflate";
import {
  campaignBannerHtml,
  campaignPrintHtml,
  partnerLook,
  postImageSize,
  renderCampaignCard,
  type WebBannerMaterial,
} from "./artwork.js";
import { type CampaignCard, campaignCards, campaignWords, resourceContact } from "./cards.js";
import {
  KIT_FORMAT,
  KIT_PARTS,
  type KitFileEntry,
  type KitFileKind,
  type KitManifest,
  type KitPart,
} from "./manifest.js";
import { campaignPrints } from "./print.js";
import { postCard, socialPostCopy, socialPostFile } from "./social.js";

/** A campaign with nothing a kit carries: the builder's export and `chorus build` both refuse it. */
export class EmptyKitError extends Error {
  override name = "EmptyKitError";
}

function emptyKit(kinds: readonly string[]): EmptyKitError {
  const has = [...new Set(kinds)].join(" and ");
  return new EmptyKitError(
    `this campaign has nothing a kit carries yet: a kit holds emails, social posts and cards, banners and printed materials made from its key messages, facts and calls to action, and it has ${has ? `only ${has} materials` : "no materials"} and none of those`,
  );
}

/**
 * One partner's kit of one campaign, in memory: what `zipKit` zips and `writeKit` writes, byte for byte the same
 * files either way.
 */
export interface Kit {
  /** The kit's folder name, `<campaign>-<partner>`: the top folder of its zip. */
  name: string;
  manifest: KitManifest;
  /** Every file by its path inside the kit's folder, in the manifest's order, `manifest.json` last. */
  files: ReadonlyMap<string, Uint8Array>;
}

export interface BuildKitOptions {
  /** The kit's date: the manifest's `generatedAt`, the `.eml` files' `Date`, the zip's file times. */
  now: Date;
  /**
   * The folder the content's paths are relative to, where the partners' logo files are read from: the parent
   * of the content root (`campaigns/`) when it was loaded with `loadContent`.
   */
  baseDir: string;
  /**
   * The Chromium that prints the kit's PDFs and banners; one is launched for this kit (and closed) when
   * none is given. Building many kits, pass one and close it after.
   */
  printer?: PdfPrinter;
  /** Build only these parts (a partial kit, for a quick look at some of them); all by default. */
  parts?: readonly KitPart[];
}

const MEDIA_TYPES: Record<KitFileKind, string> = {
  "email-html": "text/html; charset=utf-8",
  "email-text": "text/plain; charset=utf-8",
  "email-eml": "message/rfc822",
  "social-text": "text/plain; charset=utf-8",
  "social-image": "image/png",
  "social-alt": "text/plain; charset=utf-8",
  "print-pdf": "application/pdf",
  "banner-html": "text/html; charset=utf-8",
  "banner-image": "image/png",
  logo: "",
  "talking-points": "text/plain; charset=utf-8",
  citations: "text/plain; charset=utf-8",
};

/** One email of a campaign for one partner, as it goes into a kit (a proof unless the campaign is approved). */
export async function renderEmail(
  content: ContentSet,
  loaded: LoadedCampaign,
  materialId: string,
  partnerId: string,
): Promise<RenderedEmail> {
  return renderMaterial(content, loaded.campaign.id, materialId, partnerId, {
    proof: rendersAsProof(loaded.campaign),
  });
}

/** A standalone .eml a partner can open in a mail client or import into their sending tool. */
export function emlOf(
  rendered: RenderedEmail,
  key: string,
  date: Date,
  to = "recipient@example.org",
): string {
  return buildEml(
    {
      to,
      from: rendered.from,
      ...(rendered.replyTo ? { replyTo: rendered.replyTo } : {}),
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      headers: rendered.headers,
    },
    { messageId: messageIdFor(key, 0, rendered.from), date },
  );
}

/** The partners a campaign has kits for: those it names, or every partner when it names none. */
export function kitPartners(content: ContentSet, campaign: Pick<Campaign, "partners">): PartnerKit[] {
  const named = campaign.partners;
  return content.partners
    .map(({ partner }) => partner)
    .filter((partner) => named.length === 0 || named.includes(partner.id));
}

/**
 * One partner's kit of a campaign. Per locale: every email material rendered with the partner's brand (.html,
 * .txt, .eml); every social post as the text to paste with the sources of its figures and its image; the
 * campaign's cards (facts, key messages, calls to action, crisis lines) at every social size with their alt
 * text; its printed materials as PDFs at each paper size; its web banners as HTML and PNG; talking points and
 * the citation of every fact it uses. Plus the logos, and a manifest with the hash of every file. A campaign
 * that is not approved builds as proofs. A card, page or banner whose words do not fit refuses the whole kit
 * with a message naming it and what to shorten. Renders on the calling thread: a server uses
 * `buildKitInWorker`.
 */
export async function buildKit(
  content: ContentSet,
  loaded: LoadedCampaign,
  partnerId: string,
  options: BuildKitOptions,
): Promise<Kit> {
  const { now } = options;
  const { campaign } = loaded;
  const partner = content.partners.find((p) => p.partner.id === partnerId)?.partner;
  if (!partner) throw new Error(`no partner "${partnerId}"`);
  // The same refusal as rendering one of its emails, so a kit of social posts alone is refused too.
  if (!kitPartners(content, campaign).some((p) => p.id === partnerId))
    throw new EmailRenderError(`partner "${partnerId}" is not one of campaign "${campaign.id}"'s partners`);
  const parts = new Set(options.parts ?? KIT_PARTS);
  const unknown = [...parts].filter((part) => !KIT_PARTS.includes(part));
  if (unknown.length > 0)
    throw new TypeError(`no kit part ${unknown.join(", ")}: the parts are ${KIT_PARTS.join(", ")}`);
  const files = new Map<string, Uint8Array>();
  const manifest: KitManifest = {
    format: KIT_FORMAT,
    campaign: {
      id: campaign.id,
      title: campaign.title,
      status: campaign.status,
      ...(campaign.approval ? { approval: { by: campaign.approval.by, at: campaign.approval.at } } : {}),
    },
    partner: { id: partner.id, name: partner.name },
    proof: rendersAsProof(campaign),
    generatedAt: now.toISOString(),
    parts: KIT_PARTS.filter((part) => parts.has(part)),
    locales: [],
    files: [],
    emails: [],
    socialPosts: [],
    cards: [],
    prints: [],
    banners: [],
    logos: [],
    guides: [],
  };
  const add = (
    path: string,
    data: string | Uint8Array,
    kind: KitFileKind,
    material?: { id: string; locale: string },
    mediaType = MEDIA_TYPES[kind],
  ) => {
    const bytes = typeof data === "string" ? strToU8(data) : data;
    if (files.has(path))
      throw new Error(`two files of the kit would be ${path}: rename one of the materials`);
    files.set(path, bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const entry: KitFileEntry = {
      path,
      kind,
      ...(material ? { locale: material.locale, material: material.id } : {}),
      mediaType,
      sha256,
      bytes: bytes.byteLength,
    };
    manifest.files.push(entry);
    if (material && !manifest.locales.includes(material.locale)) manifest.locales.push(material.locale);
    return path;
  };

  for (const material of campaign.materials) {
    if (material.kind !== "email" || !parts.has("emails")) continue;
    const rendered = await renderEmail(content, loaded, material.id, partnerId);
    const at = (ext: string) => `${material.locale}/emails/${material.id}.${ext}`;
    const eml = emlOf(rendered, `${campaign.id}/${material.id}/${partnerId}`, now);
    manifest.emails.push({
      material: material.id,
      locale: material.locale,
      template: material.template,
      audience: material.audience,
      subject: rendered.subject,
      preheader: rendered.preheader,
      files: {
        html: add(at("html"), rendered.html, "email-html", material),
        text: add(at("txt"), rendered.text, "email-text", material),
        eml: add(at("eml"), eml, "email-eml", material),
      },
    });
  }

  const look = await partnerLook(content, partnerId, options.baseDir);
  const printing = parts.has("print") || parts.has("banners");
  const printer = options.printer ?? (printing ? await PdfPrinter.launch() : undefined);
  try {
    const plans = campaign.locales.map((locale) => ({
      locale,
      cards: campaignCards(campaign, content.library, locale),
      prints: parts.has("print") ? campaignPrints(campaign, content.library, locale, partner) : [],
      posts: parts.has("social")
        ? campaign.materials.filter((m) => m.kind === "social-post" && m.locale === locale)
        : [],
      banners: parts.has("banners")
        ? campaign.materials.filter(
            (m): m is WebBannerMaterial => m.kind === "web-banner" && m.locale === locale,
          )
        : [],
    }));
    // Cards are drawn here (resvg) while Chromium prints in its own processes: the two run at once, and their
    // files are added afterwards in a fixed order, so a kit's bytes never depend on which finished first.
    const drawn = new Map<string, Promise<RenderedCard>>();
    const draw = (card: CampaignCard, size: CardSize) => {
      const key = `${card.locale}/${card.id}/${size.id}`;
      let image = drawn.get(key);
      if (!image) {
        image = renderCampaignCard(look, campaign.id, card, size);
        drawn.set(key, image);
      }
      return image;
    };
    const drawing = (async () => {
      for (const plan of plans) {
        for (const card of parts.has("cards") ? plan.cards : [])
          for (const size of SOCIAL_SIZES) await draw(card, size);
        for (const post of plan.posts) {
          if (post.kind !== "social-post" || post.image) continue;
          const card = postCard(post, plan.cards);
          if (card) await draw(card, postImageSize(post.platform));
        }
      }
    })();
    const printed = new Map<string, Uint8Array>();
    /** Each banner's page, made once: snapshotted here and shipped beside its image. */
    const bannerPages = new Map<string, string>();
    const printingDone = (async () => {
      if (!printer) return;
      for (const plan of plans) {
        for (const print of plan.prints)
          for (const size of print.sizes)
            printed.set(
              `${plan.locale}/${print.id}/${size}`,
              await printer.print(campaignPrintHtml(look, campaign.id, print, size), { size, date: now }),
            );
        for (const banner of plan.banners) {
          const page = campaignBannerHtml(look, campaign.id, banner);
          bannerPages.set(`${plan.locale}/${banner.id}`, page);
          printed.set(`${plan.locale}/banner/${banner.id}`, await printer.snapshot(page));
        }
      }
    })();
    // Both settle before either's error is thrown, so no render is left running into a closed browser.
    const [drawingResult, printingResult] = await Promise.allSettled([drawing, printingDone]);
    for (const result of [drawingResult, printingResult])
      if (result.status === "rejected") throw result.reason;

    for (const { locale, cards, prints, posts, banners } of plans) {
      // The cards: every social size, each image with its alt text beside it.
      for (const card of parts.has("cards") ? cards : []) {
        const source = { id: card.id, locale };
        const entry: KitManifest["cards"][number] = {
          card: card.id,
          locale,
          kind: card.content.kind,
          alt: "",
          files: {},
        };
        for (const size of SOCIAL_SIZES) {
          const image = await draw(card, size);
          const at = `${locale}/social/cards/${size.id}/${card.id}`;
          entry.alt = image.alt;
          entry.files[size.id] = {
            image: add(`${at}.png`, image.png, "social-image", source),
            alt: add(
              `${at}.alt.txt`,
              altFile(image.alt, card, content.library.facts, locale),
              "social-alt",
              source,
            ),
          };
        }
        manifest.cards.push(entry);
      }
      // Social posts: the text to paste with its image (a card at the platform's size) and that image's alt
      // text, and the sources of its figures for whoever posts it.
      for (const material of posts) {
        if (material.kind !== "social-post") continue;
        const copy = socialPostCopy(material, content.library, locale);
        const at = `${locale}/social/${material.platform}/${material.id}`;
        const card = material.image ? undefined : postCard(material, cards);
        const image = card ? await draw(card, postImageSize(material.platform)) : undefined;
        const files: KitManifest["socialPosts"][number]["files"] = {
          text: add(
            `${at}.txt`,
            socialPostFile(copy, image ? { file: `${material.id}.png`, alt: image.alt } : material.image),
            "social-text",
            material,
          ),
        };
        if (image) files.image = add(`${at}.png`, image.png, "social-image", material);
        manifest.socialPosts.push({
          material: material.id,
          locale,
          platform: material.platform,
          length: copy.length,
          limit: copy.limit,
          ...(card ? { card: card.id } : {}),
          ...(image ? { alt: image.alt } : material.image ? { alt: material.image.alt } : {}),
          files,
        });
      }
      // Printed materials, a PDF per paper size.
      for (const print of prints) {
        const entry: KitManifest["prints"][number] = {
          print: print.id,
          kind: print.kind,
          locale,
          title: print.title,
          files: {},
        };
        const source = {
          id: print.kind === "fact-sheet" && print.material ? print.material : print.id,
          locale,
        };
        for (const size of print.sizes) {
          const pdf = printed.get(`${locale}/${print.id}/${size}`);
          if (pdf)
            entry.files[size] = add(`${locale}/print/${print.id}-${size}.pdf`, pdf, "print-pdf", source);
        }
        manifest.prints.push(entry);
      }
      // Web banners: the page to embed, and its image for ad slots that take one.
      for (const material of banners) {
        const png = printed.get(`${locale}/banner/${material.id}`);
        const page = bannerPages.get(`${locale}/${material.id}`);
        if (!png || page === undefined) continue;
        const at = `${locale}/banners/${material.id}`;
        manifest.banners.push({
          material: material.id,
          locale,
          size: material.size,
          files: {
            html: add(`${at}.html`, page, "banner-html", material),
            image: add(`${at}.png`, png, "banner-image", material),
          },
        });
      }
    }
  } finally {
    if (!options.printer) await printer?.close();
  }

  // Talking points and logos come with anything; alone they are no kit.
  if (manifest.files.length === 0) throw emptyKit(campaign.materials.map((m) => m.kind));
  // What the partner's speakers and writers work from, per locale: talking points and every citation.
  for (const locale of parts.has("guides") ? campaign.locales : []) {
    const used = factsUsed(campaign, content, locale);
    manifest.guides.push({
      locale,
      files: {
        talkingPoints: add(
          `${locale}/talking-points.txt`,
          talkingPoints(campaign, content, locale, partner),
          "talking-points",
          { id: "talking-points", locale },
        ),
        citations: add(`${locale}/citations.txt`, citationList(campaign, used, locale), "citations", {
          id: "citations",
          locale,
        }),
      },
    });
  }
  for (const logo of parts.has("logos") ? look.logoFiles : []) {
    const type = logo.file.endsWith(".svg") ? "image/svg+xml" : "image/png";
    manifest.logos.push({
      organization: logo.id,
      file: add(`logos/${logo.file}`, logo.data, "logo", undefined, type),
    });
  }
  files.set("manifest.json", strToU8(`${JSON.stringify(manifest, null, 2)}\n`));
  return { name: `${campaign.id}-${partnerId}`, manifest, files };
}

const GUIDE_WORDS = {
  en: {
    talkingPoints: "Talking points",
    intro: (partner: string) =>
      `For ${partner}'s speakers and writers: the approved key messages of this campaign, in words you can adapt, and the facts behind them with their sources.`,
    messages: "Key messages",
    facts: "Facts you can cite",
    source: "Source",
    review: "Checked again by",
    actions: "What to ask people to do",
    support: "Where to point people for support",
    citations: "Citations",
    citationsIntro:
      "Every figure this kit uses, with its full source and the date by which the collaborative checks it again. Cite the source whenever you use a figure.",
    proof: "PROOF: this campaign is not approved yet. Do not use these words in public.",
    none: "This kit uses no figures.",
  },
  es: {
    talkingPoints: "Puntos clave para hablar",
    intro: (partner: string) =>
      `Para quienes hablan y escriben en nombre de ${partner}: los mensajes clave aprobados de esta campaña, con palabras que puede adaptar, y los datos que los respaldan con sus fuentes.`,
    messages: "Mensajes clave",
    facts: "Datos que puede citar",
    source: "Fuente",
    review: "Se revisa de nuevo antes del",
    actions: "Qué pedirle a la gente que haga",
    support: "Dónde encontrar apoyo",
    citations: "Citas",
    citationsIntro:
      "Cada cifra que usa este kit, con su fuente completa y la fecha en que la colaboración la revisa de nuevo. Cite la fuente siempre que use una cifra.",
    proof: "PRUEBA: esta campaña aún no está aprobada. No use este texto en público.",
    none: "Este kit no usa cifras.",
  },
} as const satisfies Record<Locale, unknown>;

/** The library facts a kit uses in `locale`: those its materials and cards show, each once, in order. */
function factsUsed(campaign: Campaign, content: ContentSet, locale: Locale): Fact[] {
  const ids = new Set(campaignWords(campaign, content.library, locale).facts.map((fact) => fact.id));
  return content.library.facts.filter((fact) => ids.has(fact.id));
}

function underline(title: string, mark = "="): string {
  return `${title}\n${mark.repeat([...title].length)}`;
}

function factLine(fact: Fact, locale: Locale): string {
  const t = GUIDE_WORDS[locale];
  return `${fact.value}: ${localized(fact.statement, locale)}\n  ${t.source}: ${citationText(fact.citation)} ${fact.citation.url}`;
}

/** Talking points built from the campaign's key messages, facts, calls to action and crisis lines. */
function talkingPoints(campaign: Campaign, content: ContentSet, locale: Locale, partner: PartnerKit): string {
  const t = GUIDE_WORDS[locale];
  const words = campaignWords(campaign, content.library, locale);
  const lines: string[] = [];
  if (rendersAsProof(campaign)) lines.push(t.proof, "");
  lines.push(
    underline(`${t.talkingPoints}: ${campaign.title}`),
    "",
    t.intro(partner.name),
    "",
    words.lead,
    "",
  );
  lines.push(underline(t.messages, "-"), "", ...words.keyMessages.map((m) => `- ${m.text}`), "");
  if (words.facts.length > 0)
    lines.push(underline(t.facts, "-"), "", ...words.facts.map((fact) => `- ${factLine(fact, locale)}`), "");
  if (words.callsToAction.length > 0)
    lines.push(
      underline(t.actions, "-"),
      "",
      ...words.callsToAction.map((c) => `- ${c.label}: ${c.url}`),
      "",
    );
  const crisis = words.resources.filter((r) => r.kind === "crisis");
  if (crisis.length > 0)
    lines.push(
      underline(t.support, "-"),
      "",
      ...crisis.map(
        (r) =>
          `- ${localized(r.name, locale)}: ${[resourceContact(r, locale), localized(r.hours, locale), r.url].filter(Boolean).join(". ")}`,
      ),
      "",
    );
  return lines.join("\n");
}

/** Every fact the kit uses with its full citation and review date. */
function citationList(campaign: Campaign, facts: readonly Fact[], locale: Locale): string {
  const t = GUIDE_WORDS[locale];
  const lines = [underline(`${t.citations}: ${campaign.title}`), "", t.citationsIntro, ""];
  if (facts.length === 0) lines.push(t.none, "");
  facts.forEach((fact, i) => {
    lines.push(
      `[${i + 1}] ${fact.value}: ${localized(fact.statement, locale)}`,
      `    ${citationText(fact.citation)}`,
      `    ${fact.citation.url}`,
      `    ${t.review} ${fact.reviewBy}`,
      "",
    );
  });
  return lines.join("\n");
}

/** A card's alt text file: the text to paste as the image's description, and for a fact, its full source. */
function altFile(alt: string, card: CampaignCard, facts: readonly Fact[], locale: Locale): string {
  const fact = card.content.kind === "fact" ? facts.find((f) => `fact-${f.id}` === card.id) : undefined;
  const t = GUIDE_WORDS[locale];
  return fact ? `${alt}\n\n${t.source}: ${citationText(fact.citation)} ${fact.citation.url}\n` : `${alt}\n`;
}
