import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { Segment } from "../../shared/paths.js";
import type { CampaignDraft } from "./model.js";

/**
 * Says that the next edit is a one-click fix, in words ("Replaced “suffers from” with “lives with”"), so it
 * can be undone. Fields call it just before they apply the fix; outside an editor it does nothing.
 */
export const FixUndoContext = createContext<(label: string) => void>(() => {});

/** The `willFix` of the editor this field is in. */
export const useWillFix = () => useContext(FixUndoContext);

export interface UndoableFix {
  label: string;
  /** The whole campaign just before the fix. */
  before: CampaignDraft;
}

/**
 * One-click fixes that can be undone: `edit` is the editor's `update`, remembering the campaign as it was
 * before a fix (announced by `willFix`). The offer lasts until the next edit of any kind, so undoing never
 * throws away typing done after the fix.
 */
export function useUndoableFixes(
  data: CampaignDraft | undefined,
  update: (path: Segment[], value: unknown) => void,
) {
  const [fix, setFix] = useState<UndoableFix>();
  const current = useRef(data);
  current.current = data;
  const pending = useRef<string | undefined>(undefined);
  const edit = useCallback(
    (path: Segment[], value: unknown) => {
      const label = pending.current;
      pending.current = undefined;
      setFix(label !== undefined && current.current ? { label, before: current.current } : undefined);
      update(path, value);
    },
    [update],
  );
  const willFix = useCallback((label: string) => {
    pending.current = label;
  }, []);
  const undo = useCallback(() => {
    if (fix) update([], fix.before);
    setFix(undefined);
  }, [fix, update]);
  const dismiss = useCallback(() => setFix(undefined), []);
  return { fix, edit, willFix, undo, dismiss };
}

/** The last fix, with Undo: shown at the bottom of the window, where it stays in view after the click. */
export function UndoFix({
  fix,
  onUndo,
  onDismiss,
}: {
  fix: UndoableFix | undefined;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  // Ctrl/Cmd+Z right after a fix undoes it (the fix was not typing, so the text box cannot undo it);
  // Escape closes the offer (the fix itself stays).
  useEffect(() => {
    if (!fix) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onDismiss();
      else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "z") {
        e.preventDefault();
        onUndo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [fix, onDismiss, onUndo]);
  return (
    <div className="undo-fix" role="status" aria-live="polite" data-open={fix ? "true" : undefined}>
      {fix ? (
        <>
          <span>{fix.label}.</span>
          <button type="button" className="button button--small" onClick={onUndo}>
            Undo<span className="visually-hidden"> this fix</span>
          </button>
          <button type="button" className="button button--small button--link" onClick={onDismiss}>
            Close<span className="visually-hidden"> this message</span>
          </button>
        </>
      ) : null}
    </div>
  );
}
