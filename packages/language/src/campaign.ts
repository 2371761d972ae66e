import {
  type Audience,
  type Block,
  type Campaign,
  type Fact,
  formatPath,
  type Library,
  type LoadedCampaign,
  type Locale,
  type Material,
  type PathSegment,
  type Resource,
  untranslatedFields,
} from "@chorus/content";
import { type CheckOptions, check, gradeDiagnostic, type TextDiagnostic } from "./check.js";
import { matchCase, type SourceFix } from "./fix.js";
import type { ReadabilityOptions } from "./readability.js";
import type { TextContext } from "./rules/schema.js";
import { resourceNumbers } from "./statistics.js";
import { tokenize } from "./tokenize.js";
import { exactSourceSpan, valueOffsets } from "./yaml-offsets.js";

/** A finding in a campaign file: where it is (file, line, column, field) and, when safe, how to fix it. */
export interface CampaignDiagnostic extends TextDiagnostic {
  file: string;
  /** 1-based line and column of the flagged wording (or of the field, when the wording cannot be located). */
  line: number;
  column: number;
  /** Field path, e.g. `materials[0].blocks[2].text`. */
  path: string;
  fieldPath: PathSegment[];
  /** Present for fixable findings whose wording sits verbatim in the file. */
  fix?: SourceFix;
  /**
   * A fix that lists a library resource in the material (its first Resources block, or a new one): for a
   * missing crisis line, the first crisis line that answers in the material's language (988).
   */
  addResource?: { id: string; name: string };
}

export interface CampaignCheckOptions {
  readability?: ReadabilityOptions | false;
  disable?: readonly string[];
}

interface TextField {
  path: PathSegment[];
  text: string;
  context: TextContext;
  /** Reading copy (counts towards the material's grade and may hold statistics). */
  copy: boolean;
}

function blockFields(block: Block, base: PathSegment[]): TextField[] {
  const at = (key: string, text: string | undefined, context: TextContext, copy: boolean): TextField[] =>
    text === undefined ? [] : [{ path: [...base, key], text, context, copy }];
  switch (block.type) {
    case "heading":
      return at("text", block.text, "heading", true);
    case "paragraph":
      return at("text", block.text, "body", true);
    case "quote":
      return at("text", block.text, "quote", true);
    case "stat":
      return at("lead", block.lead, "body", true);
    case "resource-list":
      return at("heading", block.heading, "heading", true);
    case "call-to-action":
      return at("label", block.label, "link", false);
    case "image":
      return [...at("alt", block.alt, "alt", false), ...at("caption", block.caption, "body", true)];
    case "event":
      return [...at("name", block.name, "heading", true), ...at("location", block.location, "body", false)];
    default:
      return [];
  }
}

/** Every piece of text in a material that a reader sees, with its field path. */
export function materialFields(material: Material, index: number): TextField[] {
  const base: PathSegment[] = ["materials", index];
  const field = (
    key: PathSegment[],
    text: string | undefined,
    context: TextContext,
    copy: boolean,
  ): TextField[] => (text === undefined ? [] : [{ path: [...base, ...key], text, context, copy }]);
  const fields: TextField[] = field(["title"], material.title, "heading", false);
  switch (material.kind) {
    case "email":
      fields.push(...field(["subject"], material.subject, "heading", true));
      fields.push(...field(["preheader"], material.preheader, "body", true));
      material.blocks.forEach((block, blockIndex) => {
        fields.push(...blockFields(block, [...base, "blocks", blockIndex]));
      });
      break;
    case "fact-sheet":
      fields.push(...field(["heading"], material.heading, "heading", true));
      material.blocks.forEach((block, blockIndex) => {
        fields.push(...blockFields(block, [...base, "blocks", blockIndex]));
      });
      break;
    case "web-banner":
      fields.push(...field(["headline"], material.headline, "heading", true));
      fields.push(...field(["body"], material.body, "body", true));
      fields.push(...field(["cta", "label"], material.cta.label, "link", false));
      fields.push(...field(["image", "alt"], material.image?.alt, "alt", false));
      break;
    case "social-post":
      fields.push(...field(["text"], material.text, "body", true));
      fields.push(...field(["image", "alt"], material.image?.alt, "alt", false));
      break;
  }
  return fields;
}

