import { DEFAULT_GRADE_TARGETS, matchCase, readingGrade, textStatistics, tokenize } from "@chorus/language";
import { type ReactNode, useId } from "react";
import type { Finding } from "../../shared/findings.js";
import { formatPath, type Segment } from "../../shared/paths.js";
import { useWillFix } from "./undo.js";

/** A stable element id for a field path, so the checklist can jump to it. */
export function fieldId(path: readonly Segment[] | string): string {
  const text = typeof path === "string" ? path : formatPath(path);
  return `field-${text.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

export const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "Error",
  warning: "Warning",
  suggestion: "Suggestion",
};

/** The flagged ranges of `text`, drawn behind the textarea so they line up with the words. */
function Highlights({ text, findings }: { text: string; findings: Finding[] }) {
  const ranges = findings
    .filter(
      (f) =>
        f.start !== undefined &&
        f.end !== undefined &&
        f.end > f.start &&
        !(f.start === 0 && f.end >= text.length && f.code.includes("grade")),
    )
    .sort((a, b) => a.start! - b.start!);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start! < at) continue;
    parts.push(text.slice(at, range.start));
    parts.push(
      <mark key={`${range.start}-${range.code}`} data-severity={range.severity}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end!;
  }
  parts.push(text.slice(at));
  // A trailing newline needs a character after it to take up a line, as in the textarea.
  return (
    <>
      {parts}
      {"\u200b"}
    </>
  );
}

export function FindingList({
  findings,
  id,
  text,
  onFix,
  onAddResource,
}: {
  findings: Finding[];
  id?: string;
  text?: string;
  onFix?: (finding: Finding, replacement: string) => void;
  /** Applies a finding's `addResource` fix (the material's FindingList passes it). */
  onAddResource?: (finding: Finding) => void;
}) {
  const willFix = useWillFix();
  if (findings.length === 0) return null;
  return (
    <ul className="findings" id={id}>
      {findings.map((f, index) => {
        const original =
          text !== undefined && f.start !== undefined && f.end !== undefined
            ? text.slice(f.start, f.end)
            : "";
        const replacement =
          f.suggestions?.[0] && original ? matchCase(original, f.suggestions[0]) : undefined;
        return (
          <li key={`${f.code}-${f.start ?? index}-${index}`} className="finding" data-severity={f.severity}>
            <span className="finding__severity">{SEVERITY_LABEL[f.severity]}:</span> {f.message}
            {/[.!?…]$/.test(f.message) ? "" : "."}
            {f.suggestions?.length && !(f.fixable && onFix && replacement) ? (
              <span className="finding__suggestion"> Try: {f.suggestions.slice(0, 3).join("; ")}.</span>
            ) : null}
            {f.fixable && onFix && replacement ? (
              <button
                type="button"
                className="button button--small button--fix"
                onClick={() => onFix(f, replacement)}
              >
                Replace “{original}” with “{replacement}”
              </button>
            ) : null}
            {f.addResource && onAddResource ? (
              <button
                type="button"
                className="button button--small button--fix"
                onClick={() => {
                  willFix(`Added ${f.addResource?.name} to the resources`);
                  onAddResource(f);
                }}
              >
                Add {f.addResource.name}
              </button>
            ) : null}
            {f.source?.url ? (
              <a className="finding__source" href={f.source.url} target="_blank" rel="noreferrer noopener">
                Why? {f.source.name}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export interface CheckedTextProps {
  label: string;
  path: Segment[];
  value: string | undefined;
  findings: Finding[];
  onChange: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  maxLength?: number;
  /** Show the reading grade of this text (paragraphs, quotes). */
  grade?: { locale: "en" | "es"; audience: string };
  optional?: boolean;
}

/**
 * A text field checked as the author types: flagged words are underlined in place, each finding
 * is explained under the field, and fixable wording has a one-click replacement.
 */
export function CheckedText({
  label,
  path,
  value = "",
  findings,
  onChange,
  multiline,
  hint,
  maxLength,
  grade,
  optional,
}: CheckedTextProps) {
  const id = fieldId(path);
  const willFix = useWillFix();
  const findingsId = `${id}-findings`;
  const hintId = `${id}-hint`;
  const hasError = findings.some((f) => f.severity === "error");
  /** A single-line field takes line breaks as spaces, typed or pasted. */
  const oneLine = (text: string) => (multiline ? text : text.replace(/\r?\n/g, " "));
  // Near the limit, say how much room is left: the field stops taking typed text at the limit, and a longer
  // paste is taken whole and shown as over it.
  const counting = maxLength !== undefined && value.length >= maxLength * 0.8;
  const describedBy = [
    hint ? hintId : "",
    findings.length ? findingsId : "",
    grade ? `${id}-grade` : "",
    counting ? `${id}-count` : "",
  ]
    .filter(Boolean)
    .join(" ");
  let gradeNote: ReactNode = null;
  if (grade) {
    const stats = textStatistics(tokenize(value), grade.locale);
    if (stats.words >= 12) {
      const level = readingGrade(stats, grade.locale);
      const target = DEFAULT_GRADE_TARGETS[grade.audience as keyof typeof DEFAULT_GRADE_TARGETS] ?? 8;
      gradeNote = (
        <p className="grade" id={`${id}-grade`} data-over={level > target ? "true" : "false"}>
          {/* Beyond grade 20 the number means only "far too hard": say that. */}
          Reading grade {level > 20 ? "above 20" : level.toFixed(1)}
          {level > target
            ? ` — above the target of ${target} for ${grade.audience}`
            : ` (target ${target} or lower)`}
        </p>
      );
    } else {
      gradeNote = <span id={`${id}-grade`} hidden />;
    }
  }
  const fix = (finding: Finding, replacement: string) => {
    if (finding.start === undefined || finding.end === undefined) return;
    willFix(`Replaced “${value.slice(finding.start, finding.end)}” with “${replacement}” in ${label}`);
    onChange(value.slice(0, finding.start) + replacement + value.slice(finding.end));
    // The fix button disappears with the finding: put the writer back in the text, after the fix.
    const caret = finding.start + replacement.length;
    requestAnimationFrame(() => {
      const input = document.getElementById(id) as HTMLTextAreaElement | null;
      input?.focus();
      input?.setSelectionRange(caret, caret);
    });
  };
  return (
    <div className="field checked" data-invalid={hasError ? "true" : undefined}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="highlight" data-multiline={multiline ? "true" : "false"}>
        <div className="highlight__backdrop" aria-hidden="true">
          <Highlights text={value} findings={findings} />
        </div>
        <textarea
          id={id}
          className="highlight__input"
          value={value}
          rows={1}
          maxLength={maxLength}
          spellCheck
          aria-invalid={hasError ? "true" : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(oneLine(e.target.value))}
          onPaste={(e) => {
            // The browser would cut a paste at the limit without a word: take it whole, and let the counter
            // say how much is over, so nothing pasted is lost.
            if (maxLength === undefined) return;
            const input = e.currentTarget;
            const pasted = e.clipboardData.getData("text");
            const next = value.slice(0, input.selectionStart) + pasted + value.slice(input.selectionEnd);
            if (next.length <= maxLength) return;
            e.preventDefault();
            onChange(oneLine(next));
          }}
          onKeyDown={(e) => {
            if (!multiline && e.key === "Enter") e.preventDefault();
          }}
        />
      </div>
      {counting ? (
        <p
          className="hint counter"
          id={`${id}-count`}
          data-full={value.length >= maxLength ? "true" : undefined}
        >
          {value.length} of {maxLength} characters
          {value.length > maxLength
            ? `: ${value.length - maxLength} over the limit, shorten it`
            : value.length === maxLength
              ? ": the limit, so nothing more can be typed"
              : ""}
        </p>
      ) : null}
      {gradeNote}
      <FindingList findings={findings} id={findingsId} text={value} onFix={fix} />
    </div>
  );
}

export function SelectField({
  label,
  path,
  value,
  options,
  onChange,
  findings = [],
  hint,
}: {
  label: string;
  path: Segment[];
  value: string | undefined;
  options: readonly (string | { value: string; label: string })[];
  onChange: (value: string) => void;
  findings?: Finding[];
  hint?: string;
}) {
  const id = fieldId(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint">{hint}</p> : null}
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={findings.length ? `${id}-findings` : undefined}
      >
        {value === undefined || value === "" ? <option value="">Choose…</option> : null}
        {options.map((option) => {
          const o = typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          );
        })}
      </select>
      <FindingList findings={findings} id={`${id}-findings`} />
    </div>
  );
}

export function InputField({
  label,
  path,
  value,
  onChange,
  type = "text",
  findings = [],
  hint,
  optional,
}: {
  label: string;
  path: Segment[];
  value: string | number | undefined;
  onChange: (value: string) => void;
  type?: string;
  findings?: Finding[];
  hint?: string;
  optional?: boolean;
}) {
  const id = fieldId(path);
  const hasError = findings.some((f) => f.severity === "error");
  return (
    <div className="field" data-invalid={hasError ? "true" : undefined}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        value={value ?? ""}
        aria-invalid={hasError ? "true" : undefined}
        aria-describedby={
          [hint ? `${id}-hint` : "", findings.length ? `${id}-findings` : ""].filter(Boolean).join(" ") ||
          undefined
        }
        onChange={(e) => onChange(e.target.value)}
      />
      <FindingList findings={findings} id={`${id}-findings`} />
    </div>
  );
}

export function CheckboxGroup({
  legend,
  path,
  values,
  options,
  onChange,
  findings = [],
  labels = {},
  hint,
}: {
  legend: string;
  path: Segment[];
  values: readonly string[];
  options: readonly string[];
  onChange: (values: string[]) => void;
  findings?: Finding[];
  labels?: Record<string, string>;
  hint?: string;
}) {
  const groupId = useId();
  return (
    <fieldset
      className="checkbox-group"
      id={fieldId(path)}
      aria-describedby={hint ? `${groupId}-hint` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${groupId}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option} htmlFor={`${groupId}-${option}`}>
            <input
              id={`${groupId}-${option}`}
              type="checkbox"
              checked={values.includes(option)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? options.filter((o) => o === option || values.includes(o))
                    : values.filter((v) => v !== option),
                )
              }
            />
            {labels[option] ?? option}
          </label>
        ))}
      </div>
      <FindingList findings={findings} />
    </fieldset>
  );
}
