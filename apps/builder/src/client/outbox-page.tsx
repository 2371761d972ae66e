import { useCallback, useEffect, useState } from "react";
import {
  api,
  type OutboxListing,
  type ParsedEml,
  readJson,
  readText,
  type SendSummary,
  type WaitingSend,
} from "./api.js";
import { formatWhen } from "./campaign-list.js";
import { linkHandler } from "./router.js";
import { RowProblems } from "./row-problems.js";
import { ScheduledSends } from "./scheduled-sends.js";
import { ScrollText } from "./scroll-text.js";
import { formatLocalTime } from "./send-times.js";
import { UnfinishedSends } from "./unfinished-sends.js";

function header(parsed: ParsedEml, name: string): string {
  return parsed.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? "";
}

/** `Ana López <ana@example.org>` as its name and address (a bare address has no name). */
function mailbox(value: string): { name?: string; address: string } {
  const match = /^\s*"?(.*?)"?\s*<([^<>]+)>\s*$/.exec(value);
  return match?.[1] ? { name: match[1], address: match[2]! } : { address: value };
}

const n = (count: number) => count.toLocaleString("en-US");

/** What a send left out of its list: "1 row with problems skipped, 2 unsubscribed or bounced skipped". */
function skippedLine(report: SendSummary["report"]): string {
  const { invalidSkipped, suppressedSkipped } = report;
  const parts: string[] = [];
  if (invalidSkipped)
    parts.push(`${n(invalidSkipped)} row${invalidSkipped === 1 ? "" : "s"} with problems skipped`);
  if (suppressedSkipped) parts.push(`${n(suppressedSkipped)} unsubscribed or bounced skipped`);
  return parts.join(", ");
}

/** How far a send got, with the rows it left out: "2 of 2, 1 row with problems skipped". */
function sentLine(report: SendSummary["report"]): string {
  const skipped = skippedLine(report);
  return [
    `${n(report.sent)} of ${n(report.recipients)}`,
    ...(report.failed ? [`${n(report.failed)} failed`] : []),
    ...(skipped ? [skipped] : []),
  ].join(", ");
}

/** "Scheduled for Fri, Sep 10, 2027, 9:00 AM EDT (started 2 hours late)". */
function scheduledLine(schedule: NonNullable<SendSummary["schedule"]>): string {
  const late = schedule.outcome?.outcome === "started" ? schedule.outcome.lateMs : 0;
  const minutes = Math.round(late / 60_000);
  const lateness =
    minutes < 2
      ? ""
      : minutes < 90
        ? ` (started ${minutes} minutes late)`
        : ` (started ${Math.round(minutes / 60)} hours late)`;
  return `Scheduled for ${formatLocalTime(schedule.dueAt)}${lateness}`;
}

/**
 * Every send, newest first; unfinished ones can be resumed. Without RESEND_API_KEY each email is written
 * here as an .eml file instead of being sent, and can be opened as its recipient would see it.
 */
