import { zValidator } from "@hono/zod-validator";
import type { Context, MiddlewareHandler, TypedResponse } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { isSlug } from "../shared/ids.js";
import type { Artwork } from "./artwork.js";
import type { BuilderConfig } from "./config.js";
import type { SendManager } from "./sends.js";
import type { ContentStore } from "./store.js";
import type { Gate } from "./team.js";

/** What every route module is built from. */
export interface RouteDeps {
  config: BuilderConfig;
  store: ContentStore;
  sends: SendManager;
  /** Who may do what: everyone everything in local mode, the team's rules in team mode. */
  gate: Gate;
  /** Cards, printed materials and banners drawn from the saved content, kept in memory. */
  artwork: Artwork;
}

/** The body of every refusal: what went wrong, and for some refusals the details (reasons, diagnostics). */
export type Problem<D = Record<never, never>> = { error: string } & D;

/** Every refusal the API gives: `{ error, ...details }` with its status (typed for the browser's client). */
export function problem<S extends ContentfulStatusCode, D extends object = Record<never, never>>(
  c: Context,
  status: S,
  message: string,
  details?: D,
) {
  // Typed as sent: Hono's JSONParsed cannot be worked out for the open `D`, and details are plain JSON.
  return c.json({ error: message, ...details }, status) as unknown as Response &
    TypedResponse<Problem<D>, S, "json">;
}

export const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}

/** JSON bodies: 2 MB is far more than the largest campaign file (1 MiB) as JSON needs. */
export const jsonLimit = bodyLimit({
  maxSize: 2 * 1024 * 1024,
  onError: (c) => problem(c, 413, "the request is too large (2 MB at most)"),
});

/** Recipient lists: `CHORUS_MAX_UPLOAD_BYTES`. */
export function uploadLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problem(
        c,
        413,
        `the file is too large: recipient lists can be at most ${Math.round(maxBytes / 1024 / 1024)} MB`,
      ),
  });
}

// Validation: zod schemas through @hono/zod-validator, so the typed client (hono/client) knows each
// route's params, query and body. A refusal names the first problem, as the hand-written checks did.

type Refusal = 400 | 422;

export const NOT_A_JSON_OBJECT = "the request body must be a JSON object";

function refuse(statusOf: (field: string) => Refusal) {
  return (result: { success: true } | { success: false; error: z.core.$ZodError }, c: Context) => {
    if (result.success) return undefined;
    const [issue] = result.error.issues;
    const field = issue?.path[0];
    // Only a body can fail as a whole: an array, a string, null.
    if (!issue || field === undefined) return problem(c, 400, NOT_A_JSON_OBJECT);
    return problem(c, statusOf(String(field)), issue.message);
  };
}

/**
 * A JSON body checked by `schema`: a malformed body or one that is not an object is a 400; a field's
 * problem is a 422 unless `statusOf` says 400 (a field the builder's own client always sends).
 */
export function jsonBody<S extends z.ZodType>(schema: S, statusOf: (field: string) => Refusal = () => 422) {
  const validate = zValidator("json", schema, refuse(statusOf));
  const guarded: typeof validate = async (c, next) => {
    try {
      return await validate(c, next);
    } catch (error) {
      // Hono's validator refuses text that does not parse before the schema sees it.
      if (error instanceof HTTPException && error.status === 400) return problem(c, 400, NOT_A_JSON_OBJECT);
      throw error;
    }
  };
  return guarded;
}

/** Path parameters checked by `schema`; any problem is a 400 before a file is touched. */
export function params<S extends z.ZodType>(schema: S) {
  return zValidator(
    "param",
    schema,
    refuse(() => 400),
  );
}

/** Query parameters checked by `schema`; any problem is a 400. */
export function query<S extends z.ZodType>(schema: S) {
  return zValidator(
    "query",
    schema,
    refuse(() => 400),
  );
}

/** A campaign, material or partner id in the path: the content schema's slug. */
export function slugParam(what: string) {
  return z.custom<string>(isSlug, {
    error: (issue) =>
      `"${String(issue.input ?? "")}" is not a ${what} id (lowercase letters, digits and hyphens)`,
  });
}

/** A campaign, material or partner id in the query (`?partner=…`). */
export function slugQuery(name: string, what: string) {
  return z.custom<string>(isSlug, { error: `choose a ${what} (?${name}=…)` });
}

/** A send id: a folder name under `.chorus/sends/`, never a path. */
export const sendIdParam = z.custom<string>(
  (value) =>
    typeof value === "string" &&
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) &&
    !value.includes("..") &&
    value.length <= 160,
  { error: (issue) => `"${String(issue.input ?? "")}" is not a send id` },
);

export const campaignParams = z.object({ id: slugParam("campaign") });
export const sendParams = z.object({ send: sendIdParam });
