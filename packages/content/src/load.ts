import type { z } from "zod";
import { LOCALE_NAMES } from "./constants.js";
import { type Diagnostic, formatPath, type PathSegment } from "./diagnostic.js";
import { campaignIsRunning, campaignLastDay } from "./facts.js";
import { approvalFingerprint } from "./fingerprint.js";
import {
  type Block,
  Campaign,
  type Material,
  PLACEHOLDER_PATTERN,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_TEXT_LIMITS,
  socialPostLength,
} from "./schema/campaign.js";
import type { Audience, Locale, LocalizedText } from "./schema/common.js";
import { type Fact, type KeyMessage, type Library, LibraryFile, type Resource } from "./schema/library.js";
import { PartnerKit } from "./schema/partner.js";
import { type ContentSource, type ParseCache, parseContentFile } from "./source.js";
import {
  MATERIAL_KIND_NAMES,
  translationState,
  untranslatedFields,
  untranslatedMessage,
} from "./translation.js";

export interface LoadedCampaign {
  campaign: Campaign;
  /** Path of `campaign.yaml`, as given to the loader. */
  file: string;
  source: ContentSource;
}

export interface LoadedPartner {
  partner: PartnerKit;
  file: string;
  /** Path of the logo file, resolved against the kit file's folder. */
  logoPath: string;
  source: ContentSource;
}

export interface ContentSet {
  library: Library;
  campaigns: LoadedCampaign[];
  partners: LoadedPartner[];
}

export interface LoadResult {
  content: ContentSet;
  /** Every problem found, sorted by file and position. Warnings do not make content invalid. */
  diagnostics: Diagnostic[];
}

/** A content file handed to the loader: its path (relative, `/`-separated, starting at the content root's name). */
export interface ContentFileInput {
  path: string;
  text: string;
}

export interface LoadOptions {
  /** "Today" for review-by warnings; defaults to the current date. */
  now?: Date;
  /** Every file path that exists under the root (including images), to check logo files. */
  assets?: ReadonlySet<string>;
  /**
   * Files parsed by earlier loads of the same content: unchanged ones are not parsed again. Its values are
   * frozen, and so is the content this load returns from them.
   */
  cache?: ParseCache;
}

export type ContentFileKind = "library" | "partner" | "campaign";

/** The schema each kind of content file is validated against. */
export const SCHEMA_OF_KIND = { library: LibraryFile, partner: PartnerKit, campaign: Campaign } as const;

/**
 * Which part of the content model a file holds, from where it sits:
 * `<root>/_library/*.yaml`, `<root>/_partners/*.yaml`, `<root>/<campaign-id>/campaign.yaml`.
 */
export function classifyContentFile(path: string): ContentFileKind | undefined {
  const parts = path.split("/");
  const name = parts.at(-1) ?? "";
  if (!/\.ya?ml$/.test(name) || parts.length < 2) return undefined;
  const folder = parts.at(-2);
  if (folder === "_library") return "library";
  if (folder === "_partners") return "partner";
  if (name === "campaign.yaml" || name === "campaign.yml") return "campaign";
  return undefined;
}

interface Defined {
  source: ContentSource;
  path: PathSegment[];
}

/** Where each id was first defined, to report duplicates against it. */
class Registry {
  private readonly seen = new Map<string, Defined>();
  constructor(
    private readonly noun: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** Ids written in a file that failed validation: known, so references to them do not cascade. */
  readonly declared = new Set<string>();

  declareFromRaw(items: unknown): void {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === "string") this.declared.add(id);
    }
  }

  define(id: string, source: ContentSource, path: PathSegment[]): void {
    const first = this.seen.get(id);
    if (first) {
      const { line } = first.source.positionOf(first.path);
      this.diagnostics.push(
        source.diagnostic(
          path,
          `duplicate ${this.noun} id "${id}" (first defined at ${first.source.file}:${line})`,
          "duplicate-id",
        ),
      );
      return;
    }
    this.seen.set(id, { source, path });
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }
}

function dirname(path: string): string {
  const index = path.lastIndexOf("/");
  return index === -1 ? "" : path.slice(0, index);
}

function basenameWithoutExtension(path: string): string {
  return (path.split("/").at(-1) ?? "").replace(/\.ya?ml$/, "");
}

