import type { ContentSet, LoadedCampaign } from "@chorus/content";
import { type RenderedEmail, renderMaterial, rendersAsProof } from "@chorus/emails";
import { buildEml, messageIdFor } from "@chorus/send";
import { strToU8, zipSync } from "fflate";
import type { KitManifest } from "./manifest.js";
import { socialPostCopy, socialPostFile } from "./social.js";

/** A kit: the zip a partner downloads, and its manifest (also inside the zip as `manifest.json`). */
export interface BuiltKit {
  zip: Uint8Array;
  manifest: KitManifest;
}

/** Non-approved campaigns render as proofs (labelled), the same rule as sending. */
function isProof(loaded: LoadedCampaign): boolean {
  return rendersAsProof(loaded.campaign);
}

/** One email of a campaign for one partner, as it goes into a kit (a proof unless the campaign is approved). */
export async function renderEmail(
  content: ContentSet,
  loaded: LoadedCampaign,
  materialId: string,
  partnerId: string,
): Promise<RenderedEmail> {
  return renderMaterial(content, loaded.campaign.id, materialId, partnerId, { proof: isProof(loaded) });
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

/**
 * Every email material of a campaign rendered for one partner (.html, .txt, .eml), its social posts as
 * text with their sources, and a manifest, zipped in one folder. Runs on the calling thread: a server
 * uses `buildKitInWorker`.
 */
export async function buildKit(
  content: ContentSet,
  loaded: LoadedCampaign,
  partnerId: string,
  now: Date,
): Promise<BuiltKit> {
  const { campaign } = loaded;
  const partner = content.partners.find((p) => p.partner.id === partnerId)?.partner;
  if (!partner) throw new Error(`no partner "${partnerId}"`);
  const files: Record<string, Uint8Array> = {};
  const manifest: KitManifest = {
    campaign: {
      id: campaign.id,
      title: campaign.title,
      status: campaign.status,
      ...(campaign.approval ? { approval: { by: campaign.approval.by, at: campaign.approval.at } } : {}),
    },
    partner: { id: partner.id, name: partner.name },
    proof: isProof(loaded),
    generatedAt: now.toISOString(),
    emails: [],
    socialPosts: [],
  };
  for (const material of campaign.materials) {
    if (material.kind !== "email") continue;
    const rendered = await renderEmail(content, loaded, material.id, partnerId);
    const base = `${campaign.id}-${material.id}-${partnerId}`;
    files[`${base}.html`] = strToU8(rendered.html);
    files[`${base}.txt`] = strToU8(rendered.text);
    files[`${base}.eml`] = strToU8(emlOf(rendered, `${campaign.id}/${material.id}/${partnerId}`, now));
    manifest.emails.push({
      material: material.id,
      locale: material.locale,
      template: material.template,
      subject: rendered.subject,
      preheader: rendered.preheader,
      files: [`${base}.html`, `${base}.txt`, `${base}.eml`],
    });
  }
  // Social posts: the text to paste, with the sources of its figures for whoever posts it.
  for (const material of campaign.materials) {
    if (material.kind !== "social-post") continue;
    const file = `social/${campaign.id}-${material.id}.txt`;
    const locale = material.locale === "es" ? "es" : "en";
    files[file] = strToU8(socialPostFile(socialPostCopy(material, content.library, locale)));
    manifest.socialPosts.push({
      material: material.id,
      locale: material.locale,
      platform: material.platform,
      file,
    });
  }
  files["manifest.json"] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const folder = `${campaign.id}-${partnerId}`;
  const nested = Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [`${folder}/${name}`, bytes]),
  );
  return { zip: zipSync(nested, { level: 6, mtime: now }), manifest };
}
