import { AUDIENCES, GOALS, localized } from "@chorus/content";
import { useState } from "react";
import { CheckboxGroup, CheckedText, FindingList, InputField, SelectField } from "./fields.js";
import { LibraryPicker } from "./library-picker.js";
import {
  type CallToActionDraft,
  type EditorContext,
  findingsAt,
  findingsUnder,
  type KeyMessageEntry,
} from "./model.js";

const LOCALE_LABELS = { en: "English", es: "Spanish" };

/**
 * The campaign as a whole: title, summary, goal, dates, audiences, partners, languages, key messages and
 * calls to action.
 */
export function CampaignDetails({ ctx }: { ctx: EditorContext }) {
  const { data, update, findings, library } = ctx;
  const [picking, setPicking] = useState(false);
  const messages: KeyMessageEntry[] = data.keyMessages ?? [];
  const ctas: CallToActionDraft[] = data.callsToAction ?? [];
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Campaign details</h2>
      <CheckedText
        label="Title"
        path={["title"]}
        value={data.title}
        findings={findingsAt(findings, ["title"])}
        onChange={(v) => update(["title"], v)}
        maxLength={120}
      />
      <CheckedText
        label="Summary"
        hint="One or two sentences for reviewers and partners."
        multiline
        path={["summary"]}
        value={data.summary}
        findings={findingsAt(findings, ["summary"])}
        onChange={(v) => update(["summary"], v)}
      />
      <div className="field-row">
        <SelectField
          label="Goal"
          path={["goal"]}
          value={data.goal}
          options={GOALS.map((g) => ({ value: g, label: g.replace(/-/g, " ") }))}
          onChange={(v) => update(["goal"], v)}
          findings={findingsAt(findings, ["goal"])}
        />
        <InputField
          label="Starts"
          type="date"
          path={["dates", "start"]}
          value={data.dates?.start}
          onChange={(v) => update(["dates", "start"], v)}
          findings={findingsAt(findings, ["dates", "start"])}
        />
        <InputField
          label="Ends"
          optional
          type="date"
          path={["dates", "end"]}
          value={data.dates?.end}
          onChange={(v) => update(["dates", "end"], v || undefined)}
          findings={findingsAt(findings, ["dates", "end"])}
        />
      </div>
      <CheckboxGroup
        legend="Audiences"
        path={["audiences"]}
        values={data.audiences ?? []}
        options={AUDIENCES}
        onChange={(v) => update(["audiences"], v)}
        findings={findingsUnder(findings, ["audiences"])}
      />
      <CheckboxGroup
        legend="Partners"
        hint="Who may co-brand and send this campaign. Leave all unticked to let every partner use it."
        path={["partners"]}
        values={data.partners ?? []}
        options={ctx.partners.map((p) => p.id)}
        labels={Object.fromEntries(ctx.partners.map((p) => [p.id, p.name]))}
        onChange={(v) => update(["partners"], v)}
        findings={findingsUnder(findings, ["partners"])}
      />
      <CheckboxGroup
        legend="Languages"
        path={["locales"]}
        values={data.locales ?? []}
        options={["en", "es"]}
        labels={LOCALE_LABELS}
        onChange={(v) => update(["locales"], v)}
        findings={findingsUnder(findings, ["locales"])}
      />

      <h3 id="key-messages-heading">Key messages</h3>
      <p className="hint">
        Approved messages from the shared library: their words cannot be changed here. A message written for
        this campaign only can be edited.
      </p>
      <ul className="chosen">
        {messages.map((m, i) => {
          const id = typeof m === "string" ? m : m?.id;
          const shared = library.keyMessages.find((k) => k.id === id);
          const text = typeof m === "string" ? (shared ? localized(shared.text, "en") : id) : m?.text;
          return (
            <li key={`${id}-${i}`}>
              {typeof m === "string" ? (
                <span>{text}</span>
              ) : (
                <CheckedText
                  label={`This campaign’s key message “${id}”`}
                  multiline
                  path={["keyMessages", i, "text"]}
                  value={m?.text}
                  findings={findingsAt(findings, ["keyMessages", i, "text"])}
                  onChange={(v) => update(["keyMessages", i, "text"], v)}
                />
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  update(
                    ["keyMessages"],
                    messages.filter((_, j) => j !== i),
                  )
                }
              >
                Remove<span className="visually-hidden"> key message {i + 1}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <FindingList findings={findingsUnder(findings, ["keyMessages"])} />
      {picking ? (
        <LibraryPicker
          library={library}
          kind="keyMessages"
          exclude={messages.map((m) => (typeof m === "string" ? m : m?.id))}
          onClose={() => setPicking(false)}
          onPick={(id) => {
            update(["keyMessages"], [...messages, id]);
            setPicking(false);
          }}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => setPicking(true)}>
          Add a key message from the library…
        </button>
      )}

      <h3 id="calls-to-action-heading">Calls to action</h3>
      <p className="hint">Buttons the materials can use. Links must start with https://.</p>
      <ol className="ctas">
        {ctas.map((cta, i) => (
          <li key={`cta-${i}`} className="cta">
            <fieldset>
              <legend>Call to action {i + 1}</legend>
              <CheckedText
                label="Button text"
                path={["callsToAction", i, "label"]}
                value={cta.label}
                findings={findingsAt(findings, ["callsToAction", i, "label"])}
                onChange={(v) => update(["callsToAction", i, "label"], v)}
              />
              <InputField
                label="Link"
                type="url"
                path={["callsToAction", i, "url"]}
                value={cta.url}
                findings={findingsAt(findings, ["callsToAction", i, "url"])}
                onChange={(v) => update(["callsToAction", i, "url"], v)}
              />
              <InputField
                label="Short name"
                hint="Used by blocks to point at this button."
                path={["callsToAction", i, "id"]}
                value={cta.id}
                findings={findingsAt(findings, ["callsToAction", i, "id"])}
                onChange={(v) => update(["callsToAction", i, "id"], v)}
              />
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() =>
                  update(
                    ["callsToAction"],
                    ctas.filter((_, j) => j !== i),
                  )
                }
              >
                Remove call to action {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          update(
            ["callsToAction"],
            [
              ...ctas,
              {
                id: `action-${ctas.length + 1}`,
                label: "Learn more",
                url: "https://chorus-collaborative.org",
              },
            ],
          )
        }
      >
        Add a call to action
      </button>
    </section>
  );
}
