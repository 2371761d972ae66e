import { escapeHtml } from "@chorus/emails";
import { deliverMessage, type OutgoingEmail } from "@chorus/send";
import {
  type Actor,
  AUTH_BASE_PATH,
  type AuditInput,
  appendAudit,
  CLIENT_IP_HEADER,
  createTeamAuth,
  type Decision,
  openTeamDatabase,
  People,
  type TeamAuth,
  type TeamDb,
  teamDatabaseLocation,
} from "@chorus/team";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { BuilderConfig, TeamConfig } from "./config.js";
import { problem } from "./http.js";
import type { ContentStore } from "./store.js";

declare module "hono" {
  interface ContextVariableMap {
    /** The signed-in person (team mode only). */
    actor: Actor;
  }
}

/**
 * What the routes ask of team mode, the same in both modes: in local mode there is one user with every
 * right, so every decision allows and nothing is recorded.
 */
export interface Gate {
  team?: TeamMode;
  /** `decide` for this request's person; always allowed in local mode. */
  allow(c: Context, decide: (actor: Actor) => Decision): Decision;
  /** The request's person in team mode. */
  actor(c: Context): Actor | undefined;
  /** Record an event in the audit trail as this request's person (team mode). */
  audit(c: Context, event: Omit<AuditInput, "actor">): Promise<void>;
}

export const LOCAL_GATE: Gate = {
  allow: () => ({ ok: true }),
  actor: () => undefined,
  audit: async () => {},
};

export function teamGate(team: TeamMode): Gate {
  return {
    team,
    allow: (c, decide) => decide(c.get("actor")),
    actor: (c) => c.get("actor"),
    audit: async (c, event) => {
      const actor = c.get("actor");
      await appendAudit(team.db.db, {
        ...event,
        actor: { id: actor.id, email: actor.email },
        orgId: event.orgId ?? actor.orgId,
      });
    },
  };
}

/**
 * The answer for a route on one send: 404 when there is no such send, the decision's refusal, or nothing
 * when `decide` allows this request's person (always in local mode).
 */
export async function refusedForSend(
  c: Context,
  gate: Gate,
  partnerOf: (sendId: string) => Promise<string | undefined>,
  sendId: string,
  decide: (actor: Actor, send: { partnerId: string }) => Decision,
) {
  const partnerId = await partnerOf(sendId);
  if (!partnerId) return problem(c, 404, "no such send");
  return refused(
    c,
    gate.allow(c, (a) => decide(a, { partnerId })),
  );
}

/**
 * Middleware that refuses a request its person may not make at all before its body is read or checked: a
 * partner sending a malformed save gets 403 like any other save of theirs, never a validation answer. The
 * handler still decides what depends on the body.
 */
export function permitted(gate: Gate, decide: (actor: Actor) => Decision) {
  return createMiddleware(async (c, next) => {
    const denied = refused(c, gate.allow(c, decide));
    if (denied) return denied;
    await next();
  });
}

/** Refuse with the decision's status and reason, or nothing when it allows. */
export function refused(c: Context, decision: Decision) {
  return decision.ok ? undefined : problem(c, decision.status, decision.reason);
}

export interface TeamMode {
  db: TeamDb;
  auth: TeamAuth;
  /** People, with the organizations of the content as it is now. */
  people(): Promise<People>;
  /** The person a request's session cookie belongs to, with `home` set from the brand kit's kind. */
  actorFor(headers: Headers): Promise<Actor | null>;
  /** The collaborative's organization id (the brand kit of kind `collaborative`). */
  homeOrg(): Promise<string | undefined>;
  /** Tell a person an admin added where to sign in (an invitation, not a sign-in link). */
  invite(person: { id: string; email: string; roles: string[] }, by: { name: string }): Promise<void>;
  close(): Promise<void>;
}

