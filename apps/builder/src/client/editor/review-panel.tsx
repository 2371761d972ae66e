import { useCallback, useEffect, useId, useState } from "react";
import { where } from "../../shared/field-names.js";
import { type Answer, ApiError, api, readJson } from "../api.js";
import { ACTIONS } from "../audit-labels.js";
import { formatWhen } from "../campaign-list.js";
import { focusField } from "./checklist.js";
import { BLOCK_LABELS, type CampaignDraft, materialName } from "./model.js";

type ReviewState = Answer<(typeof api.campaigns)[":id"]["review"]["$get"]>;
type Stage = ReviewState["stages"][number];
type Thread = ReviewState["threads"][number];

const ROLE_NAMES: Record<string, string> = { reviewer: "a reviewer", approver: "an approver" };

/** The places in a campaign a comment can be about, in the form's order. */
export function commentPlaces(data: CampaignDraft): { path: string; label: string }[] {
  const places = [
    { path: "", label: "The whole campaign" },
    { path: "title", label: "Title" },
    { path: "summary", label: "Summary (internal brief)" },
  ];
  if (data.lead) places.push({ path: "lead", label: "Lead" });
  places.push(
    { path: "keyMessages", label: "Key messages" },
    { path: "callsToAction", label: "Calls to action" },
  );
  (data.materials ?? []).forEach((material, m) => {
    const name = materialName(material, m);
    places.push({ path: `materials[${m}]`, label: name });
    const blocks = "blocks" in material && Array.isArray(material.blocks) ? material.blocks : [];
    blocks.forEach((block, b) => {
      places.push({
        path: `materials[${m}].blocks[${b}]`,
        label: `${name} › block ${b + 1} (${BLOCK_LABELS[block?.type ?? ""] ?? "block"})`,
      });
    });
  });
  return places;
}

/** A comment's place in words, with the campaign's own names where it has them. */
function placeName(path: string, data: CampaignDraft): string {
  return commentPlaces(data).find((p) => p.path === path)?.label ?? (where(path) || "The whole campaign");
}

/**
 * Team mode's review of a campaign: its stages in order (who decided, or who decides now), the comment
 * threads on its fields and blocks, and the campaign's history. A stage is decided here by a person holding
 * its role; the server checks every rule again (open comments, errors, one's own edit, the version read).
 */
