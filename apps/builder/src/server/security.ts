import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { isLoopback } from "./config.js";
import { problem } from "./http.js";

/**
 * The Content-Security-Policy of every response: our own scripts only, no inline script, no
 * plugins, never framed. Inline styles are allowed because email previews are styled inline.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/**
 * The headers every response carries, and only these. A route that serves an inert document (a logo, an
 * email) sets a stricter Content-Security-Policy of its own, which is kept (`overwrite: false`).
 */
export const securityHeaders = (options: { https?: boolean } = {}) =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xContentTypeOptions: true,
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    crossOriginOpenerPolicy: "same-origin",
    crossOriginResourcePolicy: "same-origin",
    originAgentCluster: false,
    // Served at an https address (team mode), browsers are told never to reach it over plain http.
    strictTransportSecurity: options.https ? "max-age=31536000" : false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    overwrite: false,
  });

/** Where Resend posts signed events (bounces, complaints); outside /api, so it needs no builder token. */
export const WEBHOOK_PATH = "/webhooks/resend";

/**
 * Without a token the builder trusts the machine it runs on, so it answers only to its loopback names:
 * a web page that rebinds its own domain to 127.0.0.1 gets nothing (DNS rebinding). Resend's webhook
 * arrives through whatever proxy forwards it, and carries its own proof: a Svix signature.
 */
export function loopbackOnly(teamMode = false) {
  return createMiddleware(async (c, next) => {
    const host = c.req.header("host");
    if (!teamMode && host && c.req.path !== WEBHOOK_PATH) {
      const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
      if (!isLoopback(name))
        return problem(c, 403, `this builder only answers to 127.0.0.1 or localhost, not "${host}"`);
    }
    await next();
  });
}

/**
 * An `Origin` header is the builder's own: its public origin (scheme, host and port) in team mode, or this
 * request's host on the machine it runs on. `null` (sandboxed frames, file: pages) and garbage never are.
 */
function ownOrigin(origin: string, host: string | undefined, publicOrigin: string | undefined): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  // An http page cannot act on an https builder: the scheme is part of the origin.
  return publicOrigin ? url.origin === publicOrigin : url.host === host;
}

/**
 * Another site's page must not be able to change content through the user's browser. Stricter than
 * hono/csrf, which checks only form-like bodies and lets a request through when either header passes
 * (docs/decisions.md, "The builder's routes"): here any state change is refused when its `Sec-Fetch-Site` or its `Origin` says it
 * comes from elsewhere. A request with neither header (curl, the CLI's scripts) is not a browser's.
 */
export const sameSiteOnly = (publicUrl?: string) => {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : undefined;
  return createMiddleware(async (c, next) => {
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      if (
        (site && site !== "same-origin" && site !== "none") ||
        (origin && !ownOrigin(origin, c.req.header("host"), publicOrigin))
      )
        return problem(c, 403, "requests from other sites are refused");
    }
    await next();
  });
};

/** API answers are never cached: they hold drafts and recipients' progress. */
export const noStore = createMiddleware(async (c, next) => {
  c.header("Cache-Control", "no-store");
  await next();
});
