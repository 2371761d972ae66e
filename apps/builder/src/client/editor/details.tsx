import {
  AUDIENCES,
  EMAIL_TEMPLATES,
  GOALS,
  IAB_SIZES,
  localized,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_PLATFORMS,
  SOCIAL_TEXT_LIMITS,
} from "@chorus/content";
import { useState } from "react";
import { BlockList } from "./blocks.js";
import { CheckboxGroup, CheckedText, FindingList, InputField, SelectField } from "./fields.js";
import { LibraryPicker } from "./library-picker.js";
import {
  type Data,
  type EditorContext,
  findingsAt,
  findingsUnder,
  MATERIAL_LABELS,
  materialName,
} from "./model.js";

const LOCALE_LABELS = { en: "English", es: "Spanish" };

export function CampaignDetails({ ctx }: { ctx: EditorContext }) {
  const { data, update, findings, library } = ctx;
  const [picking, setPicking] = useState(false);
  const messages: Data[] = data.keyMessages ?? [];
  const ctas: Data[] = data.callsToAction ?? [];
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

      <h3>Key messages</h3>
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

      <h3>Calls to action</h3>
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

/** A free id for a new material: `email-1`, `post-2`… */
function freeId(data: Data, prefix: string): string {
  const taken = new Set((data.materials ?? []).map((m: Data) => m?.id));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function newSocialPost(data: Data): Data {
  return {
    id: freeId(data, "post"),
    kind: "social-post",
    title: "New social post",
    audience: data.audiences?.[0] ?? "clinicians",
    locale: data.locales?.[0] ?? "en",
    platform: "linkedin",
    text: "",
  };
}

function newEmail(data: Data): Data {
  return {
    id: freeId(data, "email"),
    kind: "email",
    template: "newsletter",
    title: "New email",
    audience: data.audiences?.[0] ?? "clinicians",
    locale: data.locales?.[0] ?? "en",
    // Empty, not sample text: the checklist asks for each field, so no stand-in sentence can go out.
    subject: "",
    preheader: "",
    blocks: [{ type: "paragraph", text: "" }],
  };
}

export function MaterialEditor({
  ctx,
  index,
  onSelect,
}: {
  ctx: EditorContext;
  index: number;
  onSelect: (index: number) => void;
}) {
  const { data, update, findings } = ctx;
  const materials: Data[] = data.materials ?? [];
  const material = materials[index];
  const base = ["materials", index] as const;
  const p = (...rest: (string | number)[]) => [...base, ...rest];
  const text = (
    key: string[],
    label: string,
    extra: Partial<React.ComponentProps<typeof CheckedText>> = {},
  ) => (
    <CheckedText
      label={label}
      path={p(...key)}
      value={key.reduce((v: Data, k) => v?.[k], material)}
      findings={findingsAt(findings, p(...key))}
      onChange={(v) => update(p(...key), extra.optional && v === "" ? undefined : v)}
      {...extra}
    />
  );
  const locale: "en" | "es" = material?.locale === "es" ? "es" : "en";
  const audience = material?.audience ?? "clinicians";
  return (
    <section className="panel" aria-labelledby="materials-heading">
      <h2 id="materials-heading">Materials</h2>
      <fieldset className="material-tabs">
        <legend className="visually-hidden">Choose a material to edit</legend>
        {materials.map((m, i) => {
          const errors = findingsUnder(findings, ["materials", i]).filter(
            (f) => f.severity === "error",
          ).length;
          return (
            <button
              key={`${m?.id}-${i}`}
              type="button"
              className="material-tab"
              aria-pressed={i === index}
              onClick={() => onSelect(i)}
            >
              {materialName(m, i)}
              {errors ? (
                <span className="count count--error">
                  {errors}
                  <span className="visually-hidden"> errors</span>
                </span>
              ) : null}
            </button>
          );
        })}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            update(["materials"], [...materials, newEmail(data)]);
            onSelect(materials.length);
          }}
        >
          Add an email
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            update(["materials"], [...materials, newSocialPost(data)]);
            onSelect(materials.length);
          }}
        >
          Add a social post
        </button>
      </fieldset>
      {material ? (
        <div className="material" data-kind={material.kind}>
          <h3>{materialName(material, index)}</h3>
          <FindingList findings={findingsAt(findings, [...base])} />
          <div className="field-row">
            <SelectField
              label="Audience"
              path={p("audience")}
              value={material.audience}
              options={AUDIENCES}
              onChange={(v) => update(p("audience"), v)}
              findings={findingsAt(findings, p("audience"))}
            />
            <SelectField
              label="Language"
              path={p("locale")}
              value={material.locale}
              options={[
                { value: "en", label: "English" },
                { value: "es", label: "Spanish" },
              ]}
              onChange={(v) => update(p("locale"), v)}
              findings={findingsAt(findings, p("locale"))}
            />
            {material.kind === "email" ? (
              <SelectField
                label="Template"
                path={p("template")}
                value={material.template}
                options={EMAIL_TEMPLATES.filter((t) => t !== "proof").map((t) => ({
                  value: t,
                  label: t.replace(/-/g, " "),
                }))}
                onChange={(v) => update(p("template"), v)}
                findings={findingsAt(findings, p("template"))}
              />
            ) : null}
          </div>
          {text(["title"], "Internal title", {
            optional: true,
            hint: "For reviewers and partners; not shown to readers.",
          })}
          {material.kind === "email" ? (
            <>
              {text(["subject"], "Subject line", { maxLength: 120 })}
              {text(["preheader"], "Preheader", {
                hint: "Shown after the subject in most inboxes.",
                maxLength: 150,
              })}
              <PersonalFields ctx={ctx} base={[...base]} fields={material.personalization ?? []} />
              <BlockList ctx={ctx} path={[...p("blocks")]} locale={locale} audience={audience} />
            </>
          ) : null}
          {material.kind === "fact-sheet" ? (
            <>
              {text(["heading"], "Heading")}
              <BlockList ctx={ctx} path={[...p("blocks")]} locale={locale} audience={audience} />
            </>
          ) : null}
          {material.kind === "web-banner" ? (
            <>
              <SelectField
                label="Banner size"
                path={p("size")}
                value={material.size}
                options={IAB_SIZES}
                onChange={(v) => update(p("size"), v)}
                findings={findingsAt(findings, p("size"))}
              />
              {text(["headline"], "Headline", { maxLength: 90 })}
              {text(["body"], "Body", { optional: true, maxLength: 140 })}
              {text(["cta", "label"], "Button text")}
              <InputField
                label="Button link"
                type="url"
                path={p("cta", "url")}
                value={material.cta?.url}
                onChange={(v) => update(p("cta", "url"), v)}
                findings={findingsAt(findings, p("cta", "url"))}
              />
            </>
          ) : null}
          {material.kind === "social-post" ? (
            <>
              <SelectField
                label="Platform"
                path={p("platform")}
                value={material.platform}
                options={SOCIAL_PLATFORMS.map((value) => ({
                  value,
                  label: `${SOCIAL_PLATFORM_NAMES[value]} (up to ${SOCIAL_TEXT_LIMITS[value].toLocaleString("en-US")} characters)`,
                }))}
                onChange={(v) => update(p("platform"), v)}
              />
              {text(["text"], "Post text", { multiline: true, grade: { locale, audience } })}
              <PostFacts ctx={ctx} path={[...p("facts")]} facts={material.facts ?? []} locale={locale} />
              <InputField
                label="Link"
                optional
                type="url"
                path={p("link")}
                value={material.link}
                onChange={(v) => update(p("link"), v || undefined)}
                findings={findingsAt(findings, p("link"))}
              />
            </>
          ) : null}
          <p>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={materials.length <= 1}
              onClick={() => {
                update(
                  ["materials"],
                  materials.filter((_, i) => i !== index),
                );
                onSelect(Math.max(0, index - 1));
              }}
            >
              Remove this material
            </button>
          </p>
        </div>
      ) : null}
      <span hidden>{MATERIAL_LABELS.email}</span>
    </section>
  );
}

