import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "@chorus/content/node";
import { describe, expect, it } from "vitest";
import { sendRefusals } from "../src/guards.js";
import { CampaignSender, resolveSendTarget, type SendRefusal } from "../src/index.js";
import { LIST, PROOF_TO, REFUSAL_CASES, refusalWorkspace } from "../src/testing/index.js";

const SEED = path.resolve(import.meta.dirname, "../../../campaigns");

/** What the package itself answers for one case: its refusals, or that it would have sent. */
async function refusalsFor(
  testCase: (typeof REFUSAL_CASES)[number],
  kind: "list" | "proof",
): Promise<SendRefusal[] | "sent"> {
  const workspace = await refusalWorkspace(SEED);
  try {
    await ("setup" in testCase ? testCase.setup(workspace) : undefined);
    const sender = new CampaignSender({ chorusDir: workspace.chorusDir });
    const found = resolveSendTarget(await loadContent(workspace.contentDir), testCase);
    if (!found.ok) return found.refusals;
    const list = path.join(workspace.dir, "list.csv");
    await writeFile(list, ("list" in testCase ? testCase.list : undefined) ?? LIST);
    const to =
      kind === "list"
        ? { csv: list }
        : { proof: ("proofTo" in testCase ? testCase.proofTo : undefined) ?? PROOF_TO };
    const planned = await sender.plan(found.value, to, { dryRun: true });
    return planned.status === "refused" ? planned.refusals : "sent";
  } finally {
    await workspace.cleanup();
  }
}

describe("the refusal table both faces are tested against", () => {
  for (const testCase of REFUSAL_CASES) {
    for (const kind of testCase.kinds) {
      it(`refuses ${testCase.name} (${kind}) with "${testCase.code}", in a sentence naming no flag or button`, async () => {
        const refusals = await refusalsFor(testCase, kind);
        expect(refusals).not.toBe("sent");
        const codes = (refusals as SendRefusal[]).map((r) => r.code);
        expect(codes).toContain(testCase.code);
        const refusal = (refusals as SendRefusal[]).find((r) => r.code === testCase.code)!;
        if ("mentions" in testCase) expect(JSON.stringify(refusal)).toMatch(testCase.mentions);
        for (const { message } of refusals as SendRefusal[]) {
          expect(message).not.toMatch(/--[a-z]|chorus send|button|Outbox page/);
        }
      });
    }
  }

  it("sends a proof of an email whose figure is past its review date: the reviewer is who checks it", async () => {
    const stale = REFUSAL_CASES.find((c) => c.code === "fact-past-review")!;
    expect(await refusalsFor(stale, "proof")).toBe("sent");
  });

  it("names every figure past its review date, and none that is still current", () => {
    const refusals = sendRefusals(
      { id: "crisis-and-peer-support", status: "approved" },
      { id: "p", postalAddress: ["1 Main St"], unsubscribeUrl: "https://p.org/u", sendingDomains: ["p.org"] },
      {
        proof: false,
        email: {
          id: "newsletter-clinicians",
          facts: [
            { id: "old-figure", reviewBy: "2026-12-03" },
            { id: "due-today", reviewBy: "2026-12-04" },
            { id: "older-figure", reviewBy: "2025-06-30" },
          ],
        },
        now: new Date("2026-12-04T09:00:00Z"),
      },
    );
    expect(refusals).toEqual([
      {
        code: "fact-past-review",
        campaignId: "crisis-and-peer-support",
        materialId: "newsletter-clinicians",
        facts: [
          { id: "old-figure", reviewBy: "2026-12-03" },
          { id: "older-figure", reviewBy: "2025-06-30" },
        ],
        message:
          'email "newsletter-clinicians" of campaign "crisis-and-peer-support" shows figures past their review dates: facts "old-figure" (due for review on 2026-12-03) and "older-figure" (due for review on 2025-06-30)',
      },
    ]);
  });

  it("sends each case's email when nothing was changed (the table refuses for its stated reason only)", async () => {
    const approved = REFUSAL_CASES.find((c) => c.code === "brand-contrast")!;
    expect(await refusalsFor({ ...approved, setup: async () => {} }, "list")).toBe("sent");
    const draft = REFUSAL_CASES.find((c) => c.code === "archived")!;
    expect(await refusalsFor({ ...draft, setup: async () => {} }, "proof")).toBe("sent");
  });
});
