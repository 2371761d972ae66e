import type { Progress } from "./sender.js";

const n = (value: number) => value.toLocaleString("en-US");

function duration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0
    ? `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`
    : `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * One line of send progress: a bar when `barWidth` > 0 (for a terminal), then counts, rate and
 * ETA, e.g. `[#########-----------]  45%  sent 9,000  failed 0  skipped 12  980/s  ETA 0:12`.
 */
export function formatProgress(progress: Progress, barWidth = 0): string {
  const share = progress.batches === 0 ? 1 : Math.min(1, progress.batchesDone / progress.batches);
  const percent = `${String(Math.floor(share * 100)).padStart(3)}%`;
  const bar = barWidth > 0 ? `[${"#".repeat(Math.round(share * barWidth)).padEnd(barWidth, "-")}] ` : "";
  const eta = progress.etaMs !== undefined ? `  ETA ${duration(progress.etaMs)}` : "";
  const waiting = progress.waiting ? `  (${progress.waiting})` : "";
  return (
    `${bar}${percent}  sent ${n(progress.sent)}  failed ${n(progress.failed)}  skipped ${n(progress.skipped)}` +
    `  ${n(Math.round(progress.rate))}/s${eta}${waiting}`
  );
}
