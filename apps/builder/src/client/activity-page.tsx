import { useEffect, useState } from "react";
import { type Answer, api, download, readJson } from "./api.js";
import { ACTIONS } from "./audit-labels.js";

type Trail = Answer<typeof api.audit.$get>;

/** Team mode: the audit trail, newest first, with whether its chain is intact. */
export default function ActivityPage() {
  const [trail, setTrail] = useState<Trail>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    readJson(api.audit.$get({ query: {} })).then(setTrail, (e: Error) => setError(e.message));
  }, []);
  return (
    <section aria-labelledby="activity-heading">
      <h1 id="activity-heading">Activity</h1>
      <p>Every sign-in, change to people, save, export and send, with who did it and when.</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {trail?.chain ? (
        trail.chain.ok ? (
          <p className="notice notice--success">
            The trail is whole: {trail.chain.events.toLocaleString("en-US")} events, each linked to the one
            before.
          </p>
        ) : (
          <p className="notice notice--error" role="alert">
            The trail was changed at event {trail.chain.brokenAt}: {trail.chain.reason}.
          </p>
        )
      ) : null}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => void download("/api/audit?download=1").catch((e: Error) => setError(e.message))}
        >
          Download the trail (JSON)
        </button>
      </p>
      {trail ? (
        <table className="activity-table">
          <caption className="visually-hidden">Events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Campaign</th>
            </tr>
          </thead>
          <tbody>
            {[...trail.events].reverse().map((event) => (
              <tr key={event.seq}>
                <td>
                  <time dateTime={event.at}>{new Date(event.at).toLocaleString("en-US")}</time>
                </td>
                <td>{event.actorEmail || "the system"}</td>
                <td>
                  {ACTIONS[event.action] ?? event.action}
                  {typeof event.detail.email === "string" ? `: ${event.detail.email}` : ""}
                </td>
                <td>{event.campaignId ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : error ? null : (
        <p className="loading">Loading the trail…</p>
      )}
    </section>
  );
}