function joinPath(base: string, relative: string): string {
  const parts = base ? base.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Parse, validate and cross-check a whole content tree held in memory. Pure: works in the
 * browser too. `@chorus/content/node` reads the files from disk and calls this.
 */
export function loadContentFiles(files: readonly ContentFileInput[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const library: Library = { keyMessages: [], facts: [], definitions: [], resources: [] };
  const campaigns: LoadedCampaign[] = [];
  const partners: LoadedPartner[] = [];

  const keyMessageIds = new Registry("key message", diagnostics);
  const factIds = new Registry("fact", diagnostics);
  const definitionIds = new Registry("definition", diagnostics);
  const resourceIds = new Registry("resource", diagnostics);
  const partnerIds = new Registry("partner", diagnostics);
  const campaignIds = new Registry("campaign", diagnostics);
  const factSources = new Map<string, Defined>();

  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const { cache } = options;
  cache?.keepOnly(sorted.map((input) => input.path));
  const parse = <S extends z.ZodType>(schema: S, input: ContentFileInput) =>
    cache ? cache.parse(schema, input.text, input.path) : parseContentFile(schema, input.text, input.path);
  for (const input of sorted) {
    const kind = classifyContentFile(input.path);
    if (kind === "library") {
      const parsed = parse(SCHEMA_OF_KIND.library, input);
      diagnostics.push(...parsed.diagnostics);
      if (!parsed.value) {
        const raw = (parsed.data ?? {}) as Record<string, unknown>;
        keyMessageIds.declareFromRaw(raw.keyMessages);
        factIds.declareFromRaw(raw.facts);
        definitionIds.declareFromRaw(raw.definitions);
        resourceIds.declareFromRaw(raw.resources);
        continue;
      }
      const { source } = parsed;
      const collect = <T extends { id: string }>(
        items: T[] | undefined,
        key: keyof LibraryFile,
        registry: Registry,
        into: T[],
      ) => {
        items?.forEach((item, index) => {
          registry.define(item.id, source, [key, index, "id"]);
          into.push(item);
        });
      };
      collect(parsed.value.keyMessages, "keyMessages", keyMessageIds, library.keyMessages);
      collect(parsed.value.facts, "facts", factIds, library.facts);
      collect(parsed.value.definitions, "definitions", definitionIds, library.definitions);
      collect(parsed.value.resources, "resources", resourceIds, library.resources);
      parsed.value.facts?.forEach((fact, index) => {
        if (!factSources.has(fact.id)) factSources.set(fact.id, { source, path: ["facts", index] });
      });
    } else if (kind === "partner") {
      const parsed = parse(SCHEMA_OF_KIND.partner, input);
      diagnostics.push(...parsed.diagnostics);
      if (!parsed.value) {
        partnerIds.declared.add(basenameWithoutExtension(input.path));
        continue;
      }
      const partner = parsed.value;
      const { source } = parsed;
      if (partner.id !== basenameWithoutExtension(input.path)) {
        diagnostics.push(
          source.diagnostic(
            ["id"],
            `must match the file name "${basenameWithoutExtension(input.path)}"`,
            "id-mismatch",
          ),
        );
      }
      partnerIds.define(partner.id, source, ["id"]);
      const logoPath = joinPath(dirname(input.path), partner.logo.file);
      if (options.assets && !options.assets.has(logoPath)) {
        diagnostics.push(
          source.diagnostic(["logo", "file"], `logo file not found: ${logoPath}`, "missing-file"),
        );
      }
      partners.push({ partner, file: input.path, logoPath, source });
    } else if (kind === "campaign") {
      const parsed = parse(SCHEMA_OF_KIND.campaign, input);
      diagnostics.push(...parsed.diagnostics);
      if (!parsed.value) continue;
      const folder = dirname(input.path).split("/").at(-1) ?? "";
      if (parsed.value.id !== folder) {
        diagnostics.push(
          parsed.source.diagnostic(["id"], `must match the folder name "${folder}"`, "id-mismatch"),
        );
      }
      campaignIds.define(parsed.value.id, parsed.source, ["id"]);
      campaigns.push({ campaign: parsed.value, file: input.path, source: parsed.source });
    } else if (/\.ya?ml$/.test(input.path)) {
      diagnostics.push({
        severity: "warning",
        code: "unknown-file",
        message:
          "is not a content file: campaigns live in <id>/campaign.yaml, library files in _library/, brand kits in _partners/",
        file: input.path,
        line: 1,
        column: 1,
        path: "",
      });
    }
  }

  const today = isoDay(options.now ?? new Date());
  for (const fact of library.facts) {
    const where = factSources.get(fact.id);
    if (where && fact.reviewBy < today) {
      diagnostics.push(
        where.source.diagnostic(
          [...where.path, "reviewBy"],
          `fact "${fact.id}" was due for review on ${fact.reviewBy}: check the figure and its source are still current`,
          "review-overdue",
          "warning",
        ),
      );
    }
  }

  const invalid: InvalidIds = {
    keyMessages: keyMessageIds.declared,
    facts: factIds.declared,
    resources: resourceIds.declared,
    partners: partnerIds.declared,
  };
  for (const loaded of campaigns) {
    diagnostics.push(
      ...crossCheckCampaign(loaded, library, new Set(partners.map((p) => p.partner.id)), invalid, today),
    );
  }

  diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
  return { content: { library, campaigns, partners }, diagnostics };
}

/** Ids defined in files that failed validation, per collection. */
interface InvalidIds {
  keyMessages: ReadonlySet<string>;
  facts: ReadonlySet<string>;
  resources: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

/**
 * Cross-references of one campaign against the library and the partner kits. A reference to
 * an item whose own file is invalid is not reported again: the error at its definition says it.
 * Each check reports in the order the checks run here; the loader sorts by position afterwards, and
 * this order breaks its ties.
 */
function crossCheckCampaign(
  loaded: LoadedCampaign,
  library: Library,
  partnerIds: Set<string>,
  invalid: InvalidIds,
  today: string,
): Diagnostic[] {
  const check = campaignCheck(loaded, library, partnerIds, invalid, today);
  checkApproval(check);
  checkLeadLocales(check);
  checkKeyMessages(check);
  checkDuplicateIds(check);
  checkTranslations(check);
  checkPartners(check);
  checkLocalesHaveMaterials(check);
  check.campaign.materials.forEach((material, index) => {
    checkMaterial(check, material, (...rest) => ["materials", index, ...rest]);
  });
  return check.out;
}

/** What the cross-checks of one campaign read, and the list they report into. */
interface CampaignCheck {
  campaign: Campaign;
  source: ContentSource;
  out: Diagnostic[];
  partnerIds: ReadonlySet<string>;
  invalid: InvalidIds;
  keyMessages: ReadonlyMap<string, KeyMessage>;
  facts: ReadonlyMap<string, Fact>;
  resources: ReadonlyMap<string, Resource>;
  /** Key messages written in the campaign itself (ids not already in the library), id → text. */
  inlineMessages: ReadonlyMap<string, string>;
  /** Ids of the campaign's calls to action. */
  ctas: ReadonlySet<string>;
  /** "Today" (YYYY-MM-DD), for review dates. */
  today: string;
}

function campaignCheck(
  loaded: LoadedCampaign,
  library: Library,
  partnerIds: Set<string>,
  invalid: InvalidIds,
  today: string,
): CampaignCheck {
  const { campaign, source } = loaded;
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const keyMessages = byId(library.keyMessages);
  const inlineMessages = new Map<string, string>();
  for (const entry of campaign.keyMessages) {
    if (typeof entry !== "string" && !keyMessages.has(entry.id)) inlineMessages.set(entry.id, entry.text);
  }
  return {
    campaign,
    source,
    out: [],
    partnerIds,
    invalid,
    keyMessages,
    facts: byId(library.facts),
    resources: byId(library.resources),
    inlineMessages,
    ctas: new Set(campaign.callsToAction.map((cta) => cta.id)),
    today,
  };
}

/** A reference to an id nothing defines, with the nearest known id as a hint. */
function reportUnknown(
  check: CampaignCheck,
  path: PathSegment[],
  noun: string,
  id: string,
  known: Iterable<string>,
  declaredInInvalidFile?: ReadonlySet<string>,
) {
  if (declaredInInvalidFile?.has(id)) return;
  const hint = closest(id, known);
  check.out.push(
    check.source.diagnostic(
      path,
      `unknown ${noun} "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}`,
      "unknown-ref",
    ),
  );
}

/** A library item used by a material in a language the library has no text for. */
function reportMissingTranslation(
  check: CampaignCheck,
  path: PathSegment[],
  noun: string,
  id: string,
  text: LocalizedText,
  locale: Locale,
) {
  if (!text[locale]) {
    check.out.push(
      check.source.diagnostic(
        path,
        `${noun} "${id}" has no ${locale} text in the library`,
        "missing-translation",
      ),
    );
  }
}

/** Every id after its first use in `ids`, reported against the first. */
function reportDuplicates(
  check: CampaignCheck,
  ids: string[],
  noun: string,
  pathOf: (index: number) => PathSegment[],
) {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) {
      check.out.push(
        check.source.diagnostic(
          pathOf(index),
          `duplicate ${noun} id "${id}" (first used at ${formatPath(pathOf(first))})`,
          "duplicate-id",
        ),
      );
    } else seen.set(id, index);
  });
}