/**
 * The personal fields an email may use, such as a first name: written as {{firstName}} in the subject
 * or text, filled from the recipients list, with a fallback for rows that leave them empty.
 */
function PersonalFields({
  ctx,
  base,
  fields,
}: {
  ctx: EditorContext;
  base: (string | number)[];
  fields: Data[];
}) {
  const { update, findings } = ctx;
  const at = (...rest: (string | number)[]) => [...base, "personalization", ...rest];
  const set = (next: Data[]) => update(at(), next.length ? next : undefined);
  return (
    <fieldset className="personal-fields">
      <legend>Personal fields</legend>
      <p className="hint">
        Write a field in the text as <code>{"{{firstName}}"}</code>. Each one needs a column of the same name
        in the recipients list; the fallback is used when a row leaves it empty.
      </p>
      {fields.map((field, i) => (
        <div className="field-row" key={`${i}-${field?.name}`}>
          <InputField
            label="Field name"
            path={at(i, "name")}
            value={field?.name}
            onChange={(v) => update(at(i, "name"), v)}
            findings={findingsAt(findings, at(i, "name"))}
          />
          <InputField
            label="Fallback"
            optional
            path={at(i, "fallback")}
            value={field?.fallback}
            onChange={(v) => update(at(i, "fallback"), v === "" ? undefined : v)}
            findings={findingsAt(findings, at(i, "fallback"))}
          />
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={field?.required === true}
                onChange={(e) => update(at(i, "required"), e.target.checked || undefined)}
              />{" "}
              Required for every recipient
            </label>
          </div>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => set(fields.filter((_, j) => j !== i))}
          >
            Remove field
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const taken = new Set(fields.map((f) => f?.name));
          const name = taken.has("firstName") ? `field${fields.length + 1}` : "firstName";
          set([...fields, { name, fallback: name === "firstName" ? "colleague" : "" }]);
        }}
      >
        Add a personal field
      </button>
    </fieldset>
  );
}

