import { useEffect, useId, useMemo, useState } from "react";
import { slugify } from "../shared/ids.js";
import { describeDates, type StarterGroup, type StarterId, starterGroups } from "../shared/starters.js";
import { ApiError, api, type CampaignListing, type CampaignSummary, readJson } from "./api.js";
import { linkHandler, navigate } from "./router.js";
import { StatusBadge } from "./status.js";

const LOCALE_NAMES: Record<string, string> = { en: "English", es: "Spanish" };

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleString("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

function Checks({ summary }: { summary: CampaignSummary }) {
  if (summary.errors === 0 && summary.warnings === 0)
    return <span className="check check--ok">All checks pass</span>;
  return (
    <span className="checks">
      {summary.errors > 0 ? (
        <span className="check check--error">
          {summary.errors} error{summary.errors === 1 ? "" : "s"}
        </span>
      ) : null}
      {summary.warnings > 0 ? (
        <span className="check check--warning">
          {summary.warnings} warning{summary.warnings === 1 ? "" : "s"}
        </span>
      ) : null}
    </span>
  );
}

/** `canCreate`: the person may write campaigns (everyone in local mode; the collaborative's authors in a team). */
export function CampaignList({ canCreate = true }: { canCreate?: boolean }) {
  const [data, setData] = useState<CampaignListing>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    readJson(api.campaigns.$get()).then(setData, (e: Error) => setError(e.message));
  }, []);
  return (
    <>
      <div className="page-head">
        <h1>Campaigns</h1>
        <p className="lede">Open a campaign to edit, check, preview, approve, export or send it.</p>
      </div>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      {data?.problems.length ? (
        <div className="notice notice--error" role="status">
          <h2>Shared content has problems</h2>
          <ul>
            {data.problems.map((p) => (
              <li key={`${p.file}:${p.line}:${p.message}`}>
                <code>
                  {p.file}:{p.line}
                </code>{" "}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!data && !error ? <p className="loading">Loading campaigns…</p> : null}
      {data ? (
        <div className="table-wrap">
          <table className="campaigns">
            <caption className="visually-hidden">All campaigns</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Status</th>
                <th scope="col">Goal</th>
                <th scope="col">Audiences</th>
                <th scope="col">Languages</th>
                <th scope="col">Last edit</th>
                <th scope="col">Checks</th>
              </tr>
            </thead>
            <tbody>
              {data.campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={`/campaigns/${c.id}`} onClick={linkHandler(`/campaigns/${c.id}`)}>
                      {c.title}
                    </a>
                    {c.problem ? <p className="problem">{c.problem}</p> : null}
                  </th>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{c.goal?.replace(/-/g, " ") ?? "—"}</td>
                  <td>{c.audiences.join(", ") || "—"}</td>
                  <td>{c.locales.map((l) => LOCALE_NAMES[l] ?? l).join(", ") || "—"}</td>
                  <td>
                    <time dateTime={c.updatedAt}>{formatWhen(c.updatedAt)}</time>
                  </td>
                  <td>
                    <Checks summary={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canCreate ? <NewCampaign existing={data?.campaigns.map((c) => c.id) ?? []} /> : null}
    </>
  );
}

function NewCampaign({ existing }: { existing: string[] }) {
  const [title, setTitle] = useState("");
  const [id, setId] = useState("");
  const [idEdited, setIdEdited] = useState(false);
  const [starter, setStarter] = useState<StarterId>("awareness-week");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const idId = useId();
  // A typed short name is tidied the same way as one made from the title ("policy-test--" → "policy-test").
  const effectiveId = slugify(idEdited ? id : title);
  const taken = existing.includes(effectiveId);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!title.trim()) return setError("Give the campaign a title.");
    if (!effectiveId) return setError("The web address name needs at least one letter or digit.");
    if (taken) return setError(`A campaign called “${effectiveId}” already exists. Choose another name.`);
    setBusy(true);
    try {
      await readJson(api.campaigns.$post({ json: { id: effectiveId, title: title.trim(), starter } }));
      navigate(`/campaigns/${effectiveId}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <section className="panel new-campaign" aria-labelledby="new-campaign-heading">
      <h2 id="new-campaign-heading">Start a new campaign</h2>
      <p className="hint">
        Each starter is complete and passes every check, built from approved library messages. Change it to
        fit.
      </p>
      <form onSubmit={create} noValidate>
        <div className="field">
          <label htmlFor={titleId}>Title</label>
          <input
            id={titleId}
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={idId}>Short name (used in file and web addresses)</label>
          <input
            id={idId}
            value={idEdited ? id : effectiveId}
            aria-describedby={`${idId}-hint`}
            onChange={(e) => {
              setIdEdited(true);
              setId(e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, "-"));
            }}
            autoComplete="off"
          />
          <p id={`${idId}-hint`} className="hint">
            Lowercase letters, digits and hyphens.
            {idEdited && id !== effectiveId && effectiveId ? ` Saved as “${effectiveId}”.` : ""}
            {taken ? " This name is taken." : ""}
          </p>
        </div>
        <StarterPicker value={starter} onChange={setStarter} />
        {error ? (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Creating…" : "Create campaign"}
        </button>
      </form>
    </section>
  );
}

/**
 * The starters, in two groups: moments in the year (soonest first, each with its next dates) and
 * campaigns for any time. One radio group (one name) across both, so arrow keys move through every starter;
 * each radio is named by its label alone and described by its when, audience and next dates.
 */
function StarterPicker({ value, onChange }: { value: StarterId; onChange: (id: StarterId) => void }) {
  // The dates shown are the ones the campaign gets: computed the same way, for today.
  const groups = useMemo(() => starterGroups(new Date()), []);
  const base = useId();
  return (
    <fieldset className="starters">
      <legend>Starter</legend>
      {groups.map((group) => (
        <StarterGroupOptions key={group.id} group={group} base={base} value={value} onChange={onChange} />
      ))}
    </fieldset>
  );
}

function StarterGroupOptions({
  group,
  base,
  value,
  onChange,
}: {
  group: StarterGroup;
  base: string;
  value: StarterId;
  onChange: (id: StarterId) => void;
}) {
  const hintId = `${base}-${group.id}-hint`;
  return (
    <fieldset className="starters__group" aria-describedby={hintId}>
      <legend>{group.title}</legend>
      <p id={hintId} className="hint">
        {group.hint}
      </p>
      <div className="starters__options">
        {group.starters.map((s) => {
          const labelId = `${base}-${s.id}-label`;
          const detailsId = `${base}-${s.id}-details`;
          return (
            <label key={s.id} className="starter">
              <input
                type="radio"
                name="starter"
                value={s.id}
                checked={value === s.id}
                onChange={() => onChange(s.id)}
                aria-labelledby={labelId}
                aria-describedby={detailsId}
              />
              <span className="starter__text">
                <strong id={labelId}>{s.label}</strong>
                <span id={detailsId} className="starter__details">
                  <span className="starter__description">{s.description}</span>{" "}
                  <span className="starter__audience">For: {s.audience}.</span>
                  {s.dates ? (
                    <>
                      {" "}
                      <span className="starter__next">
                        Next: <time dateTime={s.dates.start}>{describeDates(s.dates)}</time>.
                      </span>
                    </>
                  ) : null}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
