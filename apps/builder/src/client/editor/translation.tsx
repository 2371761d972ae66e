import {
  LOCALE_NAMES,
  type Locale,
  linkTranslation,
  localesToTranslateInto,
  MATERIAL_KIND_NAMES,
  Material,
  makeTranslation,
  markReviewed,
  markTranslated,
  markUpToDate,
  TranslationError,
  translationIsStale,
  translationSourceId,
  translationState,
  translationsOf,
  unlinkedTranslation,
  untranslatedFields,
} from "@chorus/content";
import { useEffect, useId, useRef, useState } from "react";
import { where } from "../../shared/field-names.js";
import { formatPath } from "../../shared/paths.js";
import { formatWhen } from "../campaign-list.js";
import { fieldId } from "./fields.js";
import { type EditorContext, type MaterialDraft, materialName } from "./model.js";
import "./translation.css";

type TranslationDraft = NonNullable<MaterialDraft["translation"]>;

const STATUS_LABELS: Record<string, string> = {
  "to-translate": "To translate",
  translated: "Translated, waiting for review",
  reviewed: "Reviewed",
};

function localeName(locale: unknown): string {
  return LOCALE_NAMES[locale as Locale] ?? String(locale);
}

function kindName(material: MaterialDraft | undefined): string {
  return MATERIAL_KIND_NAMES[material?.kind as Material["kind"]] ?? "material";
}

/** The material as validated, or undefined while it is incomplete. */
function validated(material: MaterialDraft | undefined): Material | undefined {
  const parsed = Material.safeParse(material);
  return parsed.success ? parsed.data : undefined;
}

/**
 * On a material that is not a translation: its translations (each with where it stands) and a "Make the
 * Spanish version" button for each of the campaign's other languages it has none in. The new version is
 * added after the last material and opened.
 */
