import { timingSafeEqual } from "node:crypto";
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { ContentSet, EmailMaterial, LoadedCampaign, PartnerKit } from "@chorus/content";
import { EmailRenderError, PersonalizationError } from "@chorus/emails";
import { buildKitInWorker, emlOf, renderEmail } from "@chorus/kit/node";
import { brandKitDiagnostics } from "@chorus/tokens";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { isSlug } from "../shared/ids.js";
import { isStarterId, STARTERS } from "../shared/starters.js";
import { type BuilderConfig, isLoopback } from "./config.js";
import { type LiveSend, parseEml, SendManager } from "./sends.js";
import { ContentStore, type Status, StoreError } from "./store.js";

/**
 * The Content-Security-Policy of every response: our own scripts only, no inline script, no
 * plugins, never framed. Inline styles are allowed because email previews are styled inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An `Origin` header names this host; `null` (sandboxed frames, file: pages) and garbage never do. */
function sameHost(origin: string, host: string | undefined): boolean {
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}

function problem(c: Context, status: number, message: string, details: Record<string, unknown> = {}) {
  return c.json({ error: message, ...details }, status as 400);
}

function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}

/** Where Resend posts signed events (bounces, complaints); outside /api, so it needs no builder token. */
export const WEBHOOK_PATH = "/webhooks/resend";

export interface BuilderApp {
  app: Hono;
  store: ContentStore;
  sends: SendManager;
}