/** An approved campaign must still be the one that was approved (decision 19). */
function checkApproval({ campaign, source, out }: CampaignCheck) {
  if (campaign.status !== "approved" || !campaign.approval) return;
  const { fingerprint, at } = campaign.approval;
  if (!fingerprint) {
    out.push(
      source.diagnostic(
        ["approval"],
        "this approval does not record what was approved (approval.fingerprint), so later edits cannot be detected: approve it again in the builder",
        "approval-unverifiable",
        "warning",
      ),
    );
  } else if (fingerprint !== approvalFingerprint(campaign)) {
    out.push(
      source.diagnostic(
        ["approval", "fingerprint"],
        `the campaign was changed after it was approved on ${at.slice(0, 10)}: set its status back to in-review and approve it again before sending`,
        "changed-after-approval",
      ),
    );
  }
}

/** A public lead in every language the campaign runs in: a page in Spanish must not fall back to English. */
function checkLeadLocales({ campaign, source, out }: CampaignCheck) {
  const { lead } = campaign;
  if (!lead) return;
  for (const locale of campaign.locales) {
    if (!lead[locale]) {
      out.push(
        source.diagnostic(
          ["lead"],
          `the campaign runs in ${LOCALE_NAMES[locale] ?? locale} but its lead has no ${locale} text: pages in ${LOCALE_NAMES[locale] ?? locale} would show the English lead`,
          "missing-translation",
          "warning",
        ),
      );
    }
  }
}

