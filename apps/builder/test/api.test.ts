// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import { signWebhook } from "@chorus/send/testing";
import { serve } from "@hono/node-server";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { createApp } from "../src/server/app.js";
import { ConfigError, configFromEnv } from "../src/server/config.js";
import { STARTERS } from "../src/shared/starters.js";
import {
  expectAnsweredThroughout,
  HEALTH_PROBE,
  type HealthProbeReport,
  tempContent,
  testConfig,
  writeCampaignKeeping,
  writeCampaignWithManyEmails,
} from "./helpers.js";

let env: Awaited<ReturnType<typeof tempContent>>;
let app: ReturnType<typeof createApp>["app"];

beforeEach(async () => {
  env = await tempContent();
  app = createApp(testConfig(env.contentDir, env.chorusDir)).app;
});
afterEach(async () => {
  await env.cleanup();
});

const call = (url: string, init?: RequestInit) => app.request(`http://127.0.0.1${url}`, init);
const send = (url: string, method: string, body: unknown) =>
  call(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function open(id: string) {
  const response = await call(`/api/campaigns/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    text: string;
    version: string;
    data: Record<string, any>;
    diagnostics: any[];
  };
}

const fileOf = (id: string) => path.join(env.contentDir, id, "campaign.yaml");

describe("campaign list", () => {
  it("lists every seed campaign with status, goal, audiences, locales, last edit and lint counts", async () => {
    const response = await call("/api/campaigns");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { campaigns: any[] };
    expect(body.campaigns.map((c) => c.id)).toEqual([
      "burnout-is-a-system-problem",
      "crisis-and-peer-support",
      "help-seeking-without-fear",
      "what-leaders-can-do-this-quarter",
    ]);
    for (const summary of body.campaigns) {
      const seed = parse(await readFile(fileOf(summary.id), "utf8"));
      expect(summary).toMatchObject({
        file: `campaigns/${summary.id}/campaign.yaml`,
        title: seed.title,
        status: seed.status,
        goal: seed.goal,
        audiences: seed.audiences,
        locales: seed.locales,
        // The seed campaigns are error-free; warnings are counted, whatever their number.
        errors: 0,
        warnings: expect.any(Number),
      });
      expect(new Date(summary.updatedAt).getTime(), summary.id).toBe(
        (await stat(fileOf(summary.id))).mtime.getTime(),
      );
    }
  });

  it("still loads when a campaign file holds invalid YAML, and shows where the error is", async () => {
    await writeFile(fileOf("help-seeking-without-fear"), "id: help-seeking-without-fear\ntitle: [unclosed\n");
    const body = (await (await call("/api/campaigns")).json()) as { campaigns: any[] };
    expect(body.campaigns).toHaveLength(4);
    const broken = body.campaigns.find((c) => c.id === "help-seeking-without-fear");
    expect(broken.status).toBe("invalid");
    expect(broken.errors).toBe(1);
    expect(broken.problem).toMatch(
      /^campaigns\/help-seeking-without-fear\/campaign\.yaml:3:1 invalid YAML: /,
    );
    expect(body.campaigns.find((c) => c.id === "burnout-is-a-system-problem").status).toBe("approved");
  });
});

describe("opening and saving", () => {
  it("opens a campaign with its text, version, data and findings", async () => {
    const opened = await open("help-seeking-without-fear");
    expect(opened.text).toContain("# yaml-language-server");
    expect(opened.version).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.text).toBe(await readFile(fileOf("help-seeking-without-fear"), "utf8"));
    expect(opened.data).toEqual(parse(opened.text));
    // Its findings are the ones the campaign list counts.
    const listed = ((await (await call("/api/campaigns")).json()) as { campaigns: any[] }).campaigns.find(
      (c) => c.id === "help-seeking-without-fear",
    );
    const count = (severity: string) => opened.diagnostics.filter((d) => d.severity === severity).length;
    expect({ errors: count("error"), warnings: count("warning") }).toEqual({
      errors: listed.errors,
      warnings: listed.warnings,
    });
  });

  it("saves a changed field, keeping comments and key order", async () => {
    const opened = await open("what-leaders-can-do-this-quarter");
    const data = structuredClone(opened.data);
    data.materials[0].subject = "A new subject line for this month";
    const response = await send("/api/campaigns/what-leaders-can-do-this-quarter", "PUT", {
      version: opened.version,
      data,
    });
    expect(response.status).toBe(200);
    const saved = await readFile(fileOf("what-leaders-can-do-this-quarter"), "utf8");
    expect(saved).toContain("subject: A new subject line for this month");
    // Every comment line of the original is still there.
    const comments = opened.text.split("\n").filter((line) => line.trim().startsWith("#"));
    expect(comments.length).toBeGreaterThanOrEqual(1);
    for (const comment of comments) expect(saved).toContain(comment.trim());
    const keys = (text: string) =>
      text
        .split("\n")
        .filter((l) => /^[a-zA-Z]+:/.test(l))
        .map((l) => l.split(":")[0]);
    expect(keys(saved)).toEqual(keys(opened.text));
    const body = (await response.json()) as { version: string };
    expect(body.version).not.toBe(opened.version);
  });

  it("refuses a save carrying a stale version (two tabs) with 409, never overwriting", async () => {
    const first = await open("help-seeking-without-fear");
    const a = structuredClone(first.data);
    a.title = "Saved in tab A";
    expect(
      (await send("/api/campaigns/help-seeking-without-fear", "PUT", { version: first.version, data: a }))
        .status,
    ).toBe(200);
    const b = structuredClone(first.data);
    b.title = "Saved in tab B";
    const response = await send("/api/campaigns/help-seeking-without-fear", "PUT", {
      version: first.version,
      data: b,
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/changed somewhere else/);
    expect(await readFile(fileOf("help-seeking-without-fear"), "utf8")).toContain("title: Saved in tab A");
  });

  it("refuses to save over a file changed on disk while it was open", async () => {
    const opened = await open("help-seeking-without-fear");
    const edited = opened.text.replace("title: Help-seeking without fear", "title: Edited in a text editor");
    await writeFile(fileOf("help-seeking-without-fear"), edited);
    const data = structuredClone(opened.data);
    data.summary = "Changed in the builder";
    const response = await send("/api/campaigns/help-seeking-without-fear", "PUT", {
      version: opened.version,
      data,
    });
    expect(response.status).toBe(409);
    expect(await readFile(fileOf("help-seeking-without-fear"), "utf8")).toBe(edited);
  });

  it("refuses content that fails validation with 422 and the diagnostics, leaving the file as it was", async () => {
    const opened = await open("help-seeking-without-fear");
    const data = structuredClone(opened.data);
    data.materials[0].blocks.push({ type: "stat", fact: "no-such-fact" });
    data.callsToAction[0].url = "http://not-https.example.org";
    const response = await send("/api/campaigns/help-seeking-without-fear", "PUT", {
      version: opened.version,
      data,
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { diagnostics: any[] };
    // The schema error, at its field and line; the unknown fact is only looked up once the schema passes.
    expect(body.diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "callsToAction[0].url",
        message: expect.stringMatching(/https/),
        line: expect.any(Number),
      }),
    ]);
    const lines = opened.text.split("\n");
    const callsToAction = lines.findIndex((line) => line.startsWith("callsToAction:"));
    const urlLine = lines.findIndex((line, index) => index > callsToAction && /^\s+url: /.test(line)) + 1;
    expect(body.diagnostics[0].line).toBe(urlLine);
    expect(await readFile(fileOf("help-seeking-without-fear"), "utf8")).toBe(opened.text);
  });

  it("refuses a body that is not JSON, and an oversized body", async () => {
    const bad = await call("/api/campaigns/help-seeking-without-fear", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    const huge = await call("/api/campaigns/help-seeking-without-fear", {
      method: "PUT",
      headers: { "content-type": "application/json", "content-length": String(3 * 1024 * 1024) },
      body: "x".repeat(3 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });

  it("writes atomically: no temp files are left in the campaign folder", async () => {
    const opened = await open("help-seeking-without-fear");
    const data = structuredClone(opened.data);
    data.title = "Atomic";
    await send("/api/campaigns/help-seeking-without-fear", "PUT", { version: opened.version, data });
    expect(await readdir(path.dirname(fileOf("help-seeking-without-fear")))).toEqual(["campaign.yaml"]);
  });
});

describe("ids and paths", () => {
  const attempts = [
    "/api/campaigns/..%2f..%2fpackage.json",
    "/api/campaigns/..%2F_library",
    "/api/campaigns/%2e%2e",
    "/api/campaigns/%2Fetc%2Fpasswd",
    "/api/campaigns/..%5c..%5cwindows",
    "/api/campaigns/Help-Seeking",
  ];
  for (const url of attempts) {
    it(`refuses ${url} without reading outside the content root`, async () => {
      const response = await call(url);
      expect([400, 404]).toContain(response.status);
      const text = await response.text();
      expect(text).not.toMatch(/root:|"name": "chorus"|facts:/);
    });
  }

  it("refuses traversal in partner, material and static paths", async () => {
    expect((await call("/api/partners/..%2f..%2fetc/logo")).status).toBe(400);
    expect(
      (await call("/api/campaigns/help-seeking-without-fear/emails/..%2fx/html?partner=collaborative"))
        .status,
    ).toBe(400);
    expect(
      (
        await call(
          "/api/campaigns/help-seeking-without-fear/emails/call-to-action-clinicians/html?partner=..%2f..",
        )
      ).status,
    ).toBe(400);
    expect((await call("/api/outbox/..%2f..%2fetc/passwd")).status).toBe(400);
  });

  it("refuses to create a campaign with an unsafe id", async () => {
    const response = await send("/api/campaigns", "POST", {
      id: "../escape",
      title: "Escape",
      starter: "newsletter",
    });
    expect(response.status).toBe(422);
  });
});

describe("creating from a starter", () => {
  for (const starter of STARTERS) {
    it(`creates a "${starter.label}" campaign that is valid and passes the language checks at once`, async () => {
      const id = `new-${starter.id}`;
      const response = await send("/api/campaigns", "POST", {
        id,
        title: `New ${starter.label}`,
        starter: starter.id,
      });
      expect(response.status).toBe(201);
      const opened = await open(id);
      expect(opened.data.status).toBe("draft");
      expect(opened.diagnostics).toEqual([]);
      expect(opened.text.startsWith("# yaml-language-server: $schema=")).toBe(true);
    });
  }

  it("refuses to create over an existing campaign (409)", async () => {
    const response = await send("/api/campaigns", "POST", {
      id: "help-seeking-without-fear",
      title: "Again",
      starter: "event",
    });
    expect(response.status).toBe(409);
  });
});

describe("review and approval", () => {
  async function create(id = "fresh") {
    await send("/api/campaigns", "POST", { id, title: "Fresh campaign", starter: "newsletter" });
    return open(id);
  }

  it("moves draft → in review → approved and records who and when in the file", async () => {
    let opened = await create();
    let response = await send("/api/campaigns/fresh/status", "POST", {
      version: opened.version,
      status: "in-review",
    });
    expect(response.status).toBe(200);
    opened = await open("fresh");
    response = await send("/api/campaigns/fresh/status", "POST", {
      version: opened.version,
      status: "approved",
      by: "Dana Reviewer",
    });
    expect(response.status).toBe(200);
    const text = await readFile(fileOf("fresh"), "utf8");
    expect(text).toMatch(/status: approved/);
    expect(text).toMatch(
      /approval:\n {2}by: Dana Reviewer\n {2}at: "?2026-11-23T10:00:00Z"?\n {2}fingerprint: [0-9a-f]{16}\n/,
    );
    // The approval records what was approved: the file is valid, and editing it by hand afterwards is caught.
    const approved = await open("fresh");
    expect(approved.diagnostics?.filter((d: any) => d.severity === "error") ?? []).toEqual([]);
    await writeFile(fileOf("fresh"), text.replace(/^title: .*$/m, "title: Edited by hand after approval"));
    const edited = await call("/api/campaigns/fresh/kit?partner=collaborative");
    expect(edited.status).toBe(422);
    expect(await edited.text()).toMatch(/changed after it was approved/);
  });

  it("refuses approval while errors remain, naming them", async () => {
    let opened = await create();
    const data = structuredClone(opened.data);
    data.materials[0].blocks[1].text = "Last year a colleague committed suicide after a hard month.";
    expect((await send("/api/campaigns/fresh", "PUT", { version: opened.version, data })).status).toBe(200);
    opened = await open("fresh");
    expect(
      opened.diagnostics.some((d) => d.severity === "error" && d.code.includes("committed-suicide")),
    ).toBe(true);
    await send("/api/campaigns/fresh/status", "POST", { version: opened.version, status: "in-review" });
    opened = await open("fresh");
    const response = await send("/api/campaigns/fresh/status", "POST", {
      version: opened.version,
      status: "approved",
      by: "Dana",
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; diagnostics: any[] };
    expect(body.error).toMatch(/cannot approve/);
    // Both errors the sentence causes are named, each where it is: the wording, and the missing 988 line.
    expect(
      body.diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => [d.code, d.path, d.start, d.end])
        .sort(),
    ).toEqual([
      ["safe-messaging/crisis-resource", "materials[0]", 0, 0],
      ["suicide/committed-suicide", "materials[0].blocks[1].text", 22, 39],
    ]);
    expect(await readFile(fileOf("fresh"), "utf8")).toMatch(/status: in-review/);
  });

  it("refuses approval without a name and from draft", async () => {
    const opened = await create();
    expect(
      (
        await send("/api/campaigns/fresh/status", "POST", {
          version: opened.version,
          status: "approved",
          by: "X",
        })
      ).status,
    ).toBe(422);
  });

  it("sends an approved campaign back to review when its content changes", async () => {
    const opened = await open("burnout-is-a-system-problem");
    expect(opened.data.status).toBe("approved");
    const data = structuredClone(opened.data);
    data.summary = `${data.summary} Updated.`;
    const response = await send("/api/campaigns/burnout-is-a-system-problem", "PUT", {
      version: opened.version,
      data,
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { statusChanged: boolean }).statusChanged).toBe(true);
    const text = await readFile(fileOf("burnout-is-a-system-problem"), "utf8");
    expect(text).toMatch(/status: in-review/);
    expect(text).not.toMatch(/^approval:/m);
  });

  it("refuses a status change or approval smuggled through a save", async () => {
    const opened = await open("help-seeking-without-fear");
    const data = {
      ...structuredClone(opened.data),
      status: "approved",
      approval: { by: "Me", at: "2026-01-01T00:00:00Z" },
    };
    expect(
      (await send("/api/campaigns/help-seeking-without-fear", "PUT", { version: opened.version, data }))
        .status,
    ).toBe(422);
  });
});

describe("export", () => {
  const base = "/api/campaigns/burnout-is-a-system-problem";
  it("downloads one email as HTML, plain text and .eml for a partner", async () => {
    const html = await call(`${base}/emails/newsletter-clinicians/html?partner=example-health`);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-disposition")).toMatch(
      /attachment; filename="burnout-is-a-system-problem-newsletter-clinicians-example-health.html"/,
    );
    const htmlText = await html.text();
    expect(htmlText).toMatch(/<html/i);
    expect(htmlText).toContain("Example Health");
    const txt = await call(`${base}/emails/newsletter-clinicians/txt?partner=collaborative`);
    expect(await txt.text()).toMatch(/\w/);
    const eml = await call(`${base}/emails/newsletter-clinicians/eml?partner=example-health`);
    expect(eml.headers.get("content-type")).toBe("message/rfc822");
    const emlText = await eml.text();
    expect(emlText).toMatch(/^From: /m);
    expect(emlText).toMatch(/^Subject: /m);
    expect(emlText).toMatch(/multipart\/alternative/);
  });

  it("exports the whole kit for one partner as a zip: per locale its emails, posts, cards, prints and guides, and a manifest", {
    // About 10 s on a quiet machine; over 120 s once in CI beside the browser walks.
    timeout: 300_000,
  }, async () => {
    const response = await call(`${base}/kit?partner=example-health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="burnout-is-a-system-problem-example-health-kit.zip"/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const top = "burnout-is-a-system-problem-example-health/";
    const names = Object.keys(files).map((name) => name.slice(top.length));
    expect(Object.keys(files).every((name) => name.startsWith(top))).toBe(true);
    const manifest = JSON.parse(strFromU8(files[`${top}manifest.json`]!));
    expect(manifest).toMatchObject({
      format: "chorus-kit/1",
      partner: { id: "example-health" },
      proof: false,
      generatedAt: "2026-11-23T10:00:00.000Z",
      locales: ["en"],
    });
    expect(manifest.emails).toHaveLength(2);
    // The manifest lists every other file of the zip, with its hash.
    expect([...manifest.files.map((file: any) => file.path), "manifest.json"].sort()).toEqual(names.sort());
    for (const file of manifest.files)
      expect(createHash("sha256").update(files[`${top}${file.path}`]!).digest("hex"), file.path).toBe(
        file.sha256,
      );
    for (const email of manifest.emails)
      expect(Object.values(email.files)).toEqual(
        ["html", "txt", "eml"].map((ext) => `en/emails/${email.material}.${ext}`),
      );
    // The social post, ready to paste, with the source of the figure it quotes.
    expect(manifest.socialPosts).toEqual([
      {
        material: "linkedin-clinicians",
        locale: "en",
        platform: "linkedin",
        length: expect.any(Number),
        limit: 3000,
        alt: expect.stringMatching(/\w/),
        files: { text: "en/social/linkedin/linkedin-clinicians.txt" },
      },
    ]);
    // The graphics and print, co-branded for the partner; every file is checked in @chorus/kit's tests.
    expect(names).toContain("en/social/cards/square/message-burnout-is-a-system-problem.png");
    expect(names).toContain("en/print/poster-tabloid.pdf");
    expect(names).toContain("en/banners/banner-clinicians-leaderboard.png");
    expect(names).toContain("logos/example-health.svg");
    const post = strFromU8(files[`${top}en/social/linkedin/linkedin-clinicians.txt`]!);
    expect(post).toMatch(/^LinkedIn post \(\d+ of 3,000 characters\)/);
    expect(post).toContain("Burnout is not a personal failing.");
    expect(post).toContain(
      "https://chorus-collaborative.org/campaigns/burnout-is-a-system-problem/checklist",
    );
    expect(post).toMatch(
      /Sources of the figures in this post:\n43\.2%: .* Source: American Medical Association \(AMA News Wire\), 2025\. https:\/\/www\.ama-assn\.org\//,
    );
  });

  it("exports, unzipped, the very folders `chorus build` writes for the same date: same files, same hashes", {
    timeout: 300_000,
  }, async () => {
    // The CLI as users run it: its built command, in the content folder's parent, on the same content.
    const cli = path.join(
      path.dirname(createRequire(import.meta.url).resolve("@chorus/cli/package.json")),
      "dist/bin.js",
    );
    const { INIT_CWD: _, ...environment } = process.env;
    const out = path.join(env.dir, "built");
    const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
    // A whole kit (cards, PDFs and banners too) takes seconds: one with both languages and banners. The
    // words alone of every kind of campaign are compared between the worker and this thread in @chorus/kit.
    const kits = [["crisis-and-peer-support", "collaborative"]];
    for (const [campaign, partner] of kits)
      await promisify(execFile)(
        process.execPath,
        [
          cli,
          "build",
          campaign!,
          "--partner",
          partner!,
          "--out",
          out,
          "--date",
          testConfig(env.contentDir, env.chorusDir).now().toISOString(),
        ],
        { cwd: env.dir, env: { ...environment, NO_COLOR: "1" } },
      );
    for (const [campaign, partner] of kits) {
      const response = await call(`/api/campaigns/${campaign}/kit?partner=${partner}`);
      expect(response.status).toBe(200);
      const top = `${campaign}-${partner}/`;
      const exported: Record<string, string> = {};
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(await response.arrayBuffer()))))
        exported[name.startsWith(top) ? name.slice(top.length) : `outside the kit's folder: ${name}`] =
          sha256(bytes);
      const folder = path.join(out, campaign!, partner!);
      const built: Record<string, string> = {};
      for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
        if (entry.isDirectory()) continue;
        const file = path.join(entry.parentPath, entry.name);
        built[path.relative(folder, file).split(path.sep).join("/")] = sha256(await readFile(file));
      }
      expect(Object.keys(built).length, `${campaign} for ${partner}`).toBeGreaterThan(3);
      expect(built, `${campaign} for ${partner}`).toEqual(exported);
    }
  });

  it("answers other requests all along while it builds a big kit (in-process it held them for seconds)", {
    timeout: 120_000,
  }, async () => {
    await writeCampaignWithManyEmails(env.contentDir, "many-emails", 320);
    const builder = createApp(testConfig(env.contentDir, env.chorusDir));
    const server = serve({ fetch: builder.app.fetch, hostname: "127.0.0.1", port: 0 });
    await once(server, "listening");
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The health checks run on a thread of their own: measured from this one, a blocked server would also
    // delay the timers that start them, and the wait would not show.
    const probe = new Worker(HEALTH_PROBE, { eval: true, workerData: `${origin}/api/health` });
    // Measured once the export's own checks have loaded the content (on the server's thread, as every route
    // that reads content does), until its answer starts: the rendering and zipping.
    const load = builder.store.load.bind(builder.store);
    const checked = vi.spyOn(builder.store, "load").mockImplementationOnce(async () => {
      const result = await load();
      probe.postMessage("measure");
      return result;
    });
    try {
      // Its emails and guides: the part that grows with the campaign (cards and prints are the same few).
      const response = await fetch(
        `${origin}/api/campaigns/many-emails/kit?partner=collaborative&parts=emails,guides`,
      );
      // The kit is built once its answer starts; the download itself is this test's own work.
      probe.postMessage("stop");
      const [report] = (await once(probe, "message")) as [HealthProbeReport];
      const zip = new Uint8Array(await response.arrayBuffer());
      expect(checked).toHaveBeenCalledOnce();
      expect(response.status).toBe(200);
      const files = Object.keys(unzipSync(zip));
      // Every email as html, text and .eml, beside the campaign's guides.
      expect(files.filter((name) => name.includes("/emails/"))).toHaveLength(320 * 3);
      expect(files).toContain("many-emails-collaborative/manifest.json");
      // The export took seconds: health checks meanwhile were answered all along, and there were many.
      expectAnsweredThroughout(report, 10);
    } finally {
      await probe.terminate();
      server.close();
    }
  });

  it("exports nothing for a partner whose brand colours are hard to read, and says which colour", async () => {
    const kitFile = path.join(env.contentDir, "_partners", "example-health.yaml");
    await writeFile(
      kitFile,
      (await readFile(kitFile, "utf8")).replace(/text: "#[0-9A-Fa-f]{6}"/, 'text: "#A0A0A0"'),
    );
    const refused = await call(`${base}/kit?partner=example-health`);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /brand kit of Example Health System \(sample partner\) has colours that are hard to read.*colors\.text.*passes everywhere is #[0-9A-F]{6}/,
    );
    expect((await call(`${base}/kit?partner=collaborative&parts=emails`)).status).toBe(200);
  });

  it("exports a kit of a campaign of banners alone, and one of social posts alone: no emails is no empty kit", {
    timeout: 120_000,
  }, async () => {
    await writeCampaignKeeping(env.contentDir, "crisis-and-peer-support", "banners-only", ["web-banner"]);
    const banners = await call("/api/campaigns/banners-only/kit?partner=collaborative&parts=emails,banners");
    expect(banners.status).toBe(200);
    const inZip = Object.keys(unzipSync(new Uint8Array(await banners.arrayBuffer())));
    expect(inZip).toContain("banners-only-collaborative/es/banners/banner-support-es.png");
    expect(inZip.some((name) => name.includes("/emails/"))).toBe(false);
    await writeCampaignKeeping(env.contentDir, "help-seeking-without-fear", "social-only", ["social-post"]);
    const social = await call("/api/campaigns/social-only/kit?partner=collaborative&parts=emails,social");
    expect(social.status).toBe(200);
    const files = Object.keys(unzipSync(new Uint8Array(await social.arrayBuffer())));
    expect(files.some((name) => name.includes("/social/"))).toBe(true);
    expect(files.some((name) => name.includes("/emails/"))).toBe(false);
  });

  it("labels exports of a campaign that is not approved as proofs", async () => {
    const response = await call(
      "/api/campaigns/what-leaders-can-do-this-quarter/kit?partner=collaborative&parts=emails",
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = JSON.parse(
      strFromU8(Object.entries(files).find(([n]) => n.endsWith("manifest.json"))![1]),
    );
    expect(manifest.proof).toBe(true);
    expect(manifest.emails[0].subject).toMatch(/^\[PROOF\]/);
  });

  it("exports only the parts asked for, as `chorus build --only` does, and refuses a part there is not", async () => {
    const response = await call(`${base}/kit?partner=collaborative&parts=guides,emails`);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = JSON.parse(
      strFromU8(Object.entries(files).find(([n]) => n.endsWith("manifest.json"))![1]),
    );
    expect(manifest.parts).toEqual(["emails", "guides"]);
    expect(Object.keys(files).some((name) => name.includes("/emails/"))).toBe(true);
    expect(Object.keys(files).some((name) => /\/(social|print|banners)\//.test(name))).toBe(false);
    const unknown = await call(`${base}/kit?partner=collaborative&parts=emails,posters`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toContain(
      "parts must be some of emails, social, cards, print, banners, guides, logos, comma-separated (got posters)",
    );
  });

  it("refuses an unknown partner, a non-email material and a bad format", async () => {
    expect((await call(`${base}/kit?partner=nobody`)).status).toBe(404);
    expect((await call(`${base}/kit`)).status).toBe(400);
    expect((await call(`${base}/emails/newsletter-clinicians/pdf?partner=collaborative`)).status).toBe(400);
    const campaign = await open("help-seeking-without-fear");
    const social = campaign.data.materials.find((m: any) => m.kind !== "email").id;
    expect(
      (await call(`/api/campaigns/help-seeking-without-fear/emails/${social}/html?partner=collaborative`))
        .status,
    ).toBe(422);
  });

  it("serves partner logos as inert images", async () => {
    const response = await call("/api/partners/example-health/logo");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("content-security-policy")).toMatch(/sandbox/);
  });
});

describe("sending", () => {
  const csv = "email,firstName\nana@example.org,Ana\nben@example.org,Ben\nnot-an-address,Cy\n";
  const base = "/api/campaigns/burnout-is-a-system-problem";
  const query = "material=newsletter-clinicians&partner=example-health";
  const upload = (url: string, body: string) =>
    call(url, { method: "POST", headers: { "content-type": "text/csv" }, body });

  async function waitFor(sendId: string) {
    // Generous: the machine may be busy; the send itself is what is under test, not its speed.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const status = (await (await call(`/api/sends/${sendId}`)).json()) as { state: string; report?: any };
      if (status.state === "complete" || status.state === "failed") return status;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("send did not finish");
  }

  const many = `email,firstName\n${Array.from({ length: 600 }, (_, i) => `person${i}@example.org,P${i}`).join("\n")}\n`;

  /** Start a 600-recipient send, pause it at once and wait until it has stopped. */
  async function startAndPause(): Promise<{ sendId: string; status: { state: string; report?: any } }> {
    const response = await upload(`${base}/sends?${query}`, many);
    expect(response.status).toBe(202);
    const { sendId } = (await response.json()) as { sendId: string };
    expect((await call(`/api/sends/${sendId}/pause`, { method: "POST" })).status).toBe(200);
    let status: { state: string; report?: any } = { state: "running" };
    for (let i = 0; i < 200 && status.state === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      status = (await (await call(`/api/sends/${sendId}`)).json()) as typeof status;
    }
    return { sendId, status };
  }

  it("checks a recipients CSV row by row without sending", async () => {
    const response = await upload(`${base}/recipients/check?${query}`, csv);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { import: any; recipients: number };
    expect(body.import.rows).toBe(3);
    expect(body.import.invalidRows).toBe(1);
    expect(body.import.problems[0]).toMatchObject({ row: 4 });
    expect(body.recipients).toBe(2);
  });

  it("refuses an oversized upload with 413", async () => {
    const big = `email\n${"someone@example.org\n".repeat(5000)}`;
    const response = await upload(`${base}/recipients/check?${query}`, big);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/too large/);
  });

  it("refuses a full send with invalid rows unless told to skip them", async () => {
    const response = await upload(`${base}/sends?${query}`, csv);
    expect(response.status).toBe(422);
  });

  it("sends to the outbox, reports progress and lists the messages", async () => {
    const response = await upload(`${base}/sends?${query}&skipInvalid=1`, csv);
    expect(response.status).toBe(202);
    const { sendId } = (await response.json()) as { sendId: string };
    const done = await waitFor(sendId);
    expect(done.state).toBe("complete");
    expect(done.report.sent).toBe(2);
    const listed = (await (await call("/api/sends")).json()) as { sends: any[] };
    expect(listed.sends[0]).toMatchObject({
      sendId,
      state: "complete",
      messages: 2,
      report: { transport: "outbox", sent: 2 },
    });
    const messages = (await (await call(`/api/outbox/${sendId}`)).json()) as { messages: any[] };
    expect(messages.messages.map((m) => m.to).sort()).toEqual(
      ["Ana <ana@example.org>", "Ben <ben@example.org>"]
        .sort()
        .map((x) => expect.stringContaining(x.match(/<(.*)>/)![1]!)),
    );
    const found = (await (await call(`/api/outbox/${sendId}?search=ANA@`)).json()) as {
      messages: any[];
      total: number;
    };
    expect(found.total).toBe(2);
    expect(found.messages.map((m) => m.to)).toEqual([expect.stringContaining("ana@example.org")]);
    const eml = await call(`/api/outbox/${sendId}/${messages.messages[0].file}`);
    expect(await eml.text()).toMatch(/^Subject: /m);
    const parsed = (await (
      await call(`/api/outbox/${sendId}/${messages.messages[0].file}?format=parsed`)
    ).json()) as {
      headers: { name: string; value: string }[];
      text: string;
      html: string;
    };
    expect(parsed.headers.find((h) => h.name === "Subject")?.value).toMatch(/\w/);
    expect(parsed.html).toMatch(/<html/i);
    expect(parsed.text).not.toMatch(/=3D/);
    expect((await call(`/api/outbox/${sendId}/..%2f..%2fplan.json`)).status).toBe(404);
  });

  it("pauses a running send and resumes it to the end, sending nobody twice", async () => {
    const { sendId, status } = await startAndPause();
    expect(status.state).toBe("paused");
    expect(status.report!.sent).toBeLessThan(600);
    expect((await call(`/api/sends/${sendId}/pause`, { method: "POST" })).status).toBe(409);
    expect((await call(`/api/sends/${sendId}/resume`, { method: "POST" })).status).toBe(200);
    const done = await waitFor(sendId);
    expect(done.state).toBe("complete");
    expect(done.report.sent).toBe(600);
    const files = (await readdir(path.join(env.chorusDir, "outbox", sendId))).filter((f) =>
      f.endsWith(".eml"),
    );
    expect(files).toHaveLength(600);
  }, 60_000);

  it("resumes a send paused before the builder restarted, and lists it meanwhile", async () => {
    const { sendId, status } = await startAndPause();
    expect(status.state).toBe("paused");

    // Starting the same email again is refused, pointing at where to finish the first one.
    const again = await upload(`${base}/sends?${query}`, many);
    expect(again.status).toBe(422);
    const { reasons } = (await again.json()) as { reasons: string[] };
    expect(reasons.join(" ")).toMatch(/is not finished: resume it instead/);
    expect(reasons.join(" ")).toMatch(/Resume on the Outbox page/);
    expect(reasons.join(" ")).not.toMatch(/chorus send|--resume/);

    // A new server on the same folders: nothing of the first one survives but its files.
    app = createApp(testConfig(env.contentDir, env.chorusDir)).app;
    const listed = (await (await call("/api/sends")).json()) as { sends: any[] };
    expect(listed.sends).toHaveLength(1);
    expect(listed.sends[0]).toMatchObject({
      sendId,
      state: "paused",
      partnerName: "Example Health System (sample partner)",
      report: {
        campaignId: "burnout-is-a-system-problem",
        recipients: 600,
        pausedReason: "paused in the builder",
      },
    });
    expect(listed.sends[0].report.sent).toBeLessThan(600);
    expect((await call(`/api/sends/${sendId}/resume`, { method: "POST" })).status).toBe(200);
    const done = await waitFor(sendId);
    expect(done.report.sent).toBe(600);
    const files = (await readdir(path.join(env.chorusDir, "outbox", sendId))).filter((f) =>
      f.endsWith(".eml"),
    );
    expect(files).toHaveLength(600);
    expect((await call(`/api/sends/${sendId}/resume`, { method: "POST" })).status).toBe(409);
    expect((await call("/api/sends/no-such-send/resume", { method: "POST" })).status).toBe(404);
  }, 60_000);

  it("will not resume, after a restart, a send whose campaign was withdrawn from approval", async () => {
    const { sendId, status } = await startAndPause();
    expect(status.state).toBe("paused");
    const opened = await open("burnout-is-a-system-problem");
    expect(
      (await send(`${base}/status`, "POST", { version: opened.version, status: "in-review" })).status,
    ).toBe(200);
    app = createApp(testConfig(env.contentDir, env.chorusDir)).app;
    const refused = await call(`/api/sends/${sendId}/resume`, { method: "POST" });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: string }).error).toMatch(/not approved/);
  }, 60_000);

  it("streams progress as server-sent events", async () => {
    const response = await upload(`${base}/sends?${query}&skipInvalid=1`, csv);
    const { sendId } = (await response.json()) as { sendId: string };
    const events = await call(`/api/sends/${sendId}/events`);
    expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
    const text = await events.text();
    expect(text).toMatch(/event: progress/);
    expect(text).toMatch(/"state":"complete"/);
  });

  it("sends a proof of a draft to one address", async () => {
    const response = await send("/api/campaigns/what-leaders-can-do-this-quarter/proof", "POST", {
      material: (await open("what-leaders-can-do-this-quarter")).data.materials[0].id,
      partner: "collaborative",
      to: "reviewer@example.org",
    });
    expect(response.status).toBe(202);
    const { sendId } = (await response.json()) as { sendId: string };
    await waitFor(sendId);
    const messages = (await (await call(`/api/outbox/${sendId}`)).json()) as { messages: any[] };
    expect(messages.messages).toHaveLength(1);
    expect(messages.messages[0].subject).toMatch(/^\[PROOF\]/);
  });

  it("refuses a full send of a campaign that is not approved", async () => {
    const material = (await open("what-leaders-can-do-this-quarter")).data.materials[0].id;
    const response = await upload(
      `/api/campaigns/what-leaders-can-do-this-quarter/sends?material=${material}&partner=collaborative&skipInvalid=1`,
      csv,
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as { reasons: string[] }).reasons.join(" ")).toMatch(/not approved/);
  });

  it("refuses a proof to something that is not one address", async () => {
    const response = await send(`${base}/proof`, "POST", {
      material: "newsletter-clinicians",
      partner: "collaborative",
      to: "a@b.org, c@d.org",
    });
    expect(response.status).toBe(422);
  });
});

