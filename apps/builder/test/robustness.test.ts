// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
import { mkdir, readdir, readFile, rename, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { signWebhook } from "@chorus/send/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/server/app.js";
import { tempContent, testConfig } from "./helpers.js";

let env: Awaited<ReturnType<typeof tempContent>>;
let built: ReturnType<typeof createApp>;

beforeEach(async () => {
  env = await tempContent();
  built = createApp(testConfig(env.contentDir, env.chorusDir));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await env.cleanup();
});

const call = (url: string, init?: RequestInit) => built.app.request(`http://127.0.0.1${url}`, init);
const put = (url: string, body: unknown) =>
  call(url, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const fileOf = (id: string) => path.join(env.contentDir, id, "campaign.yaml");

async function open(id: string) {
  const response = await call(`/api/campaigns/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { text: string; version: string; data: Record<string, any> };
}

describe("a save racing a hand edit of the same file", () => {
  it("keeps the hand edit in every trial: the save is refused (409) or the edit lands after it (40 trials)", async () => {
    const id = "help-seeking-without-fear";
    const outcomes = { saved: 0, refused: 0 };
    for (let trial = 0; trial < 40; trial++) {
      const opened = await open(id);
      const data = structuredClone(opened.data);
      data.title = `Saved by the builder ${trial}`;
      const edit = opened.text.replace(/^title: .*$/m, `title: Edited by hand ${trial}`);
      // An editor saving atomically (temp file, rename) at a moment that moves across the save's steps.
      const editor = (async () => {
        await new Promise((resolve) => setTimeout(resolve, trial % 10));
        await writeFile(`${fileOf(id)}.swp`, edit);
        await rename(`${fileOf(id)}.swp`, fileOf(id));
      })();
      const [response] = await Promise.all([
        put(`/api/campaigns/${id}`, { version: opened.version, data }),
        editor,
      ]);
      expect([200, 409]).toContain(response.status);
      if (response.status === 200) outcomes.saved++;
      else outcomes.refused++;
      expect(await readFile(fileOf(id), "utf8")).toBe(edit);
    }
    expect(outcomes.saved + outcomes.refused).toBe(40);
  }, 120_000);
});

describe("links out of the content folder", () => {
  it("neither lists, opens nor saves a campaign folder that is a link elsewhere", async () => {
    const outside = path.join(env.dir, "outside", "secret-campaign");
    await mkdir(outside, { recursive: true });
    const original = await readFile(fileOf("help-seeking-without-fear"), "utf8");
    const secret = original.replaceAll("help-seeking-without-fear", "linked-away");
    await writeFile(path.join(outside, "campaign.yaml"), secret);
    await symlink(outside, path.join(env.contentDir, "linked-away"));

    const list = (await (await call("/api/campaigns")).json()) as { campaigns: { id: string }[] };
    expect(list.campaigns.map((c) => c.id)).not.toContain("linked-away");
    const opened = await call("/api/campaigns/linked-away");
    expect(opened.status).toBe(422);
    expect(((await opened.json()) as { error: string }).error).toMatch(/is a link/);
    const saved = await put("/api/campaigns/linked-away", { version: "x", data: { id: "linked-away" } });
    expect(saved.status).toBe(422);
    expect(await readFile(path.join(outside, "campaign.yaml"), "utf8")).toBe(secret);
  });

  it("does not open a campaign file that is itself a link", async () => {
    const outside = path.join(env.dir, "elsewhere.yaml");
    await writeFile(outside, await readFile(fileOf("help-seeking-without-fear"), "utf8"));
    await mkdir(path.join(env.contentDir, "file-link"));
    await symlink(outside, path.join(env.contentDir, "file-link", "campaign.yaml"));
    const list = (await (await call("/api/campaigns")).json()) as { campaigns: { id: string }[] };
    expect(list.campaigns.map((c) => c.id)).not.toContain("file-link");
    expect((await call("/api/campaigns/file-link")).status).toBe(422);
  });

  it("does not serve a partner logo that is a link out of the content folder", async () => {
    const logos = path.join(env.contentDir, "_partners", "logos");
    const kit = await readFile(path.join(env.contentDir, "_partners", "example-health.yaml"), "utf8");
    const logo = /file: (\S+)/.exec(kit)![1]!;
    const target = path.resolve(path.join(env.contentDir, "_partners"), logo);
    await writeFile(path.join(env.dir, "private.svg"), "<svg>private</svg>");
    await rename(target, `${target}.bak`);
    await symlink(path.join(env.dir, "private.svg"), target);
    expect(path.dirname(target)).toBe(logos);
    const response = await call("/api/partners/example-health/logo");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("private");
  });
});

describe("huge and odd input", () => {
  it("answers other requests within a second while a 50 MB campaign file sits in the content folder, and says it is too large", async () => {
    await mkdir(path.join(env.contentDir, "huge"));
    const line = "# padding that makes this file far larger than any campaign could be\n";
    await writeFile(
      fileOf("huge"),
      `id: huge\ntitle: Huge\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`,
    );
    // Health checks every 10 ms while the list is built: none may wait behind the huge file.
    let listing = true;
    const latencies: number[] = [];
    const probe = (async () => {
      while (listing) {
        const started = performance.now();
        expect((await call("/api/health")).status).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const list = await call("/api/campaigns");
    listing = false;
    await probe;
    expect(list.status).toBe(200);
    const huge = ((await list.json()) as { campaigns: any[] }).campaigns.find((c) => c.id === "huge");
    expect(huge.status).toBe("invalid");
    expect(huge.problem).toMatch(/too large/);
    // Parsing the file held every request for seconds. The 200 ms goal is measured in pnpm bench, on a quiet
    // machine; here the bound is loose enough for a loaded CI and still far below a blocked server.
    expect(Math.max(...latencies)).toBeLessThan(1_000);
    const opened = await call("/api/campaigns/huge");
    expect(opened.status).toBe(413);
    expect(((await opened.json()) as { error: string }).error).toMatch(
      /campaigns\/huge\/campaign\.yaml is larger than a content file may be \(1 MiB\)/,
    );
  }, 60_000);

  it("refuses a state change from an Origin of null (a sandboxed frame or a file: page) with 403", async () => {
    const response = await call("/api/campaigns", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "null" },
      body: JSON.stringify({ id: "from-null", title: "From null", starter: "awareness-week" }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toBe(
      "requests from other sites are refused",
    );
  });

  it("answers a signed webhook whose data is null with 400, not a crash", async () => {
    const secret = `whsec_${Buffer.from("the builder's webhook secret, 32b").toString("base64")}`;
    const hooked = createApp(testConfig(env.contentDir, env.chorusDir, { resendWebhookSecret: secret }));
    const body = JSON.stringify({ type: "email.bounced", created_at: "2026-11-23T10:00:00Z", data: null });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await hooked.app.request("http://127.0.0.1/webhooks/resend", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "svix-id": "msg_null",
        "svix-timestamp": String(timestamp),
        "svix-signature": signWebhook(secret, "msg_null", timestamp, body),
      },
      body,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not a Resend event/);
  });

  it("says the disk is full when a save cannot be written (507), not a generic error", async () => {
    const opened = await open("help-seeking-without-fear");
    vi.spyOn(built.store, "save").mockRejectedValue(
      Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }),
    );
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await put("/api/campaigns/help-seeking-without-fear", {
      version: opened.version,
      data: opened.data,
    });
    expect(response.status).toBe(507);
    expect(((await response.json()) as { error: string }).error).toMatch(/disk is full/);
  });
});

describe("identical sends started at once", () => {
  const base = "/api/campaigns/burnout-is-a-system-problem";
  const query = "material=newsletter-clinicians&partner=example-health";
  const list = `email,firstName\n${Array.from({ length: 300 }, (_, i) => `person${i}@example.org,P${i}`).join("\n")}\n`;

  async function emailsInOutbox(): Promise<number> {
    const root = path.join(env.chorusDir, "outbox");
    let count = 0;
    for (const send of await readdir(root).catch(() => [] as string[]))
      count += (await readdir(path.join(root, send))).filter((f) => f.endsWith(".eml")).length;
    return count;
  }

  it("sends one of three identical sends (same list, email and partner) and refuses the others with its id", async () => {
    const responses = await Promise.all(
      [0, 1, 2].map(() =>
        call(`${base}/sends?${query}`, {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: list,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([202, 422, 422]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as any[];
    const sendId = bodies.find((b) => b.sendId)!.sendId as string;
    for (const refused of bodies.filter((b) => !b.sendId)) {
      expect(refused.error).toBe("nothing was sent");
      expect(refused.reasons.join(" ")).toContain(sendId);
    }
    const deadline = Date.now() + 60_000;
    while ((await (await call(`/api/sends/${sendId}`)).json()).state !== "complete") {
      if (Date.now() > deadline) throw new Error("the send did not finish");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await emailsInOutbox()).toBe(300);
  }, 90_000);
});
