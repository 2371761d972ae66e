import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { OutboxTransport, type PlanResult, planSend, runSend } from "../src/index.js";
import { fakeRenderer, planOptions, recipientsCsv, tempDir, writeCsv } from "./helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

/** Every email written to the outbox, over all sends. */
async function emailsInOutbox(chorusDir: string): Promise<number> {
  const sends = await readdir(path.join(chorusDir, "outbox")).catch(() => [] as string[]);
  let count = 0;
  for (const send of sends) {
    count += (await readdir(path.join(chorusDir, "outbox", send))).filter((f) => f.endsWith(".eml")).length;
  }
  return count;
}

/** Exactly one send was planned, and every other was refused naming it. */
function expectOneSend(results: { status: string; sendId?: string; reasons?: string[] }[]): void {
  const planned = results.filter((r) => r.status === "planned");
  expect(planned).toHaveLength(1);
  const winner = planned[0]!.sendId!;
  for (const refused of results.filter((r) => r.status !== "planned")) {
    expect(refused.status).toBe("refused");
    expect(refused.reasons?.join(" ")).toContain(winner);
  }
}

describe("identical sends started at once", () => {
  it("send once when three start together in one process (10 trials)", async () => {
    for (let trial = 0; trial < 10; trial++) {
      const dir = await tempDir();
      const csv = await writeCsv(dir, recipientsCsv(300));
      const start = async () => {
        const result: PlanResult = await planSend(await planOptions(dir, csv, { transport: "outbox" }));
        if (result.status !== "planned")
          return {
            status: result.status,
            reasons: "refusals" in result ? result.refusals.map((r) => r.message) : [],
          };
        const sendId = result.plan.sendId;
        await runSend({
          chorusDir: dir,
          sendId,
          transport: new OutboxTransport(path.join(dir, "outbox", sendId)),
          render: fakeRenderer(),
          requestsPerSecond: null,
        });
        return { status: "planned", sendId };
      };
      expectOneSend(await Promise.all([start(), start(), start()]));
      expect(await emailsInOutbox(dir)).toBe(300);
    }
  }, 120_000);

  it("send once when three processes start together (5 trials)", async () => {
    for (let trial = 0; trial < 5; trial++) {
      const dir = await tempDir();
      const csv = await writeCsv(dir, recipientsCsv(300));
      const at = String(Date.now() + 2_500);
      const outputs = await Promise.all(
        [0, 1, 2].map(() =>
          run(
            process.execPath,
            ["--import", "tsx", path.join(here, "procs", "send-child.ts"), dir, csv, at],
            {
              cwd: path.join(here, ".."),
            },
          ),
        ),
      );
      expectOneSend(outputs.map((o) => JSON.parse(o.stdout.trim().split("\n").at(-1)!)));
      expect(await emailsInOutbox(dir)).toBe(300);
    }
  }, 180_000);
});