/**
 * The campaign's key messages: a library id must exist, an inline message must not take a library
 * message's id, and no id is listed twice.
 */
function checkKeyMessages(check: CampaignCheck) {
  const { campaign, keyMessages } = check;
  campaign.keyMessages.forEach((entry, index) => {
    if (typeof entry === "string") {
      if (!keyMessages.has(entry))
        reportUnknown(
          check,
          ["keyMessages", index],
          "key message",
          entry,
          keyMessages.keys(),
          check.invalid.keyMessages,
        );
    } else if (keyMessages.has(entry.id)) {
      check.out.push(
        check.source.diagnostic(
          ["keyMessages", index, "id"],
          `inline key message id "${entry.id}" is already a library key message: reference it by id instead`,
          "duplicate-id",
        ),
      );
    }
  });
  reportDuplicates(
    check,
    campaign.keyMessages.map((entry) => (typeof entry === "string" ? entry : entry.id)),
    "key message",
    (index) => ["keyMessages", index],
  );
}

/** Calls to action and materials are referred to by id, so each id is used once. */
function checkDuplicateIds(check: CampaignCheck) {
  const { campaign } = check;
  reportDuplicates(
    check,
    campaign.callsToAction.map((cta) => cta.id),
    "call to action",
    (index) => ["callsToAction", index, "id"],
  );
  reportDuplicates(
    check,
    campaign.materials.map((material) => material.id),
    "material",
    (index) => ["materials", index, "id"],
  );
}

/**
 * Each translation (decision 44) names a material of the campaign in another language, of the same kind, that
 * is not itself a translation, and is the only translation of it into its language. Then, as warnings (errors
 * once the campaign is approved, as they keep it from being approved): its source changed after it was last
 * brought up to date, it is not reviewed, or it changed after its review; while it is being translated, each
 * field still in the source's language.
 */
