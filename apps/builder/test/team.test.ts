// Team mode, through the builder's own routes: people sign in with the link in their email (read here from
// .chorus/messages/, where the outbox puts it), and every API route answers each kind of person as the
// team's rules say. The matrix below is checked against the routes the app registers, so a new route
// cannot be added without saying who may use it.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseEml } from "@chorus/send";
import type { Role } from "@chorus/team";
import { readAudit, verifyAuditTrail } from "@chorus/team";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify } from "yaml";
import { createApp } from "../src/server/app.js";
import { ContentStore, contentFingerprint } from "../src/server/store.js";
import { openTeamMode, type TeamMode } from "../src/server/team.js";
import { addOtherPartner, tempContent, testConfig } from "./helpers.js";

const ORIGIN = "http://127.0.0.1:4173";
const APPROVED = "crisis-and-peer-support";
const DRAFT = "what-leaders-can-do-this-quarter";
const EMAIL = "newsletter-clinicians";
/** An approved campaign with a social post the kit draws an image for (made so in beforeAll). */
const WITH_POST = "burnout-is-a-system-problem";
const POST = "linkedin-clinicians";

type Persona =
  | "nobody"
  | `home-${Role}`
  | "partner-sender"
  | "partner-admin"
  | "other-partner-sender"
  | "other-partner-admin";

const PEOPLE: Record<Exclude<Persona, "nobody">, { org: string; roles: Role[] }> = {
  "home-admin": { org: "collaborative", roles: ["admin"] },
  "home-author": { org: "collaborative", roles: ["author"] },
  "home-reviewer": { org: "collaborative", roles: ["reviewer"] },
  "home-approver": { org: "collaborative", roles: ["approver"] },
  "home-sender": { org: "collaborative", roles: ["sender"] },
  "partner-sender": { org: "example-health", roles: ["sender"] },
  "partner-admin": { org: "example-health", roles: ["admin"] },
  "other-partner-sender": { org: "other-health", roles: ["sender"] },
  "other-partner-admin": { org: "other-health", roles: ["admin"] },
};
const PERSONAS = ["nobody", ...Object.keys(PEOPLE)] as Persona[];

let env: Awaited<ReturnType<typeof tempContent>>;
let team: TeamMode;
let app: ReturnType<typeof createApp>["app"];
let closeApp: (() => Promise<void>) | undefined;
const cookies = new Map<Persona, string>();
let sendId = "";
/** People the matrix changes or removes, by email. */
const personIds = new Map<string, string>();
let outboxFile = "";
/** A send the partner scheduled (of another email, so it holds back none of the matrix's sends). */
let scheduledId = "";
const SCHEDULED_EMAIL = "newsletter-clinicians-es";
const anHourAhead = () => new Date(Date.now() + 60 * 60_000).toISOString();
/** A comment thread on the draft, for the route that resolves one. */
let threadId = "";

const call = (persona: Persona, url: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  // A browser always sends the host it asked for; the same-site check compares Origin with it.
  headers.set("host", new URL(ORIGIN).host);
  const cookie = cookies.get(persona);
  if (cookie) headers.set("cookie", cookie);
  return app.request(`${ORIGIN}${url}`, { ...init, headers });
};

/** The messages in .chorus/messages/ to `to`, as text, newest first (by when each was written). */
async function messagesTo(to: string): Promise<string[]> {
  const root = path.join(env.chorusDir, "messages");
  const found: { at: number; text: string }[] = [];
  for (const dir of await readdir(root)) {
    for (const file of await readdir(path.join(root, dir))) {
      const where = path.join(root, dir, file);
      const parsed = await parseEml(await readFile(where, "utf8"));
      const recipient = parsed.headers.find((h) => h.name.toLowerCase() === "to")?.value ?? "";
      if (recipient.includes(to)) found.push({ at: (await stat(where)).mtimeMs, text: parsed.text ?? "" });
    }
  }
  if (found.length === 0) throw new Error(`no message to ${to}`);
  return found.sort((a, b) => b.at - a.at).map((m) => m.text);
}

const lastMessageTo = async (to: string) => (await messagesTo(to))[0]!;

/** The connection a request arrives on, as @hono/node-server passes it: the address is what rate limits count. */
const connection = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

/** Ask for a link as a person would (each from a machine of their own), follow the link in the email. */
async function signIn(email: string, address: string): Promise<string> {
  const asked = await app.request(
    `${ORIGIN}/api/auth/sign-in/magic-link`,
    {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, host: new URL(ORIGIN).host },
      body: JSON.stringify({ email, callbackURL: "/" }),
    },
    connection(address),
  );
  expect(`${asked.status} ${await asked.clone().text()}`).toMatch(/^200 /);
  const signInMessage = (await messagesTo(email)).find((text) => text.includes("/magic-link/verify?token="));
  const link = /https?:\/\/\S+verify\?token=\S+/.exec(signInMessage ?? "")?.[0];
  if (!link) throw new Error(`no link in the email to ${email}`);
  const followed = await app.request(link, { headers: { host: new URL(link).host } }, connection(address));
  expect(followed.status).toBe(302);
  return (followed.headers.get("set-cookie") ?? "").split(";")[0]!;
}

