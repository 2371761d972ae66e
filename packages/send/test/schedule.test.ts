import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { loadContent } from "@chorus/content/node";
import { afterEach, describe, expect, it } from "vitest";
import {
  CampaignSender,
  listSchedules,
  MAX_TIMER_MS,
  OutboxTransport,
  parseSendTime,
  planSend,
  readReport,
  resolveSendTarget,
  runSend,
  type SchedulerClock,
  SendScheduler,
  type StartedSchedule,
  sendPaths,
} from "../src/index.js";
import { cancelSchedule, claimSchedule } from "../src/schedule.js";
import { LIST, refusalWorkspace } from "../src/testing/index.js";
import { fakeRenderer, planOptions, recipientsCsv, tempDir, writeCsv } from "./helpers.js";

const SEED = path.resolve(import.meta.dirname, "../../../campaigns");
const here = import.meta.dirname;
const run = promisify(execFile);

const APPROVED = {
  campaignId: "crisis-and-peer-support",
  materialId: "newsletter-clinicians",
  partnerId: "example-health",
};
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A copy of the seed content with a sender on its `.chorus`, and the approved email's target as it is now. */
async function seedWorkspace() {
  const workspace = await refusalWorkspace(SEED);
  cleanups.push(workspace.cleanup);
  const sender = new CampaignSender({ chorusDir: workspace.chorusDir });
  const target = async (ids = APPROVED) => resolveSendTarget(await loadContent(workspace.contentDir), ids);
  const list = path.join(workspace.dir, "list.csv");
  await writeFile(list, LIST);
  return { ...workspace, sender, target, list };
}

async function approvedTarget(w: Awaited<ReturnType<typeof seedWorkspace>>) {
  const found = await w.target();
  if (!found.ok) throw new Error(found.refusals.map((r) => r.message).join("\n"));
  return found.value;
}

async function outboxFiles(chorusDir: string, sendId: string): Promise<string[]> {
  return (await readdir(path.join(chorusDir, "outbox", sendId)).catch(() => [] as string[])).filter((f) =>
    f.endsWith(".eml"),
  );
}

/**
 * A schedule planned with the fast fake renderer (no content): `count` recipients of email `materialId`,
 * due at `dueAt`. Schedules of different emails never refuse each other.
 */
async function fakeSchedule(chorusDir: string, materialId: string, dueAt: Date, count = 3): Promise<string> {
  const csv = await writeCsv(chorusDir, recipientsCsv(count), `${materialId}.csv`);
  const result = await planSend(
    await planOptions(chorusDir, csv, {
      materialId,
      transport: "outbox",
      schedule: {
        dueAt: dueAt.toISOString(),
        given: dueAt.toISOString(),
        scheduledAt: new Date().toISOString(),
      },
    }),
  );
  if (result.status !== "planned") throw new Error(`not planned: ${JSON.stringify(result)}`);
  return result.plan.sendId;
}