function checkTranslations(check: CampaignCheck) {
  const { campaign, source, out } = check;
  const byId = new Map<string, Material>();
  for (const material of campaign.materials) if (!byId.has(material.id)) byId.set(material.id, material);
  const blocking = campaign.status === "approved" ? "error" : "warning";
  const first = new Map<string, Material>();
  campaign.materials.forEach((material, index) => {
    const translation = material.translation;
    if (!translation) return;
    const at = (...rest: PathSegment[]): PathSegment[] => ["materials", index, ...rest];
    const language = LOCALE_NAMES[material.locale];
    const original = byId.get(translation.of);
    const refuse = (path: PathSegment[], message: string, code: string) =>
      out.push(source.diagnostic(path, message, code));
    if (!original) {
      const hint = closest(translation.of, byId.keys());
      refuse(
        at("translation", "of"),
        `translates "${translation.of}", which is not a material of this campaign${hint ? ` (did you mean "${hint}"?)` : ""}: name the material it translates, or remove translation to keep it as a material of its own`,
        "unknown-ref",
      );
      return;
    }
    if (original.locale === material.locale) {
      refuse(
        at("translation", "of"),
        `"${original.id}" is in ${language} too: a translation translates a material written in another language`,
        "translation-same-locale",
      );
      return;
    }
    if (original.translation) {
      refuse(
        at("translation", "of"),
        `"${original.id}" is itself a translation (of "${original.translation.of}"): translate "${original.translation.of}" instead`,
        "translation-of-translation",
      );
      return;
    }
    if (original.kind !== material.kind) {
      refuse(
        at("kind"),
        `a translation of the ${MATERIAL_KIND_NAMES[original.kind]} "${original.id}" must be ${original.kind === "email" ? "an" : "a"} ${MATERIAL_KIND_NAMES[original.kind]} too`,
        "translation-kind",
      );
      return;
    }
    const key = `${original.id}\n${material.locale}`;
    const earlier = first.get(key);
    if (earlier) {
      refuse(
        at("translation", "of"),
        `"${original.id}" already has a ${language} version ("${earlier.id}"): keep one of them`,
        "duplicate-translation",
      );
      return;
    }
    first.set(key, material);

    const from = LOCALE_NAMES[original.locale];
    const kind = MATERIAL_KIND_NAMES[original.kind];
    const version = `the ${language} version "${material.id}" of "${original.id}"`;
    const state = translationState(material, original);
    if (state.stale)
      out.push(
        source.diagnostic(
          at("translation", "source"),
          `the ${from} ${kind} "${original.id}" changed after its ${language} version "${material.id}" was made or last brought up to date: update the ${language} to match, then mark it up to date with the ${from}`,
          "translation-stale",
          blocking,
        ),
      );
    if (translation.status === "to-translate") {
      for (const path of untranslatedFields(campaign, material))
        out.push(
          source.diagnostic(
            at(...path),
            untranslatedMessage(original.locale, path),
            "translation-untranslated",
            "warning",
          ),
        );
    }
    if (translation.status !== "reviewed") {
      out.push(
        source.diagnostic(
          at("translation", "status"),
          translation.status === "to-translate"
            ? `${version} is still being translated: translate it, mark it translated, and have a ${language} speaker review it before the campaign is approved`
            : `${version} is not reviewed yet: a ${language} speaker reads it and marks it reviewed before the campaign is approved`,
          "translation-unreviewed",
          blocking,
        ),
      );
    } else if (state.changedAfterReview && translation.reviewed) {
      out.push(
        source.diagnostic(
          at("translation", "reviewed"),
          `${version} changed after ${translation.reviewed.by} reviewed it on ${translation.reviewed.at.slice(0, 10)}: have it reviewed again before the campaign is approved`,
          "translation-changed-after-review",
          blocking,
        ),
      );
    }
  });
}

/** Every partner the campaign names has a kit in `_partners/`. */
function checkPartners(check: CampaignCheck) {
  check.campaign.partners.forEach((id, index) => {
    if (!check.partnerIds.has(id))
      reportUnknown(check, ["partners", index], "partner", id, check.partnerIds, check.invalid.partners);
  });
}

/** A language the campaign lists but no material is written in: partners would expect it. */
function checkLocalesHaveMaterials({ campaign, source, out }: CampaignCheck) {
  campaign.locales.forEach((locale, index) => {
    if (!campaign.materials.some((material) => material.locale === locale)) {
      out.push(
        source.diagnostic(
          ["locales", index],
          `the campaign lists ${LOCALE_NAMES[locale] ?? locale} but none of its materials is in ${LOCALE_NAMES[locale] ?? locale} yet: add one, or remove the language`,
          "locale-without-material",
          "warning",
        ),
      );
    }
  });
}

