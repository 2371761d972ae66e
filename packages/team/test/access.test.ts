import { describe, expect, it } from "vitest";
import {
  type Actor,
  access,
  type Decision,
  ROLES,
  type Role,
  reviewProgress,
  type StageDecision,
} from "../src/index.js";

const person = (orgId: string, roles: Role[]): Actor => ({
  id: `${orgId}-${roles.join("-")}`,
  email: `${roles.join("-") || "none"}@${orgId}.example`,
  name: "x",
  orgId,
  roles,
  home: orgId === "collaborative",
});
const everyRole = (orgId: string) => ROLES.map((role) => person(orgId, [role]));
const ok = (decision: { ok: boolean }) => decision.ok;

describe("who may do what", () => {
  it("shows partners only approved campaigns, and hides the rest as if they did not exist", () => {
    for (const partner of everyRole("example-health")) {
      expect(ok(access.readCampaign(partner, { status: "approved" }))).toBe(true);
      expect(access.readCampaign(partner, { status: "draft" })).toEqual({
        ok: false,
        status: 404,
        reason: "no such campaign",
      });
      expect(ok(access.readCampaign(partner, { status: "in-review" }))).toBe(false);
    }
    for (const home of everyRole("collaborative"))
      expect(ok(access.readCampaign(home, { status: "draft" }))).toBe(true);
  });

  it("lets only the collaborative's authors edit, and approves campaigns only through their stages", () => {
    expect(
      everyRole("collaborative")
        .filter((p) => ok(access.editCampaign(p)))
        .map((p) => p.roles[0]),
    ).toEqual(["author"]);
    expect(everyRole("example-health").filter((p) => ok(access.editCampaign(p)))).toEqual([]);
    // No status change approves: the last stage's decision does (decideStage).
    expect(everyRole("collaborative").filter((p) => ok(access.changeStatus(p, "approved")))).toEqual([]);
    expect(
      everyRole("collaborative")
        .filter((p) => ok(access.changeStatus(p, "in-review")))
        .map((p) => p.roles[0]),
    ).toEqual(["author", "approver"]);
    expect(everyRole("example-health").filter((p) => ok(access.changeStatus(p, "in-review")))).toEqual([]);
  });

  it("gives each review stage to its role in the collaborative, and the review to the collaborative only", () => {
    const clinical = { title: "Clinical review", role: "reviewer" as const };
    const approval = { title: "Communications approval", role: "approver" as const };
    const roles = (decide: (p: Actor) => Decision, org = "collaborative") =>
      everyRole(org)
        .filter((p) => ok(decide(p)))
        .map((p) => p.roles[0]);
    expect(roles((p) => access.decideStage(p, clinical))).toEqual(["reviewer"]);
    expect(roles((p) => access.decideStage(p, approval))).toEqual(["approver"]);
    expect(roles((p) => access.decideStage(p, clinical), "example-health")).toEqual([]);
    expect(access.decideStage(person("collaborative", ["author"]), clinical)).toMatchObject({
      ok: false,
      reason: "Clinical review is decided by someone with the reviewer role",
    });
    expect(roles((p) => access.comment(p))).toEqual(["author", "reviewer", "approver"]);
    expect(roles((p) => access.comment(p), "example-health")).toEqual([]);
    expect(roles((p) => access.readReview(p))).toEqual(["admin", "author", "reviewer", "approver", "sender"]);
    expect(roles((p) => access.readReview(p), "example-health")).toEqual([]);
  });

  it("lets a partner export and send only as itself, and sending needs the sender role", () => {
    const sender = person("example-health", ["sender"]);
    const author = person("example-health", ["author"]);
    expect(ok(access.exportAs(author, "example-health"))).toBe(true);
    expect(ok(access.exportAs(author, "other-health"))).toBe(false);
    expect(ok(access.exportAs(person("collaborative", ["author"]), "other-health"))).toBe(true);
    expect(ok(access.sendAs(sender, "example-health"))).toBe(true);
    expect(access.sendAs(author, "example-health")).toMatchObject({
      ok: false,
      reason: "sending needs the sender role",
    });
    expect(ok(access.sendAs(sender, "other-health"))).toBe(false);
    // Even the collaborative sends only as itself.
    expect(ok(access.sendAs(person("collaborative", ["sender"]), "example-health"))).toBe(false);
  });

  it("hides another organization's sends, and only its senders pause or resume them", () => {
    const send = { partnerId: "example-health" };
    expect(access.seeSend(person("other-health", ["admin", "sender"]), send)).toEqual({
      ok: false,
      status: 404,
      reason: "no such send",
    });
    expect(access.seeSend(person("collaborative", ["admin"]), send).ok).toBe(false);
    expect(ok(access.seeSend(person("example-health", ["author"]), send))).toBe(true);
    expect(ok(access.controlSend(person("example-health", ["author"]), send))).toBe(false);
    expect(ok(access.controlSend(person("example-health", ["sender"]), send))).toBe(true);
    expect(access.controlSend(person("other-health", ["sender"]), send)).toMatchObject({ status: 404 });
  });

  it("lets admins manage their own organization's people, and the collaborative's admins everyone's", () => {
    expect(ok(access.managePeople(person("example-health", ["admin"]), "example-health"))).toBe(true);
    expect(ok(access.managePeople(person("example-health", ["admin"]), "other-health"))).toBe(false);
    expect(ok(access.managePeople(person("collaborative", ["admin"]), "other-health"))).toBe(true);
    for (const p of [...everyRole("collaborative"), ...everyRole("example-health")].filter(
      (p) => !p.roles.includes("admin"),
    ))
      expect(ok(access.managePeople(p, p.orgId))).toBe(false);
  });

  it("shows the audit trail to the collaborative's admins and approvers, and a partner's admins their own", () => {
    expect(
      everyRole("collaborative")
        .filter((p) => ok(access.readAudit(p, {})))
        .map((p) => p.roles[0]),
    ).toEqual(["admin", "approver"]);
    expect(ok(access.readAudit(person("example-health", ["admin"]), { orgId: "example-health" }))).toBe(true);
    expect(ok(access.readAudit(person("example-health", ["admin"]), {}))).toBe(false);
    expect(ok(access.readAudit(person("example-health", ["admin"]), { orgId: "other-health" }))).toBe(false);
    expect(ok(access.readAudit(person("example-health", ["sender"]), { orgId: "example-health" }))).toBe(
      false,
    );
  });
});

