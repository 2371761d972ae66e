import { createHash } from "node:crypto";
import { lstat, mkdir, open, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import {
  approvalFingerprint,
  Campaign,
  type ContentFileInput,
  type ContentSet,
  type Diagnostic,
  type LoadResult,
  loadContentFiles,
  MAX_CONTENT_FILE_BYTES,
  ParseCache,
  STATUSES,
} from "@chorus/content";
import {
  createFileExclusive,
  FileChangedError,
  loadContent,
  replaceFileIfUnchanged,
} from "@chorus/content/node";
import { type CampaignDiagnostic, checkCampaign } from "@chorus/language";
import { parse as parseYaml } from "yaml";
import { type Finding, fromContentDiagnostic, fromLanguageDiagnostic } from "../shared/findings.js";
import { isSlug } from "../shared/ids.js";
import { type StarterId, starterCampaign } from "../shared/starters.js";
import { updateYamlText } from "./yaml-write.js";

export const SCHEMA_COMMENT =
  "# yaml-language-server: $schema=../../packages/content/schema/campaign.schema.json\n";

export type Status = (typeof STATUSES)[number];

export interface CampaignSummary {
  id: string;
  file: string;
  title: string;
  status: Status | "invalid";
  goal?: string;
  audiences: string[];
  locales: string[];
  updatedAt: string;
  errors: number;
  warnings: number;
  /** The first error, for a file that cannot be opened in the builder (YAML or schema errors). */
  problem?: string;
}

/** A refusal the API turns into an HTTP status with a clear message. */
export class StoreError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 422,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function versionOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The fingerprint of a campaign's content (what a review decides on), when the data is a valid campaign. */
export function contentFingerprint(data: unknown): string | undefined {
  const parsed = Campaign.safeParse(data);
  return parsed.success ? approvalFingerprint(parsed.data) : undefined;
}

/** A review stage's decision as the approval in the file records it. */
export interface StageRecord {
  id: string;
  title: string;
  by: string;
  at: string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads and writes the content root. Every write goes through one queue per file. */
export class ContentStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Every request loads the content: files unchanged since the last load are not parsed again. */
  private readonly parsed = new ParseCache();

  constructor(
    readonly contentDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Paths as the loader reports them: `<root-name>/<id>/campaign.yaml`. */
  relative(file: string): string {
    return path.relative(path.dirname(this.contentDir), file).split(path.sep).join("/");
  }

  campaignFile(id: string): string {
    if (!isSlug(id))
      throw new StoreError(400, `"${id}" is not a campaign id (lowercase letters, digits and hyphens)`);
    return path.join(this.contentDir, id, "campaign.yaml");
  }

  /**
   * The campaign's file, provided it is a regular file really inside the content folder: neither
   * the file nor its folder may be a link leading elsewhere (the loader does not follow links
   * either), so the builder never reads or writes outside `campaigns/`.
   */
  async existingFile(id: string): Promise<string> {
    const file = this.campaignFile(id);
    const info = await lstat(file).catch(() => undefined);
    if (!info) throw new StoreError(404, `no campaign "${id}"`);
    const root = await realpath(this.contentDir);
    const real = await realpath(file).catch(() => "");
    if (!info.isFile() || real !== path.join(root, id, "campaign.yaml")) {
      throw new StoreError(
        422,
        `${this.relative(file)} is a link, not a file in the content folder: the builder only opens files kept inside it`,
      );
    }
    return file;
  }

  async load(): Promise<LoadResult> {
    return loadContent(this.contentDir, {
      relativeTo: path.dirname(this.contentDir),
      now: this.now(),
      cache: this.parsed,
    });
  }

  /** The library and partner files as text, for the browser to check and render as the author types. */
  async sharedFiles(): Promise<ContentFileInput[]> {
    const files: ContentFileInput[] = [];
    for (const folder of ["_library", "_partners"]) {
      const dir = path.join(this.contentDir, folder);
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        // Regular files only, as the loader reads them: links are not followed.
        if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
        const file = path.join(dir, entry.name);
        const text = await readLimited(file);
        // An oversized file is left to the loader's own "too large" error.
        if (text !== undefined) files.push({ path: this.relative(file), text });
      }
    }
    return files;
  }

  /** Every asset path under the root (logo files), so the browser's loader checks them the same way. */
  async assetPaths(): Promise<string[]> {
    const dir = path.join(this.contentDir, "_partners", "logos");
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => this.relative(path.join(dir, e.name)));
  }

  async campaignIds(): Promise<string[]> {
    const entries = await readdir(this.contentDir, { withFileTypes: true });
    const ids: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
      if (!isSlug(entry.name)) continue;
      // As the loader does: a link is not followed (it could lead out of the content folder).
      const exists = await lstat(path.join(this.contentDir, entry.name, "campaign.yaml")).catch(
        () => undefined,
      );
      if (exists?.isFile()) ids.push(entry.name);
    }
    return ids.sort();
  }

  /** Language findings for one loaded campaign (empty when it did not load). */
  lint(result: LoadResult, id: string): CampaignDiagnostic[] {
    const loaded = result.content.campaigns.find((c) => c.file === this.relative(this.campaignFile(id)));
    return loaded ? checkCampaign(loaded, result.content.library) : [];
  }

  async list(): Promise<{ campaigns: CampaignSummary[]; problems: Diagnostic[] }> {
    const result = await this.load();
    const summaries: CampaignSummary[] = [];
    for (const id of await this.campaignIds()) {
      const file = this.campaignFile(id);
      const relative = this.relative(file);
      const info = await stat(file);
      const diagnostics = result.diagnostics.filter((d) => d.file === relative);
      const loaded = result.content.campaigns.find((c) => c.file === relative);
      const findings = loaded ? checkCampaign(loaded, result.content.library) : [];
      const errors = [...diagnostics, ...findings].filter((d) => d.severity === "error").length;
      const warnings = [...diagnostics, ...findings].filter((d) => d.severity === "warning").length;
      const base = { id, file: relative, updatedAt: info.mtime.toISOString(), errors, warnings };
      if (loaded) {
        const { campaign } = loaded;
        summaries.push({
          ...base,
          title: campaign.title,
          status: campaign.status,
          goal: campaign.goal,
          audiences: campaign.audiences,
          locales: campaign.locales,
        });
      } else {
        const first = diagnostics.find((d) => d.severity === "error");
        let raw: Record<string, unknown> = {};
        try {
          // Only a file small enough to be content: a huge one would stall every other request.
          const text = await readLimited(file);
          if (text !== undefined) raw = (parseYaml(text) ?? {}) as Record<string, unknown>;
        } catch {
          // The YAML itself is broken; the diagnostic says where.
        }
        summaries.push({
          ...base,
          title: typeof raw.title === "string" ? raw.title : id,
          status: "invalid",
          audiences: [],
          locales: [],
          problem: first
            ? `${first.file}:${first.line}:${first.column} ${first.message}`
            : "could not be loaded",
        });
      }
    }
    const known = new Set(summaries.map((s) => s.file));
    // Problems outside campaign files (library, partners) are shown once, above the list.
    const problems = result.diagnostics.filter((d) => d.severity === "error" && !known.has(d.file));
    return { campaigns: summaries, problems };
  }

  async read(id: string): Promise<{
    id: string;
    file: string;
    text: string;
    version: string;
    data: unknown;
    diagnostics: Finding[];
  }> {
    const file = await this.existingFile(id);
    const text = await readLimited(file);
    if (text === undefined) throw tooLarge(this.relative(file));
    const result = await this.load();
    const relative = this.relative(file);
    let data: unknown = null;
    try {
      data = parseYaml(text);
    } catch {
      data = null;
    }
    return {
      id,
      file: relative,
      text,
      version: versionOf(text),
      data,
      diagnostics: [
        ...result.diagnostics.filter((d) => d.file === relative).map(fromContentDiagnostic),
        ...this.lint(result, id).map(fromLanguageDiagnostic),
      ],
    };
  }

  /**
   * The campaign as a reviewer decides on it, provided the file is still at `version` (409 otherwise): its
   * status, its stages' content (the parsed campaign), the fingerprint of that content, and its errors
   * (schema and language), which block approval.
   */
  async forReview(
    id: string,
    version?: string,
  ): Promise<{
    version: string;
    status: unknown;
    campaign?: Campaign;
    fingerprint?: string;
    errors: Finding[];
  }> {
    const file = await this.existingFile(id);
    const text = version
      ? await readAtVersion(
          file,
          id,
          version,
          "This campaign was changed since you opened it: reload it and review the current version.",
        )
      : await readLimited(file);
    if (text === undefined) throw tooLarge(this.relative(file));
    const { diagnostics, findings, content } = await this.validate(id, text);
    const loaded = content.campaigns.find((c) => c.file === this.relative(file));
    let status: unknown;
    try {
      status = (parseYaml(text) as { status?: unknown } | null)?.status;
    } catch {
      status = undefined;
    }
    return {
      version: versionOf(text),
      status,
      ...(loaded ? { campaign: loaded.campaign, fingerprint: approvalFingerprint(loaded.campaign) } : {}),
      errors: [...diagnostics.map(fromContentDiagnostic), ...findings.map(fromLanguageDiagnostic)].filter(
        (d) => d.severity === "error",
      ),
    };
  }

  /** Run `task` after any earlier write to the same file has finished. */
  private serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(key, next);
    return next.finally(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }

  /** Validate `text` as this campaign's file against the rest of the content on disk. */
  private async validate(
    id: string,
    text: string,
  ): Promise<{ diagnostics: Diagnostic[]; findings: CampaignDiagnostic[]; content: ContentSet }> {
    const relative = this.relative(this.campaignFile(id));
    const files = [...(await this.sharedFiles()), { path: relative, text }];
    const assets = new Set([...(await this.assetPaths()), ...files.map((f) => f.path)]);
    const result = loadContentFiles(files, { assets, now: this.now() });
    const diagnostics = result.diagnostics.filter((d) => d.file === relative);
    const loaded = result.content.campaigns.find((c) => c.file === relative);
    const findings = loaded ? checkCampaign(loaded, result.content.library) : [];
    return { diagnostics, findings, content: result.content };
  }

  /**
   * Save the editor's data over the campaign file, refusing (409) when the file changed since the
   * client loaded `version` and (422) when the result would not be valid. Content edits to an
   * approved campaign send it back to review.
   */
  async save(
    id: string,
    data: unknown,
    version: string,
  ): Promise<{ version: string; text: string; data: unknown; statusChanged: boolean }> {
    const file = await this.existingFile(id);
    const conflict =
      "This campaign was changed somewhere else (another tab, or the file in an editor) since you opened it. Your changes were not saved over it: reload to see the current version, then make your edits again.";
    return this.serialize(file, async () => {
      const current = await readAtVersion(file, id, version, conflict);
      if (typeof data !== "object" || data === null || Array.isArray(data)) {
        throw new StoreError(422, "the campaign must be an object", { diagnostics: [] });
      }
      const next = { ...(data as Record<string, unknown>) };
      if (next.id !== id) {
        throw new StoreError(422, `the campaign id must stay "${id}" (its folder name)`, { diagnostics: [] });
      }
      let previous: Record<string, unknown> = {};
      try {
        previous = (parseYaml(current) ?? {}) as Record<string, unknown>;
      } catch {
        previous = {};
      }
      let statusChanged = false;
      if (previous.status === "approved") {
        const { status: _a, approval: _b, ...before } = previous;
        const { status: _c, approval: _d, ...after } = next;
        if (!sameJson(before, after)) {
          next.status = "in-review";
          delete next.approval;
          statusChanged = true;
        }
      }
      // Status changes have their own route, with their own checks.
      if (!statusChanged && next.status !== previous.status) {
        throw new StoreError(422, "change the status with Submit for review or Approve, not by editing it", {
          diagnostics: [],
        });
      }
      if (!statusChanged && !sameJson(next.approval, previous.approval)) {
        throw new StoreError(422, "the approval is recorded by Approve, not by editing it", {
          diagnostics: [],
        });
      }
      let text: string;
      try {
        text = updateYamlText(current, next);
      } catch (error) {
        throw new StoreError(422, (error as Error).message, { diagnostics: [] });
      }
      const { diagnostics } = await this.validate(id, text);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) {
        throw new StoreError(422, `${errors.length} problem${errors.length === 1 ? "" : "s"} to fix first`, {
          diagnostics: errors.map(fromContentDiagnostic),
        });
      }
      if (text !== current) await replaceAtVersion(file, current, text, conflict);
      return { version: versionOf(text), text, data: parseYaml(text), statusChanged };
    });
  }

  async create(
    id: string,
    title: string,
    starter: StarterId,
  ): Promise<{ id: string; version: string; data: unknown }> {
    const file = this.campaignFile(id);
    const exists = () => new StoreError(409, `a campaign called "${id}" already exists: choose another name`);
    return this.serialize(file, async () => {
      if (await lstat(path.dirname(file)).catch(() => undefined)) throw exists();
      const data = starterCampaign(starter, id, title, this.now());
      const { stringify } = await import("yaml");
      const text = SCHEMA_COMMENT + stringify(data, { lineWidth: 110, flowCollectionPadding: false });
      const { diagnostics } = await this.validate(id, text);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0)
        throw new StoreError(422, "the campaign would not be valid", {
          diagnostics: errors.map(fromContentDiagnostic),
        });
      // Exclusive at every step: another process creating the same campaign gets a 409, not a merge.
      try {
        await mkdir(path.dirname(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw exists();
        throw error;
      }
      if (!(await createFileExclusive(file, text))) throw exists();
      return { id, version: versionOf(text), data };
    });
  }

  /**
   * Move a campaign through draft → in review → approved. Approval records who and when, and is
   * refused while the campaign has any error (schema or language).
   */
  async setStatus(
    id: string,
    status: Status,
    version: string,
    by?: string,
    /** The review stages' decisions (team mode), recorded in the approval. */
    stages?: StageRecord[],
  ): Promise<{ version: string; data: unknown }> {
    if (!STATUSES.includes(status))
      throw new StoreError(400, `"${status}" is not a status (${STATUSES.join(", ")})`);
    const file = await this.existingFile(id);
    const conflict =
      "This campaign was changed somewhere else since you opened it. Reload to see the current version before changing its status.";
    return this.serialize(file, async () => {
      const current = await readAtVersion(file, id, version, conflict);
      const data = (parseYaml(current) ?? {}) as Record<string, unknown>;
      const next: Record<string, unknown> = { ...data, status };
      if (status === "approved") {
        if (data.status !== "in-review") {
          throw new StoreError(422, "submit the campaign for review before approving it", {
            diagnostics: [],
          });
        }
        const name = by?.trim();
        if (!name)
          throw new StoreError(422, "say who approves the campaign (your name)", { diagnostics: [] });
        const { diagnostics, findings } = await this.validate(id, current);
        const errors = [
          ...diagnostics.map(fromContentDiagnostic),
          ...findings.map(fromLanguageDiagnostic),
        ].filter((d) => d.severity === "error");
        if (errors.length > 0) {
          throw new StoreError(
            422,
            `cannot approve: ${errors.length} error${errors.length === 1 ? "" : "s"} to fix first`,
            { diagnostics: errors },
          );
        }
        // Record what was approved, so a later edit (here or by hand in the file) blocks sending.
        const approved = Campaign.safeParse(data);
        next.approval = {
          by: name,
          at: this.now()
            .toISOString()
            .replace(/\.\d{3}Z$/, "Z"),
          ...(approved.success ? { fingerprint: approvalFingerprint(approved.data) } : {}),
          ...(stages?.length ? { stages } : {}),
        };
      } else {
        delete next.approval;
      }
      const text = updateYamlText(current, next);
      const { diagnostics } = await this.validate(id, text);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0)
        throw new StoreError(422, "the campaign has errors to fix first", {
          diagnostics: errors.map(fromContentDiagnostic),
        });
      await replaceAtVersion(file, current, text, conflict);
      return { version: versionOf(text), data: parseYaml(text) };
    });
  }
}