type MaterialPath = (...rest: PathSegment[]) => PathSegment[];

/** One material's checks, in order: language and audience, then by kind, then its blocks. */
function checkMaterial(check: CampaignCheck, material: Material, at: MaterialPath) {
  checkMaterialLocale(check, material, at);
  checkMaterialAudience(check, material, at);
  if (material.kind === "social-post") checkSocialPost(check, material, at);
  if (material.kind !== "email" && material.kind !== "fact-sheet") return;
  if (material.kind === "email") {
    checkPlaceholders(check, material, material.subject, at("subject"));
    checkPlaceholders(check, material, material.preheader, at("preheader"));
    if (material.headline) checkPlaceholders(check, material, material.headline, at("headline"));
  }
  material.blocks.forEach((block, blockIndex) => {
    checkBlock(check, material, block, (...rest) => at("blocks", blockIndex, ...rest));
  });
}

/** A material is written in one of the campaign's languages. */
function checkMaterialLocale({ campaign, source, out }: CampaignCheck, material: Material, at: MaterialPath) {
  if (!campaign.locales.includes(material.locale)) {
    out.push(
      source.diagnostic(
        at("locale"),
        `locale "${material.locale}" is not one of the campaign's locales (${campaign.locales.join(", ")})`,
        "locale-not-in-campaign",
      ),
    );
  }
}

/** A material is for one of the campaign's audiences. */
function checkMaterialAudience(
  { campaign, source, out }: CampaignCheck,
  material: Material,
  at: MaterialPath,
) {
  if (!campaign.audiences.includes(material.audience)) {
    out.push(
      source.diagnostic(
        at("audience"),
        `audience "${material.audience}" is not one of the campaign's audiences (${campaign.audiences.join(", ")})`,
        "audience-not-in-campaign",
      ),
    );
  }
}

/** A social post fits its platform (decision 23) and quotes library facts written in its language. */
function checkSocialPost(
  check: CampaignCheck,
  material: Extract<Material, { kind: "social-post" }>,
  at: MaterialPath,
) {
  const limit = SOCIAL_TEXT_LIMITS[material.platform];
  const length = socialPostLength(material);
  if (length > limit) {
    check.out.push(
      check.source.diagnostic(
        at("text"),
        `${length} characters${material.link ? " with the link" : ""}: a post on ${SOCIAL_PLATFORM_NAMES[material.platform]} holds at most ${limit}`,
        "social-too-long",
      ),
    );
  }
  material.facts?.forEach((id, index) => {
    checkFactRef(check, id, material.locale, at("facts", index));
  });
}

type MaterialWithBlocks = Extract<Material, { kind: "email" | "fact-sheet" }>;

/** One block's references and personalization fields. */
function checkBlock(check: CampaignCheck, material: MaterialWithBlocks, block: Block, blockAt: MaterialPath) {
  switch (block.type) {
    case "heading":
    case "paragraph":
      checkPlaceholders(check, material, block.text, blockAt("text"));
      break;
    case "key-message":
      checkKeyMessageRef(check, block.ref, material.locale, blockAt("ref"));
      break;
    case "stat":
      checkFactRef(check, block.fact, material.locale, blockAt("fact"));
      break;
    case "resource-list":
      block.resources.forEach((id, index) => {
        checkResourceRef(check, id, material, blockAt("resources", index));
      });
      break;
    case "call-to-action":
      if (block.cta && !check.ctas.has(block.cta))
        reportUnknown(check, blockAt("cta"), "call to action", block.cta, check.ctas);
      break;
    case "quote":
      checkPlaceholders(check, material, block.text, blockAt("text"));
      break;
    default:
      break;
  }
}

/**
 * `{{field}}`s in an email's text must be declared in its personalization list; a fact sheet is
 * printed, so it has none.
 */
function checkPlaceholders(
  check: CampaignCheck,
  material: MaterialWithBlocks,
  text: string,
  path: PathSegment[],
) {
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1]!;
    const declared =
      material.kind === "email" && material.personalization.some((field) => field.name === name);
    if (!declared) {
      check.out.push(
        check.source.diagnostic(
          path,
          material.kind === "email"
            ? `personalization field "{{${name}}}" is not declared in this material's personalization list`
            : "fact sheets are printed, not personalized: remove the {{…}} field",
          "undeclared-field",
        ),
      );
    }
  }
}

