import {
  type Campaign,
  type Citation,
  type ContentSet,
  type EmailMaterial,
  type Locale,
  localized,
  type PartnerKit,
  type Resource,
  smsKeyword,
} from "@chorus/content";
import { type ColorSet, emailTokens, themeFromBrandKit } from "@chorus/tokens";
import { STRINGS } from "./strings.js";

export type EmailTemplate = EmailMaterial["template"];

export interface ResolvedResource {
  id: string;
  name: string;
  description: string;
  kind: string;
  phone?: string;
  sms?: { number: string; keyword?: string };
  url: string;
  hours: string;
}

/** A body block with every reference resolved: what the templates draw, nothing left to look up. */
export type ResolvedBlock =
  | { type: "heading"; text: string; level: 2 | 3 }
  | { type: "paragraph"; text: string }
  | { type: "key-message"; title: string; text: string }
  | {
      type: "stat";
      value: string;
      statement: string;
      lead?: string;
      sourceNumber: number;
      citation: Citation;
    }
  /** `illustrative`: written by the campaign team, and labelled as such wherever it is shown. */
  | { type: "quote"; text: string; name: string; role?: string; illustrative: boolean }
  | { type: "resource-list"; heading?: string; resources: ResolvedResource[] }
  | { type: "call-to-action"; label: string; url: string }
  | { type: "image"; src: string; alt: string; width?: number; height?: number; caption?: string }
  | {
      type: "event";
      name: string;
      when: string;
      location: string;
      url: string;
      calendarUrl: string;
    };

export interface EmailParty {
  id: string;
  name: string;
  website: string;
}

/** Everything a template needs, resolved from a campaign material, the library and a brand kit. */
export interface EmailModel {
  template: EmailTemplate;
  lang: Locale;
  dir: "ltr" | "rtl";
  subject: string;
  preheader: string;
  /** The big heading at the top of the email (the material's headline, or its subject). */
  headline: string;
  /** The campaign as an email names it. Its `summary` is an internal brief: no template may show it, so it is not here. */
  campaign: { id: string; title: string; status: Campaign["status"]; observance?: string };
  material: { id: string; audience: string };
  /** Every email material in the campaign for this locale (the partner-kit template lists them). */
  kit: { id: string; title: string; audience: string }[];
  partner: EmailParty & {
    example: boolean;
    postalAddress: string[];
    unsubscribeUrl: string;
    from: string;
    replyTo?: string;
  };
  /** The collaborative, shown in the lockup when another organization sends. */
  collaborative?: EmailParty;
  blocks: ResolvedBlock[];
  /** Citations in the order their stats first appear; stat `sourceNumber` indexes this from 1. */
  sources: Citation[];
  colors: { light: ColorSet; dark: ColorSet };
  fonts: { heading: string; body: string };
  /** Present on proofs: drafts may be sent to one reviewer, labelled as such. */
  proof?: { status: Campaign["status"]; partnerId: string; materialId: string };
}

export class EmailRenderError extends Error {
  override name = "EmailRenderError";
}

function formatAddress(name: string, email: string): string {
  // Quote the display name when it holds characters that are special in RFC 5322 phrases.
  const safe = /^[\p{L}\p{N} .'-]+$/u.test(name) ? name : `"${name.replace(/["\\]/g, "\\$&")}"`;
  return `${safe} <${email}>`;
}

function googleCalendarUrl(event: {
  name: string;
  start: string;
  end: string;
  location: string;
  url: string;
}) {
  const stamp = (iso: string) =>
    new Date(iso)
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.name,
    dates: `${stamp(event.start)}/${stamp(event.end)}`,
    details: event.url,
    location: event.location,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

function formatWhen(start: string, end: string, timeZone: string, locale: Locale): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone }).format(new Date(start));
  const time = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone });
  const zone = new Intl.DateTimeFormat(locale, { timeZoneName: "short", timeZone })
    .formatToParts(new Date(start))
    .find((part) => part.type === "timeZoneName")?.value;
  return `${date}, ${time.format(new Date(start))}–${time.format(new Date(end))}${zone ? ` ${zone}` : ""}`;
}

