import { useCallback, useEffect, useState } from "react";
import { getJson, getText } from "./api.js";
import { formatWhen } from "./campaign-list.js";
import { linkHandler } from "./router.js";
import { ScrollText } from "./scroll-text.js";
import { UnfinishedSends } from "./unfinished-sends.js";

interface OutboxSend {
  sendId: string;
  messages: number;
  modifiedAt: string;
  report?: {
    campaignId: string;
    materialId: string;
    partnerId: string;
    proof: boolean;
    status: string;
    sent: number;
    recipients: number;
  };
}

interface Parsed {
  headers: { name: string; value: string }[];
  text?: string;
  html?: string;
}

function header(parsed: Parsed, name: string): string {
  return parsed.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? "";
}

/** Emails written instead of sent (no RESEND_API_KEY): what each recipient would receive. */
export default function OutboxPage({ sendId }: { sendId?: string | undefined }) {
  const [sends, setSends] = useState<{ transport: string; sends: OutboxSend[] }>();
  const [messages, setMessages] = useState<{ file: string; to: string; subject: string }[]>();
  const [open, setOpen] = useState<{ file: string; parsed: Parsed; raw: string }>();
  const [view, setView] = useState<"html" | "text" | "raw">("html");
  const [error, setError] = useState<string>();
  // Campaign titles, so a communicator reads names rather than file ids.
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    getJson<{ campaigns: { id: string; title?: string }[] }>("/api/campaigns").then(
      (list) => setTitles(new Map(list.campaigns.map((c) => [c.id, c.title ?? c.id]))),
      () => {},
    );
  }, []);
  const loadSends = useCallback(() => {
    getJson<typeof sends>("/api/outbox").then(setSends, (e: Error) => setError(e.message));
  }, []);
  useEffect(loadSends, [loadSends]);
  useEffect(() => {
    setMessages(undefined);
    setOpen(undefined);
    if (sendId)
      getJson<{ messages: typeof messages }>(`/api/outbox/${sendId}`).then(
        (r) => setMessages(r.messages),
        (e: Error) => setError(e.message),
      );
  }, [sendId]);
  const current = sends?.sends.find((s) => s.sendId === sendId);
  return (
    <>
      <div className="page-head">
        <h1>{sendId ? "Outbox: one send" : "Outbox"}</h1>
        <p className="lede">
          {sends?.transport === "resend"
            ? "Emails are sent through Resend. Earlier outbox files are listed below."
            : "No sending service is set up, so every email is written here as an .eml file instead of being sent."}
        </p>
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {!sendId ? <UnfinishedSends titles={titles} onChange={loadSends} /> : null}
      {!sendId ? (
        sends ? (
          sends.sends.length ? (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Sends in the outbox</caption>
                <thead>
                  <tr>
                    <th scope="col">Send</th>
                    <th scope="col">Campaign</th>
                    <th scope="col">Partner</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Messages</th>
                    <th scope="col">When</th>
                  </tr>
                </thead>
                <tbody>
                  {sends.sends.map((s) => (
                    <tr key={s.sendId}>
                      <th scope="row">
                        <a href={`/outbox/${s.sendId}`} onClick={linkHandler(`/outbox/${s.sendId}`)}>
                          {s.report ? `${s.report.materialId}` : s.sendId}
                        </a>
                      </th>
                      <td>{s.report ? (titles.get(s.report.campaignId) ?? s.report.campaignId) : "—"}</td>
                      <td>{s.report?.partnerId ?? "—"}</td>
                      <td>{s.report?.proof ? "Proof" : "Send"}</td>
                      <td>{s.messages}</td>
                      <td>
                        <time dateTime={s.modifiedAt}>{formatWhen(s.modifiedAt)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>The outbox is empty. Send a proof or a campaign to see its messages here.</p>
          )
        ) : (
          <p className="loading">Loading the outbox…</p>
        )
      ) : (
        <>
          <p>
            <a href="/outbox" onClick={linkHandler("/outbox")}>
              All sends
            </a>
          </p>
          <p className="send-id">
            Send <code>{sendId}</code>
            {current?.report
              ? ` — ${current.report.campaignId}, ${current.report.partnerId}, ${current.report.sent} of ${current.report.recipients} written`
              : ""}
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
                        const [parsed, raw] = await Promise.all([
                          getJson<Parsed>(`/api/outbox/${sendId}/${m.file}?format=parsed`),
                          getText(`/api/outbox/${sendId}/${m.file}`),
                        ]);
                        setOpen({ file: m.file, parsed, raw });
                      }}
                    >
                      <span className="message__to">To: {m.to}</span>
                      <span className="message__subject">{m.subject}</span>
                    </button>
                  </li>
                ))}
              </ul>
              {open ? (
                <section aria-labelledby="message-heading" className="eml">
                  <h2 id="message-heading">{header(open.parsed, "Subject") || open.file}</h2>
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
