import type { SendRefusal } from "./refusals.js";
import type { OutgoingEmail } from "./types.js";

export interface CampaignLike {
  id: string;
  status: string;
}

/** A library fact an email shows, with the date its figure must be checked against its source again. */
export interface ShownFact {
  id: string;
  reviewBy: string;
}

/** The email being sent and the facts it shows, for the review-date guard. */
export interface EmailLike {
  id: string;
  facts: readonly ShownFact[];
}

export interface PartnerLike {
  id: string;
  postalAddress?: readonly string[] | undefined;
  unsubscribeUrl?: string | undefined;
  sendingDomains?: readonly string[] | undefined;
  sender?: { name: string; email: string } | undefined;
}

/**
 * Everything that must hold before a campaign goes to a list: approved content, no figure in the email
 * past its review date, and a partner kit that can send compliant mail (CAN-SPAM postal address, an
 * unsubscribe link, a sender on one of its own domains). A proof (one test address, labelled "[PROOF]")
 * may use any status but archived, and may show a figure due for review: reviewing it is what proofs are for.
 */
export function sendRefusals(
  campaign: CampaignLike,
  partner: PartnerLike,
  options: { proof: boolean; email?: EmailLike; now?: Date },
): SendRefusal[] {
  const refusals: SendRefusal[] = [];
  const campaignId = campaign.id;
  const partnerId = partner.id;
  if (campaign.status === "archived") {
    refusals.push({
      code: "archived",
      campaignId,
      message: `campaign "${campaignId}" is archived: archived campaigns cannot be sent, not even as a proof`,
    });
  } else if (!options.proof && campaign.status !== "approved") {
    refusals.push({
      code: "not-approved",
      campaignId,
      status: campaign.status,
      message: `campaign "${campaignId}" is ${campaign.status}, not approved: only approved campaigns can be sent to a list`,
    });
  }
  if (!options.proof && options.email) {
    const overdue = factsPastReview(options.email.facts, options.now ?? new Date());
    if (overdue.length > 0) {
      const [only] = overdue;
      const which =
        overdue.length === 1
          ? `a figure past its review date: fact "${only!.id}" was due for review on ${only!.reviewBy}`
          : `figures past their review dates: facts ${listed(overdue.map((f) => `"${f.id}" (due for review on ${f.reviewBy})`))}`;
      refusals.push({
        code: "fact-past-review",
        campaignId,
        materialId: options.email.id,
        facts: overdue,
        message: `email "${options.email.id}" of campaign "${campaignId}" shows ${which}`,
      });
    }
  }
  const address = (partner.postalAddress ?? []).filter((line) => line.trim() !== "");
  if (address.length === 0) {
    refusals.push({
      code: "no-postal-address",
      partnerId,
      message: `partner "${partnerId}" has no postal address: every bulk email must carry one (CAN-SPAM)`,
    });
  }
  if (!partner.unsubscribeUrl?.trim()) {
    refusals.push({
      code: "no-unsubscribe-url",
      partnerId,
      message: `partner "${partnerId}" has no unsubscribe URL: every bulk email must offer one`,
    });
  }
  const domains = [...(partner.sendingDomains ?? [])];
  if (domains.length === 0) {
    refusals.push({
      code: "no-sending-domains",
      partnerId,
      message: `partner "${partnerId}" has no sending domains`,
    });
  } else if (partner.sender && !onDomains(partner.sender.email, domains)) {
    refusals.push({
      code: "sender-off-domains",
      partnerId,
      sender: partner.sender.email,
      domains,
      message: `partner "${partnerId}" sender ${partner.sender.email} is not on its sending domains (${domains.join(", ")})`,
    });
  }
  return refusals;
}

/** "a", "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The facts whose review date is before `now`'s day, in the order the email shows them. */
export function factsPastReview(facts: readonly ShownFact[], now: Date): ShownFact[] {
  const today = now.toISOString().slice(0, 10);
  return facts.filter((fact) => fact.reviewBy < today).map(({ id, reviewBy }) => ({ id, reviewBy }));
}

/** The address inside `Name <address>`, or the value itself. */
export function addressOf(mailbox: string): string {
  const match = /<([^<>]*)>\s*$/.exec(mailbox);
  return (match ? match[1]! : mailbox).trim();
}

/** True when the address's domain is one of `domains` or a subdomain of one. */
export function onDomains(address: string, domains: readonly string[]): boolean {
  const at = address.lastIndexOf("@");
  if (at < 0) return false;
  const domain = address.slice(at + 1).toLowerCase();
  return domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

export function hasLineBreak(value: string): boolean {
  return /[\r\n]/.test(value);
}

/**
 * Problems that make one outgoing email unsafe or non-compliant: a CR or LF in any header value
 * (header injection, including personalization that ends up in Subject), a from-address outside
 * the partner's domains, or no List-Unsubscribe header. Checked for every email, just before it leaves.
 */
export function emailProblems(email: OutgoingEmail, sendingDomains: readonly string[]): string[] {
  const problems: string[] = [];
  const headers: [string, string | undefined][] = [
    ["From", email.from],
    ["To", email.to],
    ["Reply-To", email.replyTo],
    ["Subject", email.subject],
    ...Object.entries(email.headers),
  ];
  for (const [name, value] of headers) {
    if (hasLineBreak(name)) problems.push(`a header name contains a line break`);
    else if (value !== undefined && hasLineBreak(value)) {
      problems.push(`header ${name} contains a line break (CR or LF), which could inject headers`);
    }
  }
  if (!onDomains(addressOf(email.from), sendingDomains)) {
    problems.push(`from-address ${addressOf(email.from)} is not on the partner's sending domains`);
  }
  const names = Object.keys(email.headers).map((name) => name.toLowerCase());
  if (!names.includes("list-unsubscribe")) problems.push("the email has no List-Unsubscribe header");
  return problems;
}