/**
 * Whether a campaign's emails must render as proofs: anything not approved may be previewed,
 * exported or sent to one reviewer, but always labelled "[PROOF]" with the proof banner, so an
 * unapproved email cannot be mistaken for the real one.
 */
export function rendersAsProof(campaign: { status: Campaign["status"] }): boolean {
  return campaign.status !== "approved";
}

export interface ResolveOptions {
  /** Render as a reviewer's proof: allowed for drafts, clearly labelled. */
  proof?: boolean;
  /** The partner id of the collaborative itself, shown in the co-branding lockup (default "collaborative"). */
  collaborativeId?: string;
}

/**
 * Resolve one email material of one campaign for one partner into an `EmailModel`. Throws
 * `EmailRenderError` with a clear message for anything that would make a wrong or incomplete email.
 */
export function resolveEmail(
  content: ContentSet,
  campaignId: string,
  materialId: string,
  partnerId: string,
  options: ResolveOptions = {},
): EmailModel {
  const loaded = content.campaigns.find((c) => c.campaign.id === campaignId);
  if (!loaded) throw new EmailRenderError(`unknown campaign "${campaignId}"`);
  const { campaign } = loaded;
  const material = campaign.materials.find((m) => m.id === materialId);
  if (!material) throw new EmailRenderError(`campaign "${campaignId}" has no material "${materialId}"`);
  if (material.kind !== "email") {
    throw new EmailRenderError(`material "${materialId}" is a ${material.kind}, not an email`);
  }
  const partnerEntry = content.partners.find((p) => p.partner.id === partnerId);
  if (!partnerEntry) throw new EmailRenderError(`unknown partner "${partnerId}"`);
  const partner: PartnerKit = partnerEntry.partner;
  if (campaign.partners.length > 0 && !campaign.partners.includes(partnerId)) {
    throw new EmailRenderError(`partner "${partnerId}" is not one of campaign "${campaignId}"'s partners`);
  }

  const locale = material.locale;
  const t = (text: { en: string; es?: string }) => localized(text, locale);
  // A service may answer each language on its own keyword (Crisis Text Line: HOME, AYUDA).
  const smsFor = (sms: NonNullable<Resource["sms"]>) => {
    const keyword = smsKeyword(sms, locale);
    return { number: sms.number, ...(keyword ? { keyword } : {}) };
  };
  const facts = new Map(content.library.facts.map((f) => [f.id, f]));
  const messages = new Map(content.library.keyMessages.map((m) => [m.id, m]));
  const resources = new Map(content.library.resources.map((r) => [r.id, r]));
  const inline = new Map(
    campaign.keyMessages.flatMap((entry) =>
      typeof entry === "string" ? [] : [[entry.id, entry.text] as const],
    ),
  );
  const ctas = new Map(campaign.callsToAction.map((c) => [c.id, c]));
  const missing = (noun: string, id: string): never => {
    throw new EmailRenderError(`${noun} "${id}" used by ${campaignId}/${materialId} is not in the library`);
  };

  const sources: Citation[] = [];
  const sourceNumber = (citation: Citation) => {
    const index = sources.findIndex((c) => c.url === citation.url && c.title === citation.title);
    if (index >= 0) return index + 1;
    sources.push(citation);
    return sources.length;
  };

  const resolveBlock = (block: EmailMaterial["blocks"][number]): ResolvedBlock => {
    switch (block.type) {
      case "heading":
        return { type: "heading", text: block.text, level: block.level };
      case "paragraph":
        return { type: "paragraph", text: block.text };
      case "key-message": {
        const message = messages.get(block.ref);
        if (message) return { type: "key-message", title: t(message.title), text: t(message.text) };
        const text = inline.get(block.ref) ?? missing("key message", block.ref);
        return { type: "key-message", title: STRINGS[locale].keyMessage, text };
      }
      case "stat": {
        const fact = facts.get(block.fact) ?? missing("fact", block.fact);
        return {
          type: "stat",
          value: fact.value,
          statement: t(fact.statement),
          ...(block.lead ? { lead: block.lead } : {}),
          sourceNumber: sourceNumber(fact.citation),
          citation: fact.citation,
        };
      }
      case "quote":
        return {
          type: "quote",
          text: block.text,
          name: block.attribution.name,
          ...(block.attribution.role ? { role: block.attribution.role } : {}),
          illustrative: block.illustrative === true,
        };
      case "resource-list":
        return {
          type: "resource-list",
          ...(block.heading ? { heading: block.heading } : {}),
          resources: block.resources.map((id) => {
            const resource = resources.get(id) ?? missing("resource", id);
            return {
              id,
              name: t(resource.name),
              description: t(resource.description),
              kind: resource.kind,
              ...(resource.phone ? { phone: resource.phone } : {}),
              ...(resource.sms ? { sms: smsFor(resource.sms) } : {}),
              url: resource.url,
              hours: t(resource.hours),
            };
          }),
        };
      case "call-to-action": {
        if (block.cta) {
          const cta = ctas.get(block.cta) ?? missing("call to action", block.cta);
          return { type: "call-to-action", label: cta.label, url: cta.url };
        }
        return { type: "call-to-action", label: block.label!, url: block.url! };
      }
      case "image":
        return {
          type: "image",
          src: block.src,
          alt: block.alt,
          ...(block.width ? { width: block.width } : {}),
          ...(block.height ? { height: block.height } : {}),
          ...(block.caption ? { caption: block.caption } : {}),
        };
      case "event":
        return {
          type: "event",
          name: block.name,
          when: formatWhen(block.start, block.end, block.timeZone, locale),
          location: block.location,
          url: block.url,
          calendarUrl: googleCalendarUrl(block),
        };
    }
  };
  const blocks = material.blocks.map(resolveBlock);

  const { theme } = themeFromBrandKit(partner);
  const tokens = emailTokens(theme);
  const collaborativeId = options.collaborativeId ?? "collaborative";
  const collaborative =
    partner.id === collaborativeId
      ? undefined
      : content.partners.find((p) => p.partner.id === collaborativeId)?.partner;
  const proof = options.proof ?? false;
  const kit = campaign.materials
    .filter((m): m is EmailMaterial => m.kind === "email" && m.locale === locale)
    .map((m) => ({ id: m.id, title: m.title ?? m.subject, audience: m.audience }));

  return {
    template: material.template,
    lang: locale,
    dir: "ltr",
    subject: material.subject,
    preheader: material.preheader,
    headline: material.headline ?? material.subject,
    campaign: {
      id: campaign.id,
      title: campaign.title,
      status: campaign.status,
      ...(campaign.dates.observance ? { observance: campaign.dates.observance } : {}),
    },
    material: { id: material.id, audience: material.audience },
    kit,
    partner: {
      id: partner.id,
      name: partner.name,
      website: partner.website,
      example: partner.example,
      postalAddress: partner.postalAddress,
      unsubscribeUrl: partner.unsubscribeUrl,
      from: formatAddress(partner.sender.name, partner.sender.email),
      ...(partner.replyTo ? { replyTo: partner.replyTo } : {}),
    },
    ...(collaborative
      ? { collaborative: { id: collaborative.id, name: collaborative.name, website: collaborative.website } }
      : {}),
    blocks,
    sources,
    colors: { light: tokens.colors, dark: theme.colors.dark },
    fonts: { heading: tokens.fonts.heading, body: tokens.fonts.body },
    ...(proof ? { proof: { status: campaign.status, partnerId, materialId } } : {}),
  };
}
