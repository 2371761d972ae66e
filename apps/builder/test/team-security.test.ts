// Team mode's security over real HTTP: the app served by @hono/node-server on a loopback port, as main.ts
// serves it, and talked to with Node's fetch (cookies by hand, redirects not followed), so every request
// carries a real Host, real cookies and whatever Origin / Sec-Fetch-Site a browser would send.
//
// What is proved: a session is always new at sign-in and ends on the server (session fixation); the
// session cookie's attributes; the same-site check (security.ts, sameSiteOnly) rule by rule, and that a
// refused request changes nothing; and that a partner cannot reach another partner's sends, people or trail
// by their ids, nor learn anything about them from the answer.
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseEml } from "@chorus/send";
import type { Role } from "@chorus/team";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createApp } from "../src/server/app.js";
import { ContentStore, contentFingerprint } from "../src/server/store.js";
import { openTeamMode, type TeamMode } from "../src/server/team.js";
import { addOtherPartner, tempContent, testConfig } from "./helpers.js";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const APPROVED = "crisis-and-peer-support";
const DRAFT = "what-leaders-can-do-this-quarter";
const EMAIL = "newsletter-clinicians";
const EVIL = "https://evil.example";
const REFUSED = "requests from other sites are refused";

// The other partner's things, which must never show up in an answer to example-health's people.
const OTHER_RECIPIENT = "zed.secret-recipient@other-recipients.example";
const OTHER_SENDER = "orla.sender@other-health.example";
const OTHER_TARGET = { email: "olga.target@other-health.example", name: "Olga Targetperson" };
const OTHER_LEAKS = [
  OTHER_RECIPIENT,
  OTHER_SENDER,
  OTHER_TARGET.email,
  OTHER_TARGET.name,
  "Orla Otherhealth",
];

// ---------------------------------------------------------------------------------------------------------
// A real server
// ---------------------------------------------------------------------------------------------------------

interface Running {
  /** Where the server listens (always http, on 127.0.0.1). */
  url: string;
  /** The team's public URL: what links and cookies are made for, and the browser's Origin. */
  publicUrl: string;
  chorusDir: string;
  contentDir: string;
  team: TeamMode;
  /** The name of the session cookie, as the server sets it. */
  sessionCookie: string;
  /** Sign-in links already followed. */
  used: Set<string>;
  close: () => Promise<void>;
}

/**
 * The builder in team mode on 127.0.0.1, port 0, with @hono/node-server as main.ts serves it. The public URL
 * needs the port, so the server listens first and is handed the app once team mode is open.
 */
async function startTeamServer(
  contentDir: string,
  chorusDir: string,
  scheme: "http" | "https",
): Promise<Running> {
  let handler: ((request: Request, env: unknown) => Response | Promise<Response>) | undefined;
  const server = serve({
    fetch: (request, env) => (handler ? handler(request, env) : new Response("starting", { status: 503 })),
    hostname: "127.0.0.1",
    port: 0,
  }) as http.Server;
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const publicUrl = `${scheme}://127.0.0.1:${port}`;
  const config = testConfig(contentDir, chorusDir, {
    team: { publicUrl, authSecret: SECRET },
    now: () => new Date(),
  });
  const store = new ContentStore(config.contentDir, config.now);
  const team = await openTeamMode({ ...config, team: config.team! }, store);
  const { app } = createApp(config, { store, team });
  handler = (request, env) => app.fetch(request, env as never);
  return {
    url: `http://127.0.0.1:${port}`,
    publicUrl,
    chorusDir,
    contentDir,
    team,
    sessionCookie: scheme === "https" ? "__Secure-chorus.session_token" : "chorus.session_token",
    used: new Set(),
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      await team.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP by hand
// ---------------------------------------------------------------------------------------------------------

interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case; flags are `true`. */
  attributes: Map<string, string | true>;
}

function parseSetCookie(header: string): SetCookie {
  const [pair = "", ...rest] = header.split(";");
  const at = pair.indexOf("=");
  const attributes = new Map<string, string | true>();
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq === -1) attributes.set(part.trim().toLowerCase(), true);
    else attributes.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), attributes };
}

const setCookies = (response: Response) => response.headers.getSetCookie().map(parseSetCookie);

interface Call {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The whole Cookie header. */
  cookie?: string;
}

/** One request to the server, as a browser (or curl) would make it: nothing followed, nothing stored. */
function call(s: Running, pathname: string, init: Call = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  return fetch(`${s.url}${pathname}`, {
    method: init.method ?? "GET",
    headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
    redirect: "manual",
  });
}

/** The headers of a request the builder's own page makes: JSON, from its own origin. */
const sameOrigin = (s: Running, extra: Record<string, string> = {}) => ({
  "content-type": "application/json",
  origin: s.publicUrl,
  "sec-fetch-site": "same-origin",
  ...extra,
});