/**
 * The campaign file's text, provided it is still the version the browser loaded: 404 when it is
 * gone, 409 with `conflict` when it changed on disk, so a stale save never overwrites anything.
 */
async function readAtVersion(file: string, id: string, version: string, conflict: string): Promise<string> {
  let current: string | undefined;
  try {
    current = await readLimited(file);
  } catch {
    throw new StoreError(404, `no campaign "${id}"`);
  }
  if (current === undefined) throw tooLarge(file);
  if (versionOf(current) !== version) {
    throw new StoreError(409, conflict, { currentVersion: versionOf(current) });
  }
  return current;
}

/**
 * Write `text` over `file` only if it still holds `current`: a hand edit saved while this save was
 * being checked is kept, and the save is refused with 409 like any other conflict.
 */
async function replaceAtVersion(
  file: string,
  current: string,
  text: string,
  conflict: string,
): Promise<void> {
  try {
    await replaceFileIfUnchanged(file, current, text);
  } catch (error) {
    if (!(error instanceof FileChangedError)) throw error;
    throw new StoreError(
      409,
      conflict,
      error.current === undefined ? {} : { currentVersion: versionOf(error.current) },
    );
  }
}

/** A content file's text, or undefined when it is larger than any content file may be. */
async function readLimited(file: string): Promise<string | undefined> {
  const handle = await open(file, "r");
  try {
    if ((await handle.stat()).size > MAX_CONTENT_FILE_BYTES) return undefined;
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string): StoreError {
  return new StoreError(
    413,
    `${file} is larger than a content file may be (${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MiB): open it in a text editor and shorten it`,
  );
}