export function TranslationOffers({
  ctx,
  index,
  onCreated,
  onSelect,
}: {
  ctx: EditorContext;
  index: number;
  onCreated: (index: number, message: string) => void;
  onSelect: (index: number) => void;
}) {
  const { data, update } = ctx;
  const [problem, setProblem] = useState<string>();
  const materials = data.materials ?? [];
  const material = materials[index];
  if (!material || translationSourceId(material) !== undefined || typeof material.id !== "string")
    return null;
  const existing = translationsOf(data, material.id);
  const offers = localesToTranslateInto(data, material);
  if (existing.length === 0 && offers.length === 0) return null;
  const source = validated(material);
  const from = localeName(material.locale);

  const refused = (error: unknown, locale: Locale) => {
    if (!(error instanceof TranslationError)) throw error;
    const parsed = Material.safeParse(material);
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    setProblem(
      issue
        ? `Finish the ${from} ${kindName(material)} first (${where(formatPath(issue.path as (string | number)[])) || "the whole material"}: ${issue.message}): the ${localeName(locale)} version starts as a copy of it.`
        : `${error.message[0]?.toUpperCase()}${error.message.slice(1)}.`,
    );
  };

  /** A version written before translations were linked: link it, and have it reviewed. */
  const link = (locale: Locale, id: string) => {
    setProblem(undefined);
    const at = materials.findIndex((m) => m?.id === id);
    try {
      update(["materials", at, "translation"], linkTranslation(data, material.id, id));
    } catch (error) {
      refused(error, locale);
      return;
    }
    onCreated(
      at,
      `This is now the ${localeName(locale)} version of the ${from} ${kindName(material)}, marked translated: a ${localeName(locale)} speaker reviews it next. Save to keep it.`,
    );
  };

  const make = (locale: Locale) => {
    setProblem(undefined);
    let created: Material;
    try {
      created = makeTranslation(data, material.id, locale);
    } catch (error) {
      refused(error, locale);
      return;
    }
    update(["materials"], [...materials, created]);
    const count = untranslatedFields({ ...data, materials: [...materials, created] }, created).length;
    onCreated(
      materials.length,
      `The ${localeName(locale)} version is made. ${count} ${count === 1 ? "field is" : "fields are"} still in ${from} and marked “still in ${from} — translate this”. Save to keep it.`,
    );
  };

  return (
    <div className="translation-offers">
      {existing.length > 0 ? (
        <ul className="translation-offers__list">
          {existing.map((translation) => {
            const i = materials.indexOf(translation);
            const stale = Boolean(
              source && translation?.translation && translationIsStale(translation.translation, source),
            );
            return (
              <li key={`${translation?.id}-${i}`} data-stale={stale ? "true" : undefined}>
                {localeName(translation?.locale)} version:{" "}
                <button type="button" className="button button--link" onClick={() => onSelect(i)}>
                  {materialName(translation, i)}
                </button>{" "}
                — {STATUS_LABELS[translation?.translation?.status ?? ""] ?? "status unknown"}
                {stale ? (
                  <strong className="translation__flag">
                    {" "}
                    — out of date: this {from} {kindName(material)} changed after it was last brought up to
                    date
                  </strong>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {offers.length > 0 ? (
        <div className="button-row">
          {offers.map((locale) => {
            const written = unlinkedTranslation(data, material.id, locale);
            const i = materials.findIndex((m) => m?.id === written);
            return written ? (
              <button
                key={locale}
                type="button"
                className="button button--small"
                onClick={() => link(locale, written)}
              >
                Link “{materialName(materials[i], i)}” as the {localeName(locale)} version
              </button>
            ) : (
              <button
                key={locale}
                type="button"
                className="button button--small"
                onClick={() => make(locale)}
              >
                Make the {localeName(locale)} version
              </button>
            );
          })}
        </div>
      ) : null}
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * On a translation: which material it translates (with a link to it), where it stands (to translate,
 * translated, reviewed; out of date with its source; changed since its review), and the buttons that move
 * it on: Mark as translated, Mark as reviewed, Mark as up to date with the English. Each is an edit the
 * author saves like any other.
 */
export function TranslationPanel({
  ctx,
  index,
  onSelect,
  announcement,
  onAnnounced,
}: {
  ctx: EditorContext;
  index: number;
  onSelect: (index: number) => void;
  /** Said (and focused) when the panel opens on a version just made. */
  announcement?: string;
  /** The announcement has been made: opening this material again later says nothing. */
  onAnnounced?: () => void;
}) {
  const { data, update } = ctx;
  const materials = data.materials ?? [];
  const material = materials[index];
  const translation = material?.translation;
  const nameId = useId();
  const reasonId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [done, setDone] = useState<string>();
  const [reviewing, setReviewing] = useState(false);
  const [name, setName] = useState(() => localStorage.getItem("chorus-reviewer") ?? "");
  // A version just made: focus its heading, then say what was done (a live region says only what changes).
  useEffect(() => {
    if (!announcement) return;
    heading.current?.focus();
    setDone(announcement);
    onAnnounced?.();
  }, [announcement, onAnnounced]);
  useEffect(() => {
    if (reviewing) nameInput.current?.focus();
  }, [reviewing]);
  if (!material || !translation) return null;

  const at = ["materials", index, "translation"];
  // The checklist's "Go to" on a finding about the translation record comes here.
  const headingId = fieldId(at);
  const sourceIndex = materials.findIndex((m) => m?.id === translation.of);
  const sourceDraft = materials[sourceIndex];
  const language = localeName(material.locale);
  const from = sourceDraft ? localeName(sourceDraft.locale) : "source";
  const kind = kindName(sourceDraft ?? material);
  const self = validated(material);
  const source = validated(sourceDraft);
  const state = self && source ? translationState(self, source) : undefined;
  // Whether the source moved on needs only the source complete, not this version.
  const stale = source ? translationIsStale(translation, source) : false;
  // A reviewed version that no longer validates has changed since its review too.
  const status = translation.status;
  const changedAfterReview = status === "reviewed" && (!self || Boolean(state?.changedAfterReview));
  const untranslated = status === "to-translate" ? untranslatedFields(data, material).length : 0;
  // The button pressed goes away with the step it took: keep the person's place at the panel's heading.
  const keepPlace = () => requestAnimationFrame(() => heading.current?.focus());
  const set = (next: TranslationDraft, message: string) => {
    update(at, next);
    setDone(message);
    keepPlace();
  };

  const openSource =
    sourceIndex >= 0 ? (
      <button type="button" className="button button--link" onClick={() => onSelect(sourceIndex)}>
        Open the {from} {kind}
        <span className="visually-hidden">: {materialName(sourceDraft, sourceIndex)}</span>
      </button>
    ) : null;

  const reviewBlocked = !self
    ? "Fix the errors in this version first."
    : stale
      ? `Bring it up to date with the ${from} first.`
      : !source
        ? `The ${from} ${kind} has errors: fix them first, so the review is of this version against it.`
        : "";
  const reviewed = translation.reviewed;
  const confirmReview = (material: Material) => {
    const by = name.trim();
    if (!by) return;
    localStorage.setItem("chorus-reviewer", by);
    setReviewing(false);
    set(markReviewed(material, by, new Date()), `Marked as reviewed by ${by}. Save to keep it.`);
  };

  return (
    <section
      className="translation"
      aria-labelledby={headingId}
      data-status={status}
      data-stale={stale ? "true" : undefined}
    >
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {language} version of “{sourceDraft ? materialName(sourceDraft, sourceIndex) : translation.of}”
      </h4>
      {sourceIndex < 0 ? (
        <div className="notice notice--error">
          <p>
            The {kind} this translates (“{translation.of}”) is no longer in the campaign. Keep this version as
            a {kindName(material)} of its own, or add the {kind} back.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              update(at, undefined);
              setDone(`This ${kindName(material)} is now a material of its own. Save to keep it.`);
              keepPlace();
            }}
          >
            Keep as a {kindName(material)} of its own
          </button>
        </div>
      ) : (
        <p>
          Translated from the {from} {kind}: {openSource}
        </p>
      )}
      <p className="translation__status">
        <span className="translation__label">Status:</span> <strong>{STATUS_LABELS[status] ?? status}</strong>
        {status === "reviewed" && reviewed ? (
          <>
            {" "}
            by {reviewed.by} on <time dateTime={reviewed.at}>{formatWhen(reviewed.at)}</time>
          </>
        ) : null}
      </p>
      {status === "to-translate" ? (
        <p>
          {untranslated > 0
            ? `${untranslated} ${untranslated === 1 ? "field is" : "fields are"} still in ${from}, each marked “still in ${from} — translate this” below.`
            : `Every field now differs from the ${from}.`}
        </p>
      ) : null}
      {stale ? (
        <div className="notice notice--warning translation__flag-box">
          <p>
            <strong>Out of date:</strong> the {from} {kind} changed after this version was last brought up to
            date. {openSource ? <>{openSource} to see what it says now, </> : null}update the {language} to
            match, then mark it up to date.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              source &&
              set(
                markUpToDate(translation, source),
                `Marked as up to date with the ${from}.${status === "reviewed" ? " It needs reviewing again." : ""} Save to keep it.`,
              )
            }
            aria-disabled={source ? undefined : "true"}
          >
            Mark as up to date with the {from}
          </button>
          {source ? null : (
            <p className="hint">
              The {from} {kind} has errors: fix them first.
            </p>
          )}
        </div>
      ) : null}
      {changedAfterReview && reviewed ? (
        <p className="notice notice--warning">
          Changed after {reviewed.by} reviewed it: it needs reviewing again before the campaign is approved.
        </p>
      ) : null}
      <div className="button-row translation__actions">
        {status === "to-translate" ? (
          <button
            type="button"
            className="button button--small"
            aria-describedby={untranslated > 0 ? reasonId : undefined}
            onClick={() =>
              set(
                markTranslated(translation),
                `Marked as translated. A ${language} speaker reviews it next. Save to keep it.`,
              )
            }
          >
            Mark as translated
          </button>
        ) : null}
        {(status === "translated" || changedAfterReview) && !reviewing ? (
          <button
            type="button"
            className="button button--small"
            aria-disabled={reviewBlocked ? "true" : undefined}
            aria-describedby={reviewBlocked ? reasonId : undefined}
            onClick={() => !reviewBlocked && setReviewing(true)}
          >
            Mark as reviewed…
          </button>
        ) : null}
      </div>
      {status === "to-translate" && untranslated > 0 ? (
        <p className="hint" id={reasonId}>
          Mark it translated once every field is in {language}. A field that reads the same in both languages
          (a name, a place) can stay as it is.
        </p>
      ) : reviewBlocked && (status === "translated" || changedAfterReview) ? (
        <p className="hint" id={reasonId}>
          Review: {reviewBlocked}
        </p>
      ) : null}
      {reviewing && self ? (
        // Not a <form>: this sits inside the campaign's form, whose submit saves the campaign.
        <fieldset className="translation__review">
          <legend className="hint">Mark it reviewed once a {language} speaker has read all of it.</legend>
          <label htmlFor={nameId}>Reviewed by (your name)</label>
          <input
            id={nameId}
            ref={nameInput}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                confirmReview(self);
              }
              if (e.key === "Escape") {
                setReviewing(false);
                keepPlace();
              }
            }}
            autoComplete="name"
            required
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={!name.trim()}
              onClick={() => confirmReview(self)}
            >
              Confirm review
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setReviewing(false);
                keepPlace();
              }}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      ) : null}
      <div role="status" className="translation__done">
        {done ? <p>{done}</p> : null}
      </div>
    </section>
  );
}
