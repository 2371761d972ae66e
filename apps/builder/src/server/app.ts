import path from "node:path";
import { EmailRenderError, PersonalizationError } from "@chorus/emails";
import { EmptyKitError } from "@chorus/kit/node";
import { resolveSendTarget } from "@chorus/send";
import { AUTH_BASE_PATH, appendAudit } from "@chorus/team";
import { type ErrorHandler, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { Artwork, ArtworkUnavailableError, isArtworkRefusal } from "./artwork.js";
import type { BuilderConfig } from "./config.js";
import { problem, type RouteDeps } from "./http.js";
import { artworkRoutes } from "./routes/artwork.js";
import { campaignRoutes } from "./routes/campaigns.js";
import { clientRoutes } from "./routes/client.js";
import { contentRoutes } from "./routes/content.js";
import { exportRoutes } from "./routes/exports.js";
import { outboxRoutes } from "./routes/outbox.js";
import { peopleRoutes } from "./routes/people.js";
import { reviewRoutes } from "./routes/review.js";
import { sendRoutes } from "./routes/sends.js";
import { webhookRoutes } from "./routes/webhooks.js";
import { loopbackOnly, noStore, sameSiteOnly, securityHeaders } from "./security.js";
import { SendManager } from "./sends.js";
import { ContentStore, StoreError } from "./store.js";
import { target } from "./targets.js";
import { authRoutes, LOCAL_GATE, signedInOnly, type TeamMode, teamGate } from "./team.js";

/** Refusals thrown anywhere (store, renderer, Hono's middleware) as `{ error }` with their status. */
const answerError: ErrorHandler = (error, c) => {
  if (error instanceof StoreError) return problem(c, error.status, error.message, error.details);
  if (
    error instanceof EmailRenderError ||
    error instanceof PersonalizationError ||
    error instanceof EmptyKitError ||
    isArtworkRefusal(error)
  )
    return problem(c, 422, error.message);
  if (error instanceof ArtworkUnavailableError) return problem(c, 503, error.message);
  if (error instanceof HTTPException) return error.getResponse();
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
};

/** Every route under /api, one module per part of the builder; their types are the browser's client. */
function apiRoutes(deps: RouteDeps) {
  return new Hono()
    .route("/", contentRoutes(deps))
    .route("/", campaignRoutes(deps))
    .route("/", exportRoutes(deps))
    .route("/", artworkRoutes(deps))
    .route("/", sendRoutes(deps))
    .route("/", outboxRoutes(deps))
    .route("/", peopleRoutes(deps))
    .route("/", reviewRoutes(deps));
}

/**
 * The builder's server: security middleware first (headers on every answer, loopback host names
 * without a token, then on /api the token and the same-site check), then the route modules.
 */
export function createApp(
  config: BuilderConfig,
  options: { store?: ContentStore; team?: TeamMode; artwork?: Artwork } = {},
) {
  const store = options.store ?? new ContentStore(config.contentDir, config.now);
  const { team } = options;
  const sends = new SendManager(
    config.chorusDir,
    config.resendApiKey,
    (plan) => target(store, plan.campaignId, plan.materialId, plan.partnerId),
    {
      find: async (ids) => resolveSendTarget(await store.load(), ids),
      // A scheduled send starts by itself: the trail records it as the system's, under its organization.
      onScheduledStart: team
        ? ({ sendId, plan, lateMs }) =>
            appendAudit(team.db.db, {
              action: "send-started",
              actor: null,
              orgId: plan.partnerId,
              campaignId: plan.campaignId,
              detail: { material: plan.materialId, partner: plan.partnerId, sendId, scheduled: true, lateMs },
            })
        : undefined,
    },
  );
  // Partners' logo paths are relative to the content root's parent, as the store loads them.
  const artwork = options.artwork ?? new Artwork(store, path.dirname(config.contentDir));
  const deps: RouteDeps = { config, store, sends, gate: team ? teamGate(team) : LOCAL_GATE, artwork };

  const app = new Hono();
  app.onError(answerError);
  // Team mode answers on any host name: a session cookie, not the machine, is what lets a request in.
  const publicUrl = team ? config.team?.publicUrl : undefined;
  app.use(securityHeaders({ https: publicUrl?.startsWith("https:") ?? false }), loopbackOnly(Boolean(team)));
  app.use("/api/*", sameSiteOnly(publicUrl), noStore);
  if (team) {
    // Sign-in requests are a few hundred bytes: anything larger is refused before it is read.
    app.all(
      `${AUTH_BASE_PATH}/*`,
      bodyLimit({ maxSize: 16 * 1024, onError: (c) => problem(c, 413, "the request is too large") }),
      authRoutes(team),
    );
    app.use("/api/*", signedInOnly(team, ["/api/health"]));
  }

  const routed = app.route("/api", apiRoutes(deps)).route("/", webhookRoutes(deps));
  // Outside the typed routes: the rest of /api is a JSON 404, every other path the client's.
  app.all("/api/*", (c) => problem(c, 404, "no such API route"));
  app.route("/", clientRoutes(config));

  /** What the server holds beyond its connections: the scheduler's timer, the Chromium that prints, the rendered bytes. */
  const close = () => {
    sends.stopScheduler();
    return artwork.close();
  };
  return { app: routed, store, sends, artwork, close };
}

export type BuilderApp = ReturnType<typeof createApp>;

/** The routes' types, for the browser's `hc` client (`src/client/api.ts`). */
export type AppType = BuilderApp["app"];
