import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { access } from "@chorus/team";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { STARTERS } from "../../shared/starters.js";
import { MIME, params, problem, type RouteDeps, slugParam } from "../http.js";

/**
 * What the browser loads to start: the builder's settings, who is signed in, the shared content files and
 * partner logos. In team mode a partner's people get the library, the collaborative's brand kit and their
 * own, and no other partner's.
 */
export function contentRoutes({ config, store, sends, gate }: RouteDeps) {
  /** Brand kits this request may see: all of them, or the collaborative's and the person's own. */
  const visibleKits = async (c: Context) => {
    const actor = gate.actor(c);
    const { content } = await store.load();
    return content.partners.filter(
      ({ partner }) => !actor || actor.home || partner.id === actor.orgId || partner.kind === "collaborative",
    );
  };
  return new Hono()
    .get("/health", (c) => c.json({ ok: true }))
    .get("/config", (c) => c.json({ transport: sends.transportName, starters: STARTERS }))
    .get("/me", async (c) => {
      const actor = gate.actor(c);
      const kits = await visibleKits(c);
      const org = actor ? kits.find(({ partner }) => partner.id === actor.orgId)?.partner : undefined;
      // What the pages may offer, decided by the same rules as the routes (the routes still check).
      const may = (decide: Parameters<typeof gate.allow>[1]) => gate.allow(c, decide).ok;
      return c.json({
        mode: gate.team ? ("team" as const) : ("local" as const),
        person: actor
          ? {
              email: actor.email,
              name: actor.name,
              orgId: actor.orgId,
              orgName: org?.name ?? actor.orgId,
              roles: actor.roles,
              home: actor.home,
            }
          : null,
        can: {
          editCampaigns: may((a) => access.editCampaign(a)),
          /** Approve with a typed name: local mode only (team mode approves through review stages). */
          approve: may((a) => access.changeStatus(a, "approved")),
          /** See the review panel: its stages, comments and history (team mode, the collaborative). */
          review: Boolean(actor) && may((a) => access.readReview(a)),
          managePeople: Boolean(actor) && may((a) => access.managePeople(a, a.orgId)),
          readAudit: Boolean(actor) && may((a) => access.readAudit(a, a.home ? {} : { orgId: a.orgId })),
        },
        /** The organizations this person may choose among (an admin adding people). */
        organizations: kits
          .filter(({ partner }) => !actor || actor.home || partner.id === actor.orgId)
          .map(({ partner }) => ({ id: partner.id, name: partner.name })),
      });
    })
    .get("/content", async (c) => {
      const kits = await visibleKits(c);
      const kitFiles = new Set(kits.map(({ partner }) => `${partner.id}.yaml`));
      const logos = new Set(kits.map(({ logoPath }) => logoPath));
      const files = (await store.sharedFiles()).filter(
        (file) => !file.path.includes("/_partners/") || kitFiles.has(path.basename(file.path)),
      );
      const assets = (await store.assetPaths()).filter((asset) => !gate.actor(c) || logos.has(asset));
      return c.json({ files, assets, starters: STARTERS });
    })
    .get("/partners/:partner/logo", params(z.object({ partner: slugParam("partner") })), async (c) => {
      const partnerId = c.req.valid("param").partner;
      const partner = (await visibleKits(c)).find((p) => p.partner.id === partnerId);
      if (!partner) return problem(c, 404, `no partner "${partnerId}"`);
      const file = path.resolve(path.dirname(config.contentDir), partner.logoPath);
      // Where the file really is, links resolved: a logo that is a link out of the content folder is not served.
      const real = await realpath(file).catch(() => "");
      const logos = await realpath(path.join(config.contentDir, "_partners")).catch(() => "");
      if (!logos || !real.startsWith(logos + path.sep)) return problem(c, 404, "logo not found");
      const bytes = await readFile(real).catch(() => undefined);
      if (!bytes) return problem(c, 404, "logo not found");
      const type = MIME[path.extname(file)] ?? "application/octet-stream";
      return c.body(bytes, 200, {
        "Content-Type": type,
        // An SVG opened on its own must not run anything.
        "Content-Security-Policy":
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
      });
    });
}
