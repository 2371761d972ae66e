// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
// Scheduled sends through the builder's routes and its scheduler, in local mode (team mode: team.test.ts).
import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { tempContent, testConfig } from "./helpers.js";

const CAMPAIGN = "crisis-and-peer-support";
const EMAIL = "newsletter-clinicians";
const LIST = "email,firstName\nana@example.org,Ana\nben@example.org,Ben\n";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function workspace() {
  const env = await tempContent();
  cleanups.push(env.cleanup);
  return env;
}

/** A builder on `env`'s folders, on the real clock (scheduled times are real times). */
function builder(env: Awaited<ReturnType<typeof tempContent>>) {
  const built = createApp(testConfig(env.contentDir, env.chorusDir, { now: () => new Date() }));
  cleanups.push(async () => built.close());
  const call = (url: string, init?: RequestInit) => built.app.request(`http://127.0.0.1${url}`, init);
  const json = async (url: string, init?: RequestInit) => (await call(url, init)).json() as Promise<any>;
  return { ...built, call, json };
}

const post = (body = LIST): RequestInit => ({
  method: "POST",
  headers: { "content-type": "text/csv" },
  body,
});
const scheduleUrl = (at: string, material = EMAIL) =>
  `/api/campaigns/${CAMPAIGN}/schedules?material=${material}&partner=example-health&at=${encodeURIComponent(at)}`;
const sendUrl = `/api/campaigns/${CAMPAIGN}/sends?material=${EMAIL}&partner=example-health`;

async function outboxFiles(chorusDir: string): Promise<string[]> {
  const root = path.join(chorusDir, "outbox");
  const files: string[] = [];
  for (const send of await readdir(root).catch(() => [] as string[]))
    for (const file of await readdir(path.join(root, send))) if (file.endsWith(".eml")) files.push(file);
  return files;
}

/** Wait (up to 30 s) until the send is listed complete. */
async function completed(b: ReturnType<typeof builder>, sendId: string): Promise<any> {
  for (let i = 0; i < 300; i++) {
    const listed = (await b.json("/api/sends")).sends.find((s: any) => s.sendId === sendId);
    if (listed?.state === "complete") return listed;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`send ${sendId} did not complete`);
}

