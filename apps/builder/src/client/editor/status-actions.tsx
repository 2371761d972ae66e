import { useEffect, useId, useRef, useState } from "react";

/**
 * The review buttons for the saved status: submit a draft for review; approve (with the reviewer's name,
 * when `approveHere`: local mode; team mode approves through the review stages) or send back a campaign in
 * review; move an approved one back to draft. Approval waits for no unsaved changes and no errors, and says
 * which is missing.
 */
export function StatusActions({
  status,
  dirty,
  errors,
  approveHere = true,
  onChange,
}: {
  status: string;
  dirty: boolean;
  errors: number;
  approveHere?: boolean;
  onChange: (status: string, by?: string) => void;
}) {
  const [approving, setApproving] = useState(false);
  const [name, setName] = useState(() => localStorage.getItem("chorus-reviewer") ?? "");
  const nameId = useId();
  const reasonId = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (approving) first.current?.focus();
  }, [approving]);
  const blocked = dirty
    ? "Save your changes first."
    : errors > 0
      ? `Fix the ${errors} error${errors === 1 ? "" : "s"} in the checklist first.`
      : "";
  if (status === "draft") {
    return (
      <>
        <button
          type="button"
          className="button"
          disabled={Boolean(dirty)}
          aria-describedby={dirty ? reasonId : undefined}
          onClick={() => onChange("in-review")}
        >
          Submit for review
        </button>
        {dirty ? (
          <span id={reasonId} className="hint">
            Save your changes first.
          </span>
        ) : null}
      </>
    );
  }
  if (status === "in-review") {
    return (
      <>
        {!approveHere ? null : approving ? (
          <form
            className="approve-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!name.trim()) return;
              localStorage.setItem("chorus-reviewer", name.trim());
              setApproving(false);
              onChange("approved", name.trim());
            }}
          >
            <label htmlFor={nameId}>Approved by (your name)</label>
            <input
              id={nameId}
              ref={first}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
              required
            />
            <button type="submit" className="button button--primary" disabled={!name.trim()}>
              Confirm approval
            </button>
            <button type="button" className="button" onClick={() => setApproving(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="button"
            aria-disabled={blocked ? "true" : undefined}
            aria-describedby={blocked ? reasonId : undefined}
            onClick={() => !blocked && setApproving(true)}
          >
            Approve…
          </button>
        )}
        <button type="button" className="button" onClick={() => onChange("draft")}>
          Back to draft
        </button>
        {blocked && approveHere ? (
          <span id={reasonId} className="hint">
            Approval: {blocked}
          </span>
        ) : null}
      </>
    );
  }
  return (
    <button type="button" className="button" disabled={dirty} onClick={() => onChange("draft")}>
      Back to draft
    </button>
  );
}
