import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { PAUSED_IN_BUILDER, pausedSentence } from "../shared/sends.js";
import {
  type ApiError,
  api,
  csvBody,
  type LiveSend,
  type RecipientsCheck,
  readJson,
  streamEvents,
} from "./api.js";
import { type CampaignPanelProps, emailMaterials, PartnerSelect, panelPartner } from "./partner-select.js";
import { linkHandler } from "./router.js";
import { RowProblems } from "./row-problems.js";
import { formatLocalTime, localInputValue, localTimeZone, withOffset } from "./send-times.js";

const MAX_UPLOAD = 5 * 1024 * 1024;

/** A send's progress before its first event arrives. */
const NOTHING_SENT = {
  total: 0,
  sent: 0,
  failed: 0,
  skipped: 0,
  batches: 0,
  batchesDone: 0,
  rate: 0,
  etaMs: undefined,
  elapsedMs: 0,
} satisfies NonNullable<LiveSend["progress"]>;

/** Bring a result the person just caused into view, without moving it further than needed. */
function useShowWhenSet(value: unknown): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (value) ref.current?.scrollIntoView({ block: "nearest" });
  }, [value]);
  return ref;
}

/**
 * A proof to one address (drafts too), and a send to a list through @chorus/send, now with live progress or
 * scheduled for a later time. Every result appears right under the button that caused it, scrolled into view.
 */
