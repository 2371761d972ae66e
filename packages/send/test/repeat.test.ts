import { describe, expect, it } from "vitest";
import { OutboxTransport, planSend, runSend, sendPaths } from "../src/index.js";
import { fakeRenderer, planned, planOptions, tempDir, writeCsv } from "./helpers.js";

async function sendAll(dir: string, sendId: string) {
  return runSend({
    chorusDir: dir,
    sendId,
    transport: new OutboxTransport(sendPaths(dir, sendId).outbox),
    render: fakeRenderer(),
    requestsPerSecond: null,
  });
}

async function plan(dir: string, csv: string, extra: { again?: boolean; proof?: string } = {}) {
  const file = await writeCsv(dir, csv, `list-${Math.random().toString(36).slice(2)}.csv`);
  return planSend(
    await planOptions(dir, file, {
      transport: "outbox",
      ...(extra.proof ? { to: { proof: extra.proof } } : {}),
      ...(extra.again ? { again: true } : {}),
    }),
  );
}

const THREE = "email,firstName\nana@example.org,Ana\nbo@example.org,Bo\ncy@example.org,Cy\n";

describe("running the same send twice", () => {
  it("skips addresses an earlier send of this email already reached, and sends to the new ones", async () => {
    const dir = await tempDir();
    const first = await planned(dir, THREE, { transport: "outbox" });
    expect((await sendAll(dir, first)).report).toMatchObject({ status: "complete", sent: 3 });

    const result = await plan(dir, `${THREE}dee@example.org,Dee\n`);
    expect(result.status).toBe("planned");
    if (result.status !== "planned") return;
    expect(result.alreadySent).toEqual({ count: 3, sendIds: [first] });
    expect(result.plan.recipients).toBe(1);
    expect((await sendAll(dir, result.plan.sendId)).report).toMatchObject({ status: "complete", sent: 1 });
  });

  it("matches earlier recipients ignoring case", async () => {
    const dir = await tempDir();
    const first = await planned(dir, THREE, { transport: "outbox" });
    await sendAll(dir, first);
    const result = await plan(dir, "email,firstName\nANA@Example.org,Ana\n");
    expect(result).toMatchObject({ status: "refused" });
  });

  it("refuses a list that the earlier send fully reached, and says how many were reached", async () => {
    const dir = await tempDir();
    await sendAll(dir, await planned(dir, THREE, { transport: "outbox" }));
    const result = await plan(dir, THREE);
    expect(result.status).toBe("refused");
    if (result.status === "refused") {
      expect(result.refusals[0]).toMatchObject({ code: "already-sent", count: 3 });
      expect(result.refusals[0]!.message).toMatch(/every address on the list already received this email/);
      expect(result.alreadySent?.count).toBe(3);
    }
  });

  it("sends to them again when asked to", async () => {
    const dir = await tempDir();
    await sendAll(dir, await planned(dir, THREE, { transport: "outbox" }));
    const result = await plan(dir, THREE, { again: true });
    expect(result).toMatchObject({ status: "planned", alreadySent: { count: 0 } });
  });

  it("refuses to start another send while an earlier one of the same email is unfinished", async () => {
    const dir = await tempDir();
    const pending = await planned(dir, THREE, { transport: "outbox" });
    const result = await plan(dir, "email,firstName\ndee@example.org,Dee\n");
    expect(result.status).toBe("refused");
    if (result.status === "refused") {
      expect(result.refusals[0]).toMatchObject({ code: "unfinished-send", sendId: pending });
      expect(result.refusals[0]!.message).toContain(
        `send ${pending} of this email from this partner is not finished`,
      );
      expect(result.unfinished).toEqual([pending]);
    }
  });

  it("does not count proofs as sends", async () => {
    const dir = await tempDir();
    const proof = await plan(dir, "", { proof: "ana@example.org" });
    expect(proof.status).toBe("planned");
    if (proof.status === "planned") await sendAll(dir, proof.plan.sendId);
    const result = await plan(dir, THREE);
    expect(result).toMatchObject({ status: "planned", alreadySent: { count: 0 } });
  });
});
