import type { ContentSet } from "@chorus/content";
import { emailAddressProblem, parseSendTime } from "@chorus/send";
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

/** What is wrong with the proof address, named in plain words ("… is missing the part after the dot, such as .org"). */
function proofAddressIssue(to: string): string | undefined {
  const problem = emailAddressProblem(to);
  if (!problem) return undefined;
  if (problem === "is empty") return "enter an email address for the proof";
  const shown = to.length > 80 ? `${to.slice(0, 77)}…` : to;
  if (problem === "holds more than one address")
    return `enter one email address for the proof: “${shown}” holds more than one`;
  return `“${shown}” ${problem}`;
}

const proof = z.object({
  to: z
    .string({ error: "enter an email address for the proof" })
    .trim()
    .superRefine((to, ctx) => {
      const issue = proofAddressIssue(to);
      if (issue) ctx.addIssue({ code: "custom", message: issue });
    }),
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
/** The subject line of a campaign's email as the content has it now, or undefined. */
function subjectOf(content: ContentSet, campaignId: string, materialId: string): string | undefined {
  const material = content.campaigns
    .find((c) => c.campaign.id === campaignId)
    ?.campaign.materials.find((m) => m.id === materialId);
  return material?.kind === "email" ? material.subject : undefined;
}

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
    .post(
      "/campaigns/:id/schedules",
      upload,
      params(campaignParams),
      query(recipientsQuery.extend({ skipInvalid: z.string().optional(), at: z.string().optional() })),
      async (c) => {
        const { material, partner, skipInvalid, at } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.sendAs(a, partner)),
        );
        if (denied) return denied;
        const now = config.now();
        const time = parseSendTime(at ?? "", now);
        if (!time.ok) return problem(c, 422, `send time (at): ${time.message}`);
        const { id } = c.req.valid("param");
        const t = await target(store, id, material, partner);
        const result = await sends.schedule(t, await csvBody(c), time.given, {
          skipInvalid: skipInvalid === "1",
          by: gate.actor(c)?.email,
          now,
        });
        if (result.status === "refused") {
          return problem(c, 422, "nothing was scheduled", {
            reasons: result.reasons,
            ...(result.import ? { import: result.import } : {}),
          });
        }
        await gate.audit(c, {
          action: "send-scheduled",
          campaignId: id,
          orgId: partner,
          detail: {
            material,
            partner,
            sendId: result.sendId,
            dueAt: result.dueAt,
            recipients: result.recipients,
          },
        });
        return c.json(result, 201);
      },
    )
    .get("/schedules", async (c) => {
      // Only people who may send as a partner see what is scheduled to go out as it.
      const { content } = await store.load();
      const names = new Map(content.partners.map((p) => [p.partner.id, p.partner.name]));
      const waiting = (await sends.waiting()).filter(
        (send) => gate.allow(c, (a) => access.sendAs(a, send.partnerId)).ok,
      );
      return c.json({
        schedules: waiting.map((send) => ({
          ...send,
          subject: send.subject ?? subjectOf(content, send.campaignId, send.materialId) ?? send.materialId,
          partnerName: names.get(send.partnerId) ?? send.partnerId,
        })),
      });
    })
    .post("/schedules/:send/cancel", params(sendParams), async (c) => {
      const sendId = c.req.valid("param").send;
      // Another organization's schedule is "no such"; one's own needs the right to send as it.
      const denied = await onSend(c, sendId, (a, send) => {
        const seen = access.seeSend(a, send);
        return seen.ok ? access.sendAs(a, send.partnerId) : seen;
      });
      if (denied) return denied;
      const result = await sends.cancelSchedule(sendId, gate.actor(c)?.email);
      if (result.status !== "cancelled") return problem(c, result.status, result.reason);
      await gate.audit(c, {
        action: "schedule-cancelled",
        campaignId: result.plan.campaignId,
        orgId: result.plan.partnerId,
        detail: { material: result.plan.materialId, partner: result.plan.partnerId, sendId },
      });
      return c.json({ ok: true });
    })
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
          // Named by the email's subject: recorded with the send, or (older sends) the campaign's now.
          subject:
            send.subject ??
            subjectOf(content, send.report.campaignId, send.report.materialId) ??
            send.report.materialId,
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
