import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { evaluateCampaign, loadShared, type SharedContent } from "../../shared/evaluate.js";
import { where } from "../../shared/field-names.js";
import type { Finding } from "../../shared/findings.js";
import { type Segment, setIn } from "../../shared/paths.js";
import { ApiError, getJson, sendJson } from "../api.js";
import { formatWhen } from "../campaign-list.js";
import type { CampaignPanelProps } from "../partner-select.js";
import { linkHandler, setLeaveWarning } from "../router.js";
import { StatusBadge } from "../status.js";
import { Checklist } from "./checklist.js";
import { CampaignDetails, MaterialEditor } from "./details.js";
import { ExportPanel } from "./export-panel.js";
import type { Data, EditorContext } from "./model.js";

const Preview = lazy(() => import("../preview/preview.js"));
const SendPanel = lazy(() => import("../send-panel.js"));

let sharedPromise: Promise<SharedContent> | undefined;
function sharedContent(): Promise<SharedContent> {
  sharedPromise ??= getJson<SharedContent>("/api/content");
  return sharedPromise;
}

interface Opened {
  file: string;
  version: string;
  data: Data;
}

interface LocalDraft {
  baseVersion: string;
  data: Data;
  at: string;
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

type Tab = "preview" | "export" | "send";

/**
 * A draft's content over the file as it is now. Status and approval are not content: they stay as the
 * file records them (they change only through review and approval).
 */
function restoredDraft(draft: Data, current: Data): Data {
  const { status: _status, approval: _approval, ...content } = draft;
  return {
    ...content,
    status: current.status,
    ...(current.approval ? { approval: current.approval } : {}),
  };
}

export default function EditorPage({ id }: { id: string }) {
  const [shared, setShared] = useState<SharedContent>();
  const [opened, setOpened] = useState<Opened>();
  const [data, setData] = useState<Data>();
  const [loadError, setLoadError] = useState<string>();
  const [notice, setNotice] = useState<{
    kind: "error" | "info" | "success";
    text: string;
    findings?: Finding[];
    conflict?: boolean;
  }>();
  const [offerDraft, setOfferDraft] = useState<LocalDraft>();
  const [material, setMaterial] = useState(0);
  // One partner choice for the preview, export and send tabs: what was previewed is what gets sent.
  const [partnerId, setPartnerId] = useState<string>();
  const [tab, setTab] = useState<Tab>("preview");
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      const [content, campaign] = await Promise.all([
        sharedContent(),
        getJson<Opened & { diagnostics: Finding[]; text: string }>(`/api/campaigns/${id}`),
      ]);
      setShared(content);
      if (campaign.data === null || typeof campaign.data !== "object") {
        const first = campaign.diagnostics.find((d) => d.severity === "error");
        setLoadError(
          `This campaign file cannot be opened in the builder${first ? `: line ${first.line}, column ${first.column}: ${first.message}` : ""}. Fix it in a text editor (${campaign.file}), then reload.`,
        );
        return;
      }
      setOpened({ file: campaign.file, version: campaign.version, data: campaign.data });
      setData(campaign.data);
      const draft = readDraft(id);
      if (draft && JSON.stringify(draft.data) !== JSON.stringify(campaign.data)) setOfferDraft(draft);
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

  const sharedLoaded = useMemo(() => (shared ? loadShared(shared) : undefined), [shared]);
  const evaluation = useMemo(
    () => (shared && opened && data ? evaluateCampaign(shared, opened.file, data) : undefined),
    [shared, opened, data],
  );
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

  const update = useCallback(
    (path: Segment[], value: unknown) => setData((current: Data) => setIn(current, path, value)),
    [],
  );

  async function save() {
    if (!opened || !data) return;
    setSaving(true);
    setNotice(undefined);
    try {
      const result = await sendJson<{ version: string; data: Data; statusChanged: boolean }>(
        `/api/campaigns/${id}`,
        "PUT",
        {
          version: opened.version,
          data,
        },
      );
      setOpened({ ...opened, version: result.version, data: result.data });
      setData(result.data);
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

  async function changeStatus(status: string, by?: string) {
    if (!opened) return;
    setNotice(undefined);
    try {
      const result = await sendJson<{ version: string; data: Data }>(`/api/campaigns/${id}/status`, "POST", {
        version: opened.version,
        status,
        ...(by ? { by } : {}),
      });
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

  if (loadError) {
    return (
      <section>
        <h1>Cannot open this campaign</h1>
        <p className="notice notice--error" role="alert">
          {loadError}
        </p>
        <p>
          <a href="/" onClick={linkHandler("/")}>
            Back to the campaign list
          </a>
        </p>
      </section>
    );
  }
  if (!opened || !data || !evaluation || !sharedLoaded)
    return <p className="loading">Loading the campaign…</p>;

  const kits = sharedLoaded.partners.map((p) => p.partner);
  // The export and send panels work on the saved campaign; the preview follows the edits.
  const panelProps: CampaignPanelProps = {
    id,
    data: opened.data,
    dirty,
    partners: kits,
    partnerId,
    onPartnerChange: setPartnerId,
  };
  const ctx: EditorContext = {
    data,
    library: sharedLoaded.library,
    partners: kits.map((kit) => ({ id: kit.id, name: kit.name })),
    findings: evaluation.findings,
    update,
  };
  const savedStatus: string = opened.data.status;
  const wasApproved = savedStatus === "approved";
  const tabs: { id: Tab; label: string }[] = [
    { id: "preview", label: "Preview" },
    { id: "export", label: "Export" },
    { id: "send", label: "Send" },
  ];

  return (
    <div className="editor">
      <div className="editor-head">
        <p className="breadcrumb">
          <a href="/" onClick={linkHandler("/")}>
            Campaigns
          </a>{" "}
          /
        </p>
        <div className="editor-head__row">
          <h1>{data.title || id}</h1>
          <StatusBadge status={savedStatus} />
        </div>
        {opened.data.approval ? (
          <p className="approval">
            Approved by {opened.data.approval.by} on{" "}
            <time dateTime={opened.data.approval.at}>{formatWhen(opened.data.approval.at)}</time>
          </p>
        ) : null}
        <div className="toolbar">
          <button type="button" className="button button--primary" onClick={save} disabled={!dirty || saving}>
            {saving ? "Saving…" : dirty ? "Save changes" : "Saved"}
          </button>
          <StatusActions
            status={savedStatus}
            dirty={dirty}
            errors={evaluation.errors}
            onChange={changeStatus}
          />
          <span className="toolbar__state" aria-live="polite">
            {dirty ? "Unsaved changes (kept in this browser)" : "All changes saved"}
          </span>
        </div>
        {dirty && wasApproved ? (
          <p className="notice notice--info">
            This campaign is approved. Saving these changes will send it back to review.
          </p>
        ) : null}
        {offerDraft ? (
          <div className="notice notice--info" role="status">
            <p>
              This browser has unsaved changes to this campaign from {formatWhen(offerDraft.at)}.
              {offerDraft.baseVersion !== opened.version
                ? " The file has changed since then: restoring replaces those changes when you save."
                : ""}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setData(restoredDraft(offerDraft.data, opened.data));
                  setOfferDraft(undefined);
                }}
              >
                Restore my changes
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  localStorage.removeItem(draftKey(id));
                  setOfferDraft(undefined);
                }}
              >
                Discard them
              </button>
            </div>
          </div>
        ) : null}
        <div aria-live="polite">
          {notice ? (
            <div
              className={`notice notice--${notice.kind}`}
              role={notice.kind === "error" ? "alert" : "status"}
            >
              <p>{notice.text}</p>
              {notice.findings?.length ? (
                <ul>
                  {notice.findings.map((f, i) => (
                    <li key={`${f.path}-${i}`}>
                      {where(f.path) || "campaign"}: {f.message}
                    </li>
                  ))}
                </ul>
              ) : null}
              {notice.conflict ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setOpened(undefined);
                    setNotice(undefined);
                    void load();
                  }}
                >
                  Load the current version
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
      <div className="editor-grid">
        <form
          className="editor-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          aria-label="Campaign content"
        >
          <CampaignDetails ctx={ctx} />
          <MaterialEditor
            ctx={ctx}
            index={Math.min(material, (data.materials?.length ?? 1) - 1)}
            onSelect={setMaterial}
          />
        </form>
        <div className="side">
          <Checklist
            findings={evaluation.findings}
            dirty={dirty}
            approved={opened.data.status === "approved"}
            onSelectMaterial={setMaterial}
          />
          <section className="panel side-tabs" aria-label="Preview, export and send">
            <div role="tablist" aria-label="Campaign views" className="tabs">
              {tabs.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  id={`tab-${t.id}`}
                  aria-selected={tab === t.id}
                  aria-controls={`tabpanel-${t.id}`}
                  tabIndex={tab === t.id ? 0 : -1}
                  onClick={() => setTab(t.id)}
                  onKeyDown={(e) => {
                    const index = tabs.findIndex((x) => x.id === t.id);
                    const next =
                      e.key === "ArrowRight" ? index + 1 : e.key === "ArrowLeft" ? index - 1 : undefined;
                    if (next === undefined) return;
                    const target = tabs[(next + tabs.length) % tabs.length]!;
                    setTab(target.id);
                    document.getElementById(`tab-${target.id}`)?.focus();
                  }}
                >
                  {t.label}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
              <Suspense fallback={<p className="loading">Loading…</p>}>
                {tab === "preview" ? (
                  <Preview
                    campaignId={id}
                    data={data}
                    content={evaluation.content}
                    partners={kits}
                    library={sharedLoaded.library}
                    materialIndex={material}
                    onSelectMaterial={setMaterial}
                    partnerId={partnerId}
                    onPartnerChange={setPartnerId}
                  />
                ) : null}
                {tab === "export" ? <ExportPanel {...panelProps} /> : null}
                {tab === "send" ? <SendPanel {...panelProps} /> : null}
              </Suspense>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}

function StatusActions({
  status,
  dirty,
  errors,
  onChange,
}: {
  status: string;
  dirty: boolean;
  errors: number;
  onChange: (status: string, by?: string) => void;
}) {
  const [approving, setApproving] = useState(false);
  const [name, setName] = useState(() => localStorage.getItem("chorus-reviewer") ?? "");
  const nameId = useId();
  const reasonId = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (approving) first.current?.focus();
  }, [approving]);
  const blocked = dirty
    ? "Save your changes first."
    : errors > 0
      ? `Fix the ${errors} error${errors === 1 ? "" : "s"} in the checklist first.`
      : "";
  if (status === "draft") {
    return (
      <>
        <button
          type="button"
          className="button"
          disabled={Boolean(dirty)}
          aria-describedby={dirty ? reasonId : undefined}
          onClick={() => onChange("in-review")}
        >
          Submit for review
        </button>
        {dirty ? (
          <span id={reasonId} className="hint">
            Save your changes first.
          </span>
        ) : null}
      </>
    );
  }
  if (status === "in-review") {
    return (
      <>
        {approving ? (
          <form
            className="approve-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!name.trim()) return;
              localStorage.setItem("chorus-reviewer", name.trim());
              setApproving(false);
              onChange("approved", name.trim());
            }}
          >
            <label htmlFor={nameId}>Approved by (your name)</label>
            <input
              id={nameId}
              ref={first}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
              required
            />
            <button type="submit" className="button button--primary" disabled={!name.trim()}>
              Confirm approval
            </button>
            <button type="button" className="button" onClick={() => setApproving(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="button"
            aria-disabled={blocked ? "true" : undefined}
            aria-describedby={blocked ? reasonId : undefined}
            onClick={() => !blocked && setApproving(true)}
          >
            Approve…
          </button>
        )}
        <button type="button" className="button" onClick={() => onChange("draft")}>
          Back to draft
        </button>
        {blocked ? (
          <span id={reasonId} className="hint">
            Approval: {blocked}
          </span>
        ) : null}
      </>
    );
  }
  return (
    <button type="button" className="button" disabled={dirty} onClick={() => onChange("draft")}>
      Back to draft
    </button>
  );
}