export default function SendPanel(props: CampaignPanelProps) {
  const { id, data, dirty, onPartnerChange } = props;
  const { allowed, partner } = panelPartner(props);
  const emails = emailMaterials(data);
  const partnerId = partner?.id ?? "";
  const [materialId, setMaterialId] = useState(emails[0]?.id ?? "");
  const [transport, setTransport] = useState<string>();
  const ids = {
    material: useId(),
    proof: useId(),
    file: useId(),
    skip: useId(),
    when: useId(),
    at: useId(),
    zone: useId(),
  };
  useEffect(() => {
    readJson(api.config.$get()).then(
      (c) => setTransport(c.transport),
      () => undefined,
    );
  }, []);

  const [proofTo, setProofTo] = useState("");
  const [proofState, setProofState] = useState<{
    kind: "success" | "error";
    text: string;
    sendId?: string;
  }>();

  const [csv, setCsv] = useState<{ name: string; text: string }>();
  const [check, setCheck] = useState<RecipientsCheck>();
  const [checkError, setCheckError] = useState<string>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [live, setLive] = useState<LiveSend>();
  const [sendError, setSendError] = useState<string[]>();
  const [when, setWhen] = useState<"now" | "later">("now");
  const [at, setAt] = useState("");
  const [atError, setAtError] = useState<string>();
  const [scheduled, setScheduled] = useState<{ sendId: string; dueAt: string; recipients: number }>();
  const [busy, setBusy] = useState(false);
  const stop = useRef<() => void>(undefined);
  useEffect(() => () => stop.current?.(), []);
  const proofResult = useShowWhenSet(proofState);
  const checkResult = useShowWhenSet(check ?? checkError);
  const sendResult = useShowWhenSet(live?.sendId ?? scheduled ?? sendError);
  const zone = localTimeZone(withOffset(at)?.date);

  async function sendProof(event: React.FormEvent) {
    event.preventDefault();
    setProofState(undefined);
    try {
      const result = await readJson(
        api.campaigns[":id"].proof.$post({
          param: { id },
          json: { material: materialId, partner: partnerId, to: proofTo },
        }),
      );
      setProofState({
        kind: "success",
        text: `Proof sent to ${proofTo}${transport === "outbox" ? " (written to the outbox)" : ""}.`,
        sendId: result.sendId,
      });
    } catch (error) {
      const e = error as ApiError;
      setProofState({ kind: "error", text: [e.message, ...(e.body?.reasons ?? [])].join(" ") });
    }
  }

  async function choose(file: File | undefined) {
    setCheck(undefined);
    setCheckError(undefined);
    setLive(undefined);
    setSendError(undefined);
    setScheduled(undefined);
    if (!file) return setCsv(undefined);
    if (file.size > MAX_UPLOAD)
      return setCheckError(`“${file.name}” is too large: recipient lists can be at most 5 MB.`);
    setCsv({ name: file.name, text: await file.text() });
  }

  // The list is checked for this email from this partner: choosing another one checks it again.
  useEffect(() => {
    if (!csv) return;
    let current = true;
    setCheck(undefined);
    setCheckError(undefined);
    // A finished or failed send belongs to the email, partner and list it was for: start over.
    stop.current?.();
    setLive(undefined);
    setSendError(undefined);
    setScheduled(undefined);
    readJson(
      api.campaigns[":id"].recipients.check.$post(
        { param: { id }, query: { material: materialId, partner: partnerId } },
        csvBody(csv.text),
      ),
    ).then(
      (result) => current && setCheck(result),
      (error: Error) => current && setCheckError(error.message),
    );
    return () => {
      current = false;
    };
  }, [csv, id, materialId, partnerId]);

  function follow(sendId: string) {
    stop.current?.();
    stop.current = streamEvents(
      api.sends[":send"].events.$path({ param: { send: sendId } }),
      (event) => setLive(event as LiveSend),
      () => undefined,
    );
  }

  async function start() {
    if (!csv) return;
    setSendError(undefined);
    if (when === "later") return schedule();
    setBusy(true);
    try {
      const result = await readJson(
        api.campaigns[":id"].sends.$post(
          {
            param: { id },
            query: { material: materialId, partner: partnerId, ...(skipInvalid ? { skipInvalid: "1" } : {}) },
          },
          csvBody(csv.text),
        ),
      );
      setLive({
        sendId: result.sendId,
        state: "running",
        progress: { ...NOTHING_SENT, total: result.recipients },
      });
      follow(result.sendId);
    } catch (error) {
      const e = error as ApiError;
      setSendError([e.message, ...(e.body?.reasons ?? [])]);
    } finally {
      setBusy(false);
    }
  }

  /** The chosen time, or why it cannot be used (said next to the field). */
  function sendTime(): { iso: string; date: Date } | undefined {
    const time = withOffset(at);
    if (!time) {
      setAtError("Choose the day and the time to send it.");
      return undefined;
    }
    if (time.date.getTime() <= Date.now()) {
      setAtError(
        `Choose a time that has not passed yet: it is now ${formatLocalTime(new Date().toISOString())}.`,
      );
      return undefined;
    }
    setAtError(undefined);
    return time;
  }

  async function schedule() {
    if (!csv) return;
    const time = sendTime();
    if (!time) {
      document.getElementById(ids.at)?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await readJson(
        api.campaigns[":id"].schedules.$post(
          {
            param: { id },
            query: {
              material: materialId,
              partner: partnerId,
              at: time.iso,
              ...(skipInvalid ? { skipInvalid: "1" } : {}),
            },
          },
          csvBody(csv.text),
        ),
      );
      setScheduled({ sendId: result.sendId, dueAt: result.dueAt, recipients: result.recipients });
    } catch (error) {
      const e = error as ApiError;
      setSendError([e.message, ...(e.body?.reasons ?? [])]);
    } finally {
      setBusy(false);
    }
  }

  async function pauseOrResume(action: "pause" | "resume") {
    if (!live) return;
    try {
      const param = { send: live.sendId };
      await readJson(api.sends[":send"][action].$post({ param }));
      if (action === "resume") follow(live.sendId);
      else setTimeout(async () => setLive(await readJson(api.sends[":send"].$get({ param }))), 300);
    } catch (error) {
      setSendError([(error as Error).message]);
    }
  }

  const approved = data.status === "approved";
  const email = emails.find((m) => m.id === materialId);
  const imported = check?.import;
  const canSend =
    approved &&
    !dirty &&
    csv &&
    check?.status === "checked" &&
    !imported?.fatal &&
    (imported?.invalidRows === 0 || skipInvalid) &&
    (check.recipients ?? 0) > 0;
  const progress = live?.progress;
  const total = progress?.total ?? live?.report?.recipients ?? 0;
  const done = live?.report?.sent ?? progress?.sent ?? 0;
  const failed = live?.report?.failed ?? progress?.failed ?? 0;
  // Until the count is known there is nothing to count: "Preparing…", never "Sending: 0 of 0".
  const counted = total > 0 || live?.state === "complete";
  const recipients = check?.recipients ?? 0;
  const plural = (n: number, one: string, many: string) =>
    `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const chosenTime = withOffset(at);

  return (
    <div className="send">
      <h3>Send</h3>
      <p className="hint">
        {transport === "resend"
          ? "Emails go out through Resend."
          : "No sending service is set up, so emails are written to the outbox as .eml files instead of being sent."}{" "}
        <a href="/outbox" onClick={linkHandler("/outbox")}>
          Open the outbox
        </a>
      </p>
      {dirty ? (
        <p className="notice notice--warning">Sending uses the saved version. Save your changes first.</p>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.material}>Email</label>
          <select id={ids.material} value={materialId} onChange={(e) => setMaterialId(e.target.value)}>
            {emails.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title || m.subject}
              </option>
            ))}
          </select>
        </div>
        <PartnerSelect partners={allowed} value={partnerId} onChange={onPartnerChange} />
      </div>

      <form className="subpanel" onSubmit={sendProof}>
        <h4>Send a proof</h4>
        <p className="hint">One email to one address, marked “[PROOF]”. Allowed for drafts.</p>
        <div className="field">
          <label htmlFor={ids.proof}>Email address</label>
          <input
            id={ids.proof}
            type="email"
            value={proofTo}
            onChange={(e) => setProofTo(e.target.value)}
            autoComplete="email"
            required
          />
        </div>
        <button type="submit" className="button">
          Send proof
        </button>
        <div role="status" aria-live="polite" ref={proofResult} className="send__result">
          {proofState ? (
            <p className={`notice notice--${proofState.kind}`}>
              {proofState.text}{" "}
              {proofState.sendId && transport === "outbox" ? (
                <a
                  href={`/outbox/${proofState.sendId}`}
                  onClick={linkHandler(`/outbox/${proofState.sendId}`)}
                >
                  See it in the outbox
                </a>
              ) : null}
            </p>
          ) : null}
        </div>
      </form>

      <section className="subpanel" aria-labelledby="full-send-heading">
        <h4 id="full-send-heading">Send to a list</h4>
        {!approved ? (
          <p className="notice notice--info">
            Only approved campaigns can be sent to a list. Submit it for review and get it approved first.
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={ids.file}>Recipients (CSV with an “email” column)</label>
          <p className="hint" id={`${ids.file}-hint`}>
            Other columns fill personal fields such as firstName; a “name” column (or first and last names)
            puts the person’s name in the To line. At most 5 MB.
          </p>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${ids.file}-hint`}
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              // Cleared, so choosing the same file again (after a send, or an edit) checks it again.
              e.target.value = "";
            }}
          />
        </div>
        <div aria-live="polite" ref={checkResult} className="send__result">
          {csv && !check && !checkError ? <p className="loading">Checking “{csv.name}”…</p> : null}
          {checkError ? <p className="notice notice--error">{checkError}</p> : null}
          {check?.status === "refused" && check.scheduled ? (
            <p className="notice notice--info">
              This email is already scheduled to go out from {partner?.name ?? "this partner"} on{" "}
              {formatLocalTime(check.scheduled.dueAt)}. It goes then. To send it now instead, cancel it first
              on the{" "}
              <a href="/outbox" onClick={linkHandler("/outbox")}>
                Outbox page
              </a>
              , under “Scheduled sends”.
            </p>
          ) : check?.status === "refused" && check.alreadySent ? (
            <p className="notice notice--info">
              Nothing to send: everyone on this list ({check.alreadySent.toLocaleString("en-US")} address
              {check.alreadySent === 1 ? "" : "es"}) already received this email from{" "}
              {partner?.name ?? "this partner"}.
            </p>
          ) : check?.status === "refused" ? (
            <div className="notice notice--error">
              <p>This email cannot be sent:</p>
              <ul>
                {check.reasons?.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {imported ? (
            <div className="import-summary">
              <p>
                <strong>{csv?.name}</strong>: {imported.rows} row{imported.rows === 1 ? "" : "s"},{" "}
                {check?.status === "checked"
                  ? `${check.recipients ?? 0} ready to send`
                  : `${imported.valid} valid address${imported.valid === 1 ? "" : "es"}`}
                {imported.invalidRows ? `, ${imported.invalidRows} with problems` : ""}
                {imported.suppressedCount
                  ? `, ${imported.suppressedCount} unsubscribed or bounced (skipped)`
                  : ""}
                {check?.status === "checked" && check.alreadySent
                  ? `, ${plural(check.alreadySent, "person", "people")} already received this email from ${partner?.name ?? "this partner"} (skipped, so no one gets it twice)`
                  : ""}
                .
              </p>
              {imported.problems.length ? (
                <RowProblems problems={imported.problems} caption="Rows with problems" limit={50} />
              ) : null}
              {imported.invalidRows > 0 && !imported.fatal && check?.status === "checked" ? (
                <div className="field field--inline">
                  <input
                    id={ids.skip}
                    type="checkbox"
                    checked={skipInvalid}
                    onChange={(e) => setSkipInvalid(e.target.checked)}
                  />
                  <label htmlFor={ids.skip}>Skip the rows with problems and send to the others</label>
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
        {check?.status === "checked" && !live && !scheduled ? (
          <fieldset className="send-when">
            <legend>When</legend>
            <div className="field field--inline">
              <input
                id={`${ids.when}-now`}
                type="radio"
                name={ids.when}
                checked={when === "now"}
                onChange={() => setWhen("now")}
              />
              <label htmlFor={`${ids.when}-now`}>Send now</label>
            </div>
            <div className="field field--inline">
              <input
                id={`${ids.when}-later`}
                type="radio"
                name={ids.when}
                checked={when === "later"}
                onChange={() => {
                  setWhen("later");
                  // A first suggestion: tomorrow at 9:00, a common time to reach clinicians before clinic.
                  if (!at) {
                    const tomorrow = new Date();
                    tomorrow.setDate(tomorrow.getDate() + 1);
                    tomorrow.setHours(9, 0, 0, 0);
                    setAt(localInputValue(tomorrow));
                  }
                }}
              />
              <label htmlFor={`${ids.when}-later`}>Schedule for a later time</label>
            </div>
            {when === "later" ? (
              <div className="field send-when__time">
                <label htmlFor={ids.at}>Day and time</label>
                <input
                  id={ids.at}
                  type="datetime-local"
                  value={at}
                  min={localInputValue(new Date())}
                  aria-describedby={`${ids.zone}${atError ? ` ${ids.at}-error` : ""}`}
                  aria-invalid={atError ? true : undefined}
                  onChange={(e) => {
                    setAt(e.target.value);
                    setAtError(undefined);
                  }}
                />
                <p className="hint" id={ids.zone}>
                  In your time zone: {zone.name}
                  {zone.short && zone.short !== zone.name ? ` (${zone.short})` : ""}. The builder sends it
                  then; if it is not running at that time, the send starts as soon as it runs again.
                </p>
                {atError ? (
                  <p className="problem" id={`${ids.at}-error`}>
                    {atError}
                  </p>
                ) : null}
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {check?.status === "checked" && !live && !scheduled && email && partner ? (
          <p className="send-summary">
            You are about to {when === "later" ? "schedule" : "send"} <strong>“{email.subject}”</strong> from{" "}
            <strong>
              {partner.sender.name} &lt;{partner.sender.email}&gt;
            </strong>{" "}
            ({partner.name}) to {recipients} recipient{recipients === 1 ? "" : "s"}
            {transport === "outbox" ? ", written to the outbox" : " through Resend"}
            {when === "later" && chosenTime ? `, on ${formatLocalTime(chosenTime.date.toISOString())}` : ""}.
          </p>
        ) : null}
        {check?.status === "checked" && !live && !scheduled ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!canSend || busy}
            onClick={() => void start()}
          >
            {when === "later"
              ? `Schedule: send to ${recipients} recipient${recipients === 1 ? "" : "s"}${chosenTime ? ` on ${formatLocalTime(chosenTime.date.toISOString())}` : ""}`
              : `Confirm: send to ${recipients} recipient${recipients === 1 ? "" : "s"}`}
          </button>
        ) : null}
        <div ref={sendResult} className="send__result">
          {sendError ? (
            <div className="notice notice--error" role="alert">
              {sendError.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
          {scheduled ? (
            <div className="notice notice--success" role="status">
              <p>
                Scheduled: <strong>“{email?.subject}”</strong> goes to{" "}
                {plural(scheduled.recipients, "recipient", "recipients")} on{" "}
                <strong>{formatLocalTime(scheduled.dueAt)}</strong>. Nothing has been sent yet.
              </p>
              <p>
                Until then it is listed on the{" "}
                <a href="/outbox" onClick={linkHandler("/outbox")}>
                  Outbox page
                </a>
                , where it can be cancelled.
              </p>
            </div>
          ) : null}
          {live ? (
            <div className="progress-box" aria-live="polite">
              <label htmlFor="send-progress">
                {live.state === "running" && !counted
                  ? "Preparing…"
                  : `${
                      live.state === "complete"
                        ? "Sent"
                        : live.state === "paused"
                          ? "Paused"
                          : live.state === "failed"
                            ? "Stopped"
                            : "Sending"
                    }: ${done} of ${total}`}
              </label>
              <progress
                id="send-progress"
                max={Math.max(total, 1)}
                value={counted ? done + failed : undefined}
              />
              {failed ? (
                <p className="notice notice--error">{failed} could not be sent (see the report).</p>
              ) : null}
              {/* The reason, unless it is only that someone pressed Pause here. */}
              {live.report?.pausedReason && live.report.pausedReason !== PAUSED_IN_BUILDER ? (
                <p>{pausedSentence(live.report.pausedReason)}</p>
              ) : null}
              {live.error ? <p className="notice notice--error">{live.error}</p> : null}
              <div className="button-row">
                {live.state === "running" ? (
                  <button type="button" className="button" onClick={() => void pauseOrResume("pause")}>
                    Pause
                  </button>
                ) : null}
                {live.state === "paused" ? (
                  <button type="button" className="button" onClick={() => void pauseOrResume("resume")}>
                    Resume
                  </button>
                ) : null}
                {live.state === "complete" && transport === "outbox" ? (
                  <a
                    className="button"
                    href={`/outbox/${live.sendId}`}
                    onClick={linkHandler(`/outbox/${live.sendId}`)}
                  >
                    See the messages in the outbox
                  </a>
                ) : null}
              </div>
            </div>
          ) : null}
        </div>
      </section>
    </div>
  );
}
