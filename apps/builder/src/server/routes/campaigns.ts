import { Hono } from "hono";
import { z } from "zod";
import { isStarterId, STARTERS, type StarterId } from "../../shared/starters.js";
import { campaignParams, jsonBody, jsonLimit, params, type RouteDeps, slugParam } from "../http.js";
import type { Status } from "../store.js";

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

/** List, create, open, save and change the status of campaigns. */
export function campaignRoutes({ store }: RouteDeps) {
  return new Hono()
    .get("/campaigns", async (c) => c.json(await store.list()))
    .post("/campaigns", jsonLimit, jsonBody(newCampaign), async (c) => {
      const { id, title, starter } = c.req.valid("json");
      return c.json(await store.create(id, title, starter), 201);
    })
    .get("/campaigns/:id", params(campaignParams), async (c) =>
      c.json(await store.read(c.req.valid("param").id)),
    )
    .put("/campaigns/:id", jsonLimit, params(campaignParams), jsonBody(save, versionIs400), async (c) => {
      const { version, data } = c.req.valid("json");
      return c.json(await store.save(c.req.valid("param").id, data, version));
    })
    .post(
      "/campaigns/:id/status",
      jsonLimit,
      params(campaignParams),
      jsonBody(statusChange, versionIs400),
      async (c) => {
        const { version, status, by } = c.req.valid("json");
        return c.json(await store.setStatus(c.req.valid("param").id, status as Status, version, by));
      },
    );
}
