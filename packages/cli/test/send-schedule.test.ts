import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
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
  work = await mkdtemp(path.join(tmpdir(), "chorus-schedule-"));
  await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
  await writeFile(path.join(work, "list.csv"), "email,firstName\nana@example.org,Ana\nben@example.org,Ben\n");
  delete process.env.RESEND_API_KEY;
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function outboxFiles(): Promise<string[]> {
  const root = path.join(work, ".chorus", "outbox");
  const files: string[] = [];
  for (const send of await readdir(root).catch(() => [] as string[]))
    for (const file of await readdir(path.join(root, send))) if (file.endsWith(".eml")) files.push(file);
  return files;
}

/** An hour from now, written with a New York summer offset, as a person in a terminal would. */
function anHourAhead(): string {
  const at = new Date(Date.now() + 60 * 60_000 - 4 * 60 * 60_000);
  return `${at.toISOString().slice(0, 16)}-04:00`;
}

describe("chorus send --at", () => {
  it("schedules a send, says what and when and who starts it, and sends nothing yet", async () => {
    const at = anHourAhead();
    const result = await run(["send", ...APPROVED, "--to", "list.csv", "--at", at], work);
    expect(result.code, result.stderr).toBe(0);
    const sendId = /scheduled send (\S+):/.exec(result.stdout)?.[1];
    expect(sendId).toMatch(/^crisis-and-peer-support-/);
    expect(result.stdout).toContain(`to 2 recipients via outbox, at ${at} (`);
    expect(result.stdout).toMatch(/The builder starts it at that time if it is running then/);
    expect(result.stdout).toMatch(/run chorus send --due at or after that time/);
    expect(await outboxFiles()).toEqual([]);

    const listed = await run(["send", "--schedules"], work);
    expect(listed.stdout).toContain(sendId);
    expect(listed.stdout).toMatch(/to 2 recipients via outbox/);
    const status = await run(["send", "--status", sendId!], work);
    expect(status.stdout).toContain(`status:     scheduled for ${at}`);
    expect((await run(["send", "--due"], work)).stdout).toBe("No scheduled send is due.\n");

    // Sending the same email from the same partner now is held back, with the way out.
    const now = await run(["send", ...APPROVED, "--to", "list.csv"], work);
    expect(now.code).toBe(1);
    expect(now.stderr).toMatch(new RegExp(`send ${sendId} of this email from this partner is scheduled`));
    expect(now.stderr).toContain(`chorus send --cancel ${sendId}`);
    const resume = await run(["send", "--resume", sendId!], work);
    expect(resume.code).toBe(1);
    expect(resume.stderr).toMatch(/is scheduled to start at/);

    const cancelled = await run(["send", "--cancel", sendId!], work);
    expect(cancelled.code).toBe(0);
    expect(cancelled.stdout).toMatch(new RegExp(`cancelled send ${sendId} \\(it was scheduled for ${at}`));
    expect((await run(["send", "--cancel", sendId!], work)).stdout).toMatch(/was already cancelled/);
    expect((await run(["send", "--schedules"], work)).stdout).toBe("No sends are scheduled.\n");
    expect((await run(["send", ...APPROVED, "--to", "list.csv"], work)).code).toBe(0);
    expect(await outboxFiles()).toHaveLength(2);
  });

  it("refuses a time without a time zone, or in the past, as a usage error naming --at", async () => {
    const noZone = await run(["send", ...APPROVED, "--to", "list.csv", "--at", "2027-09-10T09:00"], work);
    expect(noZone.code).toBe(2);
    expect(noZone.stderr).toMatch(
      /--at: "2027-09-10T09:00" has no time zone: add Z for UTC, or the offset from UTC, such as 2027-09-10T09:00-04:00/,
    );
    const past = await run(["send", ...APPROVED, "--to", "list.csv", "--at", "2026-01-01T09:00Z"], work);
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/--at: "2026-01-01T09:00Z" is in the past \(it is now /);
    const proof = await run(["send", ...APPROVED, "--proof", "ana@example.org", "--at", anHourAhead()], work);
    expect(proof.code).toBe(2);
    expect(proof.stderr).toMatch(/--at schedules a send to a list/);
    expect(await readdir(path.join(work, ".chorus")).catch(() => [])).not.toContain("sends");
  });

  it("refuses to schedule what it would refuse to send, and cancels only what is scheduled", async () => {
    const draft = [
      "what-leaders-can-do-this-quarter",
      "--material",
      "briefing-leaders",
      "--partner",
      "collaborative",
    ];
    const result = await run(["send", ...draft, "--to", "list.csv", "--at", anHourAhead()], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is draft, not approved/);
    const unknown = await run(["send", "--cancel", "no-such-send"], work);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/there is no scheduled send "no-such-send"/);
  });

  it("starts a scheduled send with --due once its time has come, exactly once", async () => {
    const at = new Date(Date.now() + 1_500).toISOString();
    const scheduled = await run(["send", ...APPROVED, "--to", "list.csv", "--at", at], work);
    expect(scheduled.code, scheduled.stderr).toBe(0);
    const sendId = /scheduled send (\S+):/.exec(scheduled.stdout)?.[1];
    // Wait for the time to pass (cron would run later still).
    while (Date.now() <= Date.parse(at)) await new Promise((resolve) => setTimeout(resolve, 100));
    const due = await run(["send", "--due"], work);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stderr).toContain(`send ${sendId}: scheduled for ${at}`);
    expect(due.stdout).toMatch(/status: {5}complete/);
    expect(await outboxFiles()).toHaveLength(2);
    expect((await run(["send", "--due"], work)).stdout).toBe("No scheduled send is due.\n");
    expect(await outboxFiles()).toHaveLength(2);
    const status = await run(["send", "--status", sendId!], work);
    expect(status.stdout).toMatch(/status: {5}complete/);
  });
});
