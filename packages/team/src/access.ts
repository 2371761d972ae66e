import type { Person } from "./people.js";
import type { Role } from "./schema.js";

/**
 * Who may do what in team mode. The collaborative (the home organization, the brand kit of kind
 * `collaborative`) writes, reviews and approves campaigns; a partner organization sees approved campaigns,
 * exports its own kit and sends as itself to its own lists, and sees nothing of another partner's sends,
 * lists, outbox or trail. Every answer is a decision with a reason a face can show; faces never test roles
 * themselves.
 */
export interface Actor extends Person {
  /** The person's organization is the collaborative. */
  home: boolean;
}

export type Decision = { ok: true } | { ok: false; status: 403 | 404; reason: string };

const allow: Decision = { ok: true };
const deny = (reason: string): Decision => ({ ok: false, status: 403, reason });
/** For objects a person may not know exist (another partner's send): the same answer as "no such". */
const hidden = (what: string): Decision => ({ ok: false, status: 404, reason: `no such ${what}` });

const holds = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));

export const access = {
  /** Drafts and campaigns in review are the collaborative's; partners see approved ones. */
  readCampaign(actor: Actor, campaign: { status: string }): Decision {
    return actor.home || campaign.status === "approved" ? allow : hidden("campaign");
  },

  /** Writing and editing campaigns: the collaborative's authors. */
  editCampaign(actor: Actor): Decision {
    if (!actor.home) return deny("campaigns are written by the collaborative; partners use approved ones");
    return holds(actor, "author") ? allow : deny("editing campaigns needs the author role");
  },

  /**
   * Moving a campaign through review: its authors submit it or take it back to draft; an approver of the
   * collaborative approves it (the approval records the signed-in person, not a typed name).
   */
  changeStatus(actor: Actor, to: string): Decision {
    if (!actor.home) return deny("campaigns are reviewed by the collaborative");
    if (to === "approved")
      return deny("a campaign is approved by its review stages: each stage's reviewer decides it in Review");
    return holds(actor, "author", "approver")
      ? allow
      : deny("changing a campaign's status needs the author role");
  },

  /** A campaign's review (its comments and stage decisions) is the collaborative's own. */
  readReview(actor: Actor): Decision {
    return actor.home ? allow : deny("the review of a campaign is the collaborative's");
  },

  /** Commenting, replying and resolving: the collaborative's authors, reviewers and approvers. */
  comment(actor: Actor): Decision {
    if (!actor.home) return deny("the review of a campaign is the collaborative's");
    return holds(actor, "author", "reviewer", "approver")
      ? allow
      : deny("commenting needs the author, reviewer or approver role");
  },

  /** A review stage is decided by someone of the collaborative holding the stage's role. */
  decideStage(actor: Actor, stage: { title: string; role: Role }): Decision {
    if (!actor.home) return deny("campaigns are reviewed by the collaborative");
    return holds(actor, stage.role)
      ? allow
      : deny(`${stage.title} is decided by someone with the ${stage.role} role`);
  },

  /** A kit, an exported email, or a preview as a partner: one's own, or any for the collaborative. */
  exportAs(actor: Actor, partnerId: string): Decision {
    return actor.home || actor.orgId === partnerId
      ? allow
      : deny("you can export only your own organization's kit");
  },

  /** Sending (a send, a proof, checking a list) only as one's own organization, with the sender role. */
  sendAs(actor: Actor, partnerId: string): Decision {
    if (actor.orgId !== partnerId) return deny("you can send only as your own organization");
    return holds(actor, "sender") ? allow : deny("sending needs the sender role");
  },

  /** A send, its progress, its outbox and its recipients' results: only its own organization's. */
  seeSend(actor: Actor, send: { partnerId: string }): Decision {
    return actor.orgId === send.partnerId ? allow : hidden("send");
  },

  /** Pausing or resuming a send: its organization's senders. */
  controlSend(actor: Actor, send: { partnerId: string }): Decision {
    const seen = access.seeSend(actor, send);
    if (!seen.ok) return seen;
    return holds(actor, "sender") ? allow : deny("pausing and resuming sends needs the sender role");
  },

  /** Adding people and changing roles: admins, in their own organization (the collaborative's in any). */
  managePeople(actor: Actor, orgId: string): Decision {
    if (!holds(actor, "admin")) return deny("managing people needs the admin role");
    return actor.home || actor.orgId === orgId
      ? allow
      : deny("you can manage only your own organization's people");
  },

  /** The audit trail: the collaborative's admins and approvers see all of it; a partner's admins, their own. */
  readAudit(actor: Actor, scope: { orgId?: string }): Decision {
    if (actor.home)
      return holds(actor, "admin", "approver") ? allow : deny("the audit trail is for admins and approvers");
    if (!holds(actor, "admin")) return deny("the audit trail is for admins");
    return scope.orgId === actor.orgId ? allow : deny("you can read only your own organization's trail");
  },
};
