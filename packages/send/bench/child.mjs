// One plan + send in a fresh process, so its peak RSS is the sender's alone.
import path from "node:path";
import { planSend, ResendTransport, runSend, SuppressionList } from "../dist/index.js";
import { campaign, fields, partner, render } from "./fixtures.mjs";

const { CHORUS_DIR, CSV, RESEND_BASE_URL, RATE, SYNC, CONCURRENCY } = process.env;
const t0 = performance.now();
const planned = await planSend({
  chorusDir: CHORUS_DIR,
  campaign,
  materialId: "newsletter",
  partner,
  fields,
  to: { csv: CSV },
  transport: "resend",
  render,
  suppressions: await SuppressionList.load(path.join(CHORUS_DIR, "suppressions.jsonl")),
});
if (planned.status !== "planned") throw new Error(JSON.stringify(planned));
const t1 = performance.now();
const result = await runSend({
  chorusDir: CHORUS_DIR,
  sendId: planned.plan.sendId,
  transport: new ResendTransport({ apiKey: "re_bench", baseUrl: RESEND_BASE_URL }),
  render,
  requestsPerSecond: RATE ? Number(RATE) : null,
  // Unset: the sender's own choice (adapts to the response time when there is a rate).
  ...(CONCURRENCY ? { concurrency: Number(CONCURRENCY) } : {}),
  journalSync: SYNC === "none" ? "none" : "every-append",
});
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    status: result.status,
    sent: result.report.sent,
    planMs: t1 - t0,
    sendMs: t2 - t1,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
