import { LOCALE_NAMES } from "./constants.js";
import { formatPath, type PathSegment } from "./diagnostic.js";
import { hash64 } from "./fingerprint.js";
import { Material, type Translation } from "./schema/campaign.js";
import type { Locale } from "./schema/common.js";

/**
 * Translations (decision 44): a material may be written as the translation of another material of the same
 * campaign, in another language. It keeps the source's layout and library references, carries its own text
 * and its own review, and remembers the source as it was when it was last brought up to date (a
 * fingerprint), so a later change to the source is noticed.
 *
 * The functions that look at fields take a campaign as written (before validation) as well as a validated
 * one, so an editor can mark the fields still to translate while something else in the campaign is
 * incomplete.
 */

/** The loader's codes for a translation that keeps the campaign from being approved. */
export const TRANSLATION_APPROVAL_CODES = [
  "translation-stale",
  "translation-unreviewed",
  "translation-changed-after-review",
] as const;

/** A refusal of `makeTranslation`, in words for the person who asked. */
export class TranslationError extends Error {
  override name = "TranslationError";
}

/** What a material's kind is called in messages. */
export const MATERIAL_KIND_NAMES: Record<Material["kind"], string> = {
  email: "email",
  "web-banner": "web banner",
  "social-post": "social post",
  "fact-sheet": "fact sheet",
};

/**
 * A short fingerprint of what a material says and shows: everything but its id, its internal title, its
 * language and its translation record. Stored as a translation's `source` (the source as it was when the
 * translation was brought up to date) and as `reviewed.fingerprint` (the translation as it was reviewed).
 */
export function translationFingerprint(material: Material): string {
  const { id: _id, title: _title, locale: _locale, translation: _translation, ...content } = material;
  return hash64(JSON.stringify(content));
}

type Loose = Record<string, unknown> | undefined;