beforeAll(async () => {
  env = await tempContent();
  await addOtherPartner(env.contentDir);
  // The approved campaign's post without a picture of its own (the kit draws one), approved again as it stands.
  const postFile = path.join(env.contentDir, WITH_POST, "campaign.yaml");
  const withPost = parseYaml(await readFile(postFile, "utf8"));
  delete withPost.materials.find((m: { id: string }) => m.id === POST).image;
  withPost.approval.fingerprint = contentFingerprint(withPost);
  await writeFile(postFile, stringify(withPost));
  const config = testConfig(env.contentDir, env.chorusDir, {
    team: { publicUrl: ORIGIN, authSecret: "a-test-secret-that-is-long-enough-0123456789" },
    now: () => new Date(),
  });
  const store = new ContentStore(config.contentDir, config.now);
  team = await openTeamMode({ ...config, team: config.team! }, store);
  ({ app, close: closeApp } = createApp(config, { store, team }));
  const people = await team.people();
  for (const [index, [persona, { org, roles }]] of Object.entries(PEOPLE).entries()) {
    await people.add({ email: `${persona}@example.org`, orgId: org, roles });
    cookies.set(persona as Persona, await signIn(`${persona}@example.org`, `203.0.113.${index + 1}`));
  }
  for (const email of ["target@example.org", ...PERSONAS.map((p) => `leaver-${p}@example.org`)]) {
    const added = await people.add({ email, orgId: "example-health", roles: ["sender"] });
    personIds.set(email, added.id);
  }
  // One finished send as the partner, for the routes that look at a send.
  const sent = await call(
    "partner-sender",
    `/api/campaigns/${APPROVED}/sends?material=${EMAIL}&partner=example-health`,
    {
      method: "POST",
      headers: { "content-type": "text/csv", origin: ORIGIN },
      body: "email,firstName\nana@example.org,Ana\n",
    },
  );
  expect(sent.status).toBe(202);
  sendId = ((await sent.json()) as { sendId: string }).sendId;
  for (let i = 0; i < 200; i++) {
    const status = (await (await call("partner-sender", `/api/sends/${sendId}`)).json()) as { state: string };
    if (status.state === "complete") break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  outboxFile = (await readdir(path.join(env.chorusDir, "outbox", sendId))).find((f) => f.endsWith(".eml"))!;
  const scheduled = await call(
    "partner-sender",
    `/api/campaigns/${APPROVED}/schedules?material=${SCHEDULED_EMAIL}&partner=example-health&at=${encodeURIComponent(anHourAhead())}`,
    {
      method: "POST",
      headers: { "content-type": "text/csv", origin: ORIGIN },
      body: "email,firstName\nana@example.org,Ana\n",
    },
  );
  expect(scheduled.status).toBe(201);
  scheduledId = ((await scheduled.json()) as { sendId: string }).sendId;
  const thread = await call(
    "home-reviewer",
    `/api/campaigns/${DRAFT}/review/comments`,
    json("POST", { path: "summary", body: "Who is this for?" })(),
  );
  expect(thread.status).toBe(201);
  threadId = ((await thread.json()) as { id: string }).id;
}, 180_000);

afterAll(async () => {
  await closeApp?.();
  await team?.close();
  await env?.cleanup();
});

type Expect = "ok" | 401 | 403 | 404;
/** Who may use a route: every persona's expected answer ("ok" is any status but 401, 403 and 404). */
const everyone =
  (answer: Expect) =>
  (p: Persona): Expect =>
    p === "nobody" ? 401 : answer;
const home = (p: Persona) => p.startsWith("home-");
const partnerOwn = (p: Persona) => p.startsWith("partner-");

interface Check {
  url: (persona: Persona) => string;
  init?: () => RequestInit;
  expect: (p: Persona) => Expect;
}

const json = (method: string, body: unknown) => (): RequestInit => ({
  method,
  headers: { "content-type": "application/json", origin: ORIGIN },
  body: JSON.stringify(body),
});
const csv = (): RequestInit => ({
  method: "POST",
  headers: { "content-type": "text/csv", origin: ORIGIN },
  body: "email,firstName\nben@example.org,Ben\n",
});
const sendsAsPartner = (p: Persona): Expect => (p === "nobody" ? 401 : p === "partner-sender" ? "ok" : 403);
const seesSend = (p: Persona): Expect => (p === "nobody" ? 401 : partnerOwn(p) ? "ok" : 404);
const managesExampleHealth = (p: Persona): Expect =>
  p === "nobody" ? 401 : p === "home-admin" || p === "partner-admin" ? "ok" : 403;
const comments = (p: Persona): Expect =>
  p === "nobody" ? 401 : ["home-author", "home-reviewer", "home-approver"].includes(p) ? "ok" : 403;
const exportsPartnerKit = (p: Persona): Expect =>
  p === "nobody" ? 401 : home(p) || partnerOwn(p) ? "ok" : 403;

/** Every API route: one request each, and who may make it. */
const MATRIX: Record<string, Check> = {
  "GET /api/health": { url: () => "/api/health", expect: () => "ok" },
  "GET /api/config": { url: () => "/api/config", expect: everyone("ok") },
  "GET /api/me": { url: () => "/api/me", expect: everyone("ok") },
  "GET /api/content": { url: () => "/api/content", expect: everyone("ok") },
  "GET /api/partners/:partner/logo": {
    url: () => "/api/partners/example-health/logo",
    expect: (p) => (p === "nobody" ? 401 : home(p) || partnerOwn(p) ? "ok" : 404),
  },
  "GET /api/campaigns": { url: () => "/api/campaigns", expect: everyone("ok") },
  "POST /api/campaigns": {
    url: () => "/api/campaigns",
    init: json("POST", { id: "a-new-one", title: "A new one", starter: "newsletter" }),
    expect: (p) => (p === "nobody" ? 401 : p === "home-author" ? "ok" : 403),
  },
  "GET /api/campaigns/:id": {
    url: () => `/api/campaigns/${DRAFT}`,
    expect: (p) => (p === "nobody" ? 401 : home(p) ? "ok" : 404),
  },
  "PUT /api/campaigns/:id": {
    url: () => `/api/campaigns/${DRAFT}`,
    init: json("PUT", { version: "stale", data: {} }),
    expect: (p) => (p === "nobody" ? 401 : p === "home-author" ? "ok" : 403),
  },
  "POST /api/campaigns/:id/status": {
    url: () => `/api/campaigns/${DRAFT}/status`,
    init: json("POST", { version: "stale", status: "in-review" }),
    expect: (p) => (p === "nobody" ? 401 : p === "home-author" || p === "home-approver" ? "ok" : 403),
  },
  "GET /api/campaigns/:id/review": {
    url: () => `/api/campaigns/${DRAFT}/review`,
    expect: (p) => (p === "nobody" ? 401 : home(p) ? "ok" : 403),
  },
  "POST /api/campaigns/:id/review/comments": {
    url: () => `/api/campaigns/${DRAFT}/review/comments`,
    init: json("POST", { path: "title", body: "Is this the title we agreed?" }),
    expect: comments,
  },
  "POST /api/campaigns/:id/review/comments/:thread/resolve": {
    url: () => `/api/campaigns/${DRAFT}/review/comments/${threadId}/resolve`,
    init: () => ({ method: "POST", headers: { origin: ORIGIN } }),
    expect: comments,
  },
  "POST /api/campaigns/:id/review/stages/:stage": {
    // The version is stale: the one allowed answers 409, after the role is checked.
    url: () => `/api/campaigns/${DRAFT}/review/stages/clinical-review`,
    init: json("POST", { version: "stale", decision: "approved" }),
    expect: (p) => (p === "nobody" ? 401 : p === "home-reviewer" ? "ok" : 403),
  },
  "GET /api/campaigns/:id/emails/:material/:format": {
    url: () => `/api/campaigns/${APPROVED}/emails/${EMAIL}/txt?partner=example-health`,
    expect: exportsPartnerKit,
  },
  "GET /api/campaigns/:id/kit": {
    // Who may export is the question, not what a kit holds: its emails alone.
    url: () => `/api/campaigns/${APPROVED}/kit?partner=example-health&parts=emails`,
    expect: exportsPartnerKit,
  },
  "GET /api/campaigns/:id/artwork": {
    url: () => `/api/campaigns/${APPROVED}/artwork?partner=example-health&locale=es`,
    expect: exportsPartnerKit,
  },
  "GET /api/campaigns/:id/artwork/cards/:card/:size": {
    url: () =>
      `/api/campaigns/${APPROVED}/artwork/cards/message-you-are-not-alone/x?partner=example-health&locale=en`,
    expect: exportsPartnerKit,
  },
  "GET /api/campaigns/:id/artwork/posts/:material/image": {
    url: () => `/api/campaigns/${WITH_POST}/artwork/posts/${POST}/image?partner=example-health`,
    expect: exportsPartnerKit,
  },
  "GET /api/campaigns/:id/artwork/prints/:print/:size": {
    url: () => `/api/campaigns/${APPROVED}/artwork/prints/flyer/a4?partner=example-health&locale=en`,
    expect: exportsPartnerKit,
  },
  "GET /api/campaigns/:id/artwork/banners/:material/:format": {
    url: () => `/api/campaigns/${APPROVED}/artwork/banners/banner-support/png?partner=example-health`,
    expect: exportsPartnerKit,
  },
  "POST /api/campaigns/:id/proof": {
    url: () => `/api/campaigns/${APPROVED}/proof`,
    init: json("POST", { to: "proof@example.org", material: EMAIL, partner: "example-health" }),
    expect: sendsAsPartner,
  },
  "POST /api/campaigns/:id/recipients/check": {
    url: () => `/api/campaigns/${APPROVED}/recipients/check?material=${EMAIL}&partner=example-health`,
    init: csv,
    expect: sendsAsPartner,
  },
  "POST /api/campaigns/:id/sends": {
    url: () => `/api/campaigns/${APPROVED}/sends?material=${EMAIL}&partner=example-health`,
    init: csv,
    expect: sendsAsPartner,
  },
  "POST /api/campaigns/:id/schedules": {
    url: () =>
      `/api/campaigns/${APPROVED}/schedules?material=${EMAIL}&partner=example-health&at=${encodeURIComponent(anHourAhead())}`,
    init: csv,
    expect: sendsAsPartner,
  },
  "GET /api/schedules": { url: () => "/api/schedules", expect: everyone("ok") },
  "POST /api/schedules/:send/cancel": {
    url: () => `/api/schedules/${scheduledId}/cancel`,
    init: () => ({ method: "POST", headers: { origin: ORIGIN } }),
    expect: (p) => (p === "nobody" ? 401 : p === "partner-sender" ? "ok" : partnerOwn(p) ? 403 : 404),
  },
  "GET /api/sends": { url: () => "/api/sends", expect: everyone("ok") },
  "GET /api/sends/:send": { url: () => `/api/sends/${sendId}`, expect: seesSend },
  "GET /api/sends/:send/events": { url: () => `/api/sends/${sendId}/events`, expect: seesSend },
  "POST /api/sends/:send/pause": {
    url: () => `/api/sends/${sendId}/pause`,
    init: () => ({ method: "POST", headers: { origin: ORIGIN } }),
    expect: (p) => (p === "nobody" ? 401 : p === "partner-sender" ? "ok" : partnerOwn(p) ? 403 : 404),
  },
  "POST /api/sends/:send/resume": {
    url: () => `/api/sends/${sendId}/resume`,
    init: () => ({ method: "POST", headers: { origin: ORIGIN } }),
    expect: (p) => (p === "nobody" ? 401 : p === "partner-sender" ? "ok" : partnerOwn(p) ? 403 : 404),
  },
  "GET /api/outbox/:send": { url: () => `/api/outbox/${sendId}`, expect: seesSend },
  "GET /api/outbox/:send/:file": { url: () => `/api/outbox/${sendId}/${outboxFile}`, expect: seesSend },
  "GET /api/people": {
    url: () => "/api/people",
    expect: (p) => (p === "nobody" ? 401 : p.endsWith("admin") ? "ok" : 403),
  },
  "POST /api/people": {
    url: () => "/api/people",
    init: json("POST", { email: "invitee@example.org", orgId: "example-health", roles: ["author"] }),
    expect: managesExampleHealth,
  },
  "PUT /api/people/:id/roles": {
    url: () => `/api/people/${personIds.get("target@example.org")}/roles`,
    init: json("PUT", { roles: ["sender"] }),
    expect: managesExampleHealth,
  },
  "DELETE /api/people/:id": {
    // Each person tries to remove someone of their own, so one removal does not change the next answer.
    url: (p) => `/api/people/${personIds.get(`leaver-${p}@example.org`)}`,
    init: () => ({ method: "DELETE", headers: { origin: ORIGIN } }),
    expect: managesExampleHealth,
  },
  "GET /api/audit": {
    url: () => "/api/audit",
    expect: (p) =>
      p === "nobody"
        ? 401
        : ["home-admin", "home-approver", "partner-admin", "other-partner-admin"].includes(p)
          ? "ok"
          : 403,
  },
};

describe("team mode in the builder", () => {
  it("has a row in the matrix for every API route the app registers", () => {
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== "ALL" && r.path.startsWith("/api/"))
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...registered].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(Object.entries(MATRIX))(
    "%s answers each kind of person as the rules say",
    async (_route, check) => {
      const answers: Record<string, Expect | number> = {};
      const expected: Record<string, Expect> = {};
      for (const persona of PERSONAS) {
        const response = await call(persona, check.url(persona), check.init?.());
        await response.body?.cancel();
        const status = response.status;
        answers[persona] = [401, 403, 404].includes(status) ? status : "ok";
        expected[persona] = check.expect(persona);
      }
      expect(answers).toEqual(expected);
    },
    // Ten people each build a kit on the kit route: generous on a busy machine.
    120_000,
  );

  it("shows a partner approved campaigns only, its own brand kit and the collaborative's, and its own sends", async () => {
    const list = (await (await call("other-partner-admin", "/api/campaigns")).json()) as {
      campaigns: { id: string; status: string }[];
    };
    expect(list.campaigns.length).toBeGreaterThan(0);
    expect(list.campaigns.every((c) => c.status === "approved")).toBe(true);
    const content = (await (await call("other-partner-admin", "/api/content")).json()) as {
      files: { path: string }[];
    };
    const kits = content.files
      .filter((f) => f.path.includes("/_partners/"))
      .map((f) => path.basename(f.path));
    expect(kits.sort()).toEqual(["collaborative.yaml", "other-health.yaml"]);
    const sends = (await (await call("other-partner-admin", "/api/sends")).json()) as { sends: unknown[] };
    expect(sends.sends).toEqual([]);
    const own = (await (await call("partner-admin", "/api/sends")).json()) as { sends: { sendId: string }[] };
    expect(own.sends.map((s) => s.sendId)).toContain(sendId);
  });

  it("shows a partner's scheduled sends only to those who may send as it, and records scheduling and cancelling", async () => {
    const at = anHourAhead();
    const made = await call(
      "partner-sender",
      `/api/campaigns/${APPROVED}/schedules?material=awareness-trainees&partner=example-health&at=${encodeURIComponent(at)}`,
      {
        method: "POST",
        headers: { "content-type": "text/csv", origin: ORIGIN },
        body: "email\nlee@example.org\n",
      },
    );
    expect(made.status).toBe(201);
    const { sendId: id } = (await made.json()) as { sendId: string };
    const listed = async (p: Persona) =>
      ((await (await call(p, "/api/schedules")).json()) as { schedules: { sendId: string }[] }).schedules.map(
        (s) => s.sendId,
      );
    expect(await listed("partner-sender")).toContain(id);
    for (const p of ["partner-admin", "other-partner-sender", "home-sender"] as const)
      expect(await listed(p), p).not.toContain(id);
    // Waiting, it is not among the sends anyone sees.
    const sendsNow = (await (await call("partner-sender", "/api/sends")).json()) as {
      sends: { sendId: string }[];
    };
    expect(sendsNow.sends.map((s) => s.sendId)).not.toContain(id);
    const cancel = await call("partner-sender", `/api/schedules/${id}/cancel`, {
      method: "POST",
      headers: { origin: ORIGIN },
    });
    expect(cancel.status).toBe(200);
    const again = await call("partner-sender", `/api/schedules/${id}/cancel`, {
      method: "POST",
      headers: { origin: ORIGIN },
    });
    expect(again.status).toBe(409);
    const trail = (await readAudit(team.db.db, { limit: 5000 })).filter((e) => e.detail.sendId === id);
    expect(trail.map((e) => [e.action, e.actorEmail, e.orgId])).toEqual([
      ["send-scheduled", "partner-sender@example.org", "example-health"],
      ["schedule-cancelled", "partner-sender@example.org", "example-health"],
    ]);
    expect((await verifyAuditTrail(team.db.db)).ok).toBe(true);
  });

  it("refuses a request its person may not make before reading its body: 403, never a validation answer", async () => {
    const malformed = (method: string) => (): RequestInit => ({
      method,
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: "{not json",
    });
    const cases: [string, string, Persona, Persona][] = [
      ["POST", "/api/campaigns", "partner-admin", "home-author"],
      ["PUT", `/api/campaigns/${DRAFT}`, "home-reviewer", "home-author"],
      ["POST", `/api/campaigns/${DRAFT}/review/comments`, "home-sender", "home-reviewer"],
      ["POST", `/api/campaigns/${DRAFT}/review/stages/clinical-review`, "partner-sender", "home-reviewer"],
      ["POST", "/api/people", "home-author", "home-admin"],
      ["PUT", `/api/people/${personIds.get("target@example.org")}/roles`, "partner-sender", "partner-admin"],
    ];
    for (const [method, url, refusedPersona, allowedPersona] of cases) {
      const refusedAnswer = await call(refusedPersona, url, malformed(method)());
      expect(`${method} ${url} as ${refusedPersona}: ${refusedAnswer.status}`).toBe(
        `${method} ${url} as ${refusedPersona}: 403`,
      );
      // The same body from someone who may make the request is refused for what it is.
      const allowedAnswer = await call(allowedPersona, url, malformed(method)());
      expect(`${method} ${url} as ${allowedPersona}: ${allowedAnswer.status}`).toBe(
        `${method} ${url} as ${allowedPersona}: 400`,
      );
    }
  });

  it("gives a partner its own graphics of an approved campaign, never another partner's or a draft's", async () => {
    const listing = `/api/campaigns/${WITH_POST}/artwork?locale=en&partner=`;
    const own = await call("partner-sender", `${listing}example-health`);
    expect(own.status).toBe(200);
    const body = (await own.json()) as {
      partner: { id: string };
      posts: { image: { file: string; width: number; height: number } }[];
    };
    expect(body.partner.id).toBe("example-health");
    const image = await call("partner-sender", body.posts[0]!.image.file);
    expect(image.status).toBe(200);
    const png = new Uint8Array(await image.arrayBuffer());
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 627]);
    // Another partner's, asked for by its id, from either side: refused, and nothing of it in the answer.
    for (const [persona, partner] of [
      ["partner-sender", "other-health"],
      ["partner-admin", "other-health"],
      ["other-partner-admin", "example-health"],
    ] as const) {
      for (const url of [
        `${listing}${partner}`,
        `/api/campaigns/${APPROVED}/artwork/cards/message-you-are-not-alone/square?partner=${partner}&locale=en`,
        `/api/campaigns/${APPROVED}/artwork/prints/poster/letter?partner=${partner}&locale=en`,
        `/api/campaigns/${APPROVED}/artwork/banners/banner-support/html?partner=${partner}`,
      ]) {
        const refusal = await call(persona, url);
        const text = await refusal.text();
        expect({ persona, url, status: refusal.status, text }).toEqual({
          persona,
          url,
          status: 403,
          text: JSON.stringify({ error: "you can export only your own organization's kit" }),
        });
      }
    }
    // A draft is answered as if it did not exist; the collaborative's author sees its graphics.
    const draft = await call(
      "partner-sender",
      `/api/campaigns/${DRAFT}/artwork?partner=example-health&locale=en`,
    );
    expect(draft.status).toBe(404);
    expect(await draft.text()).not.toContain("leaders");
    expect(
      (await call("home-author", `/api/campaigns/${DRAFT}/artwork?partner=example-health&locale=en`)).status,
    ).toBe(200);
  });

  it("gives a partner the approved campaign's content but not its file's text", async () => {
    const partner = (await (await call("partner-sender", `/api/campaigns/${APPROVED}`)).json()) as {
      text: string;
      data: { id: string };
    };
    expect(partner.data.id).toBe(APPROVED);
    expect(partner.text).toBe("");
    const home = (await (await call("home-author", `/api/campaigns/${APPROVED}`)).json()) as { text: string };
    expect(home.text).toContain(`id: ${APPROVED}`);
  });

  it("lets an admin add a person, who is told where to sign in; new roles end their session", async () => {
    const added = await call(
      "home-admin",
      "/api/people",
      json("POST", {
        email: "newbie@example.org",
        name: "Nia Newbie",
        orgId: "collaborative",
        roles: ["reviewer"],
      })(),
    );
    expect(added.status).toBe(201);
    const invitation = await lastMessageTo("newbie@example.org");
    expect(invitation).toContain("has added you to the Chorus campaign builder, as reviewer");
    expect(invitation).toContain(`To sign in, open ${ORIGIN}`);
    expect(invitation).not.toMatch(/verify\?token=/);
    cookies.set("nobody", await signIn("newbie@example.org", "203.0.113.60"));
    try {
      const me = (await (await call("nobody", "/api/me")).json()) as { person: { roles: string[] } };
      expect(me.person.roles).toEqual(["reviewer"]);
      const { id } = (await added.json()) as { id: string };
      expect(
        (await call("home-admin", `/api/people/${id}/roles`, json("PUT", { roles: ["author"] })())).status,
      ).toBe(200);
      expect((await call("nobody", "/api/me")).status).toBe(401);
    } finally {
      cookies.delete("nobody");
    }
  });

  it("refuses an admin another organization's people, and the removal of an organization's last admin", async () => {
    const elsewhere = await call(
      "partner-admin",
      "/api/people",
      json("POST", { email: "x@example.org", orgId: "other-health", roles: ["sender"] })(),
    );
    expect(elsewhere.status).toBe(403);
    expect(((await elsewhere.json()) as { error: string }).error).toBe(
      "you can manage only your own organization's people",
    );
    const self = await (await team.people()).byEmail("partner-admin@example.org");
    const last = await call("partner-admin", `/api/people/${self!.id}`, {
      method: "DELETE",
      headers: { origin: ORIGIN },
    });
    expect(last.status).toBe(409);
    expect(((await last.json()) as { error: string }).error).toMatch(/would have no admin left/);
  });

  it("refuses a sign-in request too large to be one, without reading it", async () => {
    const huge = await call("nobody", "/api/auth/sign-in/magic-link", {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email: `${"a".repeat(100_000)}@example.org` }),
    });
    expect(huge.status).toBe(413);
  });

  it("says who is signed in, and refuses a request from another site before anything else", async () => {
    const me = (await (await call("partner-sender", "/api/me")).json()) as {
      mode: string;
      person: { orgId: string; roles: string[] };
    };
    expect(me).toMatchObject({
      mode: "team",
      person: { orgId: "example-health", roles: ["sender"], home: false },
    });
    const forged = await call("home-author", "/api/campaigns", {
      ...json("POST", { id: "forged", title: "Forged", starter: "newsletter" })(),
      headers: { "content-type": "application/json", origin: "https://evil.example" },
    });
    expect(forged.status).toBe(403);
  });

  it("records sign-ins, saves, exports and sends in an unbroken audit trail, each with its person", async () => {
    const kit = await call(
      "partner-admin",
      `/api/campaigns/${APPROVED}/kit?partner=example-health&parts=emails`,
    );
    expect(kit.status).toBe(200);
    await kit.body?.cancel();
    const created = await call(
      "home-author",
      "/api/campaigns",
      json("POST", { id: "audited", title: "Audited", starter: "newsletter" })(),
    );
    expect(created.status).toBe(201);
    const events = await readAudit(team.db.db, { limit: 5000 });
    const seen = (action: string, email: string) =>
      events.some((e) => e.action === action && e.actorEmail === email);
    expect(seen("sign-in", "partner-sender@example.org")).toBe(true);
    expect(seen("send-started", "partner-sender@example.org")).toBe(true);
    expect(seen("kit-exported", "partner-admin@example.org")).toBe(true);
    expect(seen("campaign-saved", "home-author@example.org")).toBe(true);
    expect(await verifyAuditTrail(team.db.db)).toMatchObject({ ok: true });
  });
});