describe("where a review stands", () => {
  const stages = [
    { id: "clinical", title: "Clinical review", role: "reviewer" as const },
    { id: "comms", title: "Communications approval", role: "approver" as const },
  ];
  const decided = (stageId: string, decision: StageDecision["decision"]): [string, StageDecision] => [
    stageId,
    {
      stageId,
      decision,
      by: { email: "r@example.org", name: "R" },
      at: "2026-12-04T10:00:00.000Z",
      note: null,
    },
  ];
  const states = (decisions: [string, StageDecision][]) => {
    const progress = reviewProgress(stages, new Map(decisions));
    return {
      states: progress.stages.map((s) => s.state),
      current: progress.current?.id ?? null,
      approved: progress.approved,
    };
  };

  it("runs the stages in order: the first one not approved is current, the rest wait", () => {
    expect(states([])).toEqual({ states: ["current", "waiting"], current: "clinical", approved: false });
    expect(states([decided("clinical", "approved")])).toEqual({
      states: ["approved", "current"],
      current: "comms",
      approved: false,
    });
    expect(states([decided("clinical", "approved"), decided("comms", "approved")])).toEqual({
      states: ["approved", "approved"],
      current: null,
      approved: true,
    });
  });

  it("holds the review at a stage that asked for changes, and ignores a later stage's decision before it", () => {
    expect(states([decided("clinical", "changes-requested"), decided("comms", "approved")])).toEqual({
      states: ["changes-requested", "waiting"],
      current: "clinical",
      approved: false,
    });
    expect(states([decided("comms", "approved")]).approved).toBe(false);
  });
});