/** A key message block names a library message (with text in the material's language) or an inline one. */
function checkKeyMessageRef(check: CampaignCheck, id: string, locale: Locale, path: PathSegment[]) {
  const message = check.keyMessages.get(id);
  if (message) reportMissingTranslation(check, path, "key message", id, message.text, locale);
  else if (!check.inlineMessages.has(id)) {
    reportUnknown(
      check,
      path,
      "key message",
      id,
      [...check.keyMessages.keys(), ...check.inlineMessages.keys()],
      check.invalid.keyMessages,
    );
  }
}

/**
 * A stat or a social post's fact is a library fact with a statement in the material's language, current
 * for as long as the campaign runs.
 */
function checkFactRef(check: CampaignCheck, id: string, locale: Locale, path: PathSegment[]) {
  const fact = check.facts.get(id);
  if (!fact) reportUnknown(check, path, "fact", id, check.facts.keys(), check.invalid.facts);
  else {
    reportMissingTranslation(check, path, "fact", id, fact.statement, locale);
    checkFactReviewDate(check, fact, path);
  }
}

/**
 * A fact due for review before the campaign's last day: the figure could be out of date while the
 * campaign is still going out, and sending is refused once the date has passed. Campaigns that are over
 * or archived send nothing more, so they are left alone.
 */
function checkFactReviewDate(
  { campaign, source, out, today }: CampaignCheck,
  fact: Fact,
  path: PathSegment[],
) {
  const lastDay = campaignLastDay(campaign);
  if (!campaignIsRunning(campaign, today) || fact.reviewBy >= lastDay) return;
  const due = fact.reviewBy < today ? "was due for review on" : "is due for review on";
  const when = campaign.dates.end
    ? `before this campaign ends on ${lastDay}`
    : `before this campaign starts on ${lastDay} (it has no end date)`;
  out.push(
    source.diagnostic(
      path,
      `fact "${fact.id}" ${due} ${fact.reviewBy}, ${when}: check the figure against its source and update it, or its reviewBy, before the campaign goes out`,
      "review-due-during-campaign",
      "warning",
    ),
  );
}

/** Audiences a material for "clinicians" reaches: a line for physicians or nurses is for some of its readers. */
const CLINICAL = new Set<Audience>(["clinicians", "physicians", "nurses", "trainees"]);

/** Whether a resource for `served` fits a material for `audience`. */
function servesAudience(served: readonly Audience[], audience: Audience): boolean {
  if (served.includes(audience)) return true;
  return audience === "clinicians" && served.some((a) => CLINICAL.has(a));
}

const AUDIENCE_WORDS: Record<Audience, string> = {
  clinicians: "clinicians",
  physicians: "physicians",
  nurses: "nurses",
  trainees: "trainees",
  leaders: "leaders",
  policymakers: "policymakers",
  partners: "partner organizations",
  public: "the public",
};

function audienceList(audiences: readonly Audience[]): string {
  const words = audiences.map((a) => AUDIENCE_WORDS[a]);
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * A listed resource is a library resource described in the material's language, and (a warning) one that
 * serves the material's audience: a nurses' email listing the Physician Support Line sends nurses to a line
 * that is not for them.
 */
function checkResourceRef(
  check: CampaignCheck,
  id: string,
  material: MaterialWithBlocks,
  path: PathSegment[],
) {
  const resource = check.resources.get(id);
  if (!resource) {
    reportUnknown(check, path, "resource", id, check.resources.keys(), check.invalid.resources);
    return;
  }
  reportMissingTranslation(check, path, "resource", id, resource.description, material.locale);
  if (resource.audiences && !servesAudience(resource.audiences, material.audience))
    check.out.push(
      check.source.diagnostic(
        path,
        `resource "${id}" is for ${audienceList(resource.audiences)}, and this ${material.kind === "email" ? "email" : "fact sheet"} is for ${AUDIENCE_WORDS[material.audience]}: list a resource that serves them instead`,
        "resource-audience",
        "warning",
      ),
    );
}

/** The known id nearest to a mistyped one, when it is close enough to be a typo. */
function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of known) {
    const distance = levenshtein(id, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
