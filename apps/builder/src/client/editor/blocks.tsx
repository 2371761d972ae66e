import { localized } from "@chorus/content";
import { useState } from "react";
import { formatPath, getIn, type Segment } from "../../shared/paths.js";
import { focusField } from "./checklist.js";
import { CheckedText, FindingList, fieldId as fieldIdOf, InputField, SelectField } from "./fields.js";
import { LibraryPicker } from "./library-picker.js";
import {
  BLOCK_LABELS,
  type BlockDraft,
  type EditorContext,
  findingsAt,
  findingsUnder,
  type KeyMessageEntry,
  textAt,
} from "./model.js";

interface BlockProps {
  ctx: EditorContext;
  block: BlockDraft;
  path: Segment[];
  index: number;
  count: number;
  locale: "en" | "es";
  audience: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

function BlockFields({
  ctx,
  block,
  path,
  locale,
  audience,
}: Omit<BlockProps, "index" | "count" | "onMove" | "onRemove">) {
  const { library, update, findings, data } = ctx;
  const text = (
    key: string,
    label: string,
    extra: Partial<React.ComponentProps<typeof CheckedText>> = {},
  ) => (
    <CheckedText
      label={label}
      path={[...path, key]}
      value={textAt(block, [key])}
      findings={findingsAt(findings, [...path, key])}
      onChange={(value) => update([...path, key], extra.optional && value === "" ? undefined : value)}
      {...extra}
    />
  );
  const input = (keys: string[], label: string, extra: { type?: string; optional?: boolean } = {}) => {
    const at = [...path, ...keys];
    return (
      <InputField
        label={label}
        path={at}
        value={textAt(block, keys)}
        onChange={(value) => update(at, extra.optional && value === "" ? undefined : value)}
        findings={findingsAt(findings, at)}
        {...extra}
      />
    );
  };
  const [picking, setPicking] = useState(false);
  switch (block.type) {
    case "heading":
      return (
        <>
          {text("text", "Heading text")}
          <SelectField
            label="Heading size"
            path={[...path, "level"]}
            value={String(block.level ?? 2)}
            options={[
              { value: "2", label: "Section heading" },
              { value: "3", label: "Sub-heading" },
            ]}
            onChange={(value) => update([...path, "level"], Number(value))}
          />
        </>
      );
    case "paragraph":
      return text("text", "Paragraph", { multiline: true, grade: { locale, audience } });
    case "key-message": {
      const inline = (data.keyMessages ?? []).filter(
        (m): m is Exclude<KeyMessageEntry, string> => typeof m === "object" && Boolean(m),
      );
      const options = [
        ...inline.map((m) => ({
          value: m.id,
          label: `This campaign: ${m.text ? clip(m.text, 80) : m.id}`,
        })),
        ...library.keyMessages.map((m) => ({ value: m.id, label: clip(localized(m.text, locale), 100) })),
      ];
      const chosen = library.keyMessages.find((m) => m.id === block.ref);
      return (
        <>
          <SelectField
            label="Approved key message"
            path={[...path, "ref"]}
            value={block.ref}
            options={options}
            onChange={(v) => update([...path, "ref"], v)}
            findings={findingsAt(findings, [...path, "ref"])}
          />
          {chosen ? <blockquote className="library-text">{localized(chosen.text, locale)}</blockquote> : null}
        </>
      );
    }
    case "stat": {
      const fact = library.facts.find((f) => f.id === block.fact);
      return (
        <>
          <SelectField
            label="Fact from the library"
            path={[...path, "fact"]}
            value={block.fact}
            options={library.facts.map((f) => ({
              value: f.id,
              label: `${f.value} — ${clip(localized(f.statement, locale), 90)}`,
            }))}
            onChange={(v) => update([...path, "fact"], v)}
            findings={findingsAt(findings, [...path, "fact"])}
          />
          {fact ? (
            <div className="library-text">
              <p>
                <strong>{fact.value}</strong> {localized(fact.statement, locale)}
              </p>
              <p className="citation">
                Source: {fact.citation.authors ? `${fact.citation.authors}. ` : ""}
                {fact.citation.title}. {fact.citation.publisher}, {fact.citation.year}.
              </p>
            </div>
          ) : null}
          {text("lead", "Lead sentence", {
            optional: true,
            hint: "A short line before the figure. Write the number only through the fact.",
          })}
        </>
      );
    }
    case "quote":
      return (
        <>
          {text("text", "Quote", {
            multiline: true,
            hint: "The person’s own words, so wording checks leave them alone; a figure in a quote still needs its source.",
          })}
          <div className="field field--inline">
            <input
              id={`illustrative-${path.join("-")}`}
              type="checkbox"
              checked={block.illustrative === true}
              onChange={(e) => update([...path, "illustrative"], e.target.checked ? true : undefined)}
            />
            <label htmlFor={`illustrative-${path.join("-")}`}>
              Written by us as an example (every material labels it “illustrative”; no real person said it)
            </label>
          </div>
          {input(["attribution", "name"], block.illustrative ? "Speaks for (e.g. An ICU nurse)" : "Name")}
          {input(["attribution", "role"], "Role", { optional: true })}
          {block.illustrative ? null : (
            <>
              {input(["attribution", "source"], "Where and when they said it (interview, talk, publication)")}
              <div className="field field--inline">
                <input
                  id={`consent-${path.join("-")}`}
                  type="checkbox"
                  checked={block.attribution?.consent === true}
                  onChange={(e) =>
                    update([...path, "attribution", "consent"], e.target.checked ? true : undefined)
                  }
                />
                <label htmlFor={`consent-${path.join("-")}`}>
                  The person agreed in writing to this quote being used in this campaign
                </label>
              </div>
              <FindingList findings={findingsAt(findings, [...path, "attribution", "consent"])} />
            </>
          )}
        </>
      );
    case "resource-list": {
      const ids: string[] = block.resources ?? [];
      return (
        <>
          {text("heading", "Heading", { optional: true })}
          <p className="field-label">Resources</p>
          <ul className="chosen">
            {ids.map((id, i) => {
              const resource = library.resources.find((r) => r.id === id);
              return (
                <li key={id}>
                  <span>{resource ? localized(resource.name, locale) : id}</span>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      update(
                        [...path, "resources"],
                        ids.filter((_, j) => j !== i),
                      )
                    }
                  >
                    Remove
                    <span className="visually-hidden">
                      {" "}
                      {resource ? localized(resource.name, locale) : id}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {picking ? (
            <LibraryPicker
              library={library}
              kind="resources"
              locale={locale}
              exclude={ids}
              onClose={() => setPicking(false)}
              onPick={(id) => {
                update([...path, "resources"], [...ids, id]);
                setPicking(false);
              }}
            />
          ) : (
            <button type="button" className="button button--small" onClick={() => setPicking(true)}>
              Add a resource from the library…
            </button>
          )}
        </>
      );
    }
    case "call-to-action": {
      const ctas = data.callsToAction ?? [];
      if (block.cta !== undefined || (!block.label && !block.url)) {
        return (
          <SelectField
            label="Button"
            hint="One of the campaign’s calls to action (edit them under Campaign details)."
            path={[...path, "cta"]}
            value={block.cta}
            options={ctas.map((c) => ({ value: c.id, label: `${c.label} (${c.url})` }))}
            onChange={(v) => update([...path, "cta"], v)}
            findings={findingsAt(findings, [...path, "cta"])}
          />
        );
      }
      return (
        <>
          {text("label", "Button text")}
          {input(["url"], "Link (https)", { type: "url" })}
        </>
      );
    }
    case "image":
      return (
        <>
          {input(["src"], "Image address (https)", { type: "url" })}
          {text("alt", "Alt text: what the image shows")}
          {text("caption", "Caption", { optional: true })}
        </>
      );
    case "event":
      return (
        <>
          {text("name", "Event name")}
          {input(["start"], "Starts (e.g. 2027-03-18T18:00:00Z)")}
          {input(["end"], "Ends")}
          {input(["timeZone"], "Time zone shown (e.g. America/New_York)")}
          {text("location", "Where")}
          {input(["url"], "Registration link (https)", { type: "url" })}
        </>
      );
    default:
      // A type the schema does not know (the file was written by hand): findings say so.
      return (
        <p>
          This block type (“{String((block as { type?: unknown }).type)}”) can only be edited in the YAML
          file.
        </p>
      );
  }
}

/** Paths of the fields a block shows its own findings under (the rest are listed on the block). */
function fieldPaths(block: BlockDraft, path: Segment[]): Segment[][] {
  const keys: Record<string, string[]> = {
    heading: ["text"],
    paragraph: ["text"],
    "key-message": ["ref"],
    stat: ["fact", "lead"],
    quote: ["text"],
    "resource-list": ["heading"],
    "call-to-action": ["cta", "label", "url"],
    image: ["src", "alt", "caption"],
    event: ["name", "start", "end", "timeZone", "location", "url"],
  };
  const paths = (keys[block?.type] ?? []).map((k) => [...path, k]);
  if (block?.type === "quote")
    paths.push([...path, "attribution", "name"], [...path, "attribution", "consent"]);
  return paths;
}

export function BlockEditor(props: BlockProps) {
  const { block, path, index, count, onMove, onRemove, ctx } = props;
  const label = BLOCK_LABELS[block?.type] ?? "Block";
  const rest = findingsUnder(ctx.findings, path, fieldPaths(block, path));
  const errors = findingsUnder(ctx.findings, path).filter((f) => f.severity === "error").length;
  return (
    <li className="block" data-type={block?.type} data-has-errors={errors > 0 ? "true" : undefined}>
      <fieldset>
        <legend>
          <span className="block__number">{index + 1}.</span> {label}
        </legend>
        <div className="block__tools">
          <button
            type="button"
            className="button button--small"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            Move up<span className="visually-hidden"> block {index + 1}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            Move down<span className="visually-hidden"> block {index + 1}</span>
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => onRemove(index)}
          >
            Remove<span className="visually-hidden"> block {index + 1}</span>
          </button>
        </div>
        <BlockFields {...props} />
        <FindingList findings={rest} />
      </fieldset>
    </li>
  );
}

type Adding = undefined | "keyMessages" | "facts" | "resources";

/** The block a library pick adds, per kind of library item. */
const PICKED_BLOCK: Record<NonNullable<Adding>, (id: string) => BlockDraft> = {
  keyMessages: (id) => ({ type: "key-message", ref: id }),
  facts: (id) => ({ type: "stat", fact: id }),
  resources: (id) => ({ type: "resource-list", resources: [id] }),
};

/** The blocks of an email or fact sheet: add, remove, reorder, and pick library items with search. */
export function BlockList({
  ctx,
  path,
  blocks,
  locale,
  audience,
}: {
  ctx: EditorContext;
  /** Where the blocks are: `materials[i].blocks`. */
  path: Segment[];
  blocks: BlockDraft[];
  locale: "en" | "es";
  audience: string;
}) {
  const [adding, setAdding] = useState<Adding>();
  const [announce, setAnnounce] = useState("");
  const set = (next: BlockDraft[]) => ctx.update(path, next);
  // Where a new block goes: after block N (0 = at the start); the end unless the author picks a place.
  const [after, setAfter] = useState<number>();
  const insertAt = Math.min(after ?? blocks.length, blocks.length);
  const add = (block: BlockDraft) => {
    set([...blocks.slice(0, insertAt), block, ...blocks.slice(insertAt)]);
    setAdding(undefined);
    setAfter(undefined);
    setAnnounce(`${BLOCK_LABELS[block.type]} added as block ${insertAt + 1}.`);
    // Straight to the new block's first empty field, when it has one to fill in.
    const first = block.type === "call-to-action" && !block.cta ? "label" : "text";
    if (getIn(block, [first]) === "") setTimeout(() => focusField(formatPath([...path, insertAt, first])), 0);
  };
  const move = (from: number, to: number) => {
    const next = [...blocks];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    set(next);
    setAnnounce(`Block moved to position ${to + 1}.`);
  };
  const remove = (index: number) => {
    set(blocks.filter((_, i) => i !== index));
    setAnnounce(`Block ${index + 1} removed.`);
  };
  const firstCta = ctx.data?.callsToAction?.[0]?.id;
  return (
    <section className="blocks" aria-label="Blocks">
      <h4>Blocks</h4>
      <ol className="block-list">
        {blocks.map((block, index) => (
          <BlockEditor
            key={`${index}-${block?.type}`}
            ctx={ctx}
            block={block}
            path={[...path, index]}
            index={index}
            count={blocks.length}
            locale={locale}
            audience={audience}
            onMove={move}
            onRemove={remove}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <div className="add-block">
        <p className="field-label">Add a block</p>
        <div className="field field--inline add-block__where">
          <label htmlFor={`${fieldIdOf(path)}-where`}>Place it</label>
          <select
            id={`${fieldIdOf(path)}-where`}
            value={insertAt}
            onChange={(e) => setAfter(Number(e.target.value))}
          >
            <option value={0}>at the start</option>
            {blocks.map((block, i) => (
              <option key={`${block?.type}-${i}`} value={i + 1}>
                {i + 1 === blocks.length
                  ? "at the end"
                  : `after block ${i + 1} (${BLOCK_LABELS[block?.type] ?? "block"})`}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            onClick={() => add({ type: "heading", text: "" })}
          >
            Heading
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => add({ type: "paragraph", text: "" })}
          >
            Paragraph
          </button>
          <button
            type="button"
            className="button button--small"
            aria-expanded={adding === "keyMessages"}
            onClick={() => setAdding("keyMessages")}
          >
            Key message…
          </button>
          <button
            type="button"
            className="button button--small"
            aria-expanded={adding === "facts"}
            onClick={() => setAdding("facts")}
          >
            Fact…
          </button>
          <button
            type="button"
            className="button button--small"
            aria-expanded={adding === "resources"}
            onClick={() => setAdding("resources")}
          >
            Resources…
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              add(
                firstCta
                  ? { type: "call-to-action", cta: firstCta }
                  : { type: "call-to-action", label: "", url: "" },
              )
            }
          >
            Call to action
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              add({
                type: "quote",
                text: "",
                // Consent is the author's to confirm, never a default: the block stays incomplete (and
                // the checklist says so) until they tick it.
                attribution: { name: "" } as { name: string; consent: true },
              })
            }
          >
            Quote
          </button>
        </div>
        {adding ? (
          <LibraryPicker
            library={ctx.library}
            kind={adding}
            locale={locale}
            onClose={() => setAdding(undefined)}
            onPick={(id) => add(PICKED_BLOCK[adding](id))}
          />
        ) : null}
      </div>
    </section>
  );
}

/** Text cut to fit a list option: at a word boundary, with an ellipsis when something was left out. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:.—-]+$/, "")}…`;
}
