import { readFile } from "node:fs/promises";
import path from "node:path";
import { Hono } from "hono";
import type { BuilderConfig } from "../config.js";
import { MIME, problem } from "../http.js";

/** The built client: files under dist/client, index.html for every other path (client routing). */
export function clientRoutes(config: BuilderConfig) {
  return new Hono().get("*", async (c) => {
    if (!config.clientDir) return problem(c, 404, "the client is not built: run pnpm build");
    const root = path.resolve(config.clientDir);
    let requested: string;
    try {
      requested = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return problem(c, 400, "bad path");
    }
    const file = path.resolve(root, `.${path.posix.normalize(`/${requested}`)}`);
    if (file.startsWith(root + path.sep) && !requested.endsWith("/")) {
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes) {
        return c.body(bytes, 200, {
          "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream",
          "Cache-Control": requested.startsWith("/assets/")
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        });
      }
      if (path.extname(requested)) return problem(c, 404, "not found");
    }
    const index = await readFile(path.join(root, "index.html"), "utf8").catch(() => undefined);
    if (!index) return problem(c, 404, "the client is not built: run pnpm build");
    return c.html(index, 200, { "Cache-Control": "no-cache" });
  });
}
