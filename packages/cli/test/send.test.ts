import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "@chorus/content/node";
import { CampaignSender, resolveSendTarget } from "@chorus/send";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

let work: string;
const APPROVED = [
  "crisis-and-peer-support",
  "--material",
  "newsletter-clinicians",
  "--partner",
  "example-health",
];

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-send-"));
  await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
  delete process.env.RESEND_API_KEY;
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function csv(lines: string[]): Promise<string> {
  const file = path.join(work, "list.csv");
  await writeFile(file, `${lines.join("\n")}\n`);
  return "list.csv";
}

async function outboxFiles(): Promise<string[]> {
  const root = path.join(work, ".chorus", "outbox");
  const sends = await readdir(root).catch(() => []);
  const files: string[] = [];
  for (const send of sends)
    for (const file of await readdir(path.join(root, send))) files.push(path.join(root, send, file));
  return files.filter((file) => file.endsWith(".eml"));
}

describe("chorus send (outbox, no API key)", () => {
  it("sends an approved email once per recipient as .eml files and reports it", async () => {
    const list = await csv([
      "email,firstName",
      "ana@example.org,Ana",
      "ben@example.org,Ben",
      "cy@example.org,",
    ]);
    const result = await run(["send", ...APPROVED, "--to", list], work);
    expect(result.code).toBe(0);
    const files = await outboxFiles();
    expect(files).toHaveLength(3);
    // The list's first names name each person in the To line.
    const ana = (await Promise.all(files.map((f) => readFile(f, "utf8")))).find((eml) =>
      eml.includes("To: Ana <ana@example.org>"),
    );
    expect(ana).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(ana).toMatch(/Ana/);
    const sendId = path.basename(path.dirname(files[0]!));
    const status = await run(["send", "--status", sendId], work);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/complete/i);
  });

  it("does not mail anyone twice when the same send is run again", async () => {
    const list = await csv(["email,firstName", "ana@example.org,Ana", "ben@example.org,Ben"]);
    expect((await run(["send", ...APPROVED, "--to", list], work)).code).toBe(0);
    const again = await run(["send", ...APPROVED, "--to", list], work);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /every address on the list already received this email from this partner \(send crisis-and-peer-support-[^)]+\)/,
    );
    expect(again.stderr).toMatch(/Next: pass --again/);
    expect(await outboxFiles()).toHaveLength(2);
  });

  it("refuses to resume a send another process is running, in words and without a stack trace", async () => {
    const list = await csv(["email,firstName", "ana@example.org,Ana"]);
    const first = await run(["send", ...APPROVED, "--to", list], work);
    const sendId = /send (crisis-and-peer-support-\S+):/.exec(first.stderr)![1]!;
    // Another live process (this test's parent) holds the send's lock.
    await writeFile(path.join(work, ".chorus", "sends", sendId, "send.lock"), `${process.ppid} other\n`);
    const resumed = await run(["send", "--resume", sendId], work);
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toContain(
      `send ${sendId} is running in another process (pid ${process.ppid}), in the builder or another terminal.`,
    );
    expect(resumed.stderr).toContain(`Next: wait for it to finish (chorus send --status ${sendId})`);
    expect(resumed.stderr).not.toMatch(/\n\s+at /);
  });

  it("names its own next step for a send left unfinished, and finishes it on --resume", async () => {
    // A send planned through the package (as the builder plans one) and never run.
    const list = await csv(["email,firstName", "ana@example.org,Ana", "ben@example.org,Ben"]);
    const sender = new CampaignSender({ chorusDir: path.join(work, ".chorus") });
    const found = resolveSendTarget(await loadContent(path.join(work, "campaigns")), {
      campaignId: "crisis-and-peer-support",
      materialId: "newsletter-clinicians",
      partnerId: "example-health",
    });
    if (!found.ok) throw new Error("the seed email should resolve");
    const planned = await sender.plan(found.value, { csv: path.join(work, list) });
    if (planned.status !== "planned") throw new Error(`expected a plan, got ${planned.status}`);
    const sendId = planned.plan.sendId;

    const status = await run(["send", "--status", sendId], work);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(
      `Not started: resuming send ${sendId} sends it to the recipients planned.`,
    );
    expect(status.stdout).toContain(`Next: chorus send --resume ${sendId}\n`);
    expect(await outboxFiles()).toEqual([]);

    const resumed = await run(["send", "--resume", sendId], work);
    expect(resumed.code).toBe(0);
    expect(await outboxFiles()).toHaveLength(2);
    expect(resumed.stderr).not.toContain("Next:");
    const done = await run(["send", "--status", sendId], work);
    expect(done.stdout).toMatch(/status: +complete/);
    expect(done.stdout).not.toContain("Next:");
  });

  it("sends nothing while any row is invalid, naming the rows", async () => {
    const list = await csv([
      "email,firstName",
      "ana@example.org,Ana",
      "not-an-address,Ben",
      "ana@example.org,Ana again",
    ]);
    const result = await run(["send", ...APPROVED, "--to", list], work);
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/row 3/i);
    expect(`${result.stdout}${result.stderr}`).toMatch(/row 4/i);
    expect(await outboxFiles()).toEqual([]);
  });

  it("refuses a campaign that is not approved, but allows a proof of it", async () => {
    const draft = [
      "what-leaders-can-do-this-quarter",
      "--material",
      "briefing-leaders",
      "--partner",
      "collaborative",
    ];
    const list = await csv(["email,firstName", "ana@example.org,Ana"]);
    const refused = await run(["send", ...draft, "--to", list], work);
    expect(refused.code).toBe(1);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(/not approved/i);
    expect(await outboxFiles()).toEqual([]);

    const proof = await run(["send", ...draft, "--proof", "reviewer@chorus-collaborative.org"], work);
    expect(proof.code).toBe(0);
    const [file] = await outboxFiles();
    expect(await readFile(file!, "utf8")).toMatch(/^Subject: \[PROOF\] /m);
  });

  it("refuses an approved campaign edited by hand after its approval", async () => {
    const file = path.join(work, "campaigns", "crisis-and-peer-support", "campaign.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: .*$/m, "title: Edited after approval"));
    const list = await csv(["email,firstName", "ana@example.org,Ana"]);
    const result = await run(["send", ...APPROVED, "--to", list], work);
    expect(result.code).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/changed after it was approved/);
    expect(await outboxFiles()).toEqual([]);
  });

  it("sends nothing on a dry run", async () => {
    const list = await csv(["email,firstName", "ana@example.org,Ana"]);
    const result = await run(["send", ...APPROVED, "--to", list, "--dry-run"], work);
    expect(result.code).toBe(0);
    expect(await outboxFiles()).toEqual([]);
  });

  it("explains usage errors with exit 2", async () => {
    const result = await run(["send", "crisis-and-peer-support", "--partner", "example-health"], work);
    expect(result.code).toBe(2);
  });
});
