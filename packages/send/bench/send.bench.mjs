// `pnpm --filter @chorus/send bench`: throughput against a rate-limited Resend-compatible server, the
// rate reached when the provider takes 100–500 ms to answer, memory as the list grows, and what the
// journal's fsync costs. Uses the built package (dist/). Exits 1 if any send was not exactly once.
import { execFile } from "node:child_process";
import { mkdtemp, open, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startResendServer } from "../dist/testing.js";
import { writeCsv } from "./fixtures.mjs";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "2000,20000,100000").split(",").map(Number);
const latencies = (process.env.BENCH_LATENCIES ?? "100,300,500").split(",").map(Number);

async function child(env) {
  const { stdout } = await run(process.execPath, [path.join(here, "child.mjs")], {
    env: { ...process.env, ...env },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

async function scenario(count, serverOptions, env = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-send-bench-"));
  const server = await startResendServer(serverOptions);
  try {
    const csv = path.join(dir, "list.csv");
    await writeCsv(csv, count);
    const result = await child({
      CHORUS_DIR: path.join(dir, ".chorus"),
      CSV: csv,
      RESEND_BASE_URL: server.url,
      ...env,
    });
    const deliveries = server.deliveries();
    const once = [...deliveries.values()].every((n) => n === 1) && deliveries.size === count;
    if (!once || result.status !== "complete") {
      console.error(`  ✖ ${count} recipients: status ${result.status}, exactly once: ${once}`);
      process.exitCode = 1;
    }
    const times = server.log.filter((e) => e.status === 200).map((e) => e.at);
    const rateLimited = server.log.filter((e) => e.status === 429).length;
    return {
      ...result,
      requests: server.log.length,
      rateLimited,
      exactlyOnce: once,
      first: Math.min(...times),
      last: Math.max(...times),
      busiestSecond: busiestSecond(server.log.map((e) => e.at)),
    };
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The most requests that arrived within any one second. */
function busiestSecond(times) {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** Requests per second from the first accepted request to the last (N requests span N − 1 intervals). */
function achievedRate(r) {
  return ((r.requests - r.rateLimited - 1) * 1000) / (r.last - r.first);
}

console.log(
  `@chorus/send benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);

// 1. Throughput: 20,000 recipients, server allows 10 requests/s of 100 emails; the sender is set to the same rate.
{
  const limit = 10;
  const r = await scenario(20_000, { rateLimit: { requests: limit } }, { RATE: String(limit) });
  const achieved = achievedRate(r);
  const emailsPerSecond = (r.sent * 1000) / r.sendMs;
  console.log("Throughput (20,000 recipients, limit 10 req/s × 100 emails)");
  console.log(`  requests ${r.requests}, 429s ${r.rateLimited}, exactly once: ${r.exactlyOnce}`);
  console.log(
    `  send ${(r.sendMs / 1000).toFixed(2)} s, ${emailsPerSecond.toFixed(0)} emails/s, achieved ${achieved.toFixed(2)} req/s = ${((achieved / limit) * 100).toFixed(1)} % of the limit`,
  );
  console.log(`  plan (stream, validate, write recipients.jsonl) ${r.planMs.toFixed(0)} ms\n`);
}

// 2. Pacing under provider latency: the server answers each request after 100, 300 or 500 ms (a distant
// provider's response time) and allows 10 requests/s; the sender is set to the same rate and chooses how many
// requests to keep in flight. For comparison, the same with a fixed two in flight (the sender before it
// adapted), on a shorter list. "Busiest second" counts arrivals at the server, so it includes network and
// event-loop jitter on top of the sender's spacing.
{
  const limit = 10;
  console.log(
    `Pacing under latency (limit ${limit} req/s × 100 emails; server adds a fixed delay per request)`,
  );
  for (const latency of latencies) {
    for (const [label, count, env] of [
      ["adaptive      ", 15_000, {}],
      ["fixed 2 (old) ", 2_000, { CONCURRENCY: "2" }],
    ]) {
      const r = await scenario(
        count,
        { rateLimit: { requests: limit }, faults: { slow: 1, slowMs: latency } },
        { RATE: String(limit), ...env },
      );
      const achieved = achievedRate(r);
      console.log(
        `  ${String(latency).padStart(3)} ms, ${label} ${String(r.requests).padStart(3)} requests in ${(r.sendMs / 1000).toFixed(1).padStart(4)} s: ` +
          `achieved ${achieved.toFixed(2)} req/s = ${((achieved / limit) * 100).toFixed(1)} % of the limit, ` +
          `busiest second ${r.busiestSecond}, 429s ${r.rateLimited}, exactly once: ${r.exactlyOnce}`,
      );
    }
  }
  console.log();
}

// 3. Memory as the list grows: plan + send with no rate limit, peak RSS of the sending process.
console.log("Memory (plan + send, no rate limit, peak RSS of the sending process)");
for (const count of sizes) {
  const r = await scenario(count, {});
  console.log(
    `  ${String(count).padStart(7)} recipients: peak RSS ${r.maxRssMiB.toFixed(0)} MiB, plan ${r.planMs.toFixed(0)} ms, send ${r.sendMs.toFixed(0)} ms (${((r.sent * 1000) / r.sendMs).toFixed(0)} emails/s), exactly once: ${r.exactlyOnce}`,
  );
}
console.log();

// 4. Journal overhead: the same 20,000-recipient send with fsync after every journal append, and without.
console.log("Journal overhead (20,000 recipients, 200 batches, no rate limit; median of 3)");
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const sync of ["every-append", "none"]) {
  const times = [];
  for (let i = 0; i < 3; i++) times.push((await scenario(20_000, {}, { SYNC: sync })).sendMs);
  console.log(`  fsync ${sync.padEnd(12)} send ${median(times).toFixed(0)} ms`);
}
{
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-journal-bench-"));
  for (const sync of [true, false]) {
    const handle = await open(path.join(dir, `j-${sync}`), "a");
    const line = `${JSON.stringify({ type: "accepted", at: new Date().toISOString(), batch: 1, ids: Array.from({ length: 100 }, (_, i) => `4ef9a417-02e9-4d39-ad75-9611e0fc${String(i).padStart(4, "0")}`), rows: Array.from({ length: 100 }, (_, i) => i + 2), rejected: [] })}\n`;
    const t = performance.now();
    for (let i = 0; i < 500; i++) {
      await handle.write(line);
      if (sync) await handle.datasync();
    }
    const per = (performance.now() - t) / 500;
    await handle.close();
    console.log(
      `  one batch's journal line (${line.length} bytes) ${sync ? "with" : "without"} fdatasync: ${per.toFixed(3)} ms`,
    );
  }
  await rm(dir, { recursive: true, force: true });
}