describe("a send time", () => {
  const now = new Date("2026-12-05T12:00:00Z");

  it("is an ISO time with Z or an offset from UTC, read as the instant it names", () => {
    const cases: [string, string][] = [
      ["2027-09-10T09:00-04:00", "2027-09-10T13:00:00.000Z"],
      ["2027-09-10T09:00:30Z", "2027-09-10T09:00:30.000Z"],
      ["2027-09-10 14:30+05:30", "2027-09-10T09:00:00.000Z"],
      ["2027-09-10T09:00:00.250-0400", "2027-09-10T13:00:00.250Z"],
    ];
    for (const [given, instant] of cases) {
      const parsed = parseSendTime(given, now);
      expect(parsed, given).toMatchObject({ ok: true, given });
      expect(parsed.ok && parsed.dueAt.toISOString(), given).toBe(instant);
    }
  });

  it("refuses a time without a time zone, naming it and saying what to add", () => {
    expect(parseSendTime("2027-09-10T09:00", now)).toEqual({
      ok: false,
      problem: "no-time-zone",
      message:
        '"2027-09-10T09:00" has no time zone: add Z for UTC, or the offset from UTC, such as 2027-09-10T09:00-04:00 for New York in summer',
    });
  });

  it("refuses a time in the past, saying what time it is now", () => {
    expect(parseSendTime("2026-12-05T11:59Z", now)).toEqual({
      ok: false,
      problem: "past",
      message: '"2026-12-05T11:59Z" is in the past (it is now 2026-12-05 12:00 UTC): choose a later time',
    });
    expect(parseSendTime("2026-12-05T12:00Z", now)).toMatchObject({ ok: false, problem: "past" });
  });

  it("refuses what is not a time on the calendar, and a time more than a year ahead", () => {
    for (const given of ["2027-02-30T09:00Z", "2027-09-10T25:00Z", "next tuesday", "2027-09-10T09:00+15:00"])
      expect(parseSendTime(given, now), given).toMatchObject({ ok: false, problem: "not-a-time" });
    expect(parseSendTime("", now)).toMatchObject({
      ok: false,
      message: "no send time was given: give a date and time such as 2026-09-10T09:00-04:00",
    });
    expect(parseSendTime("2028-01-10T09:00Z", now)).toEqual({
      ok: false,
      problem: "too-far",
      message: '"2028-01-10T09:00Z" is more than a year away: schedule a send within a year',
    });
  });
});

describe("scheduling a send", () => {
  it("checks and plans it now, writes the plan and its time together, and sends nothing yet", async () => {
    const w = await seedWorkspace();
    const at = new Date(Date.now() + 2 * HOUR).toISOString().replace("Z", "+00:00");
    const result = await w.sender.schedule(await approvedTarget(w), { csv: w.list }, at, {
      transport: "outbox",
      by: "pat@example-health.org",
    });
    expect(result.status).toBe("scheduled");
    if (result.status !== "scheduled") return;
    expect(result.plan.recipients).toBe(2);
    expect(result.plan.subject).toBe((await approvedTarget(w)).material.subject);
    expect(result.schedule).toMatchObject({ given: at, by: "pat@example-health.org" });
    expect(Date.parse(result.schedule.dueAt)).toBe(Date.parse(at));
    const [listed, ...others] = await w.sender.schedules();
    expect(others).toEqual([]);
    expect(listed).toMatchObject({ sendId: result.plan.sendId, state: "pending", orphaned: false });
    expect(await outboxFiles(w.chorusDir, result.plan.sendId)).toEqual([]);
    expect((await readReport(w.chorusDir, result.plan.sendId)).status).toBe("planned");
    // It is not a send waiting to be resumed: it starts at its time, or is cancelled.
    const resumed = await w.sender.resume(result.plan.sendId, w.target);
    expect(resumed).toMatchObject({ status: "refused", refusals: [{ code: "scheduled-send" }] });
  });

  it("refuses what a send refuses: a campaign that is not approved, a list with invalid rows", async () => {
    const w = await seedWorkspace();
    const at = new Date(Date.now() + HOUR).toISOString();
    const draft = await w.target({
      campaignId: "what-leaders-can-do-this-quarter",
      materialId: "briefing-leaders",
      partnerId: "collaborative",
    });
    if (!draft.ok) throw new Error("the seed changed");
    expect(await w.sender.schedule(draft.value, { csv: w.list }, at, { transport: "outbox" })).toMatchObject({
      status: "refused",
      refusals: [{ code: "not-approved" }],
    });
    const invalid = path.join(w.dir, "invalid.csv");
    await writeFile(invalid, "email\nana@example.org\nana@example\n");
    const refused = await w.sender.schedule(await approvedTarget(w), { csv: invalid }, at, {
      transport: "outbox",
    });
    expect(refused).toMatchObject({ status: "refused", refusals: [{ code: "invalid-rows" }] });
    expect(refused.status === "refused" && refused.import?.problems[0]?.message).toBe(
      '"ana@example" is not a valid email address: it is missing the part after the dot, such as .org',
    );
    expect(await w.sender.schedules()).toEqual([]);
  });

  it("refuses a time in the past or without a time zone, writing nothing", async () => {
    const w = await seedWorkspace();
    const target = await approvedTarget(w);
    for (const [at, problem] of [
      [new Date(Date.now() - 60_000).toISOString(), "past"],
      ["2027-09-10T09:00", "no-time-zone"],
    ] as const) {
      const result = await w.sender.schedule(target, { csv: w.list }, at, { transport: "outbox" });
      expect(result, at).toMatchObject({
        status: "refused",
        refusals: [{ code: "invalid-send-time", given: at, timeProblem: problem }],
      });
    }
    expect(await readdir(w.chorusDir).catch(() => [])).not.toContain("sends");
  });

  it("refuses an email showing a figure whose review date comes before the send would go out", async () => {
    const w = await seedWorkspace();
    const found = await w.target({ ...APPROVED, campaignId: "burnout-is-a-system-problem" });
    if (!found.ok) throw new Error("the seed changed");
    // physician-burnout-2024 is due for review on 2027-01-31: fine today, not on 2027-02-05.
    const result = await w.sender.schedule(found.value, { csv: w.list }, "2027-02-05T09:00-05:00", {
      transport: "outbox",
      now: new Date("2026-12-05T12:00:00Z"),
    });
    expect(result).toMatchObject({
      status: "refused",
      refusals: [
        { code: "fact-past-review", facts: [{ id: "physician-burnout-2024", reviewBy: "2027-01-31" }] },
      ],
    });
    expect(result.status === "refused" && result.refusals[0]?.message).toMatch(
      /would go out at 2027-02-05 14:00 UTC, after the review date of a figure it shows: fact "physician-burnout-2024" is due for review on 2027-01-31/,
    );
  });

  it("holds back another send of the same email from the same partner until it starts or is cancelled", async () => {
    const w = await seedWorkspace();
    const target = await approvedTarget(w);
    const at = new Date(Date.now() + HOUR).toISOString();
    const first = await w.sender.schedule(target, { csv: w.list }, at, { transport: "outbox" });
    if (first.status !== "scheduled") throw new Error(first.status);
    const now = await w.sender.plan(target, { csv: w.list }, { transport: "outbox" });
    expect(now).toMatchObject({
      status: "refused",
      refusals: [{ code: "scheduled-send", sendId: first.plan.sendId, dueAt: first.schedule.dueAt }],
    });
    const second = await w.sender.schedule(target, { csv: w.list }, at, { transport: "outbox" });
    expect(second).toMatchObject({ status: "refused", refusals: [{ code: "scheduled-send" }] });
  });
});

