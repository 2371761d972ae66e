import { createHash } from "node:crypto";
import type { Campaign, ContentSet, LoadedCampaign, PartnerKit } from "@chorus/content";
import { EmailRenderError, type RenderedEmail, renderMaterial, rendersAsProof } from "@chorus/emails";
import { buildEml, messageIdFor } from "@chorus/send";
import { strToU8 } from "fflate";
import { KIT_FORMAT, type KitFileEntry, type KitFileKind, type KitManifest } from "./manifest.js";
import { socialPostCopy, socialPostFile } from "./social.js";

/**
 * One partner's kit of one campaign, in memory: what `zipKit` zips and `writeKit` writes, byte for byte the same
 * files either way.
 */
/** A campaign with nothing a kit carries: the builder's export and `chorus build` both refuse it. */
export class EmptyKitError extends Error {
  override name = "EmptyKitError";
}

function emptyKit(kinds: readonly string[]): EmptyKitError {
  const has = [...new Set(kinds)].join(" and ");
  return new EmptyKitError(
    `this campaign has nothing a kit carries yet: a kit holds emails and social posts, and it has ${has ? `only ${has} materials` : "no materials"}`,
  );
}

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
}

const MEDIA_TYPES: Record<KitFileKind, string> = {
  "email-html": "text/html; charset=utf-8",
  "email-text": "text/plain; charset=utf-8",
  "email-eml": "message/rfc822",
  "social-text": "text/plain; charset=utf-8",
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
 * One partner's kit of a campaign: per locale, every email material rendered with the partner's brand (.html,
 * .txt, .eml) and every social post as the text to paste with the sources of its figures, plus a manifest with
 * the hash of every file. A campaign that is not approved builds as proofs. Renders on the calling thread: a
 * server uses `buildKitInWorker`.
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
    locales: [],
    files: [],
    emails: [],
    socialPosts: [],
  };
  const add = (path: string, text: string, kind: KitFileKind, material: { id: string; locale: string }) => {
    const bytes = strToU8(text);
    files.set(path, bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const entry: KitFileEntry = {
      path,
      kind,
      locale: material.locale,
      material: material.id,
      mediaType: MEDIA_TYPES[kind],
      sha256,
      bytes: bytes.byteLength,
    };
    manifest.files.push(entry);
    if (!manifest.locales.includes(material.locale)) manifest.locales.push(material.locale);
    return path;
  };

  for (const material of campaign.materials) {
    if (material.kind !== "email") continue;
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
  // Social posts: the text to paste, with the sources of its figures for whoever posts it. Each platform has a
  // folder, where the post's image will go beside its text.
  for (const material of campaign.materials) {
    if (material.kind !== "social-post") continue;
    const copy = socialPostCopy(material, content.library, material.locale);
    const path = `${material.locale}/social/${material.platform}/${material.id}.txt`;
    manifest.socialPosts.push({
      material: material.id,
      locale: material.locale,
      platform: material.platform,
      length: copy.length,
      limit: copy.limit,
      files: { text: add(path, socialPostFile(copy), "social-text", material) },
    });
  }
  if (manifest.files.length === 0) throw emptyKit(campaign.materials.map((m) => m.kind));
  files.set("manifest.json", strToU8(`${JSON.stringify(manifest, null, 2)}\n`));
  return { name: `${campaign.id}-${partnerId}`, manifest, files };
}
