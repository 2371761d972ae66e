import { access } from "@chorus/team";
import { Hono } from "hono";
import { z } from "zod";
import { isStarterId, STARTERS, type StarterId } from "../../shared/starters.js";
import { translationsBlockingApproval } from "../../shared/translation.js";
import { campaignParams, jsonBody, jsonLimit, params, problem, type RouteDeps, slugParam } from "../http.js";
import { contentFingerprint, type Status } from "../store.js";
import { permitted, refused } from "../team.js";

const STALE = "send the version of the file you loaded";

const newCampaign = z.object({
  title: z
    .string({ error: "give the campaign a title" })
    .trim()
    .min(1, "give the campaign a title")
    .max(120, "the title must be at most 120 characters"),
  starter: z.custom<StarterId>(isStarterId, {
    error: `choose a starter: ${STARTERS.map((s) => s.id).join(", ")}`,
  }),
  id: slugParam("campaign"),
});

// The content itself is checked by the store, which answers with diagnostics at their lines.
const save = z.object({ version: z.string({ error: STALE }), data: z.unknown().optional() });

const statusChange = z.object({
  version: z.string({ error: STALE }),
  // The store names the statuses when this is not one of them.
  status: z.custom<Status>().optional(),
  by: z.string().optional().catch(undefined),
});

const versionIs400 = (field: string) => (field === "version" ? 400 : 422);

/**
 * List, create, open, save and change the status of campaigns. In team mode a partner sees approved
 * campaigns only (others answer as if they did not exist), only the collaborative's authors write, and an
 * approval records the signed-in approver.
 */
export function campaignRoutes({ store, gate }: RouteDeps) {
  const edits = permitted(gate, (a) => access.editCampaign(a));
  return new Hono()
    .get("/campaigns", async (c) => {
      const listing = await store.list();
      const campaigns = listing.campaigns.filter(
        (summary) => gate.allow(c, (a) => access.readCampaign(a, summary)).ok,
      );
      // A partner's people see neither the other campaigns nor the problems in their files.
      const problems = gate.actor(c)?.home === false ? [] : listing.problems;
      return c.json({ ...listing, campaigns, problems });
    })
    .post("/campaigns", edits, jsonLimit, jsonBody(newCampaign), async (c) => {
      const { id, title, starter } = c.req.valid("json");
      const created = await store.create(id, title, starter);
      await gate.audit(c, {
        action: "campaign-saved",
        campaignId: id,
        contentHash: created.version,
        detail: { created: true, fingerprint: contentFingerprint(created.data) },
      });
      return c.json({ id: created.id, version: created.version }, 201);
    })
    .get("/campaigns/:id", params(campaignParams), async (c) => {
      const opened = await store.read(c.req.valid("param").id);
      const status = (opened.data as { status?: unknown } | undefined)?.status;
      const denied = refused(
        c,
        gate.allow(c, (a) => access.readCampaign(a, { status: String(status) })),
      );
      if (denied) return denied;
      // A partner's people read the approved campaign, not the file it is kept in (its comments and notes).
      if (gate.actor(c)?.home === false) return c.json({ ...opened, text: "" });
      return c.json(opened);
    })
    .put(
      "/campaigns/:id",
      edits,
      jsonLimit,
      params(campaignParams),
      jsonBody(save, versionIs400),
      async (c) => {
        const { id } = c.req.valid("param");
        const { version, data } = c.req.valid("json");
        const saved = await store.save(id, data, version);
        // The content's fingerprint says who made each version, so no one approves their own edit.
        await gate.audit(c, {
          action: "campaign-saved",
          campaignId: id,
          contentHash: saved.version,
          detail: { fingerprint: contentFingerprint(saved.data) },
        });
        return c.json(saved);
      },
    )
    .post(
      "/campaigns/:id/status",
      jsonLimit,
      params(campaignParams),
      jsonBody(statusChange, versionIs400),
      async (c) => {
        const { version, status, by } = c.req.valid("json");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.changeStatus(a, String(status))),
        );
        if (denied) return denied;
        const { id } = c.req.valid("param");
        if (status === "approved") {
          // Its translations are reviewed and up to date first (decision 44); a changed file is the store's 409.
          const opened = await store.read(id);
          const waiting = opened.version === version && translationsBlockingApproval(opened.diagnostics);
          if (waiting) return problem(c, 422, waiting.message, { translations: waiting.findings });
        }
        // In team mode the approval names the signed-in person, whatever name a request carries.
        const approver = gate.actor(c)?.name ?? by;
        const changed = await store.setStatus(id, status as Status, version, approver);
        await gate.audit(c, {
          action: "campaign-status-changed",
          campaignId: id,
          contentHash: changed.version,
          detail: { status },
        });
        return c.json(changed);
      },
    );
}
