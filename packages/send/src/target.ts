import {
  type Campaign,
  type ContentSet,
  type Diagnostic,
  type EmailMaterial,
  factsShownBy,
  type LoadedCampaign,
  type LoadedPartner,
  type LoadResult,
  type PartnerKit,
} from "@chorus/content";
import { brandKitDiagnostics } from "@chorus/tokens";
import type { ShownFact } from "./guards.js";
import type { ContentProblem, SendRefusal } from "./refusals.js";

/** Which email of which campaign, from which partner. */
export interface SendIds {
  campaignId: string;
  materialId: string;
  partnerId: string;
}

/** One email of a campaign, co-branded for one partner, found in loaded content: what is rendered and sent. */
export interface SendTarget {
  content: ContentSet;
  /** Every diagnostic of the load: a send is refused while the files it draws on have errors. */
  diagnostics: readonly Diagnostic[];
  campaign: Campaign;
  material: EmailMaterial;
  partner: PartnerKit;
  /** The campaign and the partner kit as loaded: with the files they came from. */
  sources: { campaign: LoadedCampaign; partner: LoadedPartner };
}

/** A value found, or why not. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; refusals: SendRefusal[] };

const refused = <T>(...refusals: SendRefusal[]): Resolved<T> => ({ ok: false, refusals });

function problemOf(d: Diagnostic): ContentProblem {
  return { file: d.file, line: d.line, column: d.column, path: d.path, message: d.message };
}

const errorsIn = (diagnostics: readonly Diagnostic[], inFile: (file: string) => boolean) =>
  diagnostics.filter((d) => d.severity === "error" && inFile(d.file));

const campaignFile = (id: string) => (file: string) =>
  file === `${id}/campaign.yaml` || file.endsWith(`/${id}/campaign.yaml`);
const partnerFile = (id: string) => (file: string) =>
  new RegExp(`(^|/)_partners/${escapeRegExp(id)}\\.ya?ml$`).test(file);
const libraryFile = (file: string) => /(^|\/)_library\//.test(file);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The campaign `campaignId`, refused while its file has errors (a broken reference, invalid YAML, or
 * approved content edited after its approval): nothing of it is rendered, exported or sent.
 */
export function resolveCampaign(result: LoadResult, campaignId: string): Resolved<LoadedCampaign> {
  const loaded = result.content.campaigns.find((c) => c.campaign.id === campaignId);
  const [first] = errorsIn(
    result.diagnostics,
    loaded ? (file) => file === loaded.file : campaignFile(campaignId),
  );
  if (first) {
    const problem = problemOf(first);
    if (first.code === "changed-after-approval") {
      const approvedOn = loaded?.campaign.approval?.at.slice(0, 10);
      return refused({
        code: "edited-after-approval",
        campaignId,
        approvedOn,
        problem,
        message: `campaign "${campaignId}" was changed after it was approved${approvedOn ? ` on ${approvedOn}` : ""}, so that approval no longer holds`,
      });
    }
    return refused({
      code: "campaign-has-errors",
      campaignId,
      problem,
      message: `campaign "${campaignId}" has errors to fix first: ${first.message} (${first.file} line ${first.line})`,
    });
  }
  if (!loaded)
    return refused({ code: "unknown-campaign", campaignId, message: `there is no campaign "${campaignId}"` });
  return { ok: true, value: loaded };
}

/** The campaign's email material `materialId`: a missing id or another kind of material is refused. */
export function resolveEmail(campaign: Campaign, materialId: string): Resolved<EmailMaterial> {
  const material = campaign.materials.find((m) => m.id === materialId);
  if (!material) {
    return refused({
      code: "unknown-material",
      campaignId: campaign.id,
      materialId,
      message: `campaign "${campaign.id}" has no material "${materialId}"`,
    });
  }
  if (material.kind !== "email") {
    return refused({
      code: "not-an-email",
      materialId,
      kind: material.kind,
      message: `material "${materialId}" is a ${material.kind}, not an email`,
    });
  }
  return { ok: true, value: material };
}

/**
 * The partner a campaign may go out from: one of the campaign's partners (any, when it names none),
 * whose kit loaded, with colours people can read in every pair the emails draw. Pass the load's
 * diagnostics to say why a kit with errors did not load, rather than that it does not exist.
 */
