import { useCallback, useEffect, useState } from "react";
import type { SharedContent } from "../../shared/evaluate.js";
import type { Finding } from "../../shared/findings.js";
import { type Segment, setIn } from "../../shared/paths.js";
import { ApiError, getJson, sendJson } from "../api.js";
import { setLeaveWarning } from "../router.js";
import type { CampaignDraft } from "./model.js";

let sharedPromise: Promise<SharedContent> | undefined;
function sharedContent(): Promise<SharedContent> {
  sharedPromise ??= getJson<SharedContent>("/api/content");
  return sharedPromise;
}

/** The campaign file as last read from or written to the server. */
export interface OpenedCampaign {
  file: string;
  /** The content hash a save names, so a file changed on disk meanwhile is a conflict (decision 17). */
  version: string;
  data: CampaignDraft;
}

/** Unsaved changes kept in this browser, with the version of the file they were made on. */
export interface LocalDraft {
  baseVersion: string;
  data: CampaignDraft;
  at: string;
}

export interface DocumentNotice {
  kind: "error" | "info" | "success";
  text: string;
  findings?: Finding[];
  /** The file changed on disk: offer to load the current version. */
  conflict?: boolean;
}

const draftKey = (id: string) => `chorus-draft:${id}`;

function readDraft(id: string): LocalDraft | undefined {
  try {
    const raw = localStorage.getItem(draftKey(id));
    return raw ? (JSON.parse(raw) as LocalDraft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A draft's content over the file as it is now. Status and approval are not content: they stay as the
 * file records them (they change only through review and approval).
 */
function restoredDraft(draft: CampaignDraft, current: CampaignDraft): CampaignDraft {
  const { status: _status, approval: _approval, ...content } = draft;
  return {
    ...content,
    status: current.status,
    ...(current.approval ? { approval: current.approval } : {}),
  };
}

/**
 * One campaign file in the editor: loads it (with the shared library and partner kits), holds the edited
 * data beside the version it was loaded at, saves it naming that version (a 409 is a conflict the
 * author resolves by loading the current version), changes its status, and keeps unsaved work in this
 * browser: written on every change, offered back when the campaign is opened again, cleared by a save.
 * While there are unsaved changes, leaving the page or the app asks first.
 */
export function useCampaignDocument(id: string) {
  const [shared, setShared] = useState<SharedContent>();
  const [opened, setOpened] = useState<OpenedCampaign>();
  const [data, setData] = useState<CampaignDraft>();
  const [loadError, setLoadError] = useState<string>();
  const [notice, setNotice] = useState<DocumentNotice>();
  const [offerDraft, setOfferDraft] = useState<LocalDraft>();
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      const [content, campaign] = await Promise.all([
        sharedContent(),
        getJson<{ file: string; version: string; data: unknown; diagnostics: Finding[]; text: string }>(
          `/api/campaigns/${id}`,
        ),
      ]);
      setShared(content);
      if (campaign.data === null || typeof campaign.data !== "object") {
        const first = campaign.diagnostics.find((d) => d.severity === "error");
        setLoadError(
          `This campaign file cannot be opened in the builder${first ? `: line ${first.line}, column ${first.column}: ${first.message}` : ""}. Fix it in a text editor (${campaign.file}), then reload.`,
        );
        return;
      }
      // An object: the schema, through the findings, checks the rest.
      const loaded = campaign.data as CampaignDraft;
      setOpened({ file: campaign.file, version: campaign.version, data: loaded });
      setData(loaded);
      const draft = readDraft(id);
      if (draft && JSON.stringify(draft.data) !== JSON.stringify(loaded)) setOfferDraft(draft);
      else if (draft) localStorage.removeItem(draftKey(id));
    } catch (error) {
      setLoadError(
        error instanceof ApiError && error.status === 404
          ? `There is no campaign called “${id}”.`
          : (error as Error).message,
      );
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const dirty = Boolean(opened && data && JSON.stringify(opened.data) !== JSON.stringify(data));

  // Unsaved work is kept in this browser until it is saved, so a refused save or a closed tab loses nothing.
  useEffect(() => {
    if (!opened || !data) return;
    if (dirty) {
      localStorage.setItem(
        draftKey(id),
        JSON.stringify({
          baseVersion: opened.version,
          data,
          at: new Date().toISOString(),
        } satisfies LocalDraft),
      );
    }
  }, [data, dirty, id, opened]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    setLeaveWarning(
      dirty
        ? "This campaign has unsaved changes. They are kept in this browser, but not saved to the campaign file. Leave anyway?"
        : undefined,
    );
    return () => {
      window.removeEventListener("beforeunload", warn);
      setLeaveWarning(undefined);
    };
  }, [dirty]);

  /** Set one value of the edited data (`undefined` removes it). */
  const update = useCallback(
    (path: Segment[], value: unknown) => setData((current) => setIn(current, path, value)),
    [],
  );

  /** Save the edited data over the version it was loaded at; refused saves stay as the browser's draft. */
  async function save() {
    if (!opened || !data) return;
    setSaving(true);
    setNotice(undefined);
    try {
      const result = await sendJson<{ version: string; data: CampaignDraft; statusChanged: boolean }>(
        `/api/campaigns/${id}`,
        "PUT",
        {
          version: opened.version,
          data,
        },
      );
      setOpened({ ...opened, version: result.version, data: result.data });
      setData(result.data);
      // The draft is shared by every tab of this campaign: clear it only if it is what this tab just saved,
      // so another tab's unsaved typing stays in this browser.
      const stored = readDraft(id);
      if (!stored || JSON.stringify(stored.data) === JSON.stringify(data))
        localStorage.removeItem(draftKey(id));
      setNotice({
        kind: "success",
        text: result.statusChanged
          ? "Saved. The content changed, so the campaign went back to review."
          : "Saved.",
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setNotice({ kind: "error", text: error.message, conflict: true });
      } else if (error instanceof ApiError && error.status === 422) {
        setNotice({
          kind: "error",
          text: `Not saved: ${error.message}. Your changes are kept as a draft in this browser.`,
          findings: error.body.diagnostics ?? [],
        });
      } else {
        setNotice({
          kind: "error",
          text: `Not saved: ${(error as Error).message}. Your changes are kept as a draft in this browser.`,
        });
      }
    } finally {
      setSaving(false);
    }
  }

  /** Submit for review, approve (`by` names the reviewer) or move back to draft, on the saved version. */
  async function changeStatus(status: string, by?: string) {
    if (!opened) return;
    setNotice(undefined);
    try {
      const result = await sendJson<{ version: string; data: CampaignDraft }>(
        `/api/campaigns/${id}/status`,
        "POST",
        {
          version: opened.version,
          status,
          ...(by ? { by } : {}),
        },
      );
      setOpened({ ...opened, version: result.version, data: result.data });
      setData(result.data);
      const messages: Record<string, string> = {
        "in-review": "Submitted for review.",
        approved: `Approved by ${by}. The approval is recorded in the campaign file.`,
        draft: "Moved back to draft.",
      };
      setNotice({ kind: "success", text: messages[status] ?? "Status changed." });
    } catch (error) {
      const e = error as ApiError;
      setNotice({
        kind: "error",
        text: e.message,
        ...(e.body?.diagnostics ? { findings: e.body.diagnostics } : {}),
        conflict: e.status === 409,
      });
    }
  }

  /**
   * The file changed through review (a stage approved the campaign or sent it back to draft): read it
   * again. Deciding a stage needs no unsaved changes, so there are none to keep.
   */
  async function refresh() {
    try {
      const campaign = await getJson<{ version: string; data: unknown }>(`/api/campaigns/${id}`);
      if (!opened || campaign.data === null || typeof campaign.data !== "object") return;
      setOpened({ ...opened, version: campaign.version, data: campaign.data as CampaignDraft });
      setData(campaign.data as CampaignDraft);
    } catch (error) {
      setNotice({ kind: "error", text: (error as Error).message });
    }
  }

  /**
   * After a conflict: load the file as it is now, keeping this tab's unsaved changes as the browser's draft
   * (another tab may have saved and cleared it), so they are offered back to compare and restore.
   */
  function loadCurrentVersion() {
    if (opened && data && dirty)
      localStorage.setItem(
        draftKey(id),
        JSON.stringify({
          baseVersion: opened.version,
          data,
          at: new Date().toISOString(),
        } satisfies LocalDraft),
      );
    setOpened(undefined);
    setNotice(undefined);
    void load();
  }

  /** Put the browser's unsaved changes back over the file as it is now. */
  function restoreDraft() {
    if (!offerDraft || !opened) return;
    setData(restoredDraft(offerDraft.data, opened.data));
    setOfferDraft(undefined);
  }

  function discardDraft() {
    localStorage.removeItem(draftKey(id));
    setOfferDraft(undefined);
  }

  return {
    /** The library and partner kits, as files for the in-browser loader. */
    shared,
    opened,
    /** The edited data (what the form and preview show). */
    data,
    dirty,
    saving,
    loadError,
    notice,
    /** Unsaved changes from an earlier visit, offered until restored or discarded. */
    offerDraft,
    update,
    save,
    changeStatus,
    refresh,
    loadCurrentVersion,
    restoreDraft,
    discardDraft,
  };
}