describe("starting a scheduled send at its time", () => {
  it("does nothing before its time, then starts it once, checked again, and runs it as a send", async () => {
    const w = await seedWorkspace();
    const scheduled = await w.sender.schedule(
      await approvedTarget(w),
      { csv: w.list },
      new Date(Date.now() + HOUR).toISOString(),
      { transport: "outbox" },
    );
    if (scheduled.status !== "scheduled") throw new Error(scheduled.status);
    const { sendId } = scheduled.plan;
    const due = Date.parse(scheduled.schedule.dueAt);
    expect(await w.sender.dueSchedules(new Date(due - 1))).toEqual([]);
    expect(await w.sender.startScheduled(sendId, w.target, { now: new Date(due - 1) })).toEqual({
      status: "not-due",
      dueAt: scheduled.schedule.dueAt,
    });

    expect((await w.sender.dueSchedules(new Date(due))).map((s) => s.sendId)).toEqual([sendId]);
    const started = await w.sender.startScheduled(sendId, w.target, { now: new Date(due + 5 * 60_000) });
    expect(started).toMatchObject({ status: "started", lateMs: 5 * 60_000, recovered: false });
    if (started.status !== "started") return;
    const result = await started.run();
    expect(result.status).toBe("complete");
    expect(result.report.sent).toBe(2);
    expect(await outboxFiles(w.chorusDir, sendId)).toHaveLength(2);

    expect(await w.sender.startScheduled(sendId, w.target, { now: new Date(due + HOUR) })).toMatchObject({
      status: "already-started",
    });
    expect(await w.sender.cancelSchedule(sendId)).toMatchObject({ status: "already-started" });
    expect((await w.sender.schedules())[0]).toMatchObject({ state: "started", orphaned: false });
    // Once started it is listed as any send, with its schedule.
    const [listed] = await w.sender.list();
    expect(listed).toMatchObject({ sendId, schedule: { state: "started" }, report: { status: "complete" } });
  });

  it("does not send an email changed after its approval since it was scheduled, and says why", async () => {
    const w = await seedWorkspace();
    const scheduled = await w.sender.schedule(
      await approvedTarget(w),
      { csv: w.list },
      new Date(Date.now() + HOUR).toISOString(),
      { transport: "outbox" },
    );
    if (scheduled.status !== "scheduled") throw new Error(scheduled.status);
    const file = path.join(w.contentDir, APPROVED.campaignId, "campaign.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, "title: Edited later"));

    const started = await w.sender.startScheduled(scheduled.plan.sendId, w.target, {
      now: new Date(Date.parse(scheduled.schedule.dueAt) + 1_000),
    });
    expect(started).toMatchObject({ status: "refused", refusals: [{ code: "edited-after-approval" }] });
    expect(await outboxFiles(w.chorusDir, scheduled.plan.sendId)).toEqual([]);
    // Listed as a stopped send with the reason, to resume once it is approved again.
    const report = await readReport(w.chorusDir, scheduled.plan.sendId);
    expect(report.status).toBe("paused");
    expect(report.pausedReason).toMatch(
      /^not sent at its scheduled time: campaign "crisis-and-peer-support" was changed after it was approved/,
    );
    expect((await w.sender.schedules())[0]).toMatchObject({ state: "started", orphaned: false });
  });
});

describe("cancelling a scheduled send", () => {
  it("stops it for good, forgets its recipients, and lets the email be sent again to everyone", async () => {
    const w = await seedWorkspace();
    const target = await approvedTarget(w);
    const scheduled = await w.sender.schedule(
      target,
      { csv: w.list },
      new Date(Date.now() + HOUR).toISOString(),
      {
        transport: "outbox",
      },
    );
    if (scheduled.status !== "scheduled") throw new Error(scheduled.status);
    const { sendId } = scheduled.plan;
    expect(await w.sender.cancelSchedule(sendId, { by: "pat@example-health.org" })).toMatchObject({
      status: "cancelled",
    });
    await expect(stat(sendPaths(w.chorusDir, sendId).recipients)).rejects.toThrow();
    expect(await w.sender.cancelSchedule(sendId)).toEqual({ status: "already-cancelled" });
    expect(await w.sender.startScheduled(sendId, w.target, { now: new Date(Date.now() + 2 * HOUR) })).toEqual(
      { status: "cancelled" },
    );
    expect((await w.sender.schedules())[0]).toMatchObject({
      state: "cancelled",
      outcome: { outcome: "cancelled", by: "pat@example-health.org" },
    });

    const now = await w.sender.plan(target, { csv: w.list }, { transport: "outbox" });
    expect(now.status).toBe("planned");
    expect(now.status === "planned" && now.plan.recipients).toBe(2);
  });

  // Forty schedules planned, claimed and cancelled on disk: seconds alone, a minute beside the rest of CI.
  it("ends in exactly one of cancelled or started when both happen at once (40 trials)", {
    timeout: 120_000,
  }, async () => {
    const dir = await tempDir();
    const past = new Date(Date.now() - 1_000);
    for (let trial = 0; trial < 40; trial++) {
      const sendId = await fakeSchedule(dir, `newsletter-${trial}`, past);
      // Either one asks first, in turn.
      const [claim, cancel] =
        trial % 2 === 0
          ? await Promise.all([claimSchedule(dir, sendId, new Date()), cancelSchedule(dir, sendId)])
          : await Promise.all([cancelSchedule(dir, sendId), claimSchedule(dir, sendId, new Date())]).then(
              ([cancelled, claimed]) => [claimed, cancelled] as const,
            );
      const winners = [claim.status === "claimed", cancel.status === "cancelled"].filter(Boolean);
      expect(winners, `trial ${trial}: ${claim.status} / ${cancel.status}`).toHaveLength(1);
      const [listed] = (await listSchedules(dir)).filter((s) => s.sendId === sendId);
      expect(listed?.state).toBe(claim.status === "claimed" ? "started" : "cancelled");
      if (claim.status !== "claimed") expect(claim.status).toBe("cancelled");
      else expect(cancel.status).toBe("already-started");
    }
  });
});

describe("a crash between the steps of a scheduled send", () => {
  it("leaves nothing scheduled when it comes before the plan is in place", async () => {
    const dir = await tempDir();
    // What a crash while planning leaves: a staging folder holding a schedule, never renamed into place.
    const staging = path.join(dir, "sends", "newsletter-20261205-120000Z-abcd.staging-999999");
    await mkdir(staging, { recursive: true });
    await writeFile(
      path.join(staging, "schedule.json"),
      JSON.stringify({ version: 1, dueAt: new Date().toISOString() }),
    );
    expect(await listSchedules(dir)).toEqual([]);
  });

  it("starts it again, once, when the process that claimed it died before sending anything", async () => {
    const dir = await tempDir();
    const sendId = await fakeSchedule(dir, "newsletter", new Date(Date.now() - 1_000), 250);
    const child = await run(process.execPath, [
      "--import",
      "tsx",
      path.join(here, "procs", "schedule-child.ts"),
      "claim-then-exit",
      dir,
      sendId,
    ]);
    expect(JSON.parse(child.stdout.trim())).toEqual({ status: "claimed" });
    const [orphan] = await listSchedules(dir);
    expect(orphan).toMatchObject({ state: "started", orphaned: true });

    const [first, second] = await Promise.all([
      claimSchedule(dir, sendId, new Date()),
      claimSchedule(dir, sendId, new Date()),
    ]);
    expect([first.status, second.status].sort()).toEqual(["already-started", "claimed"]);
    expect(first.status === "claimed" ? first : second).toMatchObject({ recovered: true });
    await runSend({
      chorusDir: dir,
      sendId,
      transport: new OutboxTransport(path.join(dir, "outbox", sendId)),
      render: fakeRenderer(),
      requestsPerSecond: null,
    });
    expect(await outboxFiles(dir, sendId)).toHaveLength(250);
    expect(await claimSchedule(dir, sendId, new Date())).toMatchObject({ status: "already-started" });
  }, 60_000);

  it("leaves a send that died part-way to be resumed, and never starts it over", async () => {
    const dir = await tempDir();
    const sendId = await fakeSchedule(dir, "newsletter", new Date(Date.now() - 1_000), 450);
    await expect(
      run(process.execPath, [
        "--import",
        "tsx",
        path.join(here, "procs", "schedule-child.ts"),
        "claim-and-die-mid-send",
        dir,
        sendId,
      ]),
    ).rejects.toMatchObject({ signal: "SIGKILL" });
    const [died] = await listSchedules(dir);
    expect(died).toMatchObject({ state: "started", orphaned: false });
    expect(await claimSchedule(dir, sendId, new Date())).toMatchObject({ status: "already-started" });
    const report = await readReport(dir, sendId);
    expect(report.status).toBe("in-progress");
    expect(report.sent).toBeGreaterThan(0);

    const resumed = await runSend({
      chorusDir: dir,
      sendId,
      transport: new OutboxTransport(path.join(dir, "outbox", sendId)),
      render: fakeRenderer(),
      requestsPerSecond: null,
    });
    expect(resumed.report).toMatchObject({ status: "complete", sent: 450 });
    expect(await outboxFiles(dir, sendId)).toHaveLength(450);
  }, 60_000);
});

/** Timers that fire only when the test says, on a clock the test moves. */
function manualClock(start: number) {
  let now = start;
  const timers: { fire: () => void; at: number; ms: number }[] = [];
  const clock: SchedulerClock = {
    now: () => now,
    setTimer: (fire, ms) => {
      const timer = { fire, at: now + ms, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const index = timers.indexOf(handle as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
  };
  return {
    clock,
    get armed() {
      return timers.map((t) => t.ms);
    },
    /** Move the clock to the next timer and fire it. */
    fireNext() {
      const timer = timers.shift();
      if (!timer) throw new Error("no timer armed");
      now = timer.at;
      timer.fire();
    },
    set(to: number) {
      now = to;
    },
  };
}

describe("the scheduler a builder runs", () => {
  async function scheduler(w: Awaited<ReturnType<typeof seedWorkspace>>, start: number, rescanMs?: number) {
    const time = manualClock(start);
    const started: StartedSchedule[] = [];
    const errors: unknown[] = [];
    const s = new SendScheduler({
      sender: w.sender,
      target: w.target,
      clock: time.clock,
      onStart: (send) => started.push(send),
      onError: (error) => errors.push(error),
      ...(rescanMs === undefined ? {} : { rescanMs }),
    });
    cleanups.push(async () => s.stop());
    return { s, time, started, errors };
  }

  it("waits past setTimeout's 24.8-day limit in steps, and starts the send at its time, once", async () => {
    const w = await seedWorkspace();
    const now = Date.now();
    const scheduled = await w.sender.schedule(
      await approvedTarget(w),
      { csv: w.list },
      new Date(now + 40 * DAY).toISOString(),
      { transport: "outbox", now: new Date(now) },
    );
    if (scheduled.status !== "scheduled") throw new Error(JSON.stringify(scheduled));
    const { s, time, started, errors } = await scheduler(w, now, Number.POSITIVE_INFINITY);
    await s.start();
    expect(time.armed).toEqual([MAX_TIMER_MS]);
    time.fireNext();
    await s.rescan();
    expect(started).toEqual([]);
    expect(time.armed).toEqual([40 * DAY - MAX_TIMER_MS]);
    time.fireNext();
    await s.rescan();
    expect(started.map((x) => [x.sendId, x.late])).toEqual([[scheduled.plan.sendId, false]]);
    expect(time.armed).toEqual([]);
    expect(errors).toEqual([]);
    expect((await started[0]!.run()).status).toBe("complete");
  });

  it("starts at once, and says it is late, a send whose time passed while no scheduler ran", async () => {
    const w = await seedWorkspace();
    const now = Date.now();
    const scheduled = await w.sender.schedule(
      await approvedTarget(w),
      { csv: w.list },
      new Date(now + HOUR).toISOString(),
      { transport: "outbox", now: new Date(now) },
    );
    if (scheduled.status !== "scheduled") throw new Error(scheduled.status);
    const { s, started } = await scheduler(w, now + 3 * HOUR);
    await s.start();
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ sendId: scheduled.plan.sendId, late: true, lateMs: 2 * HOUR });
    await started[0]!.run();
  });

  it("finds a send another process scheduled when it next reads the folder", async () => {
    const w = await seedWorkspace();
    const now = Date.now();
    const { s, time, started } = await scheduler(w, now, 30_000);
    await s.start();
    expect(time.armed).toEqual([30_000]);
    // `chorus send --at` in a terminal, a minute from now.
    const other = new CampaignSender({ chorusDir: w.chorusDir });
    const scheduled = await other.schedule(
      await approvedTarget(w),
      { csv: w.list },
      new Date(now + 60_000).toISOString(),
      { transport: "outbox", now: new Date(now) },
    );
    if (scheduled.status !== "scheduled") throw new Error(scheduled.status);
    time.fireNext();
    await s.rescan();
    expect(time.armed).toEqual([30_000]);
    time.fireNext();
    await s.rescan();
    expect(started.map((x) => x.sendId)).toEqual([scheduled.plan.sendId]);
    await started[0]!.run();
  });
});