/** Open the team database and sign-in for a builder in team mode. */
export async function openTeamMode(
  config: BuilderConfig & { team: TeamConfig },
  store: ContentStore,
): Promise<TeamMode> {
  const db = await openTeamDatabase(
    config.team.databaseUrl ? { url: config.team.databaseUrl } : teamDatabaseLocation(config.chorusDir, {}),
  );
  // The brand kits change rarely and every request asks which is the collaborative's: read them at most
  // every few seconds.
  let cached:
    | {
        at: number;
        partners: Promise<{ id: string; kind: string; sender: { name: string; email: string } }[]>;
      }
    | undefined;
  const organizations = () => {
    if (!cached || Date.now() - cached.at > 5_000) {
      const partners = store.load().then((result) => result.content.partners.map(({ partner }) => partner));
      cached = { at: Date.now(), partners };
      partners.catch(() => {
        cached = undefined;
      });
    }
    return cached.partners;
  };
  const homeOrg = async () => (await organizations()).find((p) => p.kind === "collaborative")?.id;
  /** Team email goes out from the collaborative's own sender, through the outbox or Resend. */
  const deliver = async (message: Omit<OutgoingEmail, "from">, key: string) => {
    const home = (await organizations()).find((p) => p.kind === "collaborative");
    const from = home ? `${home.sender.name} <${home.sender.email}>` : "Chorus <no-reply@chorus.invalid>";
    await deliverMessage(
      { chorusDir: config.chorusDir, resendApiKey: config.resendApiKey, now: config.now },
      { ...message, from },
      key,
    );
  };
  const auth = createTeamAuth({
    team: db,
    baseURL: config.team.publicUrl,
    secret: config.team.authSecret,
    sendSignInLink: ({ email, url }) => deliver(signInEmail(email, url), `sign-in/${email}/${url}`),
  });
  return {
    db,
    auth,
    async people() {
      const ids = new Set((await organizations()).map((p) => p.id));
      return new People(db.db, () => ids);
    },
    async actorFor(headers) {
      const session = await auth.session(headers);
      if (!session) return null;
      const person = await new People(db.db).byId(session.userId);
      if (!person) return null;
      return { ...person, home: person.orgId === (await homeOrg()) };
    },
    homeOrg,
    invite: (person, by) =>
      deliver(
        invitation(person.email, by.name, config.team.publicUrl, person.roles),
        `invite/${person.id}/${person.roles}`,
      ),
    close: () => db.close(),
  };
}

/** The sign-in email: plain words, the link on its own line, how long it lasts, and what to do if unasked. */
function signInEmail(to: string, url: string) {
  const text = [
    "Here is your link to sign in to the Chorus campaign builder:",
    "",
    url,
    "",
    "It works once, within 15 minutes. If you did not ask for it, you can ignore this email: no one can sign in without the link.",
  ].join("\n");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to Chorus</title></head><body>
<p>Here is your link to sign in to the Chorus campaign builder:</p>
<p><a href="${escapeHtml(url)}">Sign in to Chorus</a></p>
<p>It works once, within 15 minutes. If you did not ask for it, you can ignore this email: no one can sign in without the link.</p>
</body></html>`;
  return { to, subject: "Your link to sign in to Chorus", html, text, headers: {} };
}

/** Who added them, with which roles, and where to sign in: no link that signs anyone in. */
function invitation(to: string, by: string, url: string, roles: string[]) {
  const text = [
    `${by} has added you to the Chorus campaign builder, as ${roles.join(", ")}.`,
    "",
    `To sign in, open ${url} and ask for a sign-in link with this email address.`,
  ].join("\n");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>You have been added to Chorus</title></head><body>
<p>${escapeHtml(by)} has added you to the Chorus campaign builder, as ${escapeHtml(roles.join(", "))}.</p>
<p>To sign in, open <a href="${escapeHtml(url)}">${escapeHtml(url)}</a> and ask for a sign-in link with this email address.</p>
</body></html>`;
  return { to, subject: "You have been added to Chorus", html, text, headers: {} };
}

/** Routes under /api/auth: better-auth's, with the client's address set from the connection itself. */
export function authRoutes(team: TeamMode) {
  return createMiddleware(async (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.delete(CLIENT_IP_HEADER);
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
      ?.socket?.remoteAddress;
    if (address) headers.set(CLIENT_IP_HEADER, address);
    const init: RequestInit & { duplex?: "half" } = { method: c.req.method, headers };
    if (!["GET", "HEAD"].includes(c.req.method)) {
      init.body = await c.req.raw.arrayBuffer();
    }
    return team.auth.handler(new Request(c.req.url, init));
  });
}

/** Every other API route needs a signed-in person: 401 and what to do, or the person on the context. */
export function signedInOnly(team: TeamMode, open: readonly string[]) {
  return createMiddleware(async (c, next) => {
    if (open.includes(c.req.path) || c.req.path.startsWith(`${AUTH_BASE_PATH}/`)) return next();
    const actor = await team.actorFor(c.req.raw.headers);
    if (!actor) return problem(c, 401, "sign in first: ask for a sign-in link with your email address");
    c.set("actor", actor);
    await next();
  });
}
