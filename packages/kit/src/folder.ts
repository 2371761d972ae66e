import path from "node:path";
import { loadContent } from "@chorus/content/node";
import { buildKit, type Kit } from "./build.js";
import type { KitManifest, KitPart } from "./manifest.js";

/** Which kit to build, from where: plain data, so it can cross to a worker thread. */
export interface KitRequest {
  /** The content root (`campaigns/`), holding `_library/`, `_partners/` and one folder per campaign. */
  contentDir: string;
  campaignId: string;
  partnerId: string;
  /** The kit's date (manifest `generatedAt`, file times, .eml `Date`). */
  now: Date;
  /** Only these parts; all by default. */
  parts?: readonly KitPart[];
}

/** What the worker posts back: the zip's bytes are transferred, not copied. */
export type KitWorkerReply =
  | { ok: true; zip: ArrayBuffer; manifest: KitManifest }
  | { ok: false; name: string; message: string };

/**
 * Load the content folder and build one kit from it. The campaign must load without errors (the same
 * bar as sending): the folder may have changed since the caller last looked.
 */
export async function buildKitFromFolder(request: KitRequest): Promise<Kit> {
  const { contentDir, campaignId, partnerId, now, parts } = request;
  const { content, diagnostics } = await loadContent(contentDir, { now });
  const file = `${path.basename(path.resolve(contentDir))}/${campaignId}/campaign.yaml`;
  const loaded = content.campaigns.find((c) => c.campaign.id === campaignId);
  const first = diagnostics.find((d) => d.file === (loaded?.file ?? file) && d.severity === "error");
  if (first) {
    throw new Error(
      `campaign "${campaignId}" has errors to fix first: ${first.message} (${first.file} line ${first.line})`,
    );
  }
  if (!loaded) throw new Error(`no campaign "${campaignId}" in ${contentDir}`);
  if (!content.partners.some((p) => p.partner.id === partnerId))
    throw new Error(`no partner "${partnerId}" in ${path.join(contentDir, "_partners")}`);
  // Paths in the content (a partner's logo) are relative to the content root's parent, as loadContent made them.
  return buildKit(content, loaded, partnerId, {
    now,
    baseDir: path.dirname(path.resolve(contentDir)),
    ...(parts ? { parts } : {}),
  });
}