export function resolvePartner(
  content: ContentSet,
  campaign: Campaign,
  partnerId: string,
  diagnostics: readonly Diagnostic[] = [],
): Resolved<LoadedPartner> {
  const kit = content.partners.find((p) => p.partner.id === partnerId);
  if (!kit) {
    const problems = errorsIn(diagnostics, partnerFile(partnerId)).map(problemOf);
    return problems.length > 0
      ? refused(partnerHasErrors(partnerId, problems))
      : refused({ code: "unknown-partner", partnerId, message: `there is no partner "${partnerId}"` });
  }
  const allowed = campaign.partners;
  if (allowed.length > 0 && !allowed.includes(partnerId)) {
    return refused({
      code: "partner-not-in-campaign",
      partnerId,
      campaignId: campaign.id,
      partners: [...allowed],
      message: `partner "${partnerId}" is not one of the partners of campaign "${campaign.id}" (${allowed.join(", ")})`,
    });
  }
  const contrast = brandKitDiagnostics([kit]);
  if (contrast.length > 0) {
    const [first] = contrast;
    return refused({
      code: "brand-contrast",
      partnerId,
      partnerName: kit.partner.name,
      problems: contrast.map(problemOf),
      message: `the brand kit of ${kit.partner.name} has colours that are hard to read: ${kit.file} ${first!.path}: ${first!.message}`,
    });
  }
  return { ok: true, value: kit };
}

/**
 * Find one email of a campaign for one partner in loaded content, or every reason it cannot be
 * rendered for that partner at all. Whether it may be sent (approval, the partner's compliance, the
 * library) is `sendRefusals` and `contentRefusals`, checked when a send is planned or resumed.
 */
export function resolveSendTarget(result: LoadResult, ids: SendIds): Resolved<SendTarget> {
  const campaign = resolveCampaign(result, ids.campaignId);
  if (!campaign.ok) return campaign;
  const { campaign: found } = campaign.value;
  const material = resolveEmail(found, ids.materialId);
  const partner = resolvePartner(result.content, found, ids.partnerId, result.diagnostics);
  const refusals = [...(material.ok ? [] : material.refusals), ...(partner.ok ? [] : partner.refusals)];
  if (!material.ok || !partner.ok) return refused(...refusals);
  return {
    ok: true,
    value: {
      content: result.content,
      diagnostics: result.diagnostics,
      campaign: found,
      material: material.value,
      partner: partner.value.partner,
      sources: { campaign: campaign.value, partner: partner.value },
    },
  };
}

/**
 * The content a send draws on beyond its campaign: the partner kit's file and the shared library must
 * load without errors, so nothing goes out with a broken footer, sender or fact.
 */
export function contentRefusals(target: SendTarget): SendRefusal[] {
  const refusals: SendRefusal[] = [];
  const partner = errorsIn(target.diagnostics, (file) => file === target.sources.partner.file).map(problemOf);
  if (partner.length > 0) refusals.push(partnerHasErrors(target.partner.id, partner));
  const library = errorsIn(target.diagnostics, libraryFile).map(problemOf);
  if (library.length > 0) {
    refusals.push({
      code: "library-has-errors",
      problems: library,
      message: `the shared library has errors to fix first: ${library[0]!.message} (${library[0]!.file} line ${library[0]!.line})`,
    });
  }
  return refusals;
}

/** The library facts the target's email shows, with their review dates, in the order it shows them. */
export function factsShown(target: Pick<SendTarget, "content" | "material">): ShownFact[] {
  return factsShownBy(target.material).flatMap((id) => {
    const fact = target.content.library.facts.find((f) => f.id === id);
    return fact ? [{ id, reviewBy: fact.reviewBy }] : [];
  });
}

function partnerHasErrors(partnerId: string, problems: ContentProblem[]): SendRefusal {
  const [first] = problems;
  return {
    code: "partner-has-errors",
    partnerId,
    problems,
    message: `the kit of partner "${partnerId}" has errors to fix first: ${first!.message} (${first!.file} line ${first!.line})`,
  };
}
