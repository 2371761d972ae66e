// A builder or `chorus send --due` in a process of its own, for the schedule race and crash tests.
//   claim|cancel <chorusDir> <sendId,sendId,…>: prints "ready", waits for a start instant (ms) on stdin,
//     then per send id, each at its own instant 150 ms apart, claims it to start or cancels it; one JSON
//     line per send: { sendId, status }; then "finished", and it exits at the next line on stdin.
//   claim-then-exit <chorusDir> <sendId>: claims it and exits before sending anything (a crash there).
//   claim-and-die-mid-send <chorusDir> <sendId>: claims it, sends, and is killed after the first batch.
import path from "node:path";
import { createInterface } from "node:readline";
import { OutboxTransport, runSend } from "../../src/index.js";
import { cancelSchedule, claimSchedule } from "../../src/schedule.js";
import { fakeRenderer } from "../fixtures/fake-renderer.js";

const [mode, chorusDir, ids] = process.argv.slice(2) as [string, string, string];

if (mode === "claim" || mode === "cancel") {
  console.log("ready");
  const lines = createInterface({ input: process.stdin });
  const input = lines[Symbol.asyncIterator]();
  const start = Number((await input.next()).value);
  for (const [index, sendId] of ids.split(",").entries()) {
    const at = start + index * 150;
    while (Date.now() < at) {
      // spin to the shared instant, so the processes decide at the same moment
    }
    const result =
      mode === "claim"
        ? await claimSchedule(chorusDir, sendId, new Date())
        : await cancelSchedule(chorusDir, sendId);
    console.log(JSON.stringify({ sendId, status: result.status }));
  }
  // Alive until every process has decided (the parent says so): exiting is what a crash looks like.
  console.log("finished");
  await input.next();
  lines.close();
} else if (mode === "claim-then-exit") {
  const result = await claimSchedule(chorusDir, ids, new Date());
  console.log(JSON.stringify({ status: result.status }));
  process.exit(0);
} else if (mode === "claim-and-die-mid-send") {
  const result = await claimSchedule(chorusDir, ids, new Date());
  if (result.status !== "claimed") throw new Error(`not claimed: ${result.status}`);
  await runSend({
    chorusDir,
    sendId: ids,
    transport: new OutboxTransport(path.join(chorusDir, "outbox", ids)),
    render: fakeRenderer(),
    requestsPerSecond: null,
    concurrency: 1,
    onProgress: (progress) => {
      if (progress.batchesDone >= 1) process.kill(process.pid, "SIGKILL");
    },
  });
}
