import { access } from "@chorus/team";
import type { Context } from "hono";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import { isSlug } from "../../shared/ids.js";
import {
  campaignParams,
  jsonBody,
  jsonLimit,
  params,
  problem,
  query,
  type RouteDeps,
  sendParams,
  slugQuery,
  uploadLimit,
} from "../http.js";
import type { LiveSend } from "../sends.js";
import { StoreError } from "../store.js";
import { target } from "../targets.js";
import { refused, refusedForSend } from "../team.js";

const proof = z.object({
  to: z
    .string({ error: "enter one email address for the proof" })
    .trim()
    .regex(/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/, "enter one email address for the proof"),
  material: z.custom<string>(isSlug, { error: "choose an email and a partner" }),
  partner: z.custom<string>(isSlug, { error: "choose an email and a partner" }),
});

const recipientsQuery = z.object({
  material: slugQuery("material", "material"),
  partner: slugQuery("partner", "partner"),
});

async function csvBody(c: Context): Promise<string> {
  // A CSV body, said so: a form on another site can post text/plain without asking first, never text/csv.
  const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "text/csv")
    throw new HTTPException(415, {
      res: Response.json(
        { error: "send the recipients as a CSV file (Content-Type: text/csv)" },
        { status: 415 },
      ),
    });
  const text = await c.req.text();
  if (!text.trim()) throw new StoreError(422, "the recipients file is empty");
  return text;
}

/**
 * Proofs, recipient checks, sends and their progress (polled, or as server-sent events), pause and resume.
 * In team mode a person sends only as their own organization, with the sender role, and sees only their
 * organization's sends (another's answer as if they did not exist).
 */
export function sendRoutes({ config, store, sends, gate }: RouteDeps) {
  const upload = uploadLimit(config.maxUploadBytes);
  const onSend = (c: Context, sendId: string, decide: typeof access.seeSend) =>
    refusedForSend(c, gate, (id) => sends.partnerOf(id), sendId, decide);
  return new Hono()
    .post(
      "/campaigns/:id/proof",
      jsonLimit,
      params(campaignParams),
      jsonBody(proof, (field) => (field === "to" ? 422 : 400)),
      async (c) => {
        const { to, material, partner } = c.req.valid("json");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.sendAs(a, partner)),
        );
        if (denied) return denied;
        const t = await target(store, c.req.valid("param").id, material, partner);
        const result = await sends.start(t, { proof: to }, { skipInvalid: false });
        if (result.status === "refused")
          return problem(c, 422, "the proof was not sent", { reasons: result.reasons });
        return c.json(result, 202);
      },
    )
    .post(
      "/campaigns/:id/recipients/check",
      upload,
      params(campaignParams),
      query(recipientsQuery),
      async (c) => {
        const { material, partner } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.sendAs(a, partner)),
        );
        if (denied) return denied;
        const t = await target(store, c.req.valid("param").id, material, partner);
        return c.json(await sends.check(t, await csvBody(c)));
      },
    )
    .post(
      "/campaigns/:id/sends",
      upload,
      params(campaignParams),
      query(recipientsQuery.extend({ skipInvalid: z.string().optional() })),
      async (c) => {
        const { material, partner, skipInvalid } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.sendAs(a, partner)),
        );
        if (denied) return denied;
        const { id } = c.req.valid("param");
        const t = await target(store, id, material, partner);
        const result = await sends.start(t, { csv: await csvBody(c) }, { skipInvalid: skipInvalid === "1" });
        if (result.status !== "refused")
          await gate.audit(c, {
            action: "send-started",
            campaignId: id,
            orgId: partner,
            detail: { material, partner },
          });
        if (result.status === "refused") {
          return problem(c, 422, "nothing was sent", {
            reasons: result.reasons,
            ...(result.import ? { import: result.import } : {}),
          });
        }
        return c.json(result, 202);
      },
    )
    .get("/sends", async (c) => {
      // Partners by name, as the rest of the builder shows them (a send of a removed kit keeps its id).
      const { content } = await store.load();
      const names = new Map(content.partners.map((p) => [p.partner.id, p.partner.name]));
      const list = (await sends.list()).filter(
        (send) => gate.allow(c, (a) => access.seeSend(a, { partnerId: send.report.partnerId })).ok,
      );
      return c.json({
        sends: list.map((send) => ({
          ...send,
          partnerName: names.get(send.report.partnerId) ?? send.report.partnerId,
        })),
      });
    })
    .get("/sends/:send", params(sendParams), async (c) => {
      const denied = await onSend(c, c.req.valid("param").send, access.seeSend);
      if (denied) return denied;
      const status = await sends.status(c.req.valid("param").send);
      return status ? c.json(status) : problem(c, 404, "no such send");
    })
    .get("/sends/:send/events", params(sendParams), async (c) => {
      const sendId = c.req.valid("param").send;
      const denied = await onSend(c, sendId, access.seeSend);
      if (denied) return denied;
      const first = await sends.status(sendId);
      if (!first) return problem(c, 404, "no such send");
      return streamSSE(c, async (stream) => {
        let latest: LiveSend = first;
        let changed = true;
        const unsubscribe = sends.subscribe(sendId, (send) => {
          latest = send;
          changed = true;
        });
        stream.onAbort(unsubscribe);
        try {
          while (!stream.aborted) {
            if (changed) {
              changed = false;
              await stream.writeSSE({ event: "progress", data: JSON.stringify(latest) });
              if (latest.state === "complete" || latest.state === "failed") break;
            }
            await stream.sleep(150);
          }
        } finally {
          unsubscribe();
        }
      });
    })
    .post("/sends/:send/pause", params(sendParams), async (c) => {
      const denied = await onSend(c, c.req.valid("param").send, access.controlSend);
      if (denied) return denied;
      return sends.pause(c.req.valid("param").send)
        ? c.json({ ok: true })
        : problem(c, 409, "this send is not running");
    })
    .post("/sends/:send/resume", params(sendParams), async (c) => {
      const denied = await onSend(c, c.req.valid("param").send, access.controlSend);
      if (denied) return denied;
      const resumeRefused = await sends.resume(c.req.valid("param").send);
      return resumeRefused ? problem(c, resumeRefused.status, resumeRefused.reason) : c.json({ ok: true });
    });
}
