import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readReport, sendPaths } from "../src/index.js";
import { Journal } from "../src/journal.js";
import { type ResendTestServer, startResendServer } from "../src/testing/index.js";
import { planned, recipientsCsv, tempDir } from "./helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, "..");
const children: ChildProcess[] = [];
let server: ResendTestServer | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await server?.close();
  server = undefined;
});

/** Run the sender in its own process group (so the whole group can be killed). */
function spawnSender(env: Record<string, string>): {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: string | null; out: string; err: string }>;
} {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "fixtures/send-child.ts")], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr!.on("data", (chunk) => {
    err += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>(
    (resolve) => child.on("exit", (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, exit };
}

describe("a send killed with SIGKILL mid-send", () => {
  it("resumes in a new process and every recipient gets exactly one email", async () => {
    server = await startResendServer();
    const dir = await tempDir();
    const total = 2_000;
    const sendId = await planned(dir, recipientsCsv(total), { batchSize: 50 });
    const env = { CHORUS_DIR: dir, SEND_ID: sendId, RESEND_BASE_URL: server.url };

    const first = spawnSender(env);
    // Kill the sender the moment the server has accepted the 10th batch, before the response
    // leaves: the batch is delivered but the journal cannot know it. That is the hard case.
    server.onAccepted = (_emails, totalAccepted) => {
      if (totalAccepted >= 500 && first.child.exitCode === null) process.kill(-first.child.pid!, "SIGKILL");
    };
    const killed = await first.exit;
    expect(killed.signal).toBe("SIGKILL");
    server.onAccepted = undefined;

    const delivered = server.accepted.length;
    expect(delivered).toBeGreaterThanOrEqual(500);
    expect(delivered).toBeLessThan(total);
    const before = await readReport(dir, sendId);
    expect(before.status).toBe("in-progress");
    // The journal lags the server: at least the batch in flight was delivered but not recorded.
    expect(before.sent).toBeLessThan(delivered);

    const second = spawnSender(env);
    const resumed = await second.exit;
    expect(resumed.err).toBe("");
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.out)).toEqual({ status: "complete", sent: total });

    const deliveries = server.deliveries();
    expect(deliveries.size).toBe(total);
    expect([...deliveries.values()].every((count) => count === 1)).toBe(true);
    // The batch delivered before the kill was sent again with its key and answered from memory.
    const replays = server.log.filter((e) => e.status === 200).length - total / 50;
    expect(replays).toBeGreaterThanOrEqual(1);
    const events = await Journal.read(sendPaths(dir, sendId).journal);
    expect(events.filter((e) => e.type === "started")).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: "finished" });
  });
});