/** `node:http`, for the one request that names a Host of its own (fetch always sends the real one). */
function rawRequest(
  s: Running,
  pathname: string,
  options: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${s.url}${pathname}`, options, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Sign-in by the emailed link
// ---------------------------------------------------------------------------------------------------------

/** The sign-in links in the messages to `to` that .chorus/messages/ holds, newest first. */
async function signInLinks(s: Running, to: string): Promise<string[]> {
  const root = path.join(s.chorusDir, "messages");
  if (!existsSync(root)) return [];
  const found: { at: number; link: string }[] = [];
  for (const dir of await readdir(root)) {
    for (const file of await readdir(path.join(root, dir))) {
      const where = path.join(root, dir, file);
      const parsed = await parseEml(await readFile(where, "utf8"));
      const recipient = parsed.headers.find((h) => h.name.toLowerCase() === "to")?.value ?? "";
      const link = /https?:\/\/\S+\/magic-link\/verify\?token=\S+/.exec(parsed.text ?? "")?.[0];
      if (recipient.includes(to) && link) found.push({ at: (await stat(where)).mtimeMs, link });
    }
  }
  return found.sort((a, b) => b.at - a.at).map((m) => m.link);
}

/** Ask for a link as the sign-in page does; the new link in the email. */
async function askForLink(s: Running, email: string): Promise<string> {
  const asked = await call(s, "/api/auth/sign-in/magic-link", {
    method: "POST",
    headers: sameOrigin(s),
    body: JSON.stringify({ email, callbackURL: "/" }),
  });
  expect(`${asked.status} ${await asked.text()}`).toMatch(/^200 /);
  const link = (await signInLinks(s, email)).find((l) => !s.used.has(l));
  if (!link) throw new Error(`no new sign-in link in the email to ${email}`);
  s.used.add(link);
  return link;
}

/** Follow a link from an email, with whatever cookies the browser holds: the answer, not followed. */
function follow(s: Running, link: string, cookie?: string): Promise<Response> {
  const url = new URL(link);
  // The server listens on http even when its public URL is https (a proxy would end TLS).
  return call(s, `${url.pathname}${url.search}`, cookie ? { cookie } : {});
}

interface SignedIn {
  /** `name=value`, for a Cookie header. */
  cookie: string;
  set: SetCookie;
  /** The session token (the cookie's value before its signature). */
  token: string;
}

const tokenOf = (value: string) => decodeURIComponent(value).split(".")[0]!;

async function signIn(s: Running, email: string, cookie?: string): Promise<SignedIn> {
  const followed = await follow(s, await askForLink(s, email), cookie);
  expect(followed.status).toBe(302);
  const set = setCookies(followed).find((c) => c.name === s.sessionCookie);
  if (!set) throw new Error(`no ${s.sessionCookie} cookie after following the link: ${followed.headers}`);
  return { cookie: `${set.name}=${set.value}`, set, token: tokenOf(set.value) };
}

async function me(s: Running, cookie: string): Promise<{ status: number; email?: string }> {
  const response = await call(s, "/api/me", { cookie });
  if (response.status !== 200) {
    await response.body?.cancel();
    return { status: response.status };
  }
  const body = (await response.json()) as { person?: { email: string } };
  return { status: 200, ...(body.person ? { email: body.person.email } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// The team
// ---------------------------------------------------------------------------------------------------------

type Persona = "homeAdmin" | "homeAuthor" | "partnerSender" | "partnerAdmin" | "otherSender";

const PEOPLE: Record<Persona, { email: string; name: string; org: string; roles: Role[] }> = {
  homeAdmin: {
    email: "hana.admin@collab.example",
    name: "Hana Admin",
    org: "collaborative",
    roles: ["admin"],
  },
  homeAuthor: {
    email: "aldo.author@collab.example",
    name: "Aldo Author",
    org: "collaborative",
    roles: ["author"],
  },
  partnerSender: {
    email: "pia.sender@example-health.example",
    name: "Pia Sender",
    org: "example-health",
    roles: ["sender"],
  },
  partnerAdmin: {
    email: "pat.admin@example-health.example",
    name: "Pat Admin",
    org: "example-health",
    roles: ["admin"],
  },
  otherSender: { email: OTHER_SENDER, name: "Orla Otherhealth", org: "other-health", roles: ["sender"] },
};

let env: Awaited<ReturnType<typeof tempContent>>;
let s: Running;
const who = {} as Record<Persona, SignedIn>;
/** example-health people the tests change or remove, by email → id. */
const ids = new Map<string, string>();
/** The other partner's finished send, and the message it left in the outbox. */
let otherSend = "";
let otherOutboxFile = "";

const db = () => s.team.db.db;

async function addPerson(email: string, orgId: string, roles: Role[], name?: string) {
  const added = await (await s.team.people()).add({ email, orgId, roles, ...(name ? { name } : {}) });
  ids.set(email, added.id);
  return added;
}

/** The send folders under .chorus/sends/. */
async function sendFolders(): Promise<string[]> {
  const dir = path.join(s.chorusDir, "sends");
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

/** Everything a forged request could change: content, sends, people, sessions, the audit trail, messages. */
async function snapshot(): Promise<string> {
  const campaigns = (await readdir(s.contentDir)).sort();
  const draft = await readFile(path.join(s.contentDir, DRAFT, "campaign.yaml"), "utf8");
  const people = await db()
    .selectFrom("user")
    .leftJoin("member_role", "member_role.user_id", "user.id")
    .select(["user.email", "member_role.role"])
    .orderBy("user.email")
    .orderBy("member_role.role")
    .execute();
  const sessions = await db().selectFrom("session").select("id").orderBy("id").execute();
  const audit = await db()
    .selectFrom("audit_event")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const messages = existsSync(path.join(s.chorusDir, "messages"))
    ? (await readdir(path.join(s.chorusDir, "messages"), { recursive: true })).sort()
    : [];
  return JSON.stringify({
    campaigns,
    draft,
    people,
    sessions,
    audit: audit.n,
    sends: await sendFolders(),
    messages,
  });
}

beforeAll(async () => {
  env = await tempContent();
  await addOtherPartner(env.contentDir);
  // ...which the approved campaign lists among its partners, so it can send it.
  const campaignFile = path.join(env.contentDir, APPROVED, "campaign.yaml");
  const campaign = await readFile(campaignFile, "utf8");
  expect(campaign).toMatch(/^partners: \[collaborative, example-health\]$/m);
  // Re-approved as it stands now (the fingerprint of what was approved), as an approver would.
  const widened = campaign.replace(
    /^partners: .*$/m,
    "partners: [collaborative, example-health, other-health]",
  );
  const fingerprint = contentFingerprint(parseYaml(widened));
  expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
  await writeFile(campaignFile, widened.replace(/^(\s+fingerprint: )[0-9a-f]+$/m, `$1${fingerprint}`));
  s = await startTeamServer(env.contentDir, env.chorusDir, "http");
  for (const [persona, p] of Object.entries(PEOPLE) as [Persona, (typeof PEOPLE)[Persona]][]) {
    await addPerson(p.email, p.org, p.roles, p.name);
    who[persona] = await signIn(s, p.email);
  }
  await addPerson(OTHER_TARGET.email, "other-health", ["sender"], OTHER_TARGET.name);

  // The other partner's send, made through the API as its own sender, to the outbox.
  const sent = await call(s, `/api/campaigns/${APPROVED}/sends?material=${EMAIL}&partner=other-health`, {
    method: "POST",
    headers: sameOrigin(s, { "content-type": "text/csv" }),
    cookie: who.otherSender.cookie,
    body: `email,firstName\n${OTHER_RECIPIENT},Zed\n`,
  });
  expect(`${sent.status} ${await sent.clone().text()}`).toMatch(/^202 /);
  otherSend = ((await sent.json()) as { sendId: string }).sendId;
  for (let i = 0; ; i++) {
    const status = await call(s, `/api/sends/${otherSend}`, { cookie: who.otherSender.cookie });
    if (((await status.json()) as { state?: string }).state === "complete") break;
    if (i > 400) throw new Error("the other partner's send did not finish");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  otherOutboxFile = (await readdir(path.join(s.chorusDir, "outbox", otherSend))).find((f) =>
    f.endsWith(".eml"),
  )!;
}, 120_000);

afterAll(async () => {
  await s?.close();
  // A send still writing its outbox can race the removal: try again a moment later.
  for (let attempt = 0; env; attempt++) {
    try {
      await env.cleanup();
      break;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
});

// ---------------------------------------------------------------------------------------------------------
// 1. Sessions: fixation, forgery, sign-out, expiry, revocation
// ---------------------------------------------------------------------------------------------------------

describe("sessions", () => {
  it("names the session cookie as expected (the tests below plant cookies under this name)", () => {
    expect(who.homeAdmin.set.name).toBe("chorus.session_token");
    expect(who.homeAdmin.token.length).toBeGreaterThanOrEqual(24);
  });

  it("issues a new session when a link is followed, whatever session cookie the browser already holds", async () => {
    const victim = "vic.fixation@example-health.example";
    await addPerson(victim, "example-health", ["sender"]);

    // A cookie an attacker chose (or planted through a sibling site) before the victim signs in.
    const planted = `${s.sessionCookie}=attacker-chosen-session-id.attacker-signature`;
    expect((await me(s, planted)).status).toBe(401);
    const signedIn = await signIn(s, victim, planted);
    expect(signedIn.cookie).not.toBe(planted);
    expect(signedIn.token).not.toBe("attacker-chosen-session-id");
    expect(await me(s, signedIn.cookie)).toEqual({ status: 200, email: victim });
    // The planted value was not bound to the victim: it is still nobody's session.
    expect((await me(s, planted)).status).toBe(401);
    // In the database: the victim's only session is the token just issued; the planted one does not exist.
    const rows = await db()
      .selectFrom("session")
      .select("token")
      .where("userId", "=", ids.get(victim)!)
      .execute();
    expect(rows.map((r) => r.token)).toEqual([signedIn.token]);
    const plantedRows = await db()
      .selectFrom("session")
      .select("id")
      .where("token", "=", "attacker-chosen-session-id")
      .execute();
    expect(plantedRows).toEqual([]);

    // A real, valid session of someone else (the attacker's own) on the request that follows the victim's
    // link: the victim gets a session of their own, and the attacker's stays the attacker's.
    const attacker = who.partnerSender;
    const second = await signIn(s, victim, attacker.cookie);
    expect(second.token).not.toBe(attacker.token);
    expect(second.token).not.toBe(signedIn.token);
    expect(await me(s, second.cookie)).toEqual({ status: 200, email: victim });
    expect(await me(s, attacker.cookie)).toEqual({ status: 200, email: PEOPLE.partnerSender.email });
  });

  it("lets a sign-in link be used once only", async () => {
    const person = "ona.once@example-health.example";
    await addPerson(person, "example-health", ["sender"]);
    const link = await askForLink(s, person);
    const first = await follow(s, link);
    expect(first.status).toBe(302);
    expect(setCookies(first).some((c) => c.name === s.sessionCookie && c.value !== "")).toBe(true);
    const again = await follow(s, link);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toMatch(/error=INVALID_TOKEN/);
    expect(setCookies(again).filter((c) => c.name === s.sessionCookie && c.value !== "")).toEqual([]);
  });

  it("refuses a made-up, tampered or unsigned session cookie", async () => {
    const real = who.homeAuthor;
    expect(await me(s, real.cookie)).toEqual({ status: 200, email: PEOPLE.homeAuthor.email });
    const signature = decodeURIComponent(real.set.value).split(".").slice(1).join(".");
    const forged = [
      `${s.sessionCookie}=made-up`,
      `${s.sessionCookie}=${"A".repeat(32)}.${"B".repeat(43)}=`,
      // The real token without its signature, or with another session's signature.
      `${s.sessionCookie}=${real.token}`,
      `${s.sessionCookie}=${encodeURIComponent(`${real.token}.${decodeURIComponent(who.homeAdmin.set.value).split(".").slice(1).join(".")}`)}`,
      // The signature of the real cookie on another token.
      `${s.sessionCookie}=${encodeURIComponent(`${"C".repeat(32)}.${signature}`)}`,
      // The right value under another name: only the session cookie's name counts.
      `better-auth.session_token=${real.set.value}`,
    ];
    for (const cookie of forged)
      expect({ cookie, status: (await me(s, cookie)).status }).toEqual({ cookie, status: 401 });
  });

  it("ends a session on the server at sign-out, not only in the browser", async () => {
    const person = "sol.signout@example-health.example";
    await addPerson(person, "example-health", ["sender"]);
    const session = await signIn(s, person);
    expect(await me(s, session.cookie)).toEqual({ status: 200, email: person });
    const out = await call(s, "/api/auth/sign-out", {
      method: "POST",
      headers: sameOrigin(s),
      body: "{}",
      cookie: session.cookie,
    });
    expect(out.status).toBe(200);
    // The browser is told to forget it...
    const cleared = setCookies(out).find((c) => c.name === s.sessionCookie);
    expect(cleared?.attributes.get("max-age")).toBe("0");
    // ...and a copy kept by anyone is worthless: the session is gone from the database.
    expect((await me(s, session.cookie)).status).toBe(401);
    const rows = await db().selectFrom("session").select("id").where("token", "=", session.token).execute();
    expect(rows).toEqual([]);
  });

  it("refuses an expired session, revoked sessions and a removed person's session", async () => {
    const expired = "eli.expired@example-health.example";
    const revoked = "rex.revoked@example-health.example";
    const removed = "rho.removed@example-health.example";
    for (const email of [expired, revoked, removed]) await addPerson(email, "example-health", ["sender"]);

    const e = await signIn(s, expired);
    expect((await me(s, e.cookie)).status).toBe(200);
    await db()
      .updateTable("session")
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where("token", "=", e.token)
      .execute();
    expect((await me(s, e.cookie)).status).toBe(401);

    const r = await signIn(s, revoked);
    expect((await me(s, r.cookie)).status).toBe(200);
    await s.team.auth.revokeSessions(ids.get(revoked)!);
    expect((await me(s, r.cookie)).status).toBe(401);

    // Removed by an admin through the API: their session ends at once.
    const gone = await signIn(s, removed);
    expect((await me(s, gone.cookie)).status).toBe(200);
    const removal = await call(s, `/api/people/${ids.get(removed)}`, {
      method: "DELETE",
      headers: sameOrigin(s),
      cookie: who.homeAdmin.cookie,
    });
    expect(removal.status).toBe(200);
    expect((await me(s, gone.cookie)).status).toBe(401);
    const rows = await db().selectFrom("session").select("id").where("token", "=", gone.token).execute();
    expect(rows).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 2. The session cookie's attributes
// ---------------------------------------------------------------------------------------------------------

function expectSessionCookieAttributes(set: SetCookie) {
  const { attributes } = set;
  expect(attributes.get("httponly")).toBe(true);
  expect(String(attributes.get("samesite")).toLowerCase()).toMatch(/^(lax|strict)$/);
  expect(attributes.get("path")).toBe("/");
  // Host-only: no Domain, so no sibling host receives it.
  expect(attributes.has("domain")).toBe(false);
  // An expiry: the session's 12 hours (renewed while in use), never a cookie for ever.
  const maxAge = Number(attributes.get("max-age"));
  const expires = attributes.get("expires");
  const lifetime = Number.isFinite(maxAge) ? maxAge : (Date.parse(String(expires)) - Date.now()) / 1000;
  expect(lifetime).toBeGreaterThan(60);
  expect(lifetime).toBeLessThanOrEqual(12 * 3600 + 60);
}

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/, host-only, and expires (http public URL)", () => {
    expect(who.partnerAdmin.set.name).toBe("chorus.session_token");
    expectSessionCookieAttributes(who.partnerAdmin.set);
  });

  describe("with an https public URL (a loopback server behind which TLS would end)", () => {
    let secure: Running;
    beforeAll(async () => {
      secure = await startTeamServer(env.contentDir, path.join(env.dir, ".chorus-https"), "https");
      const people = await secure.team.people();
      await people.add({
        email: "sam.secure@example-health.example",
        orgId: "example-health",
        roles: ["sender"],
      });
    }, 60_000);
    afterAll(async () => {
      await secure?.close();
    });

    it("is Secure and __Secure- prefixed, and the unprefixed name is not accepted", async () => {
      const link = await askForLink(secure, "sam.secure@example-health.example");
      expect(link.startsWith(`${secure.publicUrl}/api/auth/magic-link/verify?`)).toBe(true);
      const followed = await follow(secure, link);
      expect(followed.status).toBe(302);
      const cookies = setCookies(followed);
      const session = cookies.find((c) => c.name === "__Secure-chorus.session_token");
      expect(session, JSON.stringify(cookies.map((c) => c.name))).toBeDefined();
      expect(session!.attributes.get("secure")).toBe(true);
      expectSessionCookieAttributes(session!);
      // Every cookie it sets on https is Secure.
      for (const cookie of cookies) expect(cookie.attributes.get("secure"), cookie.name).toBe(true);

      expect((await me(secure, `${session!.name}=${session!.value}`)).status).toBe(200);
      // A cookie a network attacker could set over plain http cannot carry the __Secure- prefix; the same
      // value under the plain name is nobody's session.
      expect((await me(secure, `chorus.session_token=${session!.value}`)).status).toBe(401);
    });

    // An http page at the builder's host (one a network attacker could serve) is another origin than the
    // https builder: the same-site check compares whole origins, scheme included.
    it("tells browsers to reach an https builder over https only (HSTS), and a loopback http one not", async () => {
      const strict = await call(secure, "/api/health", {});
      await strict.body?.cancel();
      expect(strict.headers.get("strict-transport-security")).toBe("max-age=31536000");
      const plain = await call(s, "/api/health", {});
      await plain.body?.cancel();
      expect(plain.headers.get("strict-transport-security")).toBeNull();
    });

    it("refuses a state change whose Origin is this host over plain http", async () => {
      const session = await signIn(secure, "sam.secure@example-health.example");
      const check = (origin: string) =>
        call(secure, `/api/campaigns/${APPROVED}/recipients/check?material=${EMAIL}&partner=example-health`, {
          method: "POST",
          headers: { "content-type": "text/csv", origin },
          cookie: session.cookie,
          body: "email,firstName\nana@example.org,Ana\n",
        });
      const own = await check(secure.publicUrl);
      await own.body?.cancel();
      expect(own.status).toBe(200);
      // The same request from http://127.0.0.1:port, another origin than https://127.0.0.1:port.
      const downgraded = await check(secure.publicUrl.replace(/^https:/, "http:"));
      await downgraded.body?.cancel();
      expect(downgraded.status).toBe(403);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// 3. Cross-site requests (security.ts, sameSiteOnly; better-auth's own origin check behind it)
// ---------------------------------------------------------------------------------------------------------

/** Headers a browser sends with a request another site's page makes, each one enough to refuse it. */
const HOSTILE: Record<string, (s: Running) => Record<string, string>> = {
  "Origin of another site": () => ({ origin: EVIL }),
  "Origin of another site, Sec-Fetch-Site claiming same-origin": () => ({
    origin: EVIL,
    "sec-fetch-site": "same-origin",
  }),
  "Sec-Fetch-Site: cross-site, no Origin": () => ({ "sec-fetch-site": "cross-site" }),
  "Sec-Fetch-Site: same-site (a sibling subdomain), no Origin": () => ({ "sec-fetch-site": "same-site" }),
  "Sec-Fetch-Site: cross-site with this site's Origin": (r) => ({
    origin: r.publicUrl,
    "sec-fetch-site": "cross-site",
  }),
  "Origin: null (a sandboxed frame, a data: page)": () => ({ origin: "null" }),
  "Origin that is not a URL": () => ({ origin: "garbage" }),
  "Origin of this host name on another port": (r) => ({
    origin: `http://127.0.0.1:${Number(new URL(r.url).port) + 1}`,
  }),
};

