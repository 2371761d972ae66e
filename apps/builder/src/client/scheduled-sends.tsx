import { useEffect, useRef, useState } from "react";
import { type ApiError, api, readJson, type WaitingSend } from "./api.js";
import { formatLocalTime, localTimeZone } from "./send-times.js";

/**
 * Sends scheduled for a later time and not started yet, soonest first, each with a Cancel (asked again
 * before it is done). Once a send starts it leaves this list and is listed with the other sends.
 */
export function ScheduledSends({
  schedules,
  titles,
  refresh,
}: {
  schedules: WaitingSend[];
  titles: Map<string, string>;
  /** Read the scheduled sends (and the other sends) again. */
  refresh: () => Promise<unknown>;
}) {
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  // Focus follows the question: "Keep it" when it is asked, the row's Cancel… when it is answered "keep".
  const returnTo = useRef<string>(undefined);
  useEffect(() => {
    const id = confirming
      ? `keep-${confirming}`
      : returnTo.current
        ? `cancel-${returnTo.current}`
        : undefined;
    if (id) document.getElementById(id)?.focus();
    returnTo.current = undefined;
  }, [confirming]);

  async function cancel(send: WaitingSend) {
    setBusy(true);
    setMessage(undefined);
    try {
      await readJson(api.schedules[":send"].cancel.$post({ param: { send: send.sendId } }));
      setMessage({
        kind: "success",
        text: `Cancelled: “${send.subject}” will not be sent on ${formatLocalTime(send.dueAt)}.`,
      });
    } catch (error) {
      setMessage({ kind: "error", text: (error as ApiError).message });
    } finally {
      setConfirming(undefined);
      setBusy(false);
      await refresh();
    }
  }

  if (schedules.length === 0 && !message) return null;
  const zone = localTimeZone();
  return (
    <section aria-labelledby="scheduled-heading" className="scheduled">
      <h2 id="scheduled-heading">Scheduled sends</h2>
      <p className="hint">
        These go out by themselves at their time (shown in your time zone, {zone.name}). The builder must be
        running then; if it is not, a send starts as soon as it runs again.
      </p>
      <p role="status" className={message ? `notice notice--${message.kind}` : "visually-hidden"}>
        {message?.text}
      </p>
      {schedules.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Scheduled sends, soonest first</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Campaign</th>
                <th scope="col">Partner</th>
                <th scope="col">Recipients</th>
                <th scope="col">Goes out</th>
                <th scope="col">
                  <span className="visually-hidden">Cancel</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {schedules.map((send) => {
                const title = titles.get(send.campaignId) ?? send.campaignId;
                return (
                  <tr key={send.sendId}>
                    <th scope="row">{send.subject}</th>
                    <td>{title}</td>
                    <td>{send.partnerName}</td>
                    <td>
                      {send.recipients.toLocaleString("en-US")}
                      {send.skippedInvalid
                        ? ` (${send.skippedInvalid.toLocaleString("en-US")} row${send.skippedInvalid === 1 ? "" : "s"} with problems skipped)`
                        : ""}
                    </td>
                    <td>
                      <time dateTime={send.dueAt}>{formatLocalTime(send.dueAt)}</time>
                      {Date.parse(send.dueAt) <= Date.now() ? (
                        <span className="scheduled__late"> — due now, starting…</span>
                      ) : null}
                    </td>
                    <td className="scheduled__actions">
                      {confirming === send.sendId ? (
                        <fieldset className="scheduled__confirm">
                          <legend>Cancel this send? Nobody will get it.</legend>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            disabled={busy}
                            onClick={() => void cancel(send)}
                          >
                            Yes, cancel it
                          </button>
                          <button
                            id={`keep-${send.sendId}`}
                            type="button"
                            className="button button--small"
                            disabled={busy}
                            onClick={() => {
                              returnTo.current = send.sendId;
                              setConfirming(undefined);
                            }}
                          >
                            Keep it
                          </button>
                        </fieldset>
                      ) : (
                        <button
                          id={`cancel-${send.sendId}`}
                          type="button"
                          className="button button--small"
                          aria-label={`Cancel “${send.subject}” to ${send.recipients} recipients on ${formatLocalTime(send.dueAt)}`}
                          onClick={() => {
                            setMessage(undefined);
                            setConfirming(send.sendId);
                          }}
                        >
                          Cancel…
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