describe("review stages in team mode", () => {
  const CAMPAIGN = "reviewed-newsletter";
  type ReviewState = {
    version: string;
    fingerprint: string;
    status: string;
    openThreads: number;
    ownWork: boolean;
    approved: boolean;
    stages: { id: string; state: string; mayDecide: boolean; why?: string }[];
    threads: { id: string; path: string; resolved: unknown; comments: { body: string }[] }[];
  };
  const reviewOf = async (persona: Persona) =>
    (await (await call(persona, `/api/campaigns/${CAMPAIGN}/review`)).json()) as ReviewState;
  const opened = async () =>
    (await (await call("home-author", `/api/campaigns/${CAMPAIGN}`)).json()) as {
      version: string;
      data: Record<string, unknown> & { title: string; status: string; approval?: Record<string, unknown> };
    };
  /** Decide a stage on the version read now, or on `read` (a version, or what the panel sends: with its fingerprint). */
  const decide = async (
    persona: Persona,
    stage: string,
    decision: string,
    read?: string | { version: string; fingerprint: string },
  ) => {
    const seen =
      typeof read === "string"
        ? { version: read }
        : (read ?? { version: (await reviewOf("home-admin")).version });
    const response = await call(
      persona,
      `/api/campaigns/${CAMPAIGN}/review/stages/${stage}`,
      json("POST", { ...seen, decision })(),
    );
    return {
      status: response.status,
      body: (await response.json()) as { error?: string; review?: ReviewState },
    };
  };
  const save = async (persona: Persona, change: (data: Record<string, unknown>) => void) => {
    const current = await opened();
    change(current.data);
    const saved = await call(
      persona,
      `/api/campaigns/${CAMPAIGN}`,
      json("PUT", { version: current.version, data: current.data })(),
    );
    expect(saved.status).toBe(200);
  };
  const submit = async () => {
    const response = await call(
      "home-author",
      `/api/campaigns/${CAMPAIGN}/status`,
      json("POST", { version: (await opened()).version, status: "in-review" })(),
    );
    expect(response.status).toBe(200);
  };

  it("runs a campaign through comments and both stages: refused with an open comment, to its own editor, out of order", async () => {
    const created = await call(
      "home-author",
      "/api/campaigns",
      json("POST", { id: CAMPAIGN, title: "October newsletter", starter: "newsletter" })(),
    );
    expect(created.status).toBe(201);
    // Not in review yet: nobody can decide a stage.
    expect((await decide("home-reviewer", "clinical-review", "approved")).body.error).toMatch(
      /not in review: its author submits it first/,
    );
    await submit();
    let review = await reviewOf("home-reviewer");
    expect(review.stages.map((s) => [s.id, s.state, s.mayDecide])).toEqual([
      ["clinical-review", "current", true],
      ["communications-approval", "waiting", false],
    ]);
    // The approver cannot go first, and the author holds neither role.
    expect((await decide("home-approver", "communications-approval", "approved")).body.error).toMatch(
      /the stages before it decide first/,
    );
    expect((await decide("home-author", "clinical-review", "approved")).status).toBe(403);

    const comment = await call(
      "home-reviewer",
      `/api/campaigns/${CAMPAIGN}/review/comments`,
      json("POST", { path: "title", body: "Say which month's newsletter this is." })(),
    );
    expect(comment.status).toBe(201);
    const { id: thread } = (await comment.json()) as { id: string };
    const blocked = await decide("home-reviewer", "clinical-review", "approved");
    expect(blocked).toMatchObject({
      status: 422,
      body: { error: expect.stringMatching(/1 comment is still open/) },
    });

    // The author answers and fixes the title; the edit changes the content under review.
    const reply = await call(
      "home-author",
      `/api/campaigns/${CAMPAIGN}/review/comments`,
      json("POST", { path: "title", body: "Done: it names October now.", threadId: thread })(),
    );
    expect(reply.status).toBe(201);
    await save("home-author", (data) => {
      data.title = "October 2026 newsletter";
    });
    const resolved = await call(
      "home-reviewer",
      `/api/campaigns/${CAMPAIGN}/review/comments/${thread}/resolve`,
      {
        method: "POST",
        headers: { origin: ORIGIN },
      },
    );
    expect(resolved.status).toBe(200);
    review = await reviewOf("home-reviewer");
    expect(review.openThreads).toBe(0);
    expect(review.threads[0]!.comments.map((c) => c.body)).toEqual([
      "Say which month's newsletter this is.",
      "Done: it names October now.",
    ]);

    // A stale version is a conflict, not a decision on text the reviewer did not see.
    expect((await decide("home-reviewer", "clinical-review", "approved", "0".repeat(64))).status).toBe(409);
    expect((await decide("home-reviewer", "clinical-review", "approved")).status).toBe(200);
    expect((await opened()).data.status).toBe("in-review");
    const last = await decide("home-approver", "communications-approval", "approved");
    expect(last.status).toBe(200);
    expect(last.body.review).toMatchObject({ approved: true, status: "approved" });

    const file = (await opened()).data;
    expect(file.status).toBe("approved");
    expect(file.approval).toMatchObject({
      by: "home-approver@example.org".split("@")[0],
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      stages: [
        { id: "clinical-review", title: "Clinical review", by: expect.any(String) },
        { id: "communications-approval", title: "Communications approval", by: expect.any(String) },
      ],
    });
    const actions = (await readAudit(team.db.db, { campaignId: CAMPAIGN })).map(
      (e) => `${e.action} ${e.actorEmail}`,
    );
    expect(actions).toEqual([
      "campaign-saved home-author@example.org",
      "campaign-status-changed home-author@example.org",
      "comment-added home-reviewer@example.org",
      "comment-added home-author@example.org",
      "campaign-saved home-author@example.org",
      "comment-resolved home-reviewer@example.org",
      "stage-decided home-reviewer@example.org",
      "stage-decided home-approver@example.org",
      "campaign-status-changed home-approver@example.org",
    ]);
  });

  it("sends an edited approved campaign back to review, and refuses a stage to the person whose edit it is", async () => {
    const both = "author-reviewer@example.org";
    await (await team.people()).add({ email: both, orgId: "collaborative", roles: ["author", "reviewer"] });
    cookies.set("nobody", await signIn(both, "203.0.113.90"));
    try {
      await save("nobody", (data) => {
        data.summary = `${String(data.summary)} Edited after approval.`;
      });
      expect((await opened()).data.status).toBe("in-review");
      let review = await reviewOf("nobody");
      expect(review).toMatchObject({ approved: false, ownWork: true });
      expect(review.stages.map((s) => s.state)).toEqual(["current", "waiting"]);
      const own = await decide("nobody", "clinical-review", "approved");
      expect(own).toMatchObject({
        status: 403,
        body: { error: expect.stringMatching(/someone other than/) },
      });
      // Asking for changes sends it back to its author as a draft.
      const changes = await decide("home-reviewer", "clinical-review", "changes-requested");
      expect(changes.status).toBe(200);
      expect((await opened()).data.status).toBe("draft");
      review = await reviewOf("home-reviewer");
      expect(review.stages[0]).toMatchObject({ state: "changes-requested" });
    } finally {
      cookies.delete("nobody");
    }
  });

  it("approves once when two approvers decide the last stage at the same moment (5 trials)", async () => {
    await (await team.people()).add({
      email: "second-approver@example.org",
      orgId: "collaborative",
      roles: ["approver"],
    });
    cookies.set("nobody", await signIn("second-approver@example.org", "203.0.113.91"));
    const approvals = async () =>
      (await readAudit(team.db.db, { campaignId: CAMPAIGN, limit: 5000 })).filter(
        (e) => e.action === "campaign-status-changed" && e.detail.status === "approved",
      ).length;
    try {
      for (let trial = 0; trial < 5; trial++) {
        // New content each trial (an approved campaign goes back to review when edited).
        await save("home-author", (data) => {
          data.summary = `${String(data.summary).replace(/ Trial \d+\.$/, "")} Trial ${trial}.`;
        });
        if ((await opened()).data.status === "draft") await submit();
        expect((await decide("home-reviewer", "clinical-review", "approved")).status).toBe(200);
        const before = await approvals();
        const { version, fingerprint } = await reviewOf("home-approver");
        const both = await Promise.all([
          decide("home-approver", "communications-approval", "approved", { version, fingerprint }),
          decide("nobody", "communications-approval", "approved", { version, fingerprint }),
        ]);
        // The second finds the stage approved by the first: that is what it asked, not a conflict.
        expect(
          both.map((d) => `${d.status} ${d.body.error ?? ""}`),
          `trial ${trial}`,
        ).toEqual(["200 ", "200 "]);
        // Both see the stage approved (the second may answer while the first is still writing the file).
        expect(both.map((d) => d.body.review?.stages[1]?.state)).toEqual(["approved", "approved"]);
        expect((await opened()).data.status).toBe("approved");
        expect(await approvals(), `trial ${trial}`).toBe(before + 1);
      }
    } finally {
      cookies.delete("nobody");
    }
  });

  it("keeps the review from partners, and comments in local mode need team mode", async () => {
    expect((await call("partner-admin", `/api/campaigns/${CAMPAIGN}/review`)).status).toBe(403);
    const local = createApp(testConfig(env.contentDir, env.chorusDir)).app;
    const answer = await local.request(`/api/campaigns/${CAMPAIGN}/review`, {
      headers: { host: "127.0.0.1" },
    });
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: string }).error).toMatch(/part of team mode/);
  });
});