export function ReviewPanel({
  id,
  version,
  data,
  dirty,
  errors,
  canGoToFields,
  onStatusChanged,
}: {
  id: string;
  /** The saved version the page shows: the review is of that, and follows it. */
  version: string;
  data: CampaignDraft;
  dirty: boolean;
  /** Errors the checklist shows: approval waits for none. */
  errors: number;
  /** The form is on the page, so a comment's place can be focused. */
  canGoToFields: boolean;
  /** A decision approved the campaign or sent it back to draft: the page reads the file again. */
  onStatusChanged: () => void;
}) {
  const [review, setReview] = useState<ReviewState>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setReview(await readJson(api.campaigns[":id"].review.$get({ param: { id } })));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id]);
  // The saved version changed (a save, a status change): so may the review of it.
  useEffect(() => {
    void load();
  }, [load, version]);

  /** Run one review step, then show the review as the server now has it. */
  async function step(run: () => Promise<{ review: ReviewState }>, success: string) {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const before = review?.status;
      const result = await run();
      setReview(result.review);
      setDone(success);
      if (result.review.status !== before) onStatusChanged();
      return true;
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? `${e.message}` : (e as Error).message);
      if (e instanceof ApiError && e.status === 409) void load();
      return false;
    } finally {
      setBusy(false);
    }
  }

  if (!review)
    return (
      <section className="panel review" aria-labelledby="review-heading">
        <h2 id="review-heading">Review</h2>
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : (
          <p className="loading">Loading the review…</p>
        )}
      </section>
    );

  const open = review.threads.filter((t) => !t.resolved);
  const resolved = review.threads.filter((t) => t.resolved);
  return (
    <section className="panel review" aria-labelledby="review-heading">
      <h2 id="review-heading">
        Review{" "}
        <span className="checklist__summary" data-ok={review.approved ? "true" : "false"}>
          {review.approved
            ? "every stage approved"
            : review.status === "in-review"
              ? `${review.stages.filter((s) => s.state === "approved").length} of ${review.stages.length} stages approved`
              : review.status === "draft"
                ? "a draft: its author submits it for review"
                : String(review.status)}
        </span>
      </h2>
      <div aria-live="polite">
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        {done ? (
          <p className="notice notice--success" role="status">
            {done}
          </p>
        ) : null}
      </div>
      <ol className="review-stages">
        {review.stages.map((stage) => (
          <StageItem
            key={stage.id}
            stage={stage}
            review={review}
            dirty={dirty}
            errors={errors}
            busy={busy}
            onDecide={(decision, note) =>
              step(
                () =>
                  readJson(
                    api.campaigns[":id"].review.stages[":stage"].$post({
                      param: { id, stage: stage.id },
                      json: {
                        version: review.version,
                        ...(review.fingerprint ? { fingerprint: review.fingerprint } : {}),
                        decision,
                        ...(note ? { note } : {}),
                      },
                    }),
                  ),
                decision === "approved"
                  ? `${stage.title}: approved.`
                  : `${stage.title}: changes requested. The campaign is back with its author as a draft.`,
              )
            }
          />
        ))}
      </ol>

      <h3 className="review__subheading">
        Comments <span className="checklist__count">{open.length} open</span>
      </h3>
      {review.mayComment ? (
        <NewComment
          data={data}
          busy={busy}
          onSubmit={(path, body) =>
            step(
              () =>
                readJson(api.campaigns[":id"].review.comments.$post({ param: { id }, json: { path, body } })),
              "Comment added.",
            )
          }
        />
      ) : null}
      {review.threads.length === 0 ? <p className="hint">No comments yet.</p> : null}
      <ul className="threads">
        {[...open, ...resolved].map((thread) => (
          <ThreadItem
            key={thread.id}
            thread={thread}
            place={placeName(thread.path, data)}
            canAnswer={review.mayComment}
            canGoToFields={canGoToFields}
            busy={busy}
            onReply={(body) =>
              step(
                () =>
                  readJson(
                    api.campaigns[":id"].review.comments.$post({
                      param: { id },
                      json: { path: thread.path, body, threadId: thread.id },
                    }),
                  ),
                thread.resolved ? "Reply added: the comment is open again." : "Reply added.",
              )
            }
            onResolve={() =>
              step(
                () =>
                  readJson(
                    api.campaigns[":id"].review.comments[":thread"].resolve.$post({
                      param: { id, thread: thread.id },
                    }),
                  ),
                "Comment resolved.",
              )
            }
          />
        ))}
      </ul>

      <details className="review__history">
        <summary>History of this campaign</summary>
        <ol className="history">
          {review.history.map((event) => (
            <li key={event.seq}>
              <time dateTime={event.at}>{formatWhen(event.at)}</time> · {event.actorEmail || "the system"}{" "}
              {ACTIONS[event.action] ?? event.action}
              {event.action === "stage-decided" && typeof event.detail.stage === "string"
                ? ` (${event.detail.stage})`
                : ""}
              {typeof event.detail.decision === "string" ? `: ${event.detail.decision}` : ""}
              {typeof event.detail.status === "string" ? `: ${event.detail.status}` : ""}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function StageItem({
  stage,
  review,
  dirty,
  errors,
  busy,
  onDecide,
}: {
  stage: Stage;
  review: ReviewState;
  dirty: boolean;
  errors: number;
  busy: boolean;
  onDecide: (decision: "approved" | "changes-requested", note: string) => Promise<boolean>;
}) {
  const [note, setNote] = useState("");
  const noteId = useId();
  const reasonId = useId();
  const decision = stage.decision;
  // Why this person cannot approve now, said before they try (the server says it again if they do).
  const approveBlocked = dirty
    ? "Save your changes first."
    : errors > 0
      ? `Fix the ${errors} error${errors === 1 ? "" : "s"} in the checklist first.`
      : review.openThreads > 0
        ? `Resolve the ${review.openThreads} open comment${review.openThreads === 1 ? "" : "s"} first.`
        : review.ownWork
          ? "This version is your own edit: someone else approves it."
          : "";
  return (
    <li data-state={stage.state}>
      <p className="review-stage__title">
        <strong>{stage.title}</strong> <span className="hint">by {ROLE_NAMES[stage.role] ?? stage.role}</span>
      </p>
      <p className="review-stage__state">
        {stage.state === "approved" && decision ? (
          <>
            Approved by {decision.by.name} on <time dateTime={decision.at}>{formatWhen(decision.at)}</time>
            {decision.note ? `: “${decision.note}”` : ""}
          </>
        ) : stage.state === "changes-requested" && decision ? (
          <>
            Changes requested by {decision.by.name} on{" "}
            <time dateTime={decision.at}>{formatWhen(decision.at)}</time>
            {decision.note ? `: “${decision.note}”` : ""}
          </>
        ) : stage.state === "current" ? (
          review.status === "in-review" ? (
            "Deciding now."
          ) : (
            "Decides once the campaign is submitted."
          )
        ) : (
          "Waits for the stage before it."
        )}
      </p>
      {stage.yours && stage.mayDecide ? (
        <form
          className="review-stage__decide"
          onSubmit={(e) => {
            e.preventDefault();
            if (approveBlocked || busy) return;
            void onDecide("approved", note).then((ok) => ok && setNote(""));
          }}
        >
          <label htmlFor={noteId}>Note (optional)</label>
          <textarea
            id={noteId}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              aria-disabled={approveBlocked || busy ? "true" : undefined}
              aria-describedby={approveBlocked ? reasonId : undefined}
            >
              Approve {stage.title.toLowerCase()}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || dirty}
              onClick={() => void onDecide("changes-requested", note).then((ok) => ok && setNote(""))}
            >
              Request changes
            </button>
          </div>
          {approveBlocked ? (
            <p id={reasonId} className="hint">
              {approveBlocked}
            </p>
          ) : null}
        </form>
      ) : stage.yours && stage.why && stage.state !== "approved" ? (
        <p className="hint">{stage.why[0]?.toUpperCase() + stage.why.slice(1)}.</p>
      ) : null}
    </li>
  );
}

function NewComment({
  data,
  busy,
  onSubmit,
}: {
  data: CampaignDraft;
  busy: boolean;
  onSubmit: (path: string, body: string) => Promise<boolean>;
}) {
  const [path, setPath] = useState("");
  const [body, setBody] = useState("");
  const placeId = useId();
  const bodyId = useId();
  return (
    <form
      className="new-comment"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        void onSubmit(path, body).then((ok) => ok && setBody(""));
      }}
    >
      <label htmlFor={placeId}>Comment on</label>
      <select id={placeId} value={path} onChange={(e) => setPath(e.target.value)}>
        {commentPlaces(data).map((place) => (
          <option key={place.path} value={place.path}>
            {place.label}
          </option>
        ))}
      </select>
      <label htmlFor={bodyId}>Comment</label>
      <textarea
        id={bodyId}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        maxLength={5000}
      />
      <button type="submit" className="button" disabled={busy || !body.trim()}>
        Add comment
      </button>
    </form>
  );
}

function ThreadItem({
  thread,
  place,
  canAnswer,
  canGoToFields,
  busy,
  onReply,
  onResolve,
}: {
  thread: Thread;
  place: string;
  canAnswer: boolean;
  canGoToFields: boolean;
  busy: boolean;
  onReply: (body: string) => Promise<boolean>;
  onResolve: () => void;
}) {
  const [reply, setReply] = useState("");
  const replyId = useId();
  const headingId = useId();
  return (
    <li className="thread" data-resolved={thread.resolved ? "true" : "false"}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="thread__place">
          On {place}
          {thread.resolved ? <span className="thread__resolved"> · resolved</span> : null}
        </h4>
        {canGoToFields && thread.path ? (
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              focusField(thread.path);
            }}
          >
            Go to {place}
          </button>
        ) : null}
        <ul className="thread__comments">
          {thread.comments.map((comment) => (
            <li key={comment.id}>
              <p className="thread__meta">
                {comment.author.name} · <time dateTime={comment.at}>{formatWhen(comment.at)}</time>
              </p>
              <p className="thread__body">{comment.body}</p>
            </li>
          ))}
        </ul>
        {canAnswer ? (
          <form
            className="thread__reply"
            onSubmit={(e) => {
              e.preventDefault();
              if (!reply.trim()) return;
              void onReply(reply).then((ok) => ok && setReply(""));
            }}
          >
            <label htmlFor={replyId}>Reply</label>
            <textarea
              id={replyId}
              rows={2}
              value={reply}
              onChange={(e) => setReply(e.target.value)}
              maxLength={5000}
            />
            <div className="button-row">
              <button type="submit" className="button button--small" disabled={busy || !reply.trim()}>
                Reply
              </button>
              {thread.resolved ? null : (
                <button type="button" className="button button--small" disabled={busy} onClick={onResolve}>
                  Resolve
                </button>
              )}
            </div>
          </form>
        ) : null}
      </article>
    </li>
  );
}