describe("Resend webhooks", () => {
  const secret = `whsec_${Buffer.from("the builder's webhook secret, 32b").toString("base64")}`;
  const hook = (
    body: string,
    headers: Record<string, string>,
    extra: Parameters<typeof testConfig>[2] = {},
  ) =>
    createApp(
      testConfig(env.contentDir, env.chorusDir, { resendWebhookSecret: secret, ...extra }),
    ).app.request(
      // Resend reaches the builder through a proxy or tunnel, under a public host name.
      "http://chorus.example-health.org/webhooks/resend",
      {
        method: "POST",
        headers: { host: "chorus.example-health.org", "content-type": "application/json", ...headers },
        body,
      },
    );
  const signed = (body: string, id = "msg_1", timestamp = Math.floor(Date.now() / 1000)) => ({
    "svix-id": id,
    "svix-timestamp": String(timestamp),
    "svix-signature": signWebhook(secret, id, timestamp, body),
  });
  const bounce = JSON.stringify({
    type: "email.bounced",
    created_at: "2026-11-23T10:00:00Z",
    data: { email_id: "em_1", to: ["Ana@Example.org"], subject: "Burnout is a system problem" },
  });

  it("suppresses a bounced address, so the next recipients check skips it", async () => {
    const response = await hook(bounce, signed(bounce));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ received: true, suppressed: ["Ana@Example.org"] });
    const check = await call(
      "/api/campaigns/burnout-is-a-system-problem/recipients/check?material=newsletter-clinicians&partner=example-health",
      {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: "email\nana@example.org\nben@example.org\n",
      },
    );
    const body = (await check.json()) as { import: any; recipients: number };
    expect(body.import.suppressedCount).toBe(1);
    expect(body.recipients).toBe(1);
  });

  it("refuses forged and stale events and changes nothing", async () => {
    const forged = {
      ...signed(bounce),
      "svix-signature": signWebhook(
        `whsec_${Buffer.from("not ours").toString("base64")}`,
        "msg_1",
        Math.floor(Date.now() / 1000),
        bounce,
      ),
    };
    expect((await hook(bounce, forged)).status).toBe(401);
    const stale = signed(bounce, "msg_2", Math.floor(Date.now() / 1000) - 3600);
    expect((await hook(bounce, stale)).status).toBe(401);
    const tampered = bounce.replace("Ana@Example.org", "ben@example.org");
    expect((await hook(tampered, signed(bounce))).status).toBe(401);
    await expect(readFile(path.join(env.chorusDir, "suppressions.jsonl"), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("is off without a secret: the signature is its only proof", async () => {
    const off = await createApp(testConfig(env.contentDir, env.chorusDir)).app.request(
      "http://127.0.0.1/webhooks/resend",
      { method: "POST", headers: signed(bounce), body: bounce },
    );
    expect(off.status).toBe(404);
    expect(((await off.json()) as { error: string }).error).toMatch(/RESEND_WEBHOOK_SECRET/);
  });

  it("keeps the rest of the builder closed to a public host name", async () => {
    const response = await createApp(
      testConfig(env.contentDir, env.chorusDir, { resendWebhookSecret: secret }),
    ).app.request("http://chorus.example-health.org/api/campaigns", {
      headers: { host: "chorus.example-health.org" },
    });
    expect(response.status).toBe(403);
  });
});

describe("security", () => {
  it("puts a strict Content-Security-Policy on every response", async () => {
    for (const url of ["/api/campaigns", "/", "/api/nothing"]) {
      const csp = (await call(url)).headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain("unsafe-eval");
    }
  });

  it("sends exactly the same security headers on every answer, refusals included", async () => {
    const answers = [
      await call("/api/campaigns"),
      await call("/"),
      await call("/api/nothing"),
      await call("/api/campaigns/Not-A-Slug"),
      await call("/api/campaigns", { headers: { host: "evil.example" } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 404, 400, 403]);
    for (const answer of answers) {
      const security = Object.fromEntries(
        [...answer.headers].filter(([name]) => !/^(content-type|cache-control|www-authenticate)$/.test(name)),
      );
      expect(security).toEqual({
        "content-security-policy":
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "referrer-policy": "no-referrer",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
      });
    }
  });

  it("answers only to loopback host names when no token is set (DNS rebinding)", async () => {
    const rebound = await call("/api/campaigns", { headers: { host: "evil.example:4173" } });
    expect(rebound.status).toBe(403);
    expect((await call("/api/campaigns", { headers: { host: "localhost:4173" } })).status).toBe(200);
    expect((await call("/api/campaigns", { headers: { host: "[::1]:4173" } })).status).toBe(200);
  });

  it("refuses state changes from another site", async () => {
    const opened = await open("help-seeking-without-fear");
    const response = await call("/api/campaigns/help-seeking-without-fear/status", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example", host: "127.0.0.1:4173" },
      body: JSON.stringify({ version: opened.version, status: "draft" }),
    });
    expect(response.status).toBe(403);
  });

  /** Every route the app registers under /api, as "METHOD url" with its parameters filled in. */
  function apiCalls(builder: typeof app): string[] {
    const example: Record<string, string> = {
      id: "help-seeking-without-fear",
      partner: "example-health",
      material: "newsletter",
      format: "html",
      send: "no-such-send",
      file: "message.eml",
    };
    return [
      ...new Set(
        builder.routes
          .filter((route) => route.method !== "ALL" && route.path.startsWith("/api/"))
          .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, (_, name) => example[name]!)}`),
      ),
    ];
  }

  it("registers no route outside /api but Resend's webhook and the client's pages", () => {
    // A route anywhere else would escape the token and the same-site check: add it under /api.
    const routes = app.routes.filter((route) => route.method !== "ALL");
    expect(
      [
        ...new Set(routes.filter((r) => !r.path.startsWith("/api/")).map((r) => `${r.method} ${r.path}`)),
      ].sort(),
    ).toEqual(["GET /*", "POST /webhooks/resend"]);
    // Middleware (and the JSON 404 for unknown API paths) only.
    expect(new Set(app.routes.filter((r) => r.method === "ALL").map((r) => r.path))).toEqual(
      new Set(["/*", "/api/*"]),
    );
  });

  it("refuses a state change from another site on every API route", async () => {
    {
      const builder = createApp(testConfig(env.contentDir, env.chorusDir)).app;
      const changes = apiCalls(builder).filter((call) => !call.startsWith("GET "));
      expect(changes).toContain("PUT /api/campaigns/help-seeking-without-fear");
      expect(changes).toContain("POST /api/sends/no-such-send/resume");
      const elsewhere: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "null" },
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site" },
      ];
      for (const call of changes) {
        const [method, url] = call.split(" ") as [string, string];
        for (const from of elsewhere) {
          const response = await builder.request(`http://127.0.0.1${url}`, {
            method,
            headers: { ...from, "content-type": "application/json" },
            body: "{}",
          });
          const answer = `${call} from ${JSON.stringify(from)} → ${response.status} ${await response.text()}`;
          expect(answer).toBe(
            `${call} from ${JSON.stringify(from)} → 403 {"error":"requests from other sites are refused"}`,
          );
        }
      }
    }
  });

  it("binds to 127.0.0.1 by default, and to another host only in team mode", () => {
    expect(configFromEnv({}).host).toBe("127.0.0.1");
    expect(() => configFromEnv({ CHORUS_HOST: "0.0.0.0" })).toThrow(ConfigError);
    expect(() => configFromEnv({ CHORUS_HOST: "0.0.0.0" })).toThrow(
      /CHORUS_HOST=0\.0\.0\.0 would let other machines reach the builder: that needs team mode/,
    );
    // The shared token team mode replaced is refused at start with what to do instead, never ignored.
    expect(() => configFromEnv({ CHORUS_TOKEN: "a-very-long-secret-token" })).toThrow(
      /CHORUS_TOKEN is retired: a builder that others reach runs in team mode/,
    );
    // Team mode is the way to be reached beyond this machine: it needs its secret and an https address.
    const secret = "a-team-secret-that-is-long-enough-0123456789";
    expect(
      configFromEnv({
        CHORUS_HOST: "0.0.0.0",
        CHORUS_MODE: "team",
        CHORUS_AUTH_SECRET: secret,
        CHORUS_PUBLIC_URL: "https://chorus.example.org/",
      }).team,
    ).toEqual({ publicUrl: "https://chorus.example.org", authSecret: secret });
    expect(() =>
      configFromEnv({ CHORUS_HOST: "0.0.0.0", CHORUS_MODE: "team", CHORUS_AUTH_SECRET: secret }),
    ).toThrow(/CHORUS_PUBLIC_URL must be https:\/\/ when the builder is reached beyond this machine/);
    expect(() => configFromEnv({ CHORUS_MODE: "team" })).toThrow(/team mode needs CHORUS_AUTH_SECRET/);
    expect(() => configFromEnv({ CHORUS_MODE: "teams" })).toThrow(/CHORUS_MODE must be local or team/);
    expect(
      configFromEnv({ CHORUS_MODE: "team", CHORUS_AUTH_SECRET: secret, PORT: "4400" }).team?.publicUrl,
    ).toBe("http://127.0.0.1:4400");
  });

  it("never sends the Resend key to the browser", async () => {
    const keyed = createApp(
      testConfig(env.contentDir, env.chorusDir, { resendApiKey: "re_test_secret_value" }),
    ).app;
    for (const url of ["/api/config", "/api/content", "/api/campaigns", "/api/sends"]) {
      const text = await (await keyed.request(`http://127.0.0.1${url}`)).text();
      expect(text).not.toContain("re_test_secret_value");
    }
    const config = (await (await keyed.request("http://127.0.0.1/api/config")).json()) as {
      transport: string;
    };
    expect(config.transport).toBe("resend");
  });

  it("answers unknown API routes with 404 JSON", async () => {
    const response = await call("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/no such/);
  });
});
