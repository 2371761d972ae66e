// One `chorus send` as its own process, for the race tests: plan the test email to a list, and
// if planned, send it through the outbox. Prints one JSON line: what planning said, and the send id.
import path from "node:path";
import { OutboxTransport, planSend, runSend, SuppressionList } from "../../src/index.js";
import { approved, fakeRenderer, fields, partner } from "../fixtures/fake-renderer.js";

const [chorusDir, csv, at] = process.argv.slice(2) as [string, string, string];
while (Date.now() < Number(at)) {
  // spin to the shared start instant, so the processes plan at the same moment
}
const result = await planSend({
  chorusDir,
  campaign: approved,
  materialId: "newsletter",
  partner,
  fields,
  to: { csv },
  transport: "outbox",
  render: fakeRenderer(),
  suppressions: await SuppressionList.load(path.join(chorusDir, "suppressions.jsonl")),
});
if (result.status === "planned") {
  const sendId = result.plan.sendId;
  await runSend({
    chorusDir,
    sendId,
    transport: new OutboxTransport(path.join(chorusDir, "outbox", sendId)),
    render: fakeRenderer(),
    requestsPerSecond: null,
  });
  console.log(JSON.stringify({ status: "planned", sendId }));
} else {
  const reasons = "refusals" in result ? result.refusals.map((r) => r.message) : [];
  console.log(JSON.stringify({ status: result.status, reasons }));
}