interface StateChange {
  persona: Persona | (() => SignedIn);
  path: () => string;
  method: string;
  contentType: string;
  body?: () => string;
}

let draftVersion = "";
let draftData: Record<string, unknown> = {};
const SIGN_OUT_VICTIM = "sue.signout-csrf@example-health.example";
const KEEP_EMAIL = "kip.keep@example-health.example";
const signOutVictim = {} as { session: SignedIn };

/** One request for each kind of state change, each with a valid session of someone allowed to make it. */
const CHANGES: Record<string, StateChange> = {
  "POST /api/campaigns": {
    persona: "homeAuthor",
    path: () => "/api/campaigns",
    method: "POST",
    contentType: "application/json",
    body: () => JSON.stringify({ id: "forged-campaign", title: "Forged", starter: "newsletter" }),
  },
  "PUT /api/campaigns/:id": {
    persona: "homeAuthor",
    path: () => `/api/campaigns/${DRAFT}`,
    method: "PUT",
    contentType: "application/json",
    body: () => JSON.stringify({ version: draftVersion, data: { ...draftData, title: "Forged title" } }),
  },
  "POST /api/people": {
    persona: "homeAdmin",
    path: () => "/api/people",
    method: "POST",
    contentType: "application/json",
    body: () => JSON.stringify({ email: "mallory@evil.example", orgId: "collaborative", roles: ["admin"] }),
  },
  "PUT /api/people/:id/roles": {
    persona: "homeAdmin",
    path: () => `/api/people/${ids.get(KEEP_EMAIL)}/roles`,
    method: "PUT",
    contentType: "application/json",
    body: () => JSON.stringify({ roles: ["admin", "sender"] }),
  },
  "DELETE /api/people/:id": {
    persona: "homeAdmin",
    path: () => `/api/people/${ids.get(KEEP_EMAIL)}`,
    method: "DELETE",
    contentType: "application/json",
  },
  // A CSV body: text/csv, which no HTML form can send without a CORS preflight (text/plain is refused).
  "POST /api/campaigns/:id/sends": {
    persona: "partnerSender",
    path: () => `/api/campaigns/${APPROVED}/sends?material=${EMAIL}&partner=example-health`,
    method: "POST",
    contentType: "text/csv",
    body: () => "email,firstName\nvictim-list@example.org,Vic\n",
  },
  "POST /api/auth/sign-out": {
    persona: () => signOutVictim.session,
    path: () => "/api/auth/sign-out",
    method: "POST",
    contentType: "application/json",
    body: () => "{}",
  },
};

