import { access, PeopleError, readAudit, verifyAuditTrail } from "@chorus/team";
import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  attachment,
  jsonBody,
  jsonLimit,
  params,
  problem,
  query,
  type RouteDeps,
  slugQuery,
} from "../http.js";
import { permitted, refused, type TeamMode } from "../team.js";

const ROLE = z.enum(["admin", "author", "reviewer", "approver", "sender"], {
  error: "roles are admin, author, reviewer, approver and sender",
});
const newPerson = z.object({
  email: z
    .string({ error: "enter the person's email address" })
    .trim()
    .min(3, "enter the person's email address"),
  name: z.string().trim().max(120).optional(),
  orgId: z.string({ error: "choose the person's organization" }),
  roles: z.array(ROLE).min(1, "give the person at least one role"),
});
const personParams = z.object({ id: z.string().min(1).max(64) });
const rolesBody = z.object({ roles: z.array(ROLE).min(1, "give the person at least one role") });

const PEOPLE_ERROR_STATUS: Record<PeopleError["code"], 404 | 409 | 422> = {
  "invalid-email": 422,
  "unknown-org": 422,
  "no-roles": 422,
  "unknown-role": 422,
  "other-org": 409,
  "unknown-person": 404,
  "last-admin": 409,
};

/**
 * People and the audit trail (team mode): admins add people to their organization (the collaborative's to
 * any), change roles and remove them; the trail is read by those `access.readAudit` allows. In local mode
 * there is one user and no team database: these routes say so.
 */
export function peopleRoutes({ gate }: RouteDeps) {
  const teamOnly = (c: Context) =>
    problem(c, 404, "people and the audit trail exist in team mode only (CHORUS_MODE=team)");
  const answerPeopleError = (c: Context, error: unknown) => {
    if (error instanceof PeopleError) return problem(c, PEOPLE_ERROR_STATUS[error.code], error.message);
    throw error;
  };
  /** The person a route changes, if the request's admin may manage them; otherwise the answer to give. */
  const managed = async (c: Context, team: TeamMode, id: string) => {
    const target = await (await team.people()).byId(id);
    if (!target) return problem(c, 404, "no such person");
    return (
      refused(
        c,
        gate.allow(c, (a) => access.managePeople(a, target.orgId)),
      ) ?? target
    );
  };

  // Only admins add people or change roles: anyone else is refused before the body is read.
  const admins = permitted(gate, (a) => access.managePeople(a, a.orgId));
  return new Hono()
    .get("/people", query(z.object({ org: slugQuery("org", "organization").optional() })), async (c) => {
      const team = gate.team;
      if (!team) return teamOnly(c);
      const orgId = c.req.valid("query").org ?? gate.actor(c)!.orgId;
      const denied = refused(
        c,
        gate.allow(c, (a) => access.managePeople(a, orgId)),
      );
      if (denied) return denied;
      return c.json({ orgId, people: await (await team.people()).list(orgId) });
    })
    .post("/people", admins, jsonLimit, jsonBody(newPerson), async (c) => {
      const team = gate.team;
      if (!team) return teamOnly(c);
      const input = c.req.valid("json");
      const denied = refused(
        c,
        gate.allow(c, (a) => access.managePeople(a, input.orgId)),
      );
      if (denied) return denied;
      const by = gate.actor(c)!;
      try {
        const added = await (await team.people()).add({ ...input, by });
        await team.invite(added, by);
        return c.json(added, 201);
      } catch (error) {
        return answerPeopleError(c, error);
      }
    })
    .put("/people/:id/roles", admins, jsonLimit, params(personParams), jsonBody(rolesBody), async (c) => {
      const team = gate.team;
      if (!team) return teamOnly(c);
      const target = await managed(c, team, c.req.valid("param").id);
      if (target instanceof Response) return target;
      try {
        const changed = await (await team.people()).setRoles(
          target.id,
          c.req.valid("json").roles,
          gate.actor(c)!,
        );
        // New roles take effect at once: the person's sessions end and they sign in again.
        await team.auth.revokeSessions(target.id);
        return c.json(changed);
      } catch (error) {
        return answerPeopleError(c, error);
      }
    })
    .delete("/people/:id", params(personParams), async (c) => {
      const team = gate.team;
      if (!team) return teamOnly(c);
      const target = await managed(c, team, c.req.valid("param").id);
      if (target instanceof Response) return target;
      try {
        await (await team.people()).remove(target.id, gate.actor(c)!);
        return c.json({ ok: true });
      } catch (error) {
        return answerPeopleError(c, error);
      }
    })
    .get(
      "/audit",
      query(
        z.object({
          campaign: slugQuery("campaign", "campaign").optional(),
          org: slugQuery("org", "organization").optional(),
          after: z.coerce.number().int().min(0).optional(),
          download: z.literal("1").optional(),
        }),
      ),
      async (c) => {
        const team = gate.team;
        if (!team) return teamOnly(c);
        const { campaign, org, after, download } = c.req.valid("query");
        const actor = gate.actor(c)!;
        // A partner's admin reads their own organization's events; the collaborative's, any.
        const orgId = org ?? (actor.home ? undefined : actor.orgId);
        const denied = refused(
          c,
          gate.allow(c, (a) => access.readAudit(a, orgId ? { orgId } : {})),
        );
        if (denied) return denied;
        const events = await readAudit(team.db.db, {
          ...(campaign ? { campaignId: campaign } : {}),
          ...(orgId ? { orgId } : {}),
          ...(after !== undefined ? { afterSeq: after } : {}),
          limit: 500,
        });
        // Whether the whole chain is intact is for those who may read all of it.
        const chain = actor.home ? await verifyAuditTrail(team.db.db) : undefined;
        if (download)
          c.header(
            "Content-Disposition",
            attachment(`chorus-audit${campaign ? `-${campaign}` : ""}${orgId ? `-${orgId}` : ""}.json`),
          );
        return c.json({ events, ...(chain ? { chain } : {}) });
      },
    );
}
