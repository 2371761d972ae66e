import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getMigrations } from "better-auth/db/migration";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AUDIT_ACTIONS,
  appendAudit,
  createTeamAuth,
  GENESIS,
  openTeamDatabase,
  People,
  type PeopleError,
  type Person,
  Review,
  readAudit,
  SIGN_IN_REQUESTS_PER_WINDOW,
  type TeamDb,
  verifyAuditTrail,
} from "../src/index.js";
import { embedded, postgres, type TestDatabase } from "./databases.js";

const ORGS = new Set(["collaborative", "example-health", "other-health"]);
const ORIGIN = "http://localhost:4321";
const SECRET = "a-test-secret-that-is-long-enough-0123456789";

const databases: TestDatabase[] = [];
beforeAll(async () => {
  databases.push(embedded(), await postgres());
}, 60_000);
afterAll(async () => {
  for (const database of databases) await database.stop();
});

// Both databases run every test: the embedded one is what `pnpm start` uses, PostgreSQL what a team hosts.
describe.each(["embedded", "postgres"] as const)("on the %s database", (name) => {
  let team: TeamDb;
  let people: People;
  const database = () => databases.find((d) => d.name === name)!;
  beforeEach(async () => {
    team = await database().open();
    people = new People(team.db, () => ORGS);
  });
  afterEach(async () => {
    await team.close();
  });

  it("keeps answering when the server ends its idle connections (a restart, an administrator)", async () => {
    if (name === "embedded") return; // no server, no connections to end
    // Two connections in the pool: one ends the other, which sits idle.
    await Promise.all([
      sql`select pg_sleep(0.05)`.execute(team.db),
      sql`select pg_sleep(0.05)`.execute(team.db),
    ]);
    const ended = await sql<{ ended: boolean }>`
      select pg_terminate_backend(pid) as ended from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'`.execute(team.db);
    expect(ended.rows.some((row) => row.ended)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await sql<{ one: number }>`select 1 as one`.execute(team.db);
    expect(again.rows).toEqual([{ one: 1 }]);
  });

  describe("migrations", () => {
    it("migrate once when two processes open a new database at the same time", async () => {
      if (name === "embedded") return; // an embedded database belongs to one process by design
      const location = await database().emptyLocation();
      const both = await Promise.all([openTeamDatabase(location), openTeamDatabase(location)]);
      const ran = await both[0].db.selectFrom("kysely_migration").select("name").execute();
      expect(ran.map((r) => r.name)).toEqual(["001-people-and-audit", "002-review"]);
      for (const t of both) await t.close();
    });

    it("create every table better-auth needs: it finds nothing to create or add", async () => {
      const auth = { database: { db: team.db, type: "postgres" as const }, plugins: [] };
      const plan = await getMigrations({ ...auth, rateLimit: { storage: "database", enabled: true } });
      expect(plan.toBeCreated.map((t) => t.table)).toEqual([]);
      expect(plan.toBeAdded.map((t) => [t.table, Object.keys(t.fields)])).toEqual([]);
    });

    it("run once: opening the same database again migrates nothing and keeps its data", async () => {
      // The embedded database in a folder, as the builder keeps it in .chorus/team-db/, closed and reopened.
      const dir = await mkdtemp(path.join(tmpdir(), "chorus-team-db-"));
      const location = name === "embedded" ? { embedded: dir } : database().location();
      try {
        const first = await openTeamDatabase(location);
        await appendAudit(first.db, { action: "campaign-saved" });
        // An embedded database serves one process: a second opening waits for the first to close.
        if (name === "embedded")
          await expect(openTeamDatabase(location)).rejects.toThrow(/is open in another process \(pid \d+\)/);
        await first.close();
        const again = await openTeamDatabase(location);
        const ran = await again.db.selectFrom("kysely_migration").select("name").execute();
        expect(ran.map((r) => r.name)).toEqual(["001-people-and-audit", "002-review"]);
        expect(await verifyAuditTrail(again.db)).toMatchObject({ ok: true, events: 1 });
        await again.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe("people", () => {
    it("never lets two admins remove each other's last admin role at once (10 trials)", async () => {
      for (let trial = 0; trial < 10; trial++) {
        const org = trial % 2 ? "example-health" : "other-health";
        const a = await people.add({ email: `a${trial}@example.org`, orgId: org, roles: ["admin"] });
        const b = await people.add({ email: `b${trial}@example.org`, orgId: org, roles: ["admin"] });
        const outcomes = await Promise.allSettled([
          people.setRoles(a.id, ["author"], b),
          people.setRoles(b.id, ["author"], a),
        ]);
        expect(outcomes.map((o) => o.status).sort(), `trial ${trial}`).toEqual(["fulfilled", "rejected"]);
        const admins = (await people.list(org)).filter((p) => p.roles.includes("admin"));
        expect(admins, `trial ${trial}`).toHaveLength(1);
        for (const person of await people.list(org))
          await team.db.deleteFrom("user").where("id", "=", person.id).execute();
      }
    });

    it("adds a person to one organization with roles, and adds roles later", async () => {
      const ana = await people.add({ email: " Ana@Example.org ", orgId: "collaborative", roles: ["author"] });
      expect(ana).toMatchObject({
        email: "ana@example.org",
        name: "ana",
        orgId: "collaborative",
        roles: ["author"],
      });
      const again = await people.add({
        email: "ana@example.org",
        orgId: "collaborative",
        roles: ["reviewer", "author"],
      });
      expect(again.roles).toEqual(["author", "reviewer"]);
      expect((await people.list("collaborative")).map((p) => p.email)).toEqual(["ana@example.org"]);
    });

    it("refuses a second organization, an unknown one, no roles, and an unknown role", async () => {
      await people.add({ email: "ben@example.org", orgId: "example-health", roles: ["sender"] });
      const refusal = (promise: Promise<unknown>) =>
        promise.then(
          () => "added",
          (e: PeopleError) => e.code,
        );
      expect(
        await refusal(people.add({ email: "ben@example.org", orgId: "other-health", roles: ["sender"] })),
      ).toBe("other-org");
      expect(
        await refusal(people.add({ email: "cy@example.org", orgId: "nowhere", roles: ["sender"] })),
      ).toBe("unknown-org");
      expect(await refusal(people.add({ email: "cy@example.org", orgId: "other-health", roles: [] }))).toBe(
        "no-roles",
      );
      expect(
        await refusal(people.add({ email: "cy@example.org", orgId: "other-health", roles: ["owner"] })),
      ).toBe("unknown-role");
      expect(
        await refusal(people.add({ email: "not an address", orgId: "other-health", roles: ["sender"] })),
      ).toBe("invalid-email");
      expect(await people.byEmail("cy@example.org")).toBeUndefined();
    });

    it("keeps at least one admin in an organization", async () => {
      const admin = await people.add({
        email: "admin@example.org",
        orgId: "collaborative",
        roles: ["admin"],
      });
      await expect(people.setRoles(admin.id, ["author"], admin)).rejects.toMatchObject({
        code: "last-admin",
      });
      await expect(people.remove(admin.id, admin)).rejects.toMatchObject({ code: "last-admin" });
      const second = await people.add({
        email: "two@example.org",
        orgId: "collaborative",
        roles: ["admin"],
        by: admin,
      });
      await people.setRoles(admin.id, ["author"], second);
      expect((await people.byId(admin.id))?.roles).toEqual(["author"]);
    });

    it("records who added, changed and removed whom", async () => {
      const admin = await people.add({
        email: "admin@example.org",
        orgId: "collaborative",
        roles: ["admin"],
      });
      const ben = await people.add({
        email: "ben@example.org",
        orgId: "collaborative",
        roles: ["author"],
        by: admin,
      });
      await people.setRoles(ben.id, ["reviewer"], admin);
      await people.remove(ben.id, admin);
      const events = await readAudit(team.db);
      expect(events.map((e) => [e.action, e.actorEmail, e.detail.email])).toEqual([
        ["person-added", null, "admin@example.org"],
        ["person-added", "admin@example.org", "ben@example.org"],
        ["roles-changed", "admin@example.org", "ben@example.org"],
        ["person-removed", "admin@example.org", "ben@example.org"],
      ]);
      expect(events[2]!.detail).toMatchObject({ from: ["author"], to: ["reviewer"] });
    });
  });

  describe("the audit trail", () => {
    it("chains every event to the one before, from the genesis hash", async () => {
      const first = await appendAudit(team.db, {
        action: "campaign-saved",
        campaignId: "c",
        detail: { b: 1, a: { y: [1, 2], x: null } },
      });
      const second = await appendAudit(team.db, {
        action: "kit-exported",
        orgId: "example-health",
        contentHash: "abc",
      });
      expect(first).toMatchObject({ seq: 1, prevHash: GENESIS });
      expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
      // Read back from the database (jsonb reorders keys), the hashes still verify.
      expect(await readAudit(team.db)).toEqual([first, second]);
      expect(await verifyAuditTrail(team.db)).toEqual({ ok: true, events: 2, lastHash: second.hash });
    });

    it("keeps one unbroken chain when 40 events are appended at once", async () => {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          appendAudit(team.db, { action: AUDIT_ACTIONS[i % AUDIT_ACTIONS.length]!, detail: { i } }),
        ),
      );
      const events = await readAudit(team.db);
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await verifyAuditTrail(team.db)).toMatchObject({ ok: true, events: 40 });
    });

    it("refuses updates and deletes, and a change made around that shows where the chain breaks", async () => {
      for (const i of [1, 2, 3]) await appendAudit(team.db, { action: "campaign-saved", detail: { i } });
      await expect(
        sql`update audit_event set action = 'sign-in' where seq = 2`.execute(team.db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_event where seq = 3`.execute(team.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`truncate audit_event`.execute(team.db)).rejects.toThrow(/append-only/);
      // Someone with the database owner's rights switches the guard off and edits an event.
      await sql`alter table audit_event disable trigger audit_event_no_change`.execute(team.db);
      await sql`update audit_event set detail = '{"i": 20}' where seq = 2`.execute(team.db);
      expect(await verifyAuditTrail(team.db)).toMatchObject({
        ok: false,
        brokenAt: 2,
        reason: "its content does not match its hash",
      });
      await sql`delete from audit_event where seq = 2`.execute(team.db);
      expect(await verifyAuditTrail(team.db)).toMatchObject({
        ok: false,
        brokenAt: 2,
        reason: "event 2 is missing",
      });
    });

    it("reads one campaign's or one organization's events", async () => {
      await appendAudit(team.db, { action: "campaign-saved", campaignId: "a", orgId: "collaborative" });
      await appendAudit(team.db, { action: "kit-exported", campaignId: "b", orgId: "example-health" });
      await appendAudit(team.db, { action: "send-started", campaignId: "a", orgId: "example-health" });
      expect((await readAudit(team.db, { campaignId: "a" })).map((e) => e.seq)).toEqual([1, 3]);
      expect((await readAudit(team.db, { orgId: "example-health" })).map((e) => e.seq)).toEqual([2, 3]);
      expect((await readAudit(team.db, { afterSeq: 1, limit: 1 })).map((e) => e.seq)).toEqual([2]);
    });
  });

  describe("review", () => {
    let author: Person;
    let reviewer: Person;
    let review: Review;
    beforeEach(async () => {
      author = await people.add({ email: "author@example.org", orgId: "collaborative", roles: ["author"] });
      reviewer = await people.add({
        email: "rev@example.org",
        name: "Rae Viewer",
        orgId: "collaborative",
        roles: ["reviewer"],
      });
      review = new Review(team.db);
    });

    it("keeps threads on a field, answered and resolved, and records each step in the trail", async () => {
      const thread = await review.comment({
        campaignId: "c",
        path: "materials[0].subject",
        body: "Too alarming?",
        by: reviewer,
      });
      await review.comment({
        campaignId: "c",
        path: "ignored for a reply",
        body: "Softened it.",
        by: author,
        threadId: thread,
      });
      await review.resolve("c", thread, reviewer);
      const [only] = await review.threads("c");
      expect(only).toMatchObject({
        id: thread,
        path: "materials[0].subject",
        resolved: { by: "rev@example.org" },
        comments: [
          { body: "Too alarming?", author: { email: "rev@example.org", name: "Rae Viewer" } },
          { body: "Softened it.", author: { email: "author@example.org" } },
        ],
      });
      // A reply reopens a resolved thread.
      await review.comment({
        campaignId: "c",
        path: "",
        body: "One more thing",
        by: reviewer,
        threadId: thread,
      });
      expect((await review.threads("c"))[0]!.resolved).toBeNull();
      const actions = (await readAudit(team.db, { campaignId: "c" })).map((e) => e.action);
      expect(actions).toEqual(["comment-added", "comment-added", "comment-resolved", "comment-added"]);
      await expect(
        review.comment({ campaignId: "c", path: "x", body: "  ", by: reviewer }),
      ).rejects.toMatchObject({ code: "empty-comment" });
      await expect(review.resolve("other", thread, reviewer)).rejects.toMatchObject({
        code: "unknown-comment",
      });
    });

    it("refuses an approval while a comment is open or by the person whose edit it is, and forgets it after an edit", async () => {
      const thread = await review.comment({
        campaignId: "c",
        path: "",
        body: "Check the figure",
        by: reviewer,
      });
      const approve = (by: Person, fingerprint = "v1") =>
        review.decide({
          campaignId: "c",
          stageId: "clinical",
          decision: "approved",
          fingerprint,
          by,
          lastEditor: author.id,
        });
      await expect(approve(reviewer)).rejects.toMatchObject({ code: "open-comments" });
      await review.resolve("c", thread, author);
      await expect(approve(author)).rejects.toMatchObject({ code: "own-work" });
      await approve(reviewer);
      expect((await review.decisions("c", "v1")).get("clinical")).toMatchObject({
        decision: "approved",
        by: { email: "rev@example.org" },
      });
      // The content changed: its fingerprint too, and nothing is decided on it yet.
      expect((await review.decisions("c", "v2")).size).toBe(0);
      await review.decide({
        campaignId: "c",
        stageId: "clinical",
        decision: "changes-requested",
        fingerprint: "v1",
        by: reviewer,
        note: "wait",
      });
      expect((await review.decisions("c", "v1")).get("clinical")?.decision).toBe("changes-requested");
      expect(
        (await readAudit(team.db, { campaignId: "c" })).filter((e) => e.action === "stage-decided"),
      ).toHaveLength(2);
    });

    it("lets a comment and an approval take turns: the approval comes first or is refused by it (10 trials)", async () => {
      for (let trial = 0; trial < 10; trial++) {
        const campaignId = `race-${trial}`;
        const approve = () =>
          review.decide({ campaignId, stageId: "s", decision: "approved", fingerprint: "v", by: reviewer });
        const [commented, decided] = await Promise.allSettled([
          review.comment({ campaignId, path: "", body: "Hold on", by: reviewer }),
          approve(),
        ]);
        expect(commented.status, `trial ${trial}`).toBe("fulfilled");
        if (decided.status === "rejected")
          expect((decided.reason as { code: string }).code).toBe("open-comments");
        // Whatever the order, the comment is open now and the next approval sees it.
        await expect(approve()).rejects.toMatchObject({ code: "open-comments" });
      }
    });
  });

  describe("who made a version of the content", () => {
    it("is the person whose recorded save last produced its fingerprint, and nobody for a hand edit", async () => {
      const ana = await people.add({ email: "ana@example.org", orgId: "collaborative", roles: ["author"] });
      const ben = await people.add({ email: "ben@example.org", orgId: "collaborative", roles: ["author"] });
      const save = (by: Person, fingerprint: string, campaignId = "c") =>
        appendAudit(team.db, {
          action: "campaign-saved",
          actor: by,
          orgId: by.orgId,
          campaignId,
          detail: { fingerprint },
        });
      await save(ana, "f1");
      await save(ben, "f2");
      await save(ben, "f1", "other");
      const review = new Review(team.db);
      expect(await review.editorOf("c", "f1")).toBe(ana.id);
      expect(await review.editorOf("c", "f2")).toBe(ben.id);
      // Ben puts the first wording back: that version is now his edit.
      await save(ben, "f1");
      expect(await review.editorOf("c", "f1")).toBe(ben.id);
      expect(await review.editorOf("c", "hand-edited")).toBeNull();
    });

    it("starts a review round at the latest submission: decisions made before it no longer count", async () => {
      const rae = await people.add({ email: "rae@example.org", orgId: "collaborative", roles: ["reviewer"] });
      const review = new Review(team.db);
      const submit = (at: string) =>
        appendAudit(team.db, {
          action: "campaign-status-changed",
          actor: rae,
          campaignId: "c",
          detail: { status: "in-review" },
          at: new Date(at),
        });
      expect(await review.submittedAt("c")).toBeNull();
      await submit("2026-12-01T09:00:00Z");
      await review.decide({ campaignId: "c", stageId: "s", decision: "approved", fingerprint: "f", by: rae });
      const first = await review.submittedAt("c");
      expect(first?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
      expect((await review.decisions("c", "f", first)).size).toBe(1);
      // Taken back to draft and submitted again: the earlier approval is not this round's.
      await submit(new Date(Date.now() + 60_000).toISOString());
      expect((await review.decisions("c", "f", await review.submittedAt("c"))).size).toBe(0);
      expect((await review.decisions("c", "f")).size).toBe(1);
    });
  });

  describe("sign-in by emailed link", () => {
    let links: { email: string; url: string }[];
    let ana: Person;
    const auth = (baseURL = ORIGIN) =>
      createTeamAuth({
        team,
        baseURL,
        secret: SECRET,
        sendSignInLink: async (link) => void links.push(link),
      });
    const ask = (a: ReturnType<typeof auth>, email: string, origin = ORIGIN) =>
      a.handler(
        new Request(`${ORIGIN}/api/auth/sign-in/magic-link`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, "x-chorus-client-ip": "203.0.113.7" },
          body: JSON.stringify({ email, callbackURL: "/" }),
        }),
      );
    const follow = (a: ReturnType<typeof auth>, url: string) => a.handler(new Request(url));
    const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;

    beforeEach(async () => {
      links = [];
      ana = await people.add({ email: "ana@example.org", orgId: "example-health", roles: ["sender"] });
    });

    it("sends a link to a person the team knows; following it once signs them in", async () => {
      const a = auth();
      expect((await ask(a, "ana@example.org")).status).toBe(200);
      expect(links).toHaveLength(1);
      expect(links[0]!.url).toMatch(new RegExp(`^${ORIGIN}/api/auth/magic-link/verify\\?token=`));
      const signedIn = await follow(a, links[0]!.url);
      expect(signedIn.status).toBe(302);
      const setCookie = signedIn.headers.get("set-cookie") ?? "";
      expect(setCookie).toMatch(/^chorus\.session_token=/);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      const session = await a.session(new Headers({ cookie: cookieOf(signedIn) }));
      expect(session?.userId).toBe(ana.id);
      // The link works once.
      const again = await follow(a, links[0]!.url);
      expect(again.headers.get("location")).toMatch(/error=/);
      expect(again.headers.get("set-cookie") ?? "").not.toMatch(/session_token=[^;]/);
      const actions = (await readAudit(team.db)).map((e) => [e.action, e.actorEmail]);
      expect(actions).toContainEqual(["sign-in-link-sent", "ana@example.org"]);
      expect(actions).toContainEqual(["sign-in", "ana@example.org"]);
    });

    it("answers an unknown address the same way and sends it nothing", async () => {
      const response = await ask(auth(), "stranger@example.org");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: true });
      expect(links).toEqual([]);
      expect(await people.byEmail("stranger@example.org")).toBeUndefined();
    });

    it("refuses a request from another site", async () => {
      expect((await ask(auth(), "ana@example.org", "https://evil.example")).status).toBe(403);
      expect(links).toEqual([]);
    });

    it(`sends at most ${SIGN_IN_REQUESTS_PER_WINDOW} links to one address in ten minutes`, async () => {
      const a = auth();
      for (let i = 0; i < SIGN_IN_REQUESTS_PER_WINDOW + 3; i++) await ask(a, "ana@example.org");
      expect(links).toHaveLength(SIGN_IN_REQUESTS_PER_WINDOW);
    });

    it("ignores a session cookie planted before sign-in (no session fixation)", async () => {
      const a = auth();
      const planted = "chorus.session_token=attacker-chosen-value";
      await ask(a, "ana@example.org");
      const signedIn = await a.handler(new Request(links[0]!.url, { headers: { cookie: planted } }));
      expect(cookieOf(signedIn)).not.toBe(planted);
      expect(await a.session(new Headers({ cookie: planted }))).toBeNull();
      expect(await a.session(new Headers({ cookie: cookieOf(signedIn) }))).not.toBeNull();
    });

    it("refuses an expired link", async () => {
      const a = auth();
      await ask(a, "ana@example.org");
      await team.db
        .updateTable("verification")
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .execute();
      const response = await follow(a, links[0]!.url);
      expect(response.headers.get("location")).toMatch(/error=/);
      expect(response.headers.get("set-cookie") ?? "").not.toMatch(/session_token=[^;]/);
    });

    it("ends sessions on sign-out, on revocation and when the person is removed", async () => {
      const a = auth();
      const signIn = async () => {
        links = [];
        await ask(a, "ana@example.org");
        return cookieOf(await follow(a, links[0]!.url));
      };
      const first = await signIn();
      const out = await a.handler(
        new Request(`${ORIGIN}/api/auth/sign-out`, {
          method: "POST",
          headers: { cookie: first, origin: ORIGIN },
        }),
      );
      expect(out.status).toBe(200);
      expect(await a.session(new Headers({ cookie: first }))).toBeNull();
      const second = await signIn();
      await a.revokeSessions(ana.id);
      expect(await a.session(new Headers({ cookie: second }))).toBeNull();
      const third = await signIn();
      const admin = await people.add({
        email: "admin@example.org",
        orgId: "example-health",
        roles: ["admin"],
      });
      await people.remove(ana.id, admin);
      expect(await a.session(new Headers({ cookie: third }))).toBeNull();
      expect((await readAudit(team.db)).map((e) => e.action)).toContain("sign-out");
    });

    it("marks the cookie Secure when the builder is served over https", async () => {
      const a = auth("https://chorus.example.org");
      await a.handler(
        new Request("https://chorus.example.org/api/auth/sign-in/magic-link", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "https://chorus.example.org" },
          body: JSON.stringify({ email: "ana@example.org", callbackURL: "/" }),
        }),
      );
      const signedIn = await a.handler(new Request(links[0]!.url));
      expect(signedIn.headers.get("set-cookie")).toMatch(/^__Secure-chorus\.session_token=.*; Secure/);
    });

    it("refuses a short secret", () => {
      expect(() =>
        createTeamAuth({ team, baseURL: ORIGIN, secret: "short", sendSignInLink: async () => {} }),
      ).toThrow(/at least 32 characters/);
    });
  });
});
