import { buildKitInWorker, emlOf, KIT_PARTS, type KitPart, renderEmail } from "@chorus/kit/node";
import { access } from "@chorus/team";
import { Hono } from "hono";
import { z } from "zod";
import { attachment, campaignParams, params, query, type RouteDeps, slugParam, slugQuery } from "../http.js";
import { loadCampaign, partnerOf, target } from "../targets.js";
import { refused } from "../team.js";

const emailParams = z.object({
  id: slugParam("campaign"),
  material: slugParam("material"),
  format: z.enum(["html", "txt", "eml"], { error: "format must be html, txt or eml" }),
});
const partnerQuery = z.object({ partner: slugQuery("partner", "partner") });
/** `?parts=emails,guides`: a partial kit, as `chorus build --only` makes (all parts when not given). */
const kitQuery = partnerQuery.extend({
  parts: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const parts = [...new Set(text.split(",").map((part) => part.trim()))];
      const unknown = parts.filter((part) => !(KIT_PARTS as readonly string[]).includes(part));
      if (unknown.length > 0 || parts.length === 0) {
        ctx.addIssue({
          code: "custom",
          message: `parts must be some of ${KIT_PARTS.join(", ")}, comma-separated (got ${unknown.join(", ") || "none"})`,
        });
        return z.NEVER;
      }
      return KIT_PARTS.filter((part) => parts.includes(part)) as KitPart[];
    }),
});

/** One email as a download (HTML, text, .eml), and a partner's whole kit as a zip. */
export function exportRoutes({ config, store, gate, artwork }: RouteDeps) {
  return new Hono()
    .get(
      "/campaigns/:id/emails/:material/:format",
      params(emailParams),
      query(partnerQuery.extend({ download: z.string().optional() })),
      async (c) => {
        const { id, material: materialId, format } = c.req.valid("param");
        const { partner: partnerId, download } = c.req.valid("query");
        const denied = refused(
          c,
          gate.allow(c, (a) => access.exportAs(a, partnerId)),
        );
        if (denied) return denied;
        const { content, loaded } = await target(store, id, materialId, partnerId);
        const hidden = refused(
          c,
          gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
        );
        if (hidden) return hidden;
        const rendered = await renderEmail(content, loaded, materialId, partnerId);
        const name = `${id}-${materialId}-${partnerId}.${format}`;
        const disposition = download === "0" ? "inline" : attachment(name);
        if (format === "html") {
          return c.body(rendered.html, 200, {
            "Content-Type": "text/html; charset=utf-8",
            "Content-Disposition": disposition,
            // Opened on its own, an email is inert: no scripts, no forms, no plugins.
            "Content-Security-Policy":
              "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'none'; sandbox",
          });
        }
        if (format === "txt")
          return c.body(rendered.text, 200, {
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Disposition": disposition,
          });
        const eml = emlOf(rendered, `${id}/${materialId}/${partnerId}`, config.now());
        return c.body(eml, 200, {
          "Content-Type": "message/rfc822",
          "Content-Disposition": attachment(name),
        });
      },
    )
    .get("/campaigns/:id/kit", params(campaignParams), query(kitQuery), async (c) => {
      const { id } = c.req.valid("param");
      const { partner: partnerId, parts } = c.req.valid("query");
      const denied = refused(
        c,
        gate.allow(c, (a) => access.exportAs(a, partnerId)),
      );
      if (denied) return denied;
      const { content, loaded } = await loadCampaign(store, id);
      const hidden = refused(
        c,
        gate.allow(c, (a) => access.readCampaign(a, loaded.campaign)),
      );
      if (hidden) return hidden;
      partnerOf(content, loaded, partnerId);
      // Drawing, printing and zipping take seconds: a worker thread does them (it loads the saved content
      // itself), so the server keeps answering meanwhile. The same saved content for the same partner on the
      // same day is built once, however many ask (the kit is dated when it was built).
      const now = config.now();
      const look = await artwork.look(content, partnerId);
      const key = `kit|${artwork.fingerprint(content, loaded, look)}|${partnerId}|${now.toISOString().slice(0, 10)}|${parts?.join(",") ?? "all"}`;
      const made = await artwork.kits.get(
        key,
        async (signal) => {
          // Kits take seconds and the server's cores: its log says how long each took, or why it stopped.
          const started = performance.now();
          try {
            const { zip } = await buildKitInWorker({
              contentDir: config.contentDir,
              campaignId: id,
              partnerId,
              now,
              ...(parts ? { parts } : {}),
              signal,
            });
            console.log(`kit ${id} for ${partnerId}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
            return zip;
          } catch (error) {
            console.log(
              `kit ${id} for ${partnerId}: not made after ${((performance.now() - started) / 1000).toFixed(1)} s: ${signal.aborted ? "nobody waits for it any more" : (error as Error).message}`,
            );
            throw error;
          }
        },
        c.req.raw.signal,
      );
      if ("refusal" in made) return c.json({ error: made.refusal }, 422);
      const zip = made.bytes;
      await gate.audit(c, {
        action: "kit-exported",
        campaignId: id,
        orgId: partnerId,
        detail: { partner: partnerId },
      });
      return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
        "Content-Type": "application/zip",
        "Content-Disposition": attachment(`${id}-${partnerId}-kit.zip`),
      });
    });
}