export default function OutboxPage({ sendId }: { sendId?: string | undefined }) {
  const [sends, setSends] = useState<SendSummary[]>();
  const [schedules, setSchedules] = useState<WaitingSend[]>();
  const [transport, setTransport] = useState<string>();
  // One listing of an outbox send's messages: at most `limit` of them, out of `total`.
  const [listing, setListing] = useState<OutboxListing>();
  const messages = listing?.messages;
  const [open, setOpen] = useState<{ file: string; parsed: ParsedEml; raw: string }>();
  const [view, setView] = useState<"html" | "text" | "raw">("html");
  const [error, setError] = useState<string>();
  // Campaign titles, so a communicator reads names rather than file ids.
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    readJson(api.campaigns.$get()).then(
      (list) => setTitles(new Map(list.campaigns.map((c) => [c.id, c.title ?? c.id]))),
      () => {},
    );
  }, []);
  useEffect(() => {
    readJson(api.config.$get()).then(
      (c) => setTransport(c.transport),
      () => {},
    );
  }, []);
  const loadSends = useCallback(async () => {
    try {
      const [list, waiting] = await Promise.all([readJson(api.sends.$get()), readJson(api.schedules.$get())]);
      setSends(list.sends);
      setSchedules(waiting.schedules);
      return list.sends;
    } catch (e) {
      setError((e as Error).message);
      return [];
    }
  }, []);
  useEffect(() => {
    void loadSends();
  }, [loadSends]);
  // A scheduled send starts by itself: look again just after the soonest is due, and every few seconds
  // while any send is running, so it moves from "Scheduled sends" to the sends with its progress.
  useEffect(() => {
    const running = sends?.some((s) => s.state === "running") ?? false;
    const soonest = Math.min(...(schedules ?? []).map((s) => Date.parse(s.dueAt)));
    const wait = running
      ? 2_000
      : Number.isFinite(soonest)
        ? Math.max(1_500, soonest - Date.now() + 1_500)
        : undefined;
    if (wait === undefined) return;
    // Far-off times are looked at again hourly (a timer cannot wait weeks).
    const timer = setTimeout(() => void loadSends(), Math.min(wait, 60 * 60_000));
    return () => clearTimeout(timer);
  }, [sends, schedules, loadSends]);
  const [search, setSearch] = useState("");
  useEffect(() => {
    setOpen(undefined);
    if (!sendId) return setListing(undefined);
    let current = true;
    const query = search.trim() ? { search: search.trim() } : {};
    // Typing in the search waits for a pause before asking the server.
    const timer = setTimeout(
      () =>
        readJson(api.outbox[":send"].$get({ param: { send: sendId }, query })).then(
          (r) => {
            if (!current) return;
            setListing(r);
          },
          (e: Error) => current && setError(e.message),
        ),
      query.search ? 250 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [sendId, search]);
  const current = sends?.find((s) => s.sendId === sendId);
  // One send's page names its email and campaign in the window's title, as the editor names its campaign.
  const campaignTitle = current ? titles.get(current.report.campaignId) : undefined;
  useEffect(() => {
    if (current)
      document.title = `Outbox: “${current.subject}”${campaignTitle ? ` (${campaignTitle})` : ""} · Chorus campaign builder`;
  }, [current, campaignTitle]);
  // An opened message may be far above the row clicked in a long list: bring it into view.
  useEffect(() => {
    if (!open) return;
    const heading = document.getElementById("message-heading");
    heading?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  }, [open]);
  return (
    <>
      <div className="page-head">
        <h1>{sendId ? `Outbox: ${current ? `“${current.subject}”` : "one send"}` : "Outbox"}</h1>
        <p className="lede">
          {transport === "resend"
            ? "Emails are sent through Resend. Sends written to the outbox earlier can still be opened below."
            : transport === "outbox"
              ? "No sending service is set up, so every email is written here as an .eml file instead of being sent."
              : null}
        </p>
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {!sendId && schedules ? (
        <ScheduledSends schedules={schedules} titles={titles} refresh={loadSends} />
      ) : null}
      {!sendId && sends ? <UnfinishedSends sends={sends} titles={titles} refresh={loadSends} /> : null}
      {!sendId ? (
        sends ? (
          sends.length ? (
            <section aria-labelledby="sends-heading">
              <h2 id="sends-heading">Sends, newest first</h2>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">Sends, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Email</th>
                      <th scope="col">Campaign</th>
                      <th scope="col">Partner</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Sent</th>
                      <th scope="col">Started</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sends.map((s) => (
                      <tr key={s.sendId}>
                        <th scope="row">
                          {s.messages > 0 ? (
                            <a href={`/outbox/${s.sendId}`} onClick={linkHandler(`/outbox/${s.sendId}`)}>
                              {s.subject}
                            </a>
                          ) : (
                            s.subject
                          )}
                        </th>
                        <td>{titles.get(s.report.campaignId) ?? s.report.campaignId}</td>
                        <td>{s.partnerName}</td>
                        <td>
                          {s.report.proof ? "Proof" : "Send"}
                          {s.schedule ? (
                            <span className="send-kind__note">{scheduledLine(s.schedule)}</span>
                          ) : null}
                        </td>
                        <td>
                          {s.state === "running" && s.report.sent === 0 ? "Sending… " : ""}
                          {sentLine(s.report)}
                          {s.report.transport === "resend" ? " (Resend)" : ""}
                        </td>
                        <td>
                          <time dateTime={s.report.startedAt ?? s.createdAt}>
                            {formatWhen(s.report.startedAt ?? s.createdAt)}
                          </time>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : (
            <p>
              {schedules?.length
                ? "Nothing has been sent yet."
                : "Nothing has been sent yet. Send a proof or a campaign to see it here."}
            </p>
          )
        ) : (
          <p className="loading">Loading the outbox…</p>
        )
      ) : error && !messages ? (
        // A send that cannot be opened (none by that id, or not this person's): only the way back.
        <p>
          <a href="/outbox" onClick={linkHandler("/outbox")}>
            All sends
          </a>
        </p>
      ) : (
        <>
          <p>
            <a href="/outbox" onClick={linkHandler("/outbox")}>
              All sends
            </a>
          </p>
          <p className="send-id">
            {current
              ? `${titles.get(current.report.campaignId) ?? current.report.campaignId}, from ${current.partnerName}: ${n(current.report.sent)} of ${n(current.report.recipients)} written${current.report.failed ? `, ${n(current.report.failed)} failed` : ""}${skippedLine(current.report) ? ` (${skippedLine(current.report)})` : ""}. `
              : ""}
            Send <code>{sendId}</code>
          </p>
          {current?.report.import?.problems.length && current.report.invalidSkipped ? (
            <details className="skipped-rows">
              <summary>
                {n(current.report.invalidSkipped)} row
                {current.report.invalidSkipped === 1 ? "" : "s"} of the list had problems and{" "}
                {current.report.invalidSkipped === 1 ? "was" : "were"} skipped
              </summary>
              <RowProblems
                problems={current.report.import.problems}
                caption="Rows skipped"
                captionHidden
                limit={100}
              />
            </details>
          ) : null}
          <div className="field outbox-search">
            <label htmlFor="outbox-search">Find a recipient</label>
            <input
              id="outbox-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              autoComplete="off"
            />
          </div>
          <p className="hint" role="status">
            {listing ? listingSummary(listing, search.trim() !== "") : ""}
          </p>
          {messages ? (
            <div className="outbox-grid">
              <ul className="messages" aria-label="Messages">
                {messages.map((m) => (
                  <li key={m.file}>
                    <button
                      type="button"
                      className="message"
                      aria-pressed={open?.file === m.file}
                      onClick={async () => {
                        const param = { send: sendId, file: m.file };
                        // A message that cannot be read says so, instead of a click that seems to do nothing.
                        try {
                          const [parsed, raw] = await Promise.all([
                            readJson(
                              api.outbox[":send"][":file"].$get({ param, query: { format: "parsed" } }),
                            ),
                            readText(api.outbox[":send"][":file"].$get({ param, query: {} })),
                          ]);
                          setError(undefined);
                          setOpen({ file: m.file, parsed, raw });
                        } catch (e) {
                          setError(`Could not open the message to ${m.to}: ${(e as Error).message}`);
                        }
                      }}
                    >
                      <span className="message__to">
                        To: {mailbox(m.to).name ?? mailbox(m.to).address}
                        {mailbox(m.to).name ? (
                          <span className="message__address"> &lt;{mailbox(m.to).address}&gt;</span>
                        ) : null}
                      </span>
                      <span className="message__subject">{m.subject}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {open ? (
                <section aria-labelledby="message-heading" className="eml">
                  <h2 id="message-heading" tabIndex={-1}>
                    {header(open.parsed, "Subject") || open.file}
                  </h2>
                  <dl className="eml__headers">
                    {["From", "To", "Reply-To", "Date", "List-Unsubscribe"].map((name) =>
                      header(open.parsed, name) ? (
                        <div key={name} style={{ display: "contents" }}>
                          <dt>{name}</dt>
                          <dd>{header(open.parsed, name)}</dd>
                        </div>
                      ) : null,
                    )}
                  </dl>
                  <fieldset className="view-switch">
                    <legend className="visually-hidden">Show the message as</legend>
                    {(["html", "text", "raw"] as const).map((v) => (
                      <button
                        key={v}
                        type="button"
                        className="button button--small"
                        aria-pressed={view === v}
                        onClick={() => setView(v)}
                      >
                        {v === "html"
                          ? "As the reader sees it"
                          : v === "text"
                            ? "Plain text"
                            : `Raw .eml (${open.file})`}
                      </button>
                    ))}
                  </fieldset>
                  {view === "html" && open.parsed.html ? (
                    <iframe
                      className="inbox__frame eml__frame"
                      title={`Message: ${header(open.parsed, "Subject")}`}
                      sandbox=""
                      srcDoc={open.parsed.html}
                    />
                  ) : null}
                  {view === "text" ? (
                    <ScrollText text={open.parsed.text ?? ""} label="Plain-text version" />
                  ) : null}
                  {view === "raw" ? <ScrollText text={open.raw} label="Raw message" /> : null}
                </section>
              ) : (
                <p className="hint">Choose a message to see it exactly as written.</p>
              )}
            </div>
          ) : (
            <p className="loading">Loading messages…</p>
          )}
        </>
      )}
    </>
  );
}

/** What the list of an outbox send's messages shows, in a sentence. */
function listingSummary(
  { messages, total, limit }: { messages: unknown[]; total: number; limit: number },
  searching: boolean,
): string {
  const n = (count: number) => count.toLocaleString("en-US");
  if (searching)
    return `${messages.length === limit ? `The first ${n(limit)}` : n(messages.length)} matching of ${n(total)} messages`;
  if (messages.length < total)
    return `Showing the first ${n(messages.length)} of ${n(total)} messages: search to find the others`;
  return `${n(total)} message${total === 1 ? "" : "s"}`;
}
