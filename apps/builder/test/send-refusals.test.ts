import path from "node:path";
import {
  LIST,
  outboxMessages,
  PROOF_TO,
  REFUSAL_CASES,
  type RefusalCaseCode,
  refusalWorkspace,
} from "@chorus/send/testing";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { REPO_ROOT, testConfig } from "./helpers.js";

/**
 * How the builder words each refusal of the shared table, and the status it answers with: the next step
 * names a page or a checkbox, never a command-line flag.
 */
const BUILDER_WORDS: Record<RefusalCaseCode, { status: 404 | 422; words: RegExp }> = {
  "fact-past-review": {
    status: 422,
    words:
      /shows a figure past its review date.*Check the figure against its source and update the fact and its review date in the library \(fixed in the campaigns folder, not here\)/,
  },
  "not-approved": {
    status: 422,
    words: /is draft, not approved.*Approve it first, or send a proof to review it/,
  },
  archived: { status: 422, words: /is archived: archived campaigns cannot be sent, not even as a proof/ },
  "edited-after-approval": {
    status: 422,
    words: /changed after it was approved on \d{4}-\d\d-\d\d: send it back to review and approve it again/,
  },
  "campaign-has-errors": {
    status: 422,
    words: /campaign "[a-z-]+" has errors to fix first: .* \(line \d+\)/,
  },
  "unknown-campaign": { status: 404, words: /no campaign "no-such-campaign"/ },
  "unknown-material": { status: 404, words: /has no material "no-such-email"/ },
  "not-an-email": { status: 422, words: /is a social-post, not an email/ },
  "unknown-partner": { status: 404, words: /no partner "no-such-partner"/ },
  "partner-not-in-campaign": { status: 422, words: /is not one of the partners of campaign/ },
  "brand-contrast": {
    status: 422,
    words: /hard to read, so its emails cannot be exported or sent yet: .*example-health\.yaml colors\.text/,
  },
  "partner-has-errors": {
    status: 422,
    words: /kit of partner "example-health" has errors.*fixed in the campaigns folder/,
  },
  "library-has-errors": { status: 422, words: /shared library has errors.*fixed in the campaigns folder/ },
  "invalid-rows": {
    status: 422,
    words: /1 row is invalid: fix the file, or tick “Skip the rows with problems/,
  },
  // The builder's form takes one address: the route refuses anything else before it reaches @chorus/send.
  "invalid-proof-address": { status: 422, words: /enter one email address for the proof/ },
  "unfinished-send": {
    status: 422,
    words: /is not finished.*Resume on the Outbox page, under “Unfinished sends”/,
  },
  "already-sent": { status: 422, words: /already received this email from this partner/ },
  "scheduled-send": {
    status: 422,
    words:
      /already scheduled to go out from this partner at .* UTC.*cancel it on the Outbox page under “Scheduled sends”/,
  },
};

describe("the builder refuses everything chorus send refuses, in its own words", () => {
  for (const testCase of REFUSAL_CASES) {
    for (const kind of testCase.kinds) {
      const route = kind === "list" ? "sends" : "proof";
      it(`refuses ${testCase.name} (POST …/${route}) with ${BUILDER_WORDS[testCase.code].status}, sending nothing`, async () => {
        const workspace = await refusalWorkspace(path.join(REPO_ROOT, "campaigns"));
        try {
          await ("setup" in testCase ? testCase.setup(workspace) : undefined);
          const outboxBefore = await outboxMessages(workspace);
          const { app } = createApp(testConfig(workspace.contentDir, workspace.chorusDir));
          const base = `http://127.0.0.1/api/campaigns/${testCase.campaignId}`;
          const response =
            kind === "list"
              ? await app.request(
                  `${base}/sends?material=${testCase.materialId}&partner=${testCase.partnerId}`,
                  {
                    method: "POST",
                    headers: { "content-type": "text/csv" },
                    body: ("list" in testCase ? testCase.list : undefined) ?? LIST,
                  },
                )
              : await app.request(`${base}/proof`, {
                  method: "POST",
                  headers: { "content-type": "application/json" },
                  body: JSON.stringify({
                    material: testCase.materialId,
                    partner: testCase.partnerId,
                    to: ("proofTo" in testCase ? testCase.proofTo : undefined) ?? PROOF_TO,
                  }),
                });
          const body = (await response.json()) as { error: string; reasons?: string[] };
          const text = [body.error, ...(body.reasons ?? [])].join("\n");

          expect(response.status, text).toBe(BUILDER_WORDS[testCase.code].status);
          expect(text).toMatch(BUILDER_WORDS[testCase.code].words);
          if ("mentions" in testCase) expect(text).toMatch(testCase.mentions);
          // The terminal's next steps are not the builder's.
          expect(text).not.toMatch(/--[a-z]|chorus send|chorus validate/);
          expect(await outboxMessages(workspace)).toEqual(outboxBefore);
        } finally {
          await workspace.cleanup();
        }
      });
    }
  }
});