const sessionFor = (change: StateChange) =>
  typeof change.persona === "function" ? change.persona() : who[change.persona];

function send(change: StateChange, headers: Record<string, string>) {
  return call(s, change.path(), {
    method: change.method,
    headers: { "content-type": change.contentType, ...headers },
    cookie: sessionFor(change).cookie,
    ...(change.body ? { body: change.body() } : {}),
  });
}

describe("requests from other sites", () => {
  beforeAll(async () => {
    await addPerson(KEEP_EMAIL, "example-health", ["sender"]);
    await addPerson(SIGN_OUT_VICTIM, "example-health", ["sender"]);
    signOutVictim.session = await signIn(s, SIGN_OUT_VICTIM);
    const opened = (await (
      await call(s, `/api/campaigns/${DRAFT}`, { cookie: who.homeAuthor.cookie })
    ).json()) as {
      version: string;
      data: Record<string, unknown>;
    };
    draftVersion = opened.version;
    draftData = opened.data;
    expect(draftVersion).toBeTruthy();
  });

  it("refuses every state change a cross-site header marks, and changes nothing", async () => {
    const before = await snapshot();
    const answers: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [route, change] of Object.entries(CHANGES)) {
      for (const [hostile, headers] of Object.entries(HOSTILE)) {
        const response = await send(change, headers(s));
        const text = await response.text();
        answers[`${route} / ${hostile}`] = `${response.status} ${text}`;
        expected[`${route} / ${hostile}`] = `403 ${JSON.stringify({ error: REFUSED })}`;
      }
    }
    expect(answers).toEqual(expected);
    expect(await snapshot()).toBe(before);
    expect(await me(s, signOutVictim.session.cookie)).toEqual({ status: 200, email: SIGN_OUT_VICTIM });
  });

  it("lets the same requests through from the builder's own page (the control)", async () => {
    const statuses: Record<string, number> = {};
    // In an order where each still finds what it changes: the removal and the sign-out last.
    for (const [route, change] of Object.entries(CHANGES)) {
      const response = await send(change, { origin: s.publicUrl, "sec-fetch-site": "same-origin" });
      statuses[route] = response.status;
      await response.body?.cancel();
    }
    expect(statuses).toEqual({
      "POST /api/campaigns": 201,
      "PUT /api/campaigns/:id": 200,
      "POST /api/people": 201,
      "PUT /api/people/:id/roles": 200,
      "DELETE /api/people/:id": 200,
      "POST /api/campaigns/:id/sends": 202,
      "POST /api/auth/sign-out": 200,
    });
    expect(existsSync(path.join(s.contentDir, "forged-campaign"))).toBe(true);
    expect(await readFile(path.join(s.contentDir, DRAFT, "campaign.yaml"), "utf8")).toContain("Forged title");
    expect(await (await s.team.people()).byEmail("mallory@evil.example")).toBeDefined();
    expect(await (await s.team.people()).byEmail(KEEP_EMAIL)).toBeUndefined();
    expect((await me(s, signOutVictim.session.cookie)).status).toBe(401);
  });

  it("takes recipients only as text/csv: a text/plain form post to a send route is refused and sends nothing", async () => {
    const before = await snapshot();
    for (const route of ["sends", "recipients/check"]) {
      const response = await call(
        s,
        `/api/campaigns/${APPROVED}/${route}?material=${EMAIL}&partner=example-health`,
        {
          method: "POST",
          headers: { "content-type": "text/plain", origin: s.publicUrl },
          cookie: who.partnerSender.cookie,
          body: "email,firstName\nform-post@example.org,Form\n",
        },
      );
      expect(response.status, route).toBe(415);
      expect(await response.text()).toContain("text/csv");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers a request with neither header (curl, scripts) by the route's own rules: it is no browser's", async () => {
    // Sec-Fetch-Site: none (typed in the address bar) and no Origin is not another site either.
    for (const headers of [{}, { "sec-fetch-site": "none" }] as Record<string, string>[]) {
      const response = await call(s, "/api/campaigns", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        cookie: who.homeAuthor.cookie,
        body: JSON.stringify({
          id: `no-origin-${Object.keys(headers).length}`,
          title: "No origin",
          starter: "newsletter",
        }),
      });
      expect(response.status).toBe(201);
    }
  });

  it("refuses form-encoded and text/plain bodies on JSON routes, even from the same site, and changes nothing", async () => {
    const before = await snapshot();
    const fields = { id: "form-campaign", title: "Form", starter: "newsletter" };
    const bodies: Record<string, [string, string]> = {
      "application/x-www-form-urlencoded": [
        "application/x-www-form-urlencoded",
        new URLSearchParams(fields).toString(),
      ],
      "text/plain holding JSON": ["text/plain", JSON.stringify(fields)],
      "multipart/form-data": [
        "multipart/form-data; boundary=XyZ",
        `${Object.entries(fields)
          .map(([k, v]) => `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
          .join("")}--XyZ--\r\n`,
      ],
    };
    const answers: Record<string, number> = {};
    for (const [kind, [contentType, body]] of Object.entries(bodies)) {
      // As a form on this very site would send it, and as curl would: neither gets a campaign.
      const senders: Record<string, Record<string, string>> = {
        "same origin": { origin: s.publicUrl },
        "no origin": {},
      };
      for (const [from, headers] of Object.entries(senders)) {
        const response = await call(s, "/api/campaigns", {
          method: "POST",
          headers: { "content-type": contentType, ...headers },
          cookie: who.homeAuthor.cookie,
          body,
        });
        answers[`${kind} / ${from}`] = response.status;
        await response.body?.cancel();
      }
      const people = await call(s, "/api/people", {
        method: "POST",
        headers: { "content-type": contentType, origin: s.publicUrl },
        cookie: who.homeAdmin.cookie,
        body: contentType.startsWith("text/")
          ? JSON.stringify({ email: "form@evil.example", orgId: "collaborative", roles: ["admin"] })
          : new URLSearchParams({
              email: "form@evil.example",
              orgId: "collaborative",
              roles: "admin",
            }).toString(),
      });
      answers[`${kind} / people`] = people.status;
      await people.body?.cancel();
    }
    // Each a refusal of the request itself (4xx), none an error and none a success.
    expect(Object.entries(answers).filter(([, status]) => status < 400 || status >= 500)).toEqual([]);
    expect(await snapshot()).toBe(before);
    // The control: the same fields as JSON make the campaign.
    const json = await call(s, "/api/campaigns", {
      method: "POST",
      headers: sameOrigin(s),
      cookie: who.homeAuthor.cookie,
      body: JSON.stringify(fields),
    });
    expect(json.status).toBe(201);
  });

  it("answers a cross-site read without CORS headers, so another site's page cannot read it", async () => {
    const read = await call(s, "/api/me", {
      headers: { origin: EVIL, "sec-fetch-site": "cross-site" },
      cookie: who.homeAdmin.cookie,
    });
    expect(read.status).toBe(200);
    await read.body?.cancel();
    expect(read.headers.get("access-control-allow-origin")).toBeNull();
    expect(read.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = await call(s, "/api/campaigns", {
      method: "OPTIONS",
      headers: {
        origin: EVIL,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    await preflight.body?.cancel();
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  describe("asking for a sign-in link", () => {
    const TARGET = "tia.signin@example-health.example";
    beforeAll(async () => {
      await addPerson(TARGET, "example-health", ["sender"]);
    });

    it("refuses a request from another site, and sends no link", async () => {
      const before = await snapshot();
      for (const [hostile, headers] of Object.entries(HOSTILE)) {
        const asked = await call(s, "/api/auth/sign-in/magic-link", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers(s) },
          body: JSON.stringify({ email: TARGET, callbackURL: "/" }),
        });
        expect({ hostile, status: asked.status }).toEqual({ hostile, status: 403 });
        await asked.body?.cancel();
      }
      expect(await signInLinks(s, TARGET)).toEqual([]);
      expect(await snapshot()).toBe(before);
      // The control: from the builder's own page the link is sent.
      await askForLink(s, TARGET);
    });

    it("refuses a link that would send the person elsewhere after signing in", async () => {
      const asked = await call(s, "/api/auth/sign-in/magic-link", {
        method: "POST",
        headers: sameOrigin(s),
        body: JSON.stringify({ email: TARGET, callbackURL: `${EVIL}/phish` }),
      });
      expect(asked.status).toBe(403);
      await asked.body?.cancel();
      // A real link with its callback rewritten to another site signs nobody in.
      const link = new URL(await askForLink(s, TARGET));
      link.searchParams.set("callbackURL", `${EVIL}/phish`);
      const followed = await follow(s, link.toString());
      expect(followed.status).toBe(403);
      expect(setCookies(followed).filter((c) => c.name === s.sessionCookie && c.value !== "")).toEqual([]);
      expect(followed.headers.get("location") ?? "").not.toContain("evil.example");
    });

    it("puts the public URL in the link, whatever Host the request names", async () => {
      const before = (await signInLinks(s, TARGET)).length;
      const asked = await rawRequest(s, "/api/auth/sign-in/magic-link", {
        method: "POST",
        headers: { host: "evil.example", "content-type": "application/json" },
        body: JSON.stringify({ email: TARGET, callbackURL: "/" }),
      });
      expect(asked.status).toBe(200);
      const links = await signInLinks(s, TARGET);
      expect(links.length).toBe(before + 1);
      expect(links[0]!.startsWith(`${s.publicUrl}/api/auth/magic-link/verify?`)).toBe(true);
      expect(links.join("\n")).not.toContain("evil.example");
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// 4. Another organization's objects, by id
// ---------------------------------------------------------------------------------------------------------

describe("another partner's things, by id", () => {
  const expectNoLeak = (what: string, text: string) => {
    for (const leak of OTHER_LEAKS) expect(text, `${what} names ${leak}`).not.toContain(leak);
  };

  it("lets the other partner's own sender see its send (the control)", async () => {
    // Its progress (counts, no addresses), its outbox and a message in it (the recipient's address).
    const answers: Record<string, string> = {};
    for (const [url, shows] of [
      [`/api/sends/${otherSend}`, otherSend],
      [`/api/outbox/${otherSend}`, OTHER_RECIPIENT],
      [`/api/outbox/${otherSend}/${otherOutboxFile}`, OTHER_RECIPIENT],
    ] as const) {
      const response = await call(s, url, { cookie: who.otherSender.cookie });
      answers[url] = `${response.status} ${(await response.text()).includes(shows)}`;
    }
    expect(Object.values(answers)).toEqual(["200 true", "200 true", "200 true"]);
    const events = await call(s, `/api/sends/${otherSend}/events`, { cookie: who.otherSender.cookie });
    expect(events.status).toBe(200);
    expect(await events.text()).toContain("event: progress");
    const list = await (await call(s, "/api/sends", { cookie: who.otherSender.cookie })).text();
    expect(list).toContain(otherSend);
    // Pausing a finished send: the route reached it (not a 404) and refused only because it is not running.
    const pause = await call(s, `/api/sends/${otherSend}/pause`, {
      method: "POST",
      headers: sameOrigin(s),
      cookie: who.otherSender.cookie,
    });
    expect(pause.status).toBe(409);
    await pause.body?.cancel();
  });

  it("hides another partner's send from example-health's sender and admin: 404, nothing of it in the answer", async () => {
    for (const persona of ["partnerSender", "partnerAdmin"] as const) {
      const reads = [
        `/api/sends/${otherSend}`,
        `/api/sends/${otherSend}/events`,
        `/api/outbox/${otherSend}`,
        `/api/outbox/${otherSend}/${otherOutboxFile}`,
        `/api/outbox/${otherSend}/${otherOutboxFile}?format=parsed`,
        `/api/outbox/${otherSend}?search=zed`,
      ];
      for (const url of reads) {
        const response = await call(s, url, { cookie: who[persona].cookie });
        const text = await response.text();
        expect({ persona, url, status: response.status }).toEqual({ persona, url, status: 404 });
        expectNoLeak(url, text);
        expect(text).not.toContain(otherSend);
      }
      for (const action of ["pause", "resume"]) {
        const response = await call(s, `/api/sends/${otherSend}/${action}`, {
          method: "POST",
          headers: sameOrigin(s),
          cookie: who[persona].cookie,
        });
        const text = await response.text();
        expect({ persona, action, status: response.status }).toEqual({ persona, action, status: 404 });
        expectNoLeak(action, text);
      }
      // The same answer as for a send that does not exist: nothing tells them it is there.
      const missing = await call(s, "/api/sends/no-such-send-at-all", { cookie: who[persona].cookie });
      const hidden = await call(s, `/api/sends/${otherSend}`, { cookie: who[persona].cookie });
      expect(`${hidden.status} ${await hidden.text()}`).toBe(`${missing.status} ${await missing.text()}`);
      const list = await (await call(s, "/api/sends", { cookie: who[persona].cookie })).text();
      expect(list).not.toContain(otherSend);
      expectNoLeak("GET /api/sends", list);
    }
    // Pausing it would have changed its report: it is still complete.
    const status = (await (
      await call(s, `/api/sends/${otherSend}`, { cookie: who.otherSender.cookie })
    ).json()) as {
      state: string;
    };
    expect(status.state).toBe("complete");
  });

  it("refuses example-health's people another organization's people, and changes none of them", async () => {
    const other = (await (await s.team.people()).byEmail(OTHER_TARGET.email))!;
    const before = await snapshot();
    const attempts: { persona: Persona; url: string; init: Call; status: number }[] = [
      // A sender manages nobody; an admin only their own organization.
      { persona: "partnerSender", url: "/api/people", init: {}, status: 403 },
      { persona: "partnerSender", url: "/api/people?org=other-health", init: {}, status: 403 },
      { persona: "partnerAdmin", url: "/api/people?org=other-health", init: {}, status: 403 },
      ...(["partnerSender", "partnerAdmin"] as const).flatMap((persona) => [
        {
          persona,
          url: `/api/people/${other.id}/roles`,
          init: { method: "PUT", headers: sameOrigin(s), body: JSON.stringify({ roles: ["admin"] }) },
          status: 403,
        },
        {
          persona,
          url: `/api/people/${other.id}`,
          init: { method: "DELETE", headers: sameOrigin(s) },
          status: 403,
        },
        {
          persona,
          url: "/api/people",
          init: {
            method: "POST",
            headers: sameOrigin(s),
            body: JSON.stringify({
              email: "plant@other-health.example",
              orgId: "other-health",
              roles: ["admin"],
            }),
          },
          status: 403,
        },
      ]),
    ];
    for (const attempt of attempts) {
      const response = await call(s, attempt.url, { ...attempt.init, cookie: who[attempt.persona].cookie });
      const text = await response.text();
      expect({ ...attempt, init: undefined, status: response.status }).toEqual({
        ...attempt,
        init: undefined,
      });
      expectNoLeak(`${attempt.init.method ?? "GET"} ${attempt.url}`, text);
    }
    expect(await snapshot()).toBe(before);
    expect(await (await s.team.people()).byId(other.id)).toEqual(other);

    // The controls: example-health's admin lists its own people (and only them); the collaborative's admin
    // sees the other partner's.
    const own = await call(s, "/api/people", { cookie: who.partnerAdmin.cookie });
    const ownText = await own.text();
    expect(own.status).toBe(200);
    expect(ownText).toContain(PEOPLE.partnerSender.email);
    expectNoLeak("GET /api/people (own)", ownText);
    const home = await call(s, "/api/people?org=other-health", { cookie: who.homeAdmin.cookie });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(OTHER_TARGET.email);
  });

  it("refuses example-health's admin the other partner's audit trail, and shows its own without it", async () => {
    const events = await db()
      .selectFrom("audit_event")
      .select(["action", "actor_email"])
      .where("org_id", "=", "other-health")
      .execute();
    // There is something to leak: the other partner's sign-in and send.
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["sign-in", "send-started"]));

    for (const url of ["/api/audit?org=other-health", "/api/audit?org=other-health&download=1"]) {
      const response = await call(s, url, { cookie: who.partnerAdmin.cookie });
      const text = await response.text();
      expect({ url, status: response.status }).toEqual({ url, status: 403 });
      expectNoLeak(url, text);
    }
    const sender = await call(s, "/api/audit", { cookie: who.partnerSender.cookie });
    expect(sender.status).toBe(403);
    expectNoLeak("GET /api/audit as sender", await sender.text());

    // Their own trail: theirs, and not a line of the other partner's (nor any campaign filter around it).
    for (const url of ["/api/audit", `/api/audit?campaign=${APPROVED}`, "/api/audit?org=example-health"]) {
      const own = await call(s, url, { cookie: who.partnerAdmin.cookie });
      const text = await own.text();
      expect({ url, status: own.status }).toEqual({ url, status: 200 });
      if (!url.includes("campaign=")) expect(text).toContain(PEOPLE.partnerAdmin.email);
      expectNoLeak(url, text);
      expect(text).not.toContain('"other-health"');
    }
    // The control: the collaborative's admin reads everything, the other partner's events included.
    const all = await call(s, "/api/audit?org=other-health", { cookie: who.homeAdmin.cookie });
    expect(all.status).toBe(200);
    expect(await all.text()).toContain(OTHER_SENDER);
  });
});