export function createApp(config: BuilderConfig): BuilderApp {
  const store = new ContentStore(config.contentDir, config.now);
  const sends = new SendManager(config.chorusDir, config.resendApiKey, (plan) =>
    target(plan.campaignId, plan.materialId, plan.partnerId),
  );
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof StoreError) return problem(c, error.status, error.message, error.details);
    if (error instanceof EmailRenderError || error instanceof PersonalizationError)
      return problem(c, 422, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOSPC" || code === "EDQUOT") {
      console.error(error);
      return problem(
        c,
        507,
        "the builder's disk is full, so nothing was saved or sent: free some space on the server, then try again",
      );
    }
    console.error(error);
    return problem(c, 500, "something went wrong on the builder's server; the details are in its log");
  });

  app.use("*", async (c, next) => {
    await next();
    // Routes that serve inert documents (logos, emails) set a stricter policy of their own.
    if (!c.res.headers.has("Content-Security-Policy"))
      c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    c.header("Cross-Origin-Resource-Policy", "same-origin");
  });

  // Without a token the builder trusts the machine it runs on, so it answers only to its loopback names:
  // a web page that rebinds its own domain to 127.0.0.1 gets nothing (DNS rebinding). Resend's webhook
  // arrives through whatever proxy forwards it, and carries its own proof: a Svix signature.
  app.use("*", async (c, next) => {
    const host = c.req.header("host");
    if (!config.token && host && c.req.path !== WEBHOOK_PATH) {
      const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
      if (!isLoopback(name))
        return problem(c, 403, `this builder only answers to 127.0.0.1 or localhost, not "${host}"`);
    }
    await next();
  });

  app.use("/api/*", async (c, next) => {
    if (config.token) {
      const header = c.req.header("authorization") ?? "";
      const given = header.startsWith("Bearer ") ? header.slice(7) : "";
      if (!given || !sameSecret(given, config.token)) {
        return problem(
          c,
          401,
          "this builder needs its access token (CHORUS_TOKEN): open the link you were given with #token=…",
        );
      }
    }
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
      // Another site's page must not be able to change content through the user's browser.
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const host = c.req.header("host");
      if ((site && site !== "same-origin" && site !== "none") || (origin && !sameHost(origin, host))) {
        return problem(c, 403, "requests from other sites are refused");
      }
    }
    c.header("Cache-Control", "no-store");
    await next();
  });

  const json = bodyLimit({
    maxSize: 2 * 1024 * 1024,
    onError: (c) => problem(c, 413, "the request is too large (2 MB at most)"),
  });
  const upload = bodyLimit({
    maxSize: config.maxUploadBytes,
    onError: (c) =>
      problem(
        c,
        413,
        `the file is too large: recipient lists can be at most ${Math.round(config.maxUploadBytes / 1024 / 1024)} MB`,
      ),
  });

  async function readJson(c: Context): Promise<Record<string, unknown>> {
    try {
      const body = await c.req.json();
      if (typeof body === "object" && body !== null && !Array.isArray(body))
        return body as Record<string, unknown>;
    } catch {
      // fall through
    }
    throw new StoreError(400, "the request body must be a JSON object");
  }

  function slugParam(c: Context, name: string, what: string): string {
    const value = c.req.param(name) ?? c.req.query(name) ?? "";
    if (!isSlug(value))
      throw new StoreError(400, `"${value}" is not a ${what} id (lowercase letters, digits and hyphens)`);
    return value;
  }

  function queryId(c: Context, name: string, what: string): string {
    const value = c.req.query(name) ?? "";
    if (!isSlug(value)) throw new StoreError(400, `choose a ${what} (?${name}=…)`);
    return value;
  }

  /** The saved campaign, ready to render: refuses while its file has errors. */
  async function loadCampaign(id: string): Promise<{ content: ContentSet; loaded: LoadedCampaign }> {
    const file = store.campaignFile(id);
    await stat(file).catch(() => {
      throw new StoreError(404, `no campaign "${id}"`);
    });
    const result = await store.load();
    const loaded = result.content.campaigns.find((c) => c.file === store.relative(file));
    // Any error in the file blocks rendering, sending and export: a broken reference, or approved
    // content edited after its approval, as much as invalid YAML.
    const first = result.diagnostics.find((d) => d.file === store.relative(file) && d.severity === "error");
    if (!loaded || first) {
      throw new StoreError(
        422,
        `campaign "${id}" has errors to fix first${first ? `: ${first.message} (line ${first.line})` : ""}`,
      );
    }
    return { content: result.content, loaded };
  }

  function partnerOf(content: ContentSet, loaded: LoadedCampaign, partnerId: string): PartnerKit {
    const kit = content.partners.find((p) => p.partner.id === partnerId);
    if (!kit) throw new StoreError(404, `no partner "${partnerId}"`);
    const allowed = loaded.campaign.partners;
    if (allowed.length > 0 && !allowed.includes(partnerId)) {
      throw new StoreError(422, `partner "${partnerId}" is not one of this campaign's partners`);
    }
    // Nothing goes out in colours people cannot read: the kit is fixed first (chorus validate says how).
    const [contrast] = brandKitDiagnostics([kit]);
    if (contrast) {
      throw new StoreError(
        422,
        `the brand kit of ${kit.partner.name} has colours that are hard to read, so its emails cannot be exported or sent yet: ${kit.file} ${contrast.path}: ${contrast.message}`,
      );
    }
    return kit.partner;
  }

  function emailOf(loaded: LoadedCampaign, materialId: string): EmailMaterial {
    const material = loaded.campaign.materials.find((m) => m.id === materialId);
    if (!material)
      throw new StoreError(404, `campaign "${loaded.campaign.id}" has no material "${materialId}"`);
    if (material.kind !== "email")
      throw new StoreError(422, `material "${materialId}" is a ${material.kind}, not an email`);
    return material;
  }

  async function target(id: string, materialId: string, partnerId: string) {
    const { content, loaded } = await loadCampaign(id);
    return {
      content,
      loaded,
      material: emailOf(loaded, materialId),
      partner: partnerOf(content, loaded, partnerId),
    };
  }

  app.post(
    WEBHOOK_PATH,
    bodyLimit({ maxSize: 256 * 1024, onError: (c) => problem(c, 413, "a webhook event is at most 256 KB") }),
    async (c) => {
      if (!config.resendWebhookSecret)
        return problem(c, 404, "webhooks are off: set RESEND_WEBHOOK_SECRET to Resend's signing secret");
      const result = await sends.webhook(config.resendWebhookSecret, await c.req.text(), c.req.raw.headers);
      if (result.suppressed.length > 0)
        console.log(
          `webhook: suppressed ${result.suppressed.length} address(es) after a bounce or complaint`,
        );
      return c.body(result.body, result.status as 200, { "content-type": "application/json" });
    },
  );

  app.get("/api/health", (c) => c.json({ ok: true }));

  app.get("/api/config", (c) =>
    c.json({ transport: sends.transportName, tokenRequired: Boolean(config.token), starters: STARTERS }),
  );

  app.get("/api/content", async (c) => {
    return c.json({ files: await store.sharedFiles(), assets: await store.assetPaths(), starters: STARTERS });
  });

  app.get("/api/partners/:partner/logo", async (c) => {
    const partnerId = slugParam(c, "partner", "partner");
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

  app.get("/api/campaigns", async (c) => c.json(await store.list()));

  app.post("/api/campaigns", json, async (c) => {
    const body = await readJson(c);
    const title = typeof body.title === "string" ? body.title.trim() : "";
    if (!title) return problem(c, 422, "give the campaign a title");
    if (title.length > 120) return problem(c, 422, "the title must be at most 120 characters");
    if (!isStarterId(body.starter))
      return problem(c, 422, `choose a starter: ${STARTERS.map((s) => s.id).join(", ")}`);
    const id = body.id;
    if (!isSlug(id))
      return problem(c, 422, `"${String(id)}" is not a campaign id (lowercase letters, digits and hyphens)`);
    return c.json(await store.create(id, title, body.starter), 201);
  });

  app.get("/api/campaigns/:id", async (c) => c.json(await store.read(slugParam(c, "id", "campaign"))));

  app.put("/api/campaigns/:id", json, async (c) => {
    const id = slugParam(c, "id", "campaign");
    const body = await readJson(c);
    if (typeof body.version !== "string") return problem(c, 400, "send the version of the file you loaded");
    return c.json(await store.save(id, body.data, body.version));
  });

  app.post("/api/campaigns/:id/status", json, async (c) => {
    const id = slugParam(c, "id", "campaign");
    const body = await readJson(c);
    if (typeof body.version !== "string") return problem(c, 400, "send the version of the file you loaded");
    const by = typeof body.by === "string" ? body.by : undefined;
    return c.json(await store.setStatus(id, body.status as Status, body.version, by));
  });

  app.get("/api/campaigns/:id/emails/:material/:format", async (c) => {
    const id = slugParam(c, "id", "campaign");
    const materialId = slugParam(c, "material", "material");
    const format = c.req.param("format");
    if (!["html", "txt", "eml"].includes(format)) return problem(c, 400, "format must be html, txt or eml");
    const partnerId = queryId(c, "partner", "partner");
    const { content, loaded } = await target(id, materialId, partnerId);
    const rendered = await renderEmail(content, loaded, materialId, partnerId);
    const name = `${id}-${materialId}-${partnerId}.${format}`;
    const disposition = c.req.query("download") === "0" ? "inline" : attachment(name);
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
    return c.body(eml, 200, { "Content-Type": "message/rfc822", "Content-Disposition": attachment(name) });
  });

  app.get("/api/campaigns/:id/kit", async (c) => {
    const id = slugParam(c, "id", "campaign");
    const partnerId = queryId(c, "partner", "partner");
    const { content, loaded } = await loadCampaign(id);
    partnerOf(content, loaded, partnerId);
    if (!loaded.campaign.materials.some((m) => m.kind === "email"))
      return problem(c, 422, "this campaign has no email to export");
    // Rendering and zipping take seconds for a big campaign: a worker thread does them (it loads the
    // saved content itself), so the server keeps answering meanwhile.
    const { zip } = await buildKitInWorker({
      contentDir: config.contentDir,
      campaignId: id,
      partnerId,
      now: config.now(),
      signal: c.req.raw.signal,
    });
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": "application/zip",
      "Content-Disposition": attachment(`${id}-${partnerId}-kit.zip`),
    });
  });

  app.post("/api/campaigns/:id/proof", json, async (c) => {
    const id = slugParam(c, "id", "campaign");
    const body = await readJson(c);
    const to = typeof body.to === "string" ? body.to.trim() : "";
    if (!/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(to))
      return problem(c, 422, "enter one email address for the proof");
    if (!isSlug(body.material) || !isSlug(body.partner))
      return problem(c, 400, "choose an email and a partner");
    const t = await target(id, body.material, body.partner);
    const result = await sends.start(t, { proof: to }, { skipInvalid: false });
    if (result.status === "refused")
      return problem(c, 422, "the proof was not sent", { reasons: result.reasons });
    return c.json(result, 202);
  });

  async function csvBody(c: Context): Promise<string> {
    const text = await c.req.text();
    if (!text.trim()) throw new StoreError(422, "the recipients file is empty");
    return text;
  }

  app.post("/api/campaigns/:id/recipients/check", upload, async (c) => {
    const id = slugParam(c, "id", "campaign");
    const t = await target(id, queryId(c, "material", "material"), queryId(c, "partner", "partner"));
    return c.json(await sends.check(t, await csvBody(c)));
  });

  app.post("/api/campaigns/:id/sends", upload, async (c) => {
    const id = slugParam(c, "id", "campaign");
    const t = await target(id, queryId(c, "material", "material"), queryId(c, "partner", "partner"));
    const result = await sends.start(
      t,
      { csv: await csvBody(c) },
      { skipInvalid: c.req.query("skipInvalid") === "1" },
    );
    if (result.status === "refused") {
      return problem(c, 422, "nothing was sent", {
        reasons: result.reasons,
        ...(result.import ? { import: result.import } : {}),
      });
    }
    return c.json(result, 202);
  });

  function sendIdParam(c: Context): string {
    const value = c.req.param("send") ?? "";
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) || value.includes("..") || value.length > 160)
      throw new StoreError(400, `"${value}" is not a send id`);
    return value;
  }

  app.get("/api/sends/:send", async (c) => {
    const status = await sends.status(sendIdParam(c));
    return status ? c.json(status) : problem(c, 404, "no such send");
  });

  app.get("/api/sends/:send/events", async (c) => {
    const sendId = sendIdParam(c);
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
  });

  app.post("/api/sends/:send/pause", (c) =>
    sends.pause(sendIdParam(c)) ? c.json({ ok: true }) : problem(c, 409, "this send is not running"),
  );
  app.post("/api/sends/:send/resume", async (c) => {
    const refused = await sends.resume(sendIdParam(c));
    return refused ? problem(c, refused.status, refused.reason) : c.json({ ok: true });
  });

  app.get("/api/sends", async (c) => {
    // Partners by name, as the rest of the builder shows them (a send of a removed kit keeps its id).
    const { content } = await store.load();
    const names = new Map(content.partners.map((p) => [p.partner.id, p.partner.name]));
    const list = await sends.list();
    return c.json({
      sends: list.map((send) => ({
        ...send,
        partnerName: names.get(send.report.partnerId) ?? send.report.partnerId,
      })),
    });
  });

  app.get("/api/outbox/:send", async (c) => {
    const search = c.req.query("search")?.slice(0, 320);
    return c.json(await sends.outboxMessages(sendIdParam(c), search ? { search } : {}));
  });
  app.get("/api/outbox/:send/:file", async (c) => {
    const eml = await sends.outboxMessage(sendIdParam(c), c.req.param("file"));
    if (eml === undefined) return problem(c, 404, "no such message");
    if (c.req.query("format") === "parsed") return c.json(parseEml(eml));
    return c.body(eml, 200, { "Content-Type": "text/plain; charset=utf-8" });
  });

  app.all("/api/*", (c) => problem(c, 404, "no such API route"));

  // The built client: files under dist/client, index.html for every other path (client routing).
  app.get("*", async (c) => {
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

  return { app, store, sends };
}
