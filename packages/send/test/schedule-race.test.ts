import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { listSchedules, planSend } from "../src/index.js";
import { planOptions, recipientsCsv, tempDir, writeCsv } from "./helpers.js";

const here = import.meta.dirname;
const TRIALS = 30;

/** `count` schedules already due, of different emails (so none refuses another). */
async function dueSchedules(dir: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  const csv = await writeCsv(dir, recipientsCsv(3));
  const dueAt = new Date(Date.now() - 1_000).toISOString();
  for (let i = 0; i < count; i++) {
    const result = await planSend(
      await planOptions(dir, csv, {
        materialId: `newsletter-${i}`,
        transport: "outbox",
        schedule: { dueAt, given: dueAt, scheduledAt: dueAt },
      }),
    );
    if (result.status !== "planned") throw new Error(`not planned: ${JSON.stringify(result)}`);
    ids.push(result.plan.sendId);
  }
  return ids;
}

/**
 * Processes that each claim (to start) or cancel every one of `ids`, trial by trial at the same instants:
 * they start together once all of them are ready. Returns each process's answers, one per send id.
 */
async function race(dir: string, ids: string[], modes: ("claim" | "cancel")[]) {
  const children = modes.map((mode) =>
    spawn(
      process.execPath,
      ["--import", "tsx", path.join(here, "procs", "schedule-child.ts"), mode, dir, ids.join(",")],
      { stdio: ["pipe", "pipe", "inherit"] },
    ),
  );
  const outputs = children.map((child) => lines(child));
  await Promise.all(outputs.map((o) => o.ready));
  const start = Date.now() + 300;
  for (const child of children) child.stdin?.write(`${start}\n`);
  // Every process stays up until all have decided: a claimant that exited before sending anything is a dead
  // one, whose claim the others rightly take over, and on a loaded machine one process can fall seconds behind.
  await Promise.all(outputs.map((o) => o.finished));
  for (const child of children) child.stdin?.end("exit\n");
  return Promise.all(outputs.map(async (o, index) => ({ mode: modes[index]!, answers: await o.done })));
}

function lines(child: ChildProcess) {
  const answers = new Map<string, string>();
  let ready: () => void;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  let finished: () => void;
  const finishedPromise = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const done = new Promise<Map<string, string>>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line === "ready") return ready();
      if (line === "finished") return finished();
      const { sendId, status } = JSON.parse(line) as { sendId: string; status: string };
      answers.set(sendId, status);
    });
    child.on("exit", (code) => (code === 0 ? resolve(answers) : reject(new Error(`child exited ${code}`))));
  });
  return { ready: readyPromise, finished: finishedPromise, done };
}

describe("scheduled sends decided by several processes at once", () => {
  it(`are started by exactly one of four builders (${TRIALS} trials)`, async () => {
    const dir = await tempDir();
    const ids = await dueSchedules(dir, TRIALS);
    const results = await race(dir, ids, ["claim", "claim", "claim", "claim"]);
    for (const sendId of ids) {
      const answers = results.map((r) => r.answers.get(sendId));
      expect(
        answers.filter((a) => a === "claimed"),
        `${sendId}: ${answers}`,
      ).toHaveLength(1);
      expect(answers.filter((a) => a === "already-started")).toHaveLength(3);
    }
    expect((await listSchedules(dir)).map((s) => s.state)).toEqual(ids.map(() => "started"));
  }, 120_000);

  it(`end in exactly one of started or cancelled when two builders start and two people cancel (${TRIALS} trials)`, async () => {
    const dir = await tempDir();
    const ids = await dueSchedules(dir, TRIALS);
    const results = await race(dir, ids, ["claim", "cancel", "claim", "cancel"]);
    const listed = new Map((await listSchedules(dir)).map((s) => [s.sendId, s.state]));
    for (const sendId of ids) {
      const answers = results.map((r) => `${r.mode}:${r.answers.get(sendId)}`);
      const winners = answers.filter((a) => a === "claim:claimed" || a === "cancel:cancelled");
      expect(winners, `${sendId}: ${answers}`).toHaveLength(1);
      const state = listed.get(sendId);
      if (winners[0] === "claim:claimed") {
        expect(state).toBe("started");
        expect(answers.filter((a) => a.startsWith("cancel:"))).toEqual([
          "cancel:already-started",
          "cancel:already-started",
        ]);
      } else {
        expect(state).toBe("cancelled");
        expect(answers.filter((a) => a.startsWith("claim:"))).toEqual(["claim:cancelled", "claim:cancelled"]);
        expect(answers.filter((a) => a.startsWith("cancel:")).sort()).toEqual([
          "cancel:already-cancelled",
          "cancel:cancelled",
        ]);
      }
    }
  }, 120_000);
});
