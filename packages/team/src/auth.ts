import { type BetterAuthOptions, betterAuth } from "better-auth";
import { magicLink } from "better-auth/plugins/magic-link";
import { appendAudit } from "./audit.js";
import type { TeamDb } from "./db.js";
import { People } from "./people.js";

export interface SignInLink {
  /** The person's address (already known to the team: nobody signs themselves up). */
  email: string;
  /** The link that signs them in, valid for `SIGN_IN_LINK_MINUTES` and once. */
  url: string;
}

export interface TeamAuthOptions {
  team: TeamDb;
  /** The builder's public origin, e.g. `https://chorus.example.org` (links and cookies are made for it). */
  baseURL: string;
  /** At least 32 random characters, kept on the server (`CHORUS_AUTH_SECRET`). */
  secret: string;
  /** Deliver a sign-in link: through the outbox offline, or Resend (the face decides). */
  sendSignInLink: (link: SignInLink) => Promise<void>;
  /** How long a session lasts without use; defaults to 12 hours, renewed while in use. */
  sessionHours?: number;
}

export const SIGN_IN_LINK_MINUTES = 15;
/** The header carrying the client's network address, set by the face from the socket. */
export const CLIENT_IP_HEADER = "x-chorus-client-ip";
/** Sign-in links sent to one email address per 10 minutes. */
export const SIGN_IN_REQUESTS_PER_WINDOW = 5;
/** Sign-in link requests from one network address per 10 minutes (many people can share one). */
export const SIGN_IN_REQUESTS_PER_NETWORK = 30;

/** Where better-auth's routes live inside the builder. */
export const AUTH_BASE_PATH = "/api/auth";

/**
 * Sign-in for team mode, on better-auth: an emailed link (magic-link plugin) for people an admin has
 * added; sessions in the team database behind HttpOnly, SameSite=Lax cookies (Secure on https), checked
 * against the builder's origin for every state-changing request; sign-in requests rate-limited in the
 * database (shared by every builder process); tokens stored hashed. Sign-ins and sign-outs go into the
 * audit trail.
 */
export function createTeamAuth(options: TeamAuthOptions): TeamAuth {
  const { team, baseURL, secret } = options;
  if (secret.length < 32)
    throw new Error("the auth secret must be at least 32 characters (CHORUS_AUTH_SECRET)");
  const secure = new URL(baseURL).protocol === "https:";
  const sessionSeconds = (options.sessionHours ?? 12) * 3600;
  const config = {
    appName: "Chorus",
    baseURL,
    basePath: AUTH_BASE_PATH,
    secret,
    database: { db: team.db, type: "postgres" },
    trustedOrigins: [new URL(baseURL).origin],
    emailAndPassword: { enabled: false },
    session: { expiresIn: sessionSeconds, updateAge: Math.min(3600, sessionSeconds / 2) },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        // Per network address: a hospital's staff often share one, so this is looser than the per-person
        // limit (SIGN_IN_REQUESTS_PER_WINDOW links an address, counted in sendMagicLink).
        "/sign-in/magic-link": { window: 600, max: SIGN_IN_REQUESTS_PER_NETWORK },
        "/magic-link/verify": { window: 600, max: 20 },
      },
    },
    advanced: {
      useSecureCookies: secure,
      cookiePrefix: "chorus",
      // Explicit: better-auth turns both checks off by default when NODE_ENV is "test", and the tests must
      // see what production does.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure, path: "/" },
      // The face sets this header from the connection itself (replacing any value a client sent), so a
      // client cannot choose its own rate-limit bucket.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    telemetry: { enabled: false },
    plugins: [
      magicLink({
        expiresIn: SIGN_IN_LINK_MINUTES * 60,
        disableSignUp: true,
        storeToken: "hashed",
        sendMagicLink: async ({ email, url }) => {
          // Only to people the team knows, and at most SIGN_IN_REQUESTS_PER_WINDOW links an address per
          // window whoever asks: the answer is the same either way, so it tells nobody who is a member.
          const person = await personByEmail(team, email);
          const recent = await team.db
            .selectFrom("audit_event")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("action", "=", "sign-in-link-sent")
            .where("actor_email", "=", email.toLowerCase())
            .where("at", ">", new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000))
            .executeTakeFirstOrThrow();
          if (!person || Number(recent.n) >= SIGN_IN_REQUESTS_PER_WINDOW) return;
          await options.sendSignInLink({ email: person.email, url });
          await appendAudit(team.db, {
            action: "sign-in-link-sent",
            actor: { id: person.id, email: person.email },
            orgId: person.orgId,
          });
        },
      }),
    ],
    databaseHooks: {
      session: {
        create: {
          after: async (session) => {
            const person = await personById(team, session.userId);
            await appendAudit(team.db, {
              action: "sign-in",
              actor: person ? { id: person.id, email: person.email } : { id: session.userId, email: "" },
              orgId: person?.orgId ?? null,
            });
          },
        },
        delete: {
          after: async (session) => {
            const person = await personById(team, session.userId);
            await appendAudit(team.db, {
              action: "sign-out",
              actor: { id: session.userId, email: person?.email ?? "" },
              orgId: person?.orgId ?? null,
            });
          },
        },
      },
    },
  } satisfies BetterAuthOptions;
  const auth = betterAuth(config);
  return {
    handler: (request) => auth.handler(request),
    async session(headers) {
      const found = await auth.api.getSession({ headers });
      return found
        ? { userId: found.user.id, sessionId: found.session.id, expiresAt: found.session.expiresAt }
        : null;
    },
    async revokeSessions(userId) {
      await team.db.deleteFrom("session").where("userId", "=", userId).execute();
    },
  };
}

/** Sign-in as the faces use it; better-auth stays behind this. */
export interface TeamAuth {
  /** better-auth's routes under `AUTH_BASE_PATH`: ask for a link, follow it, sign out. */
  handler(request: Request): Promise<Response>;
  /** The session a request's cookie belongs to, if it is valid and not expired. */
  session(headers: Headers): Promise<{ userId: string; sessionId: string; expiresAt: Date } | null>;
  /** End every session of a person (removed, or their roles changed). */
  revokeSessions(userId: string): Promise<void>;
}

const SIGN_IN_WINDOW_MINUTES = 10;

function personByEmail(team: TeamDb, email: string) {
  return new People(team.db).byEmail(email);
}

function personById(team: TeamDb, id: string) {
  return new People(team.db).byId(id);
}