describe("scheduling a send in the builder", () => {
  it("plans it now, lists it with its subject, partner and time, holds back the same email, and cancels it", async () => {
    const env = await workspace();
    const b = builder(env);
    const at = new Date(Date.now() + 60 * 60_000).toISOString().replace("Z", "+00:00");
    const made = await b.call(scheduleUrl(at), post());
    expect(made.status).toBe(201);
    const { sendId, recipients, dueAt } = (await made.json()) as any;
    expect(recipients).toBe(2);
    expect(Date.parse(dueAt)).toBe(Date.parse(at));

    const { schedules } = await b.json("/api/schedules");
    expect(schedules).toEqual([
      expect.objectContaining({
        sendId,
        campaignId: CAMPAIGN,
        subject: "Support for you, any hour of the day",
        partnerName: "Example Health System (sample partner)",
        recipients: 2,
        dueAt,
      }),
    ]);
    expect((await b.json("/api/sends")).sends).toEqual([]);

    const now = await b.call(sendUrl, post());
    expect(now.status).toBe(422);
    expect(((await now.json()) as any).reasons.join(" ")).toMatch(
      /already scheduled to go out from this partner at .* UTC \(send .*\)\. It goes then; to send now instead, cancel it on the Outbox page/,
    );
    const check = await b.json(
      `/api/campaigns/${CAMPAIGN}/recipients/check?material=${EMAIL}&partner=example-health`,
      post(),
    );
    expect(check.scheduled).toEqual({ sendId, dueAt });

    expect((await b.call(`/api/schedules/${sendId}/cancel`, { method: "POST" })).status).toBe(200);
    const again = await b.call(`/api/schedules/${sendId}/cancel`, { method: "POST" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as any).error).toBe("this scheduled send was already cancelled");
    expect((await b.call("/api/schedules/no-such-send/cancel", { method: "POST" })).status).toBe(404);
    expect((await b.json("/api/schedules")).schedules).toEqual([]);
    const sent = await b.call(sendUrl, post());
    expect(sent.status).toBe(202);
    // Finished before the folder is removed.
    await completed(b, ((await sent.json()) as any).sendId);
  });

  it("refuses a send time that is missing, has no time zone or has passed, naming the field", async () => {
    const env = await workspace();
    const b = builder(env);
    const answers: [string, RegExp][] = [
      [
        `/api/campaigns/${CAMPAIGN}/schedules?material=${EMAIL}&partner=example-health`,
        /^send time \(at\): no send time was given/,
      ],
      [
        scheduleUrl("2027-09-10T09:00"),
        /^send time \(at\): "2027-09-10T09:00" has no time zone: add Z for UTC/,
      ],
      [scheduleUrl("2026-01-01T09:00Z"), /^send time \(at\): "2026-01-01T09:00Z" is in the past/],
    ];
    for (const [url, words] of answers) {
      const response = await b.call(url, post());
      expect(response.status, url).toBe(422);
      expect(((await response.json()) as any).error, url).toMatch(words);
    }
    expect((await b.json("/api/schedules")).schedules).toEqual([]);
  });

  it("refuses what a send refuses, with the same reasons", async () => {
    const env = await workspace();
    const b = builder(env);
    const at = new Date(Date.now() + 60 * 60_000).toISOString();
    const response = await b.call(scheduleUrl(at), post("email\nana@example.org\nana@example\n"));
    expect(response.status).toBe(422);
    const body = (await response.json()) as any;
    expect(body.error).toBe("nothing was scheduled");
    expect(body.reasons[0]).toMatch(/1 row is invalid: fix the file, or tick “Skip the rows with problems/);
    expect(body.import.problems[0].message).toMatch(/is missing the part after the dot, such as \.org/);
  });
});

describe("the builder's scheduler", () => {
  it("starts a send at its time and runs it to the end, listed then as a send", async () => {
    const env = await workspace();
    const b = builder(env);
    await b.sends.startScheduler();
    const made = (await b.json(scheduleUrl(new Date(Date.now() + 1_500).toISOString()), post())) as any;
    const listed = await completed(b, made.sendId);
    expect(listed).toMatchObject({
      subject: "Support for you, any hour of the day",
      report: { sent: 2 },
      schedule: { state: "started" },
    });
    expect(await outboxFiles(env.chorusDir)).toHaveLength(2);
    expect((await b.json("/api/schedules")).schedules).toEqual([]);
  });

  it("picks up, after a restart, a send whose time came while the builder was stopped", async () => {
    const env = await workspace();
    const first = builder(env);
    const made = (await first.json(scheduleUrl(new Date(Date.now() + 500).toISOString()), post())) as any;
    await first.close();
    while (Date.now() <= Date.parse(made.dueAt)) await new Promise((resolve) => setTimeout(resolve, 50));

    const second = builder(env);
    await second.sends.startScheduler();
    const listed = await completed(second, made.sendId);
    expect(listed.schedule.outcome).toMatchObject({ outcome: "started" });
    expect(await outboxFiles(env.chorusDir)).toHaveLength(2);
  });

  it("starts a send once when two builders share the folder", async () => {
    const env = await workspace();
    const [a, b] = [builder(env), builder(env)];
    await Promise.all([a.sends.startScheduler(), b.sends.startScheduler()]);
    const made = (await a.json(scheduleUrl(new Date(Date.now() + 1_000).toISOString()), post())) as any;
    // b learns of it on its next pass; make that now rather than in 30 s.
    await b.sends.rescanSchedules();
    await completed(a, made.sendId);
    const files = await outboxFiles(env.chorusDir);
    expect(files.sort()).toEqual(["000000-000.eml", "000000-001.eml"]);
    expect((await a.json("/api/sends")).sends).toHaveLength(1);
  });
});