/**
 * The library facts a social post quotes: a figure in the post text is cited by picking its fact, whose
 * citation then travels with the post.
 */
function PostFacts({
  ctx,
  path,
  facts,
  locale,
}: {
  ctx: EditorContext;
  path: (string | number)[];
  facts: string[];
  locale: "en" | "es";
}) {
  const { library, update, findings } = ctx;
  const [picking, setPicking] = useState(false);
  return (
    <fieldset className="post-facts">
      <legend>Facts quoted in this post</legend>
      <p className="hint">
        Every figure in the post needs its fact from the library; the source goes with it.
      </p>
      {facts.length > 0 ? (
        <ul className="chosen">
          {facts.map((id, i) => {
            const fact = library.facts.find((f) => f.id === id);
            return (
              <li key={`${id}-${i}`}>
                <span>
                  {fact ? `${fact.value} — ${localized(fact.statement, locale)}` : id}
                  {fact ? (
                    <span className="hint">
                      {" "}
                      ({fact.citation.publisher}, {fact.citation.year})
                    </span>
                  ) : null}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    const rest = facts.filter((_, j) => j !== i);
                    update(path, rest.length > 0 ? rest : undefined);
                  }}
                >
                  Remove<span className="visually-hidden"> {fact ? fact.value : id}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <FindingList findings={findingsUnder(findings, path)} />
      {picking ? (
        <LibraryPicker
          library={library}
          kind="facts"
          locale={locale}
          exclude={facts}
          onClose={() => setPicking(false)}
          onPick={(id) => {
            update(path, [...facts, id]);
            setPicking(false);
          }}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => setPicking(true)}>
          Add a fact from the library…
        </button>
      )}
    </fieldset>
  );
}