function record(value: unknown): Loose {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** A piece of text a translator translates, at its path inside the material. */
export interface TranslatableField {
  path: PathSegment[];
  text: string;
}

/**
 * What a reader of a material reads, in order: its own text (`text`), or a reference to text the campaign keeps
 * in one language only (`shared`: a call to action by id, a key message written in the campaign).
 */
type ReaderField = { path: PathSegment[]; text: string } | { path: PathSegment[]; shared: string };

function blockFields(block: unknown, base: PathSegment[]): ReaderField[] {
  const b = record(block);
  if (!b) return [];
  const out: ReaderField[] = [];
  const add = (path: PathSegment[], value: unknown) => {
    const t = text(value);
    if (t !== undefined) out.push({ path: [...base, ...path], text: t });
  };
  const share = (key: string, kind: string, value: unknown) => {
    if (typeof value === "string") out.push({ path: [...base, key], shared: `${kind}:${value}` });
  };
  switch (b.type) {
    case "heading":
    case "paragraph":
      add(["text"], b.text);
      break;
    case "quote": {
      add(["text"], b.text);
      const attribution = record(b.attribution);
      // A real person's name is theirs in every language; an illustrative one ("An ICU nurse") is words.
      if (b.illustrative === true) add(["attribution", "name"], attribution?.name);
      add(["attribution", "role"], attribution?.role);
      break;
    }
    case "stat":
      add(["lead"], b.lead);
      break;
    case "resource-list":
      add(["heading"], b.heading);
      break;
    case "call-to-action":
      add(["label"], b.label);
      share("cta", "cta", b.cta);
      break;
    case "key-message":
      share("ref", "message", b.ref);
      break;
    case "image":
      add(["alt"], b.alt);
      add(["caption"], b.caption);
      break;
    case "event":
      add(["name"], b.name);
      add(["location"], b.location);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Every piece of text of a material that is written in its language and read by its readers, with its path
 * inside the material. Library items (key messages, facts, resources) and the campaign's calls to action are
 * referred to, not copied: their text comes in each language from where they are kept. The internal title is
 * for the team, not translated.
 */
export function translatableFields(material: unknown): TranslatableField[] {
  return readerFields(material).filter((field): field is TranslatableField => "text" in field);
}

function readerFields(material: unknown): ReaderField[] {
  const m = record(material);
  if (!m) return [];
  const out: ReaderField[] = [];
  const add = (path: PathSegment[], value: unknown) => {
    const t = text(value);
    if (t !== undefined) out.push({ path, text: t });
  };
  const blocks = () => {
    if (!Array.isArray(m.blocks)) return;
    m.blocks.forEach((block, i) => {
      out.push(...blockFields(block, ["blocks", i]));
    });
  };
  switch (m.kind) {
    case "email":
      add(["subject"], m.subject);
      add(["preheader"], m.preheader);
      add(["headline"], m.headline);
      if (Array.isArray(m.personalization))
        m.personalization.forEach((field, i) => {
          add(["personalization", i, "fallback"], record(field)?.fallback);
        });
      blocks();
      break;
    case "fact-sheet":
      add(["heading"], m.heading);
      add(["lead"], m.lead);
      blocks();
      break;
    case "web-banner":
      add(["headline"], m.headline);
      add(["body"], m.body);
      add(["cta", "label"], record(m.cta)?.label);
      add(["image", "alt"], record(m.image)?.alt);
      break;
    case "social-post":
      add(["text"], m.text);
      add(["image", "alt"], record(m.image)?.alt);
      break;
    default:
      break;
  }
  return out;
}

interface CampaignLike {
  materials?: readonly unknown[] | undefined;
}

function materialsOf(campaign: CampaignLike): Loose[] {
  return (campaign.materials ?? []).map(record);
}

/** The id of the material `material` translates, when it is a translation. */
export function translationSourceId(material: unknown): string | undefined {
  const of = record(record(material)?.translation)?.of;
  return typeof of === "string" ? of : undefined;
}

/** The material a translation translates (the first with that id), as written in `campaign`. */
export function translationSource<M>(campaign: { materials?: readonly M[] | undefined }, material: unknown) {
  const of = translationSourceId(material);
  return of === undefined ? undefined : campaign.materials?.find((m) => record(m)?.id === of);
}

/** The materials that translate the material `sourceId`. */
export function translationsOf<M>(campaign: { materials?: readonly M[] | undefined }, sourceId: string): M[] {
  return (campaign.materials ?? []).filter((m) => translationSourceId(m) === sourceId);
}

/**
 * The fields of a translation still in its source's language: those whose text is the text of one of the
 * source's fields (each starts as a copy of the source's), and the blocks that show the same one-language text
 * of the campaign as the source does (the same call to action, the same key message written in the campaign
 * rather than the library). Paths are inside the material, in the order it shows them. Empty for a material
 * that is not a translation or whose source is not in the campaign.
 */
export function untranslatedFields(
  campaign: CampaignLike & { keyMessages?: readonly unknown[] | undefined },
  material: unknown,
): PathSegment[][] {
  const source = translationSource(campaign, material);
  if (!source) return [];
  const inline = new Set((campaign.keyMessages ?? []).map((entry) => record(entry)?.id));
  // A library key message has its text in every language: only a campaign's own one is shared.
  const oneLanguage = (field: ReaderField) =>
    "text" in field ||
    !field.shared.startsWith("message:") ||
    inline.has(field.shared.slice("message:".length));
  const keyOf = (field: ReaderField) => ("text" in field ? `text:${field.text}` : field.shared);
  const original = new Set(readerFields(source).filter(oneLanguage).map(keyOf));
  return readerFields(material)
    .filter((field) => oneLanguage(field) && original.has(keyOf(field)))
    .map((field) => field.path);
}

/** What a field still in the source's language says, beside the field (`path` inside the material). */
export function untranslatedMessage(sourceLocale: Locale, path: readonly PathSegment[] = []): string {
  const from = LOCALE_NAMES[sourceLocale];
  if (path.at(-1) === "cta")
    return `the same call to action as the ${from}, so its button is in ${from}: choose one written in this language (add it under Calls to action)`;
  if (path.at(-1) === "ref")
    return `the same campaign key message as the ${from}, so it shows in ${from}: choose one written in this language`;
  return `still in ${from} — translate this`;
}

/** The campaign's languages a material can still be translated into (none for a translation itself). */
export function localesToTranslateInto(
  campaign: CampaignLike & { locales?: readonly unknown[] | undefined },
  material: unknown,
): Locale[] {
  const m = record(material);
  if (!m || typeof m.id !== "string" || translationSourceId(m) !== undefined) return [];
  const done = new Set(translationsOf(campaign, m.id).map((t) => record(t)?.locale));
  return (campaign.locales ?? []).filter(
    (locale): locale is Locale =>
      (locale === "en" || locale === "es") && locale !== m.locale && !done.has(locale),
  );
}

/** Where a translation stands against its source. */
export interface TranslationState {
  /** The source changed after the translation was made or last marked up to date. */
  stale: boolean;
  /** Marked reviewed, and its text is still the text that was reviewed. */
  reviewed: boolean;
  /** Marked reviewed, but its text changed after the review. */
  changedAfterReview: boolean;
}

/** The source changed after the translation was made or last marked up to date. */
export function translationIsStale(translation: Translation, source: Material): boolean {
  return translation.source !== translationFingerprint(source);
}

/** A validated translation against its validated source. */
export function translationState(material: Material, source: Material): TranslationState {
  const translation = material.translation;
  const reviewedFingerprint =
    translation?.status === "reviewed" ? translation.reviewed?.fingerprint : undefined;
  const current = reviewedFingerprint ? translationFingerprint(material) : undefined;
  return {
    stale: translation !== undefined && translationIsStale(translation, source),
    reviewed: reviewedFingerprint !== undefined && reviewedFingerprint === current,
    changedAfterReview: reviewedFingerprint !== undefined && reviewedFingerprint !== current,
  };
}

/** The translation record once the translator says every field is translated. */
export function markTranslated(translation: Translation): Translation {
  const { reviewed: _reviewed, ...rest } = translation;
  return { ...rest, status: "translated" };
}

/** The translation record once `by` has reviewed `material` (a translation) as it is now. */
export function markReviewed(material: Material, by: string, at: Date): Translation {
  if (!material.translation) throw new TranslationError(`"${material.id}" is not a translation`);
  const name = by.trim();
  if (!name) throw new TranslationError("say who reviewed the translation (your name)");
  return {
    ...material.translation,
    status: "reviewed",
    reviewed: {
      by: name,
      at: at.toISOString().replace(/\.\d{3}Z$/, "Z"),
      fingerprint: translationFingerprint(material),
    },
  };
}

/**
 * The translation record once the translator has brought the translation up to date with `source` as it is
 * now. A reviewed translation goes back to "translated": the pair changed, so a reviewer reads it again.
 */
export function markUpToDate(translation: Translation, source: Material): Translation {
  const { reviewed: _reviewed, ...rest } = translation;
  return {
    ...rest,
    source: translationFingerprint(source),
    status: rest.status === "reviewed" ? "translated" : rest.status,
  };
}

/**
 * A material that looks like a translation of `sourceId` into `locale` written before translations were linked:
 * `<source>-<locale>`, of the same kind, in that language, and not linked to anything. Its id, or undefined.
 */
export function unlinkedTranslation(
  campaign: CampaignLike,
  sourceId: string,
  locale: Locale,
): string | undefined {
  const materials = materialsOf(campaign);
  const source = materials.find((m) => m?.id === sourceId);
  const candidate = materials.find((m) => m?.id === `${sourceId}-${locale}`);
  if (!source || !candidate || candidate.locale !== locale || candidate.kind !== source.kind)
    return undefined;
  return candidate.translation === undefined ? `${sourceId}-${locale}` : undefined;
}

/**
 * The translation record that links the existing material `translationId` to the material it translates,
 * `sourceId`, as it is now: "translated", so a speaker of its language reviews it before the campaign is
 * approved. Refused (`TranslationError`) as `makeTranslation` refuses, and when the two are not of the same
 * kind or not in different languages.
 */
export function linkTranslation(
  campaign: CampaignLike,
  sourceId: string,
  translationId: string,
): Translation {
  const materials = materialsOf(campaign);
  const target = materials.find((m) => m?.id === translationId);
  if (!target) throw new TranslationError(`there is no material "${translationId}" in this campaign`);
  const linked = translationSourceId(target);
  if (linked !== undefined)
    throw new TranslationError(`"${translationId}" is already the translation of "${linked}"`);
  const source = validSource(campaign, sourceId, target.locale as Locale);
  if (target.kind !== source.kind)
    throw new TranslationError(
      `"${translationId}" is not ${source.kind === "email" ? "an" : "a"} ${MATERIAL_KIND_NAMES[source.kind]} like "${sourceId}"`,
    );
  return { of: sourceId, source: translationFingerprint(source), status: "translated" };
}

/** The source of a new translation into `locale`, validated, or the refusal that says why it cannot be one. */
function validSource(campaign: CampaignLike, sourceId: string, locale: Locale): Material {
  const raw = materialsOf(campaign).find((m) => m?.id === sourceId);
  const language = LOCALE_NAMES[locale] ?? locale;
  if (!raw) throw new TranslationError(`there is no material "${sourceId}" in this campaign`);
  const parsed = Material.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${formatPath(issue.path as PathSegment[])}: ` : "";
    throw new TranslationError(
      `finish "${sourceId}" first, so the ${language} version starts from the whole of it (${where}${issue?.message ?? "it is not valid"})`,
    );
  }
  const source = parsed.data;
  if (source.translation)
    throw new TranslationError(
      `"${sourceId}" is itself a translation (of "${source.translation.of}"): make the ${language} version from "${source.translation.of}"`,
    );
  if (source.locale === locale) throw new TranslationError(`"${sourceId}" is already in ${language}`);
  const existing = translationsOf(campaign, sourceId).find((m) => record(m)?.locale === locale);
  if (existing)
    throw new TranslationError(
      `"${sourceId}" already has a ${language} version: "${String(record(existing)?.id)}"`,
    );
  return source;
}

const MAX_ID = 80;

/** `<source>-<locale>`, or `-2`, `-3`… after it when taken, within the id length limit. */
function translationId(sourceId: string, locale: Locale, taken: ReadonlySet<unknown>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? `-${locale}` : `-${locale}-${n}`;
    const id = `${sourceId.slice(0, MAX_ID - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** A material's name for a title: its own title, or its first words. */
function nameOf(material: Material): string {
  if (material.title) return material.title;
  const first =
    material.kind === "email"
      ? material.subject
      : material.kind === "fact-sheet"
        ? material.heading
        : material.kind === "web-banner"
          ? material.headline
          : material.text;
  return first.length > 60 ? `${first.slice(0, 59).trimEnd()}…` : first;
}

/**
 * A new material translating the material `sourceId` into `locale`: a new id (`<source>-<locale>`), the same
 * kind, template, audience, layout, links and library references, and every text field copied from the
 * source for the translator to replace (`untranslatedFields` lists those still the same). A block's call to
 * action becomes the campaign's `<id>-<locale>` call to action where there is one (the campaign's calls to
 * action carry one language each). Pure: the caller adds it to the campaign.
 *
 * Refused (`TranslationError`) when the source is not in the campaign, is not complete (it must validate:
 * the copy is of the finished source), is itself a translation, is already in `locale`, or already has a
 * translation into `locale`.
 */
export function makeTranslation(
  campaign: CampaignLike & { callsToAction?: readonly unknown[] | undefined },
  sourceId: string,
  locale: Locale,
): Material {
  const materials = materialsOf(campaign);
  const source = validSource(campaign, sourceId, locale);
  const language = LOCALE_NAMES[locale];
  const ctaIds = new Set((campaign.callsToAction ?? []).map((cta) => record(cta)?.id));
  const {
    id: _id,
    title: _title,
    locale: _locale,
    translation: _translation,
    ...content
  } = structuredClone(source);
  if (content.kind === "email" || content.kind === "fact-sheet") {
    for (const block of content.blocks) {
      if (block.type === "call-to-action" && block.cta && ctaIds.has(`${block.cta}-${locale}`))
        block.cta = `${block.cta}-${locale}`;
    }
  }
  return {
    id: translationId(sourceId, locale, new Set(materials.map((m) => m?.id))),
    title: `${nameOf(source)} (${language})`,
    locale,
    translation: { of: sourceId, source: translationFingerprint(source), status: "to-translate" },
    ...content,
  } as Material;
}
