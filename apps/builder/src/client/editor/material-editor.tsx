import {
  AUDIENCES,
  EMAIL_TEMPLATES,
  IAB_SIZES,
  LOCALE_NAMES,
  localized,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_PLATFORMS,
  SOCIAL_TEXT_LIMITS,
} from "@chorus/content";
import { useState } from "react";
import { withTranslationMarks } from "../../shared/translation.js";
import { BlockList } from "./blocks.js";
import { CheckedText, FindingList, InputField, SelectField } from "./fields.js";
import { withResourceListed } from "./fixes.js";
import { LibraryPicker } from "./library-picker.js";
import {
  type BlockDraft,
  type CampaignDraft,
  type EditorContext,
  findingsAt,
  findingsUnder,
  MATERIAL_LABELS,
  type MaterialDraft,
  materialName,
  type PersonalFieldDraft,
  textAt,
} from "./model.js";
import { TranslationOffers, TranslationPanel } from "./translation.js";

/** A free id for a new material: `email-1`, `post-2`… */
function freeId(data: CampaignDraft, prefix: string): string {
  const taken = new Set((data.materials ?? []).map((m) => m?.id));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function newSocialPost(data: CampaignDraft): MaterialDraft {
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

function newEmail(data: CampaignDraft): MaterialDraft {
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

function newWebBanner(data: CampaignDraft): MaterialDraft {
  // The campaign's first call to action: a banner's button leads where the campaign asks people to go.
  const cta = data.callsToAction?.[0];
  return {
    id: freeId(data, "banner"),
    kind: "web-banner",
    title: "New web banner",
    audience: data.audiences?.[0] ?? "clinicians",
    locale: data.locales?.[0] ?? "en",
    // The size most sites take; the headline is the author's to write (the checklist asks for it).
    size: "300x250",
    headline: "",
    cta: { label: cta?.label ?? "", url: cta?.url ?? "" },
  };
}

/**
 * The blocks a new fact sheet starts with, all from the campaign: its library key messages (those a printed
 * sheet shows), the facts and resources its other materials already use, and its first call to action.
 */
function factSheetBlocks(data: CampaignDraft): BlockDraft[] {
  const materials = data.materials ?? [];
  const blocksOf = (m: MaterialDraft | undefined): BlockDraft[] =>
    m && (m.kind === "email" || m.kind === "fact-sheet") ? (m.blocks ?? []) : [];
  const unique = (ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const messages = unique((data.keyMessages ?? []).map((m) => (typeof m === "string" ? m : undefined))).slice(
    0,
    4,
  );
  const facts = unique([
    ...materials.flatMap((m) => blocksOf(m).map((b) => (b?.type === "stat" ? b.fact : undefined))),
    ...materials.flatMap((m) => (m?.kind === "social-post" ? (m.facts ?? []) : [])),
  ]).slice(0, 3);
  const resources = unique(
    materials.flatMap((m) =>
      blocksOf(m).flatMap((b) => (b?.type === "resource-list" ? (b.resources ?? []) : [])),
    ),
  );
  const cta = data.callsToAction?.[0]?.id;
  return [
    ...messages.map((ref): BlockDraft => ({ type: "key-message", ref })),
    ...facts.map((fact): BlockDraft => ({ type: "stat", fact })),
    ...(resources.length ? [{ type: "resource-list", resources } satisfies BlockDraft] : []),
    ...(cta ? [{ type: "call-to-action", cta } satisfies BlockDraft] : []),
  ];
}

function newFactSheet(data: CampaignDraft): MaterialDraft {
  const blocks = factSheetBlocks(data);
  return {
    id: freeId(data, "fact-sheet"),
    kind: "fact-sheet",
    title: "New fact sheet",
    audience: data.audiences?.[0] ?? "clinicians",
    locale: data.locales?.[0] ?? "en",
    heading: data.title ?? "",
    // A campaign with nothing to put on a sheet yet starts with an empty paragraph the checklist asks for.
    blocks: blocks.length ? blocks : [{ type: "paragraph", text: "" }],
  };
}

/** The campaign's materials: tabs to choose one, its fields by kind, and adding or removing materials. */
export function MaterialEditor({
  ctx,
  index,
  onSelect,
}: {
  ctx: EditorContext;
  index: number;
  onSelect: (index: number) => void;
}) {
  // A translation's fields still in its source's language carry a "translate this" mark (decision 44).
  const view: EditorContext = { ...ctx, findings: withTranslationMarks(ctx.data, ctx.findings, index) };
  const { data, update, findings } = view;
  // A version just made, opened with its heading focused and what was done said once.
  const [created, setCreated] = useState<{ index: number; message: string }>();
  const materials: MaterialDraft[] = data.materials ?? [];
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
      value={textAt(material, key)}
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
                  <span className="visually-hidden"> {errors === 1 ? "error" : "errors"}</span>
                </span>
              ) : null}
            </button>
          );
        })}
        {(
          [
            ["Add an email", newEmail],
            ["Add a social post", newSocialPost],
            ["Add a web banner", newWebBanner],
            ["Add a fact sheet", newFactSheet],
          ] as const
        ).map(([label, create]) => (
          <button
            key={label}
            type="button"
            className="button button--small"
            onClick={() => {
              update(["materials"], [...materials, create(data)]);
              onSelect(materials.length);
            }}
          >
            {label}
          </button>
        ))}
      </fieldset>
      {material ? (
        <div className="material" data-kind={material.kind}>
          <h3>{materialName(material, index)}</h3>
          <FindingList
            findings={findingsAt(findings, [...base])}
            onAddResource={(finding) => {
              if (!finding.addResource || !("blocks" in material)) return;
              update(p("blocks"), withResourceListed(material.blocks ?? [], finding.addResource.id));
            }}
          />
          {material.translation ? (
            <TranslationPanel
              key={`${material.id}-${index}`}
              ctx={view}
              index={index}
              onSelect={onSelect}
              {...(created?.index === index
                ? { announcement: created.message, onAnnounced: () => setCreated(undefined) }
                : {})}
            />
          ) : (
            <TranslationOffers
              ctx={view}
              index={index}
              onSelect={onSelect}
              onCreated={(at, message) => {
                setCreated({ index: at, message });
                onSelect(at);
              }}
            />
          )}
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
              options={(["en", "es"] as const).map((value) => ({ value, label: LOCALE_NAMES[value] }))}
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
              <PersonalFields ctx={view} base={[...base]} fields={material.personalization ?? []} />
            </>
          ) : null}
          {material.kind === "fact-sheet" ? (
            <>
              {text(["heading"], "Heading")}
              {text(["lead"], "Lead", {
                optional: true,
                multiline: true,
                hint: "One or two sentences printed under the heading.",
              })}
              <p className="hint">
                A printed fact sheet shows the key messages, facts, first quote, resources and first call to
                action of its blocks.
              </p>
            </>
          ) : null}
          {material.kind === "email" || material.kind === "fact-sheet" ? (
            <BlockList
              ctx={view}
              path={[...p("blocks")]}
              blocks={material.blocks ?? []}
              locale={locale}
              audience={audience}
            />
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
              <PostFacts ctx={view} path={[...p("facts")]} facts={material.facts ?? []} locale={locale} />
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
  fields: PersonalFieldDraft[];
}) {
  const { update, findings } = ctx;
  const at = (...rest: (string | number)[]) => [...base, "personalization", ...rest];
  const set = (next: PersonalFieldDraft[]) => update(at(), next.length ? next : undefined);
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
