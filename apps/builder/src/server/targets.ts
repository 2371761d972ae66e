import type { ContentSet, EmailMaterial, LoadedCampaign, LoadResult, PartnerKit } from "@chorus/content";
import {
  type Resolved,
  resolveCampaign,
  resolveEmail,
  resolvePartner,
  resolveSendTarget,
} from "@chorus/send";
import { builderRefusal, type SendTarget } from "./sends.js";
import { type ContentStore, StoreError } from "./store.js";

/** The value `@chorus/send` found, or its refusals in the builder's words, as the first one's status. */
function orRefuse<T>(resolved: Resolved<T>): T {
  if (resolved.ok) return resolved.value;
  const answers = resolved.refusals.map(builderRefusal);
  throw new StoreError(answers[0]?.status ?? 422, answers.map((a) => a.reason).join("; "));
}

/**
 * The saved campaign, ready to render: refuses while its file has errors. `load` reads the content (a read
 * shared by requests that ask at once, for artwork).
 */
export async function loadCampaign(
  store: ContentStore,
  id: string,
  load: () => Promise<LoadResult> = () => store.load(),
): Promise<{ content: ContentSet; loaded: LoadedCampaign }> {
  store.campaignFile(id);
  const result = await load();
  return { content: result.content, loaded: orRefuse(resolveCampaign(result, id)) };
}

/** The partner a campaign may go out from, with a brand kit people can read. */
export function partnerOf(content: ContentSet, loaded: LoadedCampaign, partnerId: string): PartnerKit {
  return orRefuse(resolvePartner(content, loaded.campaign, partnerId)).partner;
}

/** The campaign's email material `materialId` (a social post or a missing id is refused). */
export function emailOf(loaded: LoadedCampaign, materialId: string): EmailMaterial {
  return orRefuse(resolveEmail(loaded.campaign, materialId));
}

/** One email of a saved, error-free campaign from one of its partners: what is rendered, exported and sent. */
export async function target(
  store: ContentStore,
  id: string,
  materialId: string,
  partnerId: string,
): Promise<SendTarget> {
  store.campaignFile(id);
  const result = await store.load();
  const found = orRefuse(resolveSendTarget(result, { campaignId: id, materialId, partnerId }));
  return { ...found, loaded: found.sources.campaign };
}