const MENTIONS: Record<Locale, RegExp> = {
  en: /(?<![\p{L}])(?:suicid\p{L}*|self[-\s]?harm\p{L}*|kill(?:s|ed|ing)?\s+(?:myself|yourself|himself|herself|themselves|themself)|end(?:s|ed|ing)?\s+(?:my|your|his|her|their)\s+li(?:fe|ves)|(?:in|mental[-\s]health|emotional|personal|psychiatric|suicidal)\s+crisis|crisis\s+(?:line|lifeline|support|counsel\p{L}*|text|cent(?:er|re)s?|services?|care|help|resources?))(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:suicid\p{L}*|autolesi\p{L}*|quitarse\s+la\s+vida|hacerse\s+daño|en\s+crisis|crisis\s+(?:emocional|de\s+salud\s+mental|suicida)|l[ií]nea\s+de\s+crisis)(?![\p{L}])/iu,
};

/** Whether `text` talks about suicide, self-harm or a mental-health crisis. */
export function mentionsSuicideOrCrisis(text: string, locale: Locale): boolean {
  return MENTIONS[locale].test(text) || (locale !== "en" && MENTIONS.en.test(text));
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", es: "Spanish" };

function crisisResources(library: Library, locale: Locale): Resource[] {
  return library.resources.filter(
    (resource) => resource.kind === "crisis" && resource.serves.includes(locale),
  );
}

/** Library facts a material cites: the facts of its stat blocks, or the facts listed on a social post. */
function citedFacts(material: Material, library: Library): Fact[] {
  const ids = new Set<string>();
  if (material.kind === "email" || material.kind === "fact-sheet") {
    for (const block of material.blocks) if (block.type === "stat") ids.add(block.fact);
  } else if (material.kind === "social-post") {
    for (const id of material.facts ?? []) ids.add(id);
  }
  return library.facts.filter((fact) => ids.has(fact.id));
}

/** Text a material shows that comes from the library (key messages, fact statements), for context checks. */
function libraryText(material: Material, library: Library, campaign: Campaign): string[] {
  if (material.kind !== "email" && material.kind !== "fact-sheet") return [];
  const texts: string[] = [];
  for (const block of material.blocks) {
    if (block.type === "key-message") {
      const inline = campaign.keyMessages.find(
        (message) => typeof message !== "string" && message.id === block.ref,
      );
      const shared = library.keyMessages.find((message) => message.id === block.ref);
      if (inline && typeof inline !== "string") texts.push(inline.text);
      else if (shared) texts.push(shared.text[material.locale] ?? shared.text.en);
    }
    if (block.type === "stat") {
      const fact = library.facts.find((candidate) => candidate.id === block.fact);
      if (fact) texts.push(fact.statement[material.locale] ?? fact.statement.en);
    }
  }
  return texts;
}

function hasCrisisResource(material: Material, fieldsText: string, crisis: readonly Resource[]): boolean {
  const ids = new Set(crisis.map((resource) => resource.id));
  if (material.kind === "email" || material.kind === "fact-sheet") {
    return material.blocks.some(
      (block) => block.type === "resource-list" && block.resources.some((id) => ids.has(id)),
    );
  }
  // Banners and posts have no blocks: the crisis line must be named in the copy or be the link.
  const links = material.kind === "web-banner" ? [material.cta.url] : material.link ? [material.link] : [];
  return crisis.some(
    (resource) =>
      links.includes(resource.url) ||
      resourceNumbers([resource]).some((number) =>
        new RegExp(`(?<!\\d)${escapeRegExp(number)}(?!\\d)`).test(fieldsText),
      ),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Check every text field of a campaign and every material as a whole (reading grade, crisis
 * resource where suicide or crisis is mentioned, uncited statistics). Positions point into the file.
 */
export function checkCampaign(
  loaded: LoadedCampaign,
  library: Library,
  options: CampaignCheckOptions = {},
): CampaignDiagnostic[] {
  const { campaign, source } = loaded;
  const file = loaded.file;
  const diagnostics: CampaignDiagnostic[] = [];
  const readability = options.readability === false ? false : (options.readability ?? {});

  const locate = (field: TextField, found: TextDiagnostic): CampaignDiagnostic => {
    const offsets = valueOffsets(source, field.path, field.text);
    const sourceOffset = offsets?.[found.start];
    const { line, column } =
      sourceOffset !== undefined ? source.positionOfOffset(sourceOffset) : source.positionOf(field.path);
    const diagnostic: CampaignDiagnostic = {
      ...found,
      file,
      line,
      column,
      path: formatPath(field.path),
      fieldPath: field.path,
    };
    const original = field.text.slice(found.start, found.end);
    const span =
      offsets && found.fixable
        ? exactSourceSpan(offsets, source.text, field.text, found.start, found.end)
        : undefined;
    const suggestion = found.suggestions[0];
    if (span && suggestion && original !== original.toUpperCase()) {
      diagnostic.fix = {
        ...span,
        replacement: matchCase(original, suggestion),
        path: field.path,
        valueStart: found.start,
        valueEnd: found.end,
        original,
      };
    }
    return diagnostic;
  };
  const atPath = (
    path: PathSegment[],
    found: Omit<TextDiagnostic, "start" | "end"> & Pick<CampaignDiagnostic, "addResource">,
  ): CampaignDiagnostic => {
    const { line, column } = source.positionOf(path);
    return { ...found, start: 0, end: 0, file, line, column, path: formatPath(path), fieldPath: path };
  };

  // Campaign-level wording (title, summary, inline key messages, calls to action): word rules only.
  const campaignLocale: Locale = campaign.locales[0] ?? "en";
  const campaignAudience: Audience = campaign.audiences.includes("public")
    ? "public"
    : (campaign.audiences[0] ?? "public");
  const campaignFields: TextField[] = [
    { path: ["title"], text: campaign.title, context: "heading", copy: false },
    { path: ["summary"], text: campaign.summary, context: "body", copy: false },
  ];
  campaign.keyMessages.forEach((message, index) => {
    if (typeof message !== "string")
      campaignFields.push({
        path: ["keyMessages", index, "text"],
        text: message.text,
        context: "body",
        copy: false,
      });
  });
  campaign.callsToAction.forEach((cta, index) => {
    campaignFields.push({
      path: ["callsToAction", index, "label"],
      text: cta.label,
      context: "link",
      copy: false,
    });
  });
  for (const field of campaignFields) {
    const found = check(field.text, {
      locale: campaignLocale,
      audience: campaignAudience,
      context: field.context,
      readability: false,
      evidence: false,
      disable: options.disable,
    });
    diagnostics.push(...found.map((item) => locate(field, item)));
  }

  campaign.materials.forEach((material, index) => {
    const every = materialFields(material, index);
    // A translation being translated still holds its source's text in the fields not yet translated: that
    // text is checked once, in the source, not again here under the other language's rules (decision 44).
    const pending =
      material.translation?.status === "to-translate"
        ? new Set(
            untranslatedFields(campaign, material).map((path) => formatPath(["materials", index, ...path])),
          )
        : undefined;
    const fields = pending ? every.filter((field) => !pending.has(formatPath(field.path))) : every;
    const cited = citedFacts(material, library);
    const checkOptions: CheckOptions = {
      locale: material.locale,
      audience: material.audience,
      readability,
      evidence: {
        cited,
        library: library.facts,
        resources: library.resources,
        ...(material.kind === "social-post"
          ? { citeWith: "one of the post's facts (Facts quoted in this post)" }
          : {}),
      },
      disable: options.disable,
    };
    for (const field of fields) {
      const found = check(field.text, {
        ...checkOptions,
        context: field.context,
        evidence: field.copy ? checkOptions.evidence : false,
      });
      diagnostics.push(...found.map((item) => locate(field, item)));
    }

    const copy = fields.filter((field) => field.copy).map((field) => field.text);
    const fromLibrary = libraryText(material, library, campaign);
    if (readability) {
      const grade = gradeDiagnostic(
        tokenize([...copy, ...fromLibrary].join("\n\n")),
        material.locale,
        material.audience,
        readability,
        `material "${material.id}"`,
      );
      if (grade) diagnostics.push(atPath(["materials", index], grade));
    }

    // Safe messaging reads every word the material shows, translated or not.
    const allText = [...every.map((field) => field.text), ...fromLibrary].join("\n");
    if (mentionsSuicideOrCrisis(allText, material.locale)) {
      const crisis = crisisResources(library, material.locale);
      if (!hasCrisisResource(material, allText, crisis)) {
        const names = crisis.map((resource) => resource.name[material.locale] ?? resource.name.en);
        diagnostics.push(
          atPath(["materials", index], {
            ruleId: "safe-messaging/crisis-resource",
            category: "safe-messaging",
            severity: "error",
            message: `"${material.title ?? material.id}" mentions suicide or crisis but lists no crisis line that answers in ${LANGUAGE_NAMES[material.locale]}`,
            suggestions: [
              material.kind === "email" || material.kind === "fact-sheet"
                ? `add a Resources block with a crisis line${names.length ? ` (e.g. ${names.join(", ")})` : ""}`
                : `name a crisis line in the text or link to it${names.length ? ` (e.g. ${names.join(", ")})` : ""}`,
            ],
            fixable: false,
            ...(crisis[0] && (material.kind === "email" || material.kind === "fact-sheet")
              ? { addResource: { id: crisis[0].id, name: names[0]! } }
              : {}),
            source: {
              name: "National Action Alliance for Suicide Prevention, Framework for Successful Messaging",
              url: "https://suicidepreventionmessaging.org/",
            },
          }),
        );
      }
    }
  });

  return diagnostics.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
