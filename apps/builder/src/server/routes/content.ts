import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { Hono } from "hono";
import { z } from "zod";
import { STARTERS } from "../../shared/starters.js";
import { MIME, params, problem, type RouteDeps, slugParam } from "../http.js";

/** What the browser loads to start: the builder's settings, the shared content files, partner logos. */
export function contentRoutes({ config, store, sends }: RouteDeps) {
  return new Hono()
    .get("/health", (c) => c.json({ ok: true }))
    .get("/config", (c) =>
      c.json({ transport: sends.transportName, tokenRequired: Boolean(config.token), starters: STARTERS }),
    )
    .get("/content", async (c) =>
      c.json({ files: await store.sharedFiles(), assets: await store.assetPaths(), starters: STARTERS }),
    )
    .get("/partners/:partner/logo", params(z.object({ partner: slugParam("partner") })), async (c) => {
      const partnerId = c.req.valid("param").partner;
      const result = await store.load();
      const partner = result.content.partners.find((p) => p.partner.id === partnerId);
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
