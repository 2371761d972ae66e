import { writeFile } from "node:fs/promises";
import path from "node:path";
import {
  LIST,
  outboxMessages,
  PROOF_TO,
  REFUSAL_CASES,
  type RefusalCaseCode,
  refusalWorkspace,
} from "@chorus/send/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

beforeEach(() => {
  delete process.env.RESEND_API_KEY;
});

/** How `chorus send` words each refusal of the shared table: what is wrong, then the next step as a command. */
const CLI_WORDS: Record<RefusalCaseCode, RegExp> = {
  "not-approved":
    /is draft, not approved[\s\S]*Next: have it approved, or send a proof of it with --proof <address>/,
  archived: /is archived: archived campaigns cannot be sent, not even as a proof/,
  "edited-after-approval":
    /changed after it was approved on \d{4}-\d\d-\d\d[\s\S]*Next: set its status back to in-review/,
  "campaign-has-errors": /has errors to fix first[\s\S]*Next: run "chorus validate"/,
  "unknown-campaign": /there is no campaign "no-such-campaign"[\s\S]*Next: check the id/,
  "unknown-material": /has no material "no-such-email"[\s\S]*Next: check the id/,
  "not-an-email": /is a social-post, not an email/,
  "unknown-partner": /there is no partner "no-such-partner"[\s\S]*Next: check the id/,
  "partner-not-in-campaign":
    /is not one of the partners of campaign[\s\S]*Next: send it from one of .*\(--partner\)/,
  "brand-contrast": /colours that are hard to read[\s\S]*Next: change the colour in .*example-health\.yaml/,
  "partner-has-errors": /kit of partner "example-health" has errors[\s\S]*Next: run "chorus validate"/,
  "library-has-errors": /shared library has errors[\s\S]*Next: run "chorus validate"/,
  "fact-past-review":
    /shows a figure past its review date: fact "physician-suicide-rate-women" was due for review on 2026-01-31[\s\S]*Next: check the figure against its source, update the fact and its reviewBy in _library\/facts\.yaml/,
  "invalid-rows": /1 row is invalid[\s\S]*Next: fix the file, or pass --skip-invalid/,
  "invalid-proof-address": /is not a valid email address for a proof/,
  "unfinished-send":
    /is not finished[\s\S]*Next: finish it with chorus send --resume crisis-and-peer-support-/,
  "already-sent": /already received this email from this partner[\s\S]*Next: pass --again/,
  "scheduled-send":
    /is scheduled to start at \d{4}-\d\d-\d\d \d\d:\d\d UTC[\s\S]*Next: it starts at that time .*cancel it with chorus send --cancel crisis-and-peer-support-/,
};

describe("chorus send refuses everything the builder refuses, in its own words", () => {
  for (const testCase of REFUSAL_CASES) {
    for (const kind of testCase.kinds) {
      it(`refuses ${testCase.name} (${kind === "list" ? "--to" : "--proof"}), exit 1, sending nothing`, async () => {
        const workspace = await refusalWorkspace(path.join(REPO_ROOT, "campaigns"));
        try {
          await ("setup" in testCase ? testCase.setup(workspace) : undefined);
          const outboxBefore = await outboxMessages(workspace);
          await writeFile(
            path.join(workspace.dir, "list.csv"),
            ("list" in testCase ? testCase.list : undefined) ?? LIST,
          );
          const target =
            kind === "list"
              ? ["--to", "list.csv"]
              : ["--proof", ("proofTo" in testCase ? testCase.proofTo : undefined) ?? PROOF_TO];
          const args = [
            testCase.campaignId,
            "--material",
            testCase.materialId,
            "--partner",
            testCase.partnerId,
          ];
          const result = await run(["send", ...args, ...target], workspace.dir);

          expect(result.code, result.stderr).toBe(1);
          expect(result.stderr).toMatch(/✖ not sent/);
          expect(result.stderr).toMatch(CLI_WORDS[testCase.code]);
          if ("mentions" in testCase) expect(result.stderr).toMatch(testCase.mentions);
          // The builder's next steps are not the terminal's.
          expect(result.stderr).not.toMatch(/Outbox page|Unfinished sends|button|tick|Skip the rows/);
          expect(result.stderr).not.toMatch(/\n\s+at /);
          expect(await outboxMessages(workspace)).toEqual(outboxBefore);
        } finally {
          await workspace.cleanup();
        }
      });
    }
  }
});
