import { where } from "../../shared/field-names.js";
import type { Finding } from "../../shared/findings.js";
import { fieldId, SEVERITY_LABEL } from "./fields.js";

const GROUPS: { id: string; label: string; categories: string[]; note?: string }[] = [
  { id: "content", label: "Complete and valid (fields, links, library references)", categories: ["content"] },
  {
    id: "language",
    label: "Respectful, non-stigmatizing language",
    categories: ["substance-use", "mental-health", "clinician-stigma", "burnout-framing"],
    // What the checks miss most on copy they have not seen (docs/language-agreement-29.md): said beside the
    // result, so that "passes" is not read as "a reader need not look".
    note: "The checks find most such wording, but often miss stigma about clinicians who seek help, and burnout blamed on the person, when it is put in new words. Read for both before you approve.",
  },
  {
    // Suicide wording is safe messaging too: a place or a method found here must not sit beside a green
    // "passes" for safe messaging (a communicator's trial, round 22).
    id: "safe-messaging",
    label: "Safe messaging about suicide (wording, method and place, crisis resources)",
    categories: ["suicide", "safe-messaging"],
  },
  { id: "evidence", label: "Every statistic has a source", categories: ["evidence"] },
  {
    id: "accessibility",
    label: "Accessible (alt text, link text, disability terms)",
    categories: ["accessibility"],
  },
  { id: "plain-language", label: "Plain language and reading grade", categories: ["plain-language"] },
];

/**
 * Move focus to the field at `path`, or the closest enclosing one that exists, and bring it into view. With
 * `words` (a finding's offsets in that field's text), select them, so the writer lands on what to change.
 */
export function focusField(path: string, words?: { start?: number; end?: number }) {
  // The closest field that exists: `materials[0].blocks[2].text`, then `materials[0].blocks[2]`…
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "")) {
    const element = document.getElementById(fieldId(p));
    if (element) {
      element.focus();
      if (
        p === path &&
        words?.start !== undefined &&
        words.end !== undefined &&
        (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)
      )
        element.setSelectionRange(words.start, words.end);
      element.scrollIntoView({ block: "center" });
      return;
    }
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
}

/** Every check, green or not: approval needs no errors anywhere and everything saved. */
export function Checklist({
  findings,
  dirty,
  approved = false,
  onSelectMaterial,
}: {
  findings: Finding[];
  dirty: boolean;
  /** An approved campaign that is unchanged says so, rather than "ready for approval". */
  approved?: boolean;
  onSelectMaterial: (index: number) => void;
}) {
  const errors = findings.filter((f) => f.severity === "error").length;
  return (
    <section className="panel checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        Checklist{" "}
        <span className="checklist__summary" data-ok={errors === 0 ? "true" : "false"}>
          {errors > 0
            ? `${errors} error${errors === 1 ? "" : "s"} to fix`
            : dirty
              ? "ready for approval once saved"
              : approved
                ? "approved: every check passes"
                : "ready for approval"}
        </span>
      </h2>
      <ul className="checklist__items">
        {GROUPS.map((group) => {
          const items = findings.filter((f) => group.categories.includes(f.category));
          const groupErrors = items.filter((f) => f.severity === "error").length;
          const state = groupErrors ? "error" : items.length ? "warning" : "ok";
          return (
            <li key={group.id} data-state={state}>
              {/* Open whenever there is something to read: warnings and suggestions are listed too. */}
              <details open={items.length > 0}>
                <summary>
                  <span className="checklist__mark" aria-hidden="true">
                    {state === "ok" ? "✓" : state === "error" ? "✗" : "!"}
                  </span>
                  {group.label}
                  <span className="visually-hidden">:</span>{" "}
                  <span className="checklist__count">
                    {state === "ok"
                      ? "passes"
                      : groupErrors
                        ? `${groupErrors} error${groupErrors === 1 ? "" : "s"}`
                        : `${items.length} to consider`}
                  </span>
                </summary>
                {items.length ? (
                  <ul className="checklist__findings">
                    {items.map((f, i) => (
                      <li key={`${f.path}-${f.code}-${i}`} data-severity={f.severity}>
                        <span className="finding__severity">{SEVERITY_LABEL[f.severity]}</span> {f.message}{" "}
                        <button
                          type="button"
                          className="button button--link"
                          onClick={() => {
                            const material = f.path.match(/^materials\[(\d+)\]/);
                            if (material) onSelectMaterial(Number(material[1]));
                            setTimeout(() => focusField(f.path, f), 0);
                          }}
                        >
                          Go to {where(f.path) || "campaign"}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </details>
              {group.note ? <p className="checklist__note">{group.note}</p> : null}
            </li>
          );
        })}
        <li data-state={dirty ? "error" : "ok"}>
          <span className="checklist__plain">
            <span className="checklist__mark" aria-hidden="true">
              {dirty ? "✗" : "✓"}
            </span>
            All changes saved<span className="visually-hidden">:</span>{" "}
            <span className="checklist__count">{dirty ? "unsaved changes" : "passes"}</span>
          </span>
        </li>
      </ul>
    </section>
  );
}
