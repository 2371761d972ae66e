import { useState } from "react";
import { pausedSentence } from "../shared/sends.js";
import { api, readJson, type SendSummary } from "./api.js";
import { formatWhen } from "./campaign-list.js";
import { formatLocalTime } from "./send-times.js";

/**
 * Sends that stopped before reaching everyone: paused, stopped by errors, or cut off when the builder
 * or the computer stopped. Each can be finished from here; the journal keeps anyone from a second email.
 */
export function UnfinishedSends({
  sends,
  titles,
  refresh,
}: {
  sends: SendSummary[];
  titles: Map<string, string>;
  /** Reload the list of sends (every page section showing them updates) and return it. */
  refresh: () => Promise<SendSummary[]>;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [finished, setFinished] = useState<string>();
  const [progress, setProgress] = useState<string>();

  async function resume(sendId: string) {
    setError(undefined);
    setFinished(undefined);
    setBusy(sendId);
    try {
      await readJson(api.sends[":send"].resume.$post({ param: { send: sendId } }));
      // Follow this one send (cheap), then read the whole list once it has stopped.
      for (;;) {
        const live = await readJson(api.sends[":send"].$get({ param: { send: sendId } }));
        if (live.state !== "running") {
          if (live.state === "complete" && live.report)
            setFinished(`Finished: ${n(live.report.sent)} of ${n(live.report.recipients)} sent.`);
          break;
        }
        setProgress(
          live.progress?.total
            ? `Sending: ${n(live.progress.sent)} of ${n(live.progress.total)}…`
            : "Preparing…",
        );
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }

  const unfinished = sends.filter((s) => s.state !== "complete");
  if (!error && !finished && unfinished.length === 0) return null;
  return (
    <section aria-labelledby="unfinished-heading" className="unfinished">
      <h2 id="unfinished-heading">{unfinished.length > 0 ? "Unfinished sends" : "Send finished"}</h2>
      <p className="hint">
        These sends stopped before every recipient was reached. Resuming sends only to the people still
        waiting: nobody gets the email twice.
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className={finished ? "notice notice--success" : "hint"}>
        {finished ?? progress}
      </p>
      <ul className="unfinished__list">
        {unfinished.map((s) => {
          const title = titles.get(s.report.campaignId) ?? s.report.campaignId;
          return (
            <li key={s.sendId} className="unfinished__item">
              <div>
                <strong>{title}</strong> — “{s.subject}”, {s.partnerName}
                {s.report.proof ? " (proof)" : ""}
                <br />
                <span>
                  {s.state === "running"
                    ? s.report.sent === 0
                      ? "Preparing…"
                      : `Sending: ${n(s.report.sent)} of ${n(s.report.recipients)}`
                    : `${n(s.report.sent)} of ${n(s.report.recipients)} sent${s.report.failed ? `, ${n(s.report.failed)} failed` : ""}`}
                </span>
                {s.schedule ? " · scheduled for " : " · started "}
                <time dateTime={s.schedule?.dueAt ?? s.createdAt}>
                  {s.schedule ? formatLocalTime(s.schedule.dueAt) : formatWhen(s.createdAt)}
                </time>
                {s.report.pausedReason ? (
                  <p className="hint">{pausedSentence(s.report.pausedReason)}</p>
                ) : null}
              </div>
              {s.state === "paused" || s.state === "failed" ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy !== undefined}
                  aria-label={`Resume sending ${title} (“${s.subject}”, ${s.partnerName})`}
                  onClick={() => void resume(s.sendId)}
                >
                  Resume
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const n = (count: number) => count.toLocaleString("en-US");
