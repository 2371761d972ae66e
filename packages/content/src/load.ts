import { type Diagnostic, formatPath, type PathSegment } from "./diagnostic.js";
import { approvalFingerprint } from "./fingerprint.js";
import {
  Campaign,
  PLACEHOLDER_PATTERN,
  SOCIAL_PLATFORM_NAMES,
  SOCIAL_TEXT_LIMITS,
  socialPostLength,
} from "./schema/campaign.js";
import type { Locale, LocalizedText } from "./schema/common.js";
import { type Library, LibraryFile } from "./schema/library.js";
import { PartnerKit } from "./schema/partner.js";
import { type ContentSource, parseContentFile } from "./source.js";

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
}

export type ContentFileKind = "library" | "partner" | "campaign";

/**
 * Which part of the content model a file holds, from where it sits:
 * `<root>/_library/*.yaml`, `<root>/_partners/*.yaml`, `<root>/<campaign-id>/campaign.yaml`.
 */
const LOCALE_NAMES: Record<string, string> = { en: "English", es: "Spanish" };

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
  for (const input of sorted) {
    const kind = classifyContentFile(input.path);
    if (kind === "library") {
      const parsed = parseContentFile(LibraryFile, input.text, input.path);
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
      const parsed = parseContentFile(PartnerKit, input.text, input.path);
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
      const parsed = parseContentFile(Campaign, input.text, input.path);
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
      ...crossCheckCampaign(loaded, library, new Set(partners.map((p) => p.partner.id)), invalid),
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
 */
function crossCheckCampaign(
  loaded: LoadedCampaign,
  library: Library,
  partnerIds: Set<string>,
  invalid: InvalidIds,
): Diagnostic[] {
  const { campaign, source } = loaded;
  const out: Diagnostic[] = [];
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const keyMessages = byId(library.keyMessages);
  const facts = byId(library.facts);
  const resources = byId(library.resources);
  const inlineMessages = new Map<string, string>();
  const ctas = new Set<string>();

  const unknown = (
    path: PathSegment[],
    noun: string,
    id: string,
    known: Iterable<string>,
    declaredInInvalidFile?: ReadonlySet<string>,
  ) => {
    if (declaredInInvalidFile?.has(id)) return;
    const hint = closest(id, known);
    out.push(
      source.diagnostic(
        path,
        `unknown ${noun} "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}`,
        "unknown-ref",
      ),
    );
  };
  const needsLocale = (
    path: PathSegment[],
    noun: string,
    id: string,
    text: LocalizedText,
    locale: Locale,
  ) => {
    if (!text[locale]) {
      out.push(
        source.diagnostic(
          path,
          `${noun} "${id}" has no ${locale} text in the library`,
          "missing-translation",
        ),
      );
    }
  };

  const duplicates = (ids: string[], noun: string, pathOf: (index: number) => PathSegment[]) => {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = seen.get(id);
      if (first !== undefined) {
        out.push(
          source.diagnostic(
            pathOf(index),
            `duplicate ${noun} id "${id}" (first used at ${formatPath(pathOf(first))})`,
            "duplicate-id",
          ),
        );
      } else seen.set(id, index);
    });
  };

  if (campaign.status === "approved" && campaign.approval) {
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

  campaign.keyMessages.forEach((entry, index) => {
    if (typeof entry === "string") {
      if (!keyMessages.has(entry))
        unknown(["keyMessages", index], "key message", entry, keyMessages.keys(), invalid.keyMessages);
    } else if (keyMessages.has(entry.id)) {
      out.push(
        source.diagnostic(
          ["keyMessages", index, "id"],
          `inline key message id "${entry.id}" is already a library key message: reference it by id instead`,
          "duplicate-id",
        ),
      );
    } else {
      inlineMessages.set(entry.id, entry.text);
    }
  });
  duplicates(
    campaign.keyMessages.map((entry) => (typeof entry === "string" ? entry : entry.id)),
    "key message",
    (index) => ["keyMessages", index],
  );
  for (const cta of campaign.callsToAction) ctas.add(cta.id);
  duplicates(
    campaign.callsToAction.map((cta) => cta.id),
    "call to action",
    (index) => ["callsToAction", index, "id"],
  );
  duplicates(
    campaign.materials.map((material) => material.id),
    "material",
    (index) => ["materials", index, "id"],
  );
  campaign.partners.forEach((id, index) => {
    if (!partnerIds.has(id)) unknown(["partners", index], "partner", id, partnerIds, invalid.partners);
  });

  // A language the campaign lists but no material is written in: partners would expect it.
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

  campaign.materials.forEach((material, materialIndex) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["materials", materialIndex, ...rest];
    if (!campaign.locales.includes(material.locale)) {
      out.push(
        source.diagnostic(
          at("locale"),
          `locale "${material.locale}" is not one of the campaign's locales (${campaign.locales.join(", ")})`,
          "locale-not-in-campaign",
        ),
      );
    }
    if (!campaign.audiences.includes(material.audience)) {
      out.push(
        source.diagnostic(
          at("audience"),
          `audience "${material.audience}" is not one of the campaign's audiences (${campaign.audiences.join(", ")})`,
          "audience-not-in-campaign",
        ),
      );
    }

    if (material.kind === "social-post") {
      const limit = SOCIAL_TEXT_LIMITS[material.platform];
      const length = socialPostLength(material);
      if (length > limit) {
        out.push(
          source.diagnostic(
            at("text"),
            `${length} characters${material.link ? " with the link" : ""}: a post on ${SOCIAL_PLATFORM_NAMES[material.platform]} holds at most ${limit}`,
            "social-too-long",
          ),
        );
      }
      material.facts?.forEach((id, index) => {
        const fact = facts.get(id);
        if (!fact) unknown(at("facts", index), "fact", id, facts.keys(), invalid.facts);
        else needsLocale(at("facts", index), "fact", id, fact.statement, material.locale);
      });
    }

    if (material.kind !== "email" && material.kind !== "fact-sheet") return;
    const declared = new Set(
      material.kind === "email" ? material.personalization.map((field) => field.name) : [],
    );
    const checkPlaceholders = (text: string, path: PathSegment[]) => {
      for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
        const name = match[1]!;
        if (!declared.has(name)) {
          out.push(
            source.diagnostic(
              path,
              material.kind === "email"
                ? `personalization field "{{${name}}}" is not declared in this material's personalization list`
                : "fact sheets are printed, not personalized: remove the {{…}} field",
              "undeclared-field",
            ),
          );
        }
      }
    };
    if (material.kind === "email") {
      checkPlaceholders(material.subject, at("subject"));
      checkPlaceholders(material.preheader, at("preheader"));
      if (material.headline) checkPlaceholders(material.headline, at("headline"));
    }

    material.blocks.forEach((block, blockIndex) => {
      const blockAt = (...rest: PathSegment[]) => at("blocks", blockIndex, ...rest);
      switch (block.type) {
        case "heading":
        case "paragraph":
          checkPlaceholders(block.text, blockAt("text"));
          break;
        case "key-message": {
          const message = keyMessages.get(block.ref);
          if (message) needsLocale(blockAt("ref"), "key message", block.ref, message.text, material.locale);
          else if (!inlineMessages.has(block.ref)) {
            unknown(
              blockAt("ref"),
              "key message",
              block.ref,
              [...keyMessages.keys(), ...inlineMessages.keys()],
              invalid.keyMessages,
            );
          }
          break;
        }
        case "stat": {
          const fact = facts.get(block.fact);
          if (!fact) unknown(blockAt("fact"), "fact", block.fact, facts.keys(), invalid.facts);
          else needsLocale(blockAt("fact"), "fact", block.fact, fact.statement, material.locale);
          break;
        }
        case "resource-list":
          block.resources.forEach((id, index) => {
            const resource = resources.get(id);
            if (!resource)
              unknown(blockAt("resources", index), "resource", id, resources.keys(), invalid.resources);
            else
              needsLocale(blockAt("resources", index), "resource", id, resource.description, material.locale);
          });
          break;
        case "call-to-action":
          if (block.cta && !ctas.has(block.cta)) unknown(blockAt("cta"), "call to action", block.cta, ctas);
          break;
        case "quote":
          checkPlaceholders(block.text, blockAt("text"));
          break;
        default:
          break;
      }
    });
  });
  return out;
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
