import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { evaluateCampaign, loadShared } from "../../shared/evaluate.js";
import { where } from "../../shared/field-names.js";
import { formatWhen } from "../campaign-list.js";
import type { CampaignPanelProps } from "../partner-select.js";
import { linkHandler } from "../router.js";
import { StatusBadge } from "../status.js";
import { CampaignDetails } from "./campaign-details.js";
import { Checklist } from "./checklist.js";
import { draftChanges } from "./draft-diff.js";
import { ExportPanel } from "./export-panel.js";
import { fieldId } from "./fields.js";
import { MaterialEditor } from "./material-editor.js";
import type { EditorContext } from "./model.js";
import { MATERIAL_LABELS, type MaterialDraft } from "./model.js";
import { ReviewPanel } from "./review-panel.js";
import { StatusActions } from "./status-actions.js";
import { FixUndoContext, UndoFix, useUndoableFixes } from "./undo.js";
import { useCampaignDocument } from "./use-campaign-document.js";

const Preview = lazy(() => import("../preview/preview.js"));
const SendPanel = lazy(() => import("../send-panel.js"));

type Tab = "preview" | "export" | "send";

/**
 * One campaign: the form (details and materials) on the left; the checklist and the preview, export and
 * send tabs beside it. The file itself (load, save, conflicts, the browser's draft) is
 * `useCampaignDocument`'s; the page adds the checks, which follow every keystroke (decision 16).
 */
export default function EditorPage({
  id,
  can = { edit: true, approve: true, review: false },
  ownPartner,
}: {
  id: string;
  /** A partner's person previews, exports and sends as their own organization by default. */
  ownPartner?: string;
  /**
   * What the signed-in person may do (everything in local mode); the server checks again. `approve` is
   * local mode's approval by name; `review` is team mode's review panel (stages, comments, history).
   */
  can?: { edit: boolean; approve: boolean; review: boolean };
}) {
  const {
    shared,
    opened,
    data,
    dirty,
    saving,
    loadError,
    notice,
    offerDraft,
    update,
    save,
    changeStatus,
    refresh,
    loadCurrentVersion,
    restoreDraft,
    discardDraft,
  } = useCampaignDocument(id);
  const [material, setMaterial] = useState(0);
  // One partner choice for the preview, export and send tabs: what was previewed is what gets sent.
  const [partnerId, setPartnerId] = useState<string | undefined>(ownPartner);
  const [tab, setTab] = useState<Tab>("preview");
  // Every edit goes through `edit`, so a one-click fix can be undone until the next edit.
  const fixes = useUndoableFixes(data, update);

  // The window's title names the campaign (the tab strip and history show which one is open).
  const title = opened?.data.title || id;
  useEffect(() => {
    if (opened) document.title = `${title} · Edit campaign · Chorus campaign builder`;
  }, [opened, title]);

  // Ctrl+S (Cmd+S on a Mac) saves, as in every editor, instead of the browser saving the page.
  const saveKey = useRef<() => void>(() => {});
  saveKey.current = () => {
    if (can.edit && dirty && !saving) void save();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        saveKey.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const sharedLoaded = useMemo(() => (shared ? loadShared(shared) : undefined), [shared]);
  const evaluation = useMemo(
    () => (shared && opened && data ? evaluateCampaign(shared, opened.file, data) : undefined),
    [shared, opened, data],
  );
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
    update: fixes.edit,
  };
  const shownMaterial = Math.min(material, (data.materials?.length ?? 1) - 1);
  const savedStatus: string = opened.data.status;
  const wasApproved = savedStatus === "approved";
  const tabs: { id: Tab; label: string }[] = [
    { id: "preview", label: "Preview" },
    { id: "export", label: "Export" },
    { id: "send", label: "Send" },
  ];

  const checklist = (
    <Checklist
      findings={evaluation.findings}
      dirty={dirty}
      approved={opened.data.status === "approved"}
      onSelectMaterial={setMaterial}
    />
  );
  const reviewPanel = can.review ? (
    <ReviewPanel
      id={id}
      version={opened.version}
      data={opened.data}
      dirty={dirty}
      errors={evaluation.errors}
      canGoToFields={can.edit}
      onStatusChanged={() => void refresh()}
    />
  ) : null;
  /** The campaign as its readers get it: preview, export and send. */
  const views = (
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
              const next = e.key === "ArrowRight" ? index + 1 : e.key === "ArrowLeft" ? index - 1 : undefined;
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
  );

  return (
    <FixUndoContext.Provider value={fixes.willFix}>
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
              {opened.data.approval.stages?.length ? (
                opened.data.approval.stages.map((stage, i) => (
                  <span key={stage.id}>
                    {i > 0 ? "; " : ""}
                    {stage.title}: {stage.by}, <time dateTime={stage.at}>{formatWhen(stage.at)}</time>
                  </span>
                ))
              ) : (
                <>
                  Approved by {opened.data.approval.by} on{" "}
                  <time dateTime={opened.data.approval.at}>{formatWhen(opened.data.approval.at)}</time>
                </>
              )}
            </p>
          ) : null}
          {can.edit || can.approve ? (
            <div className="toolbar">
              {can.edit ? (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={save}
                  disabled={!dirty || saving}
                >
                  {saving ? "Saving…" : dirty ? "Save changes" : "Saved"}
                </button>
              ) : null}
              <StatusActions
                status={savedStatus}
                dirty={dirty}
                errors={evaluation.errors}
                approveHere={can.approve}
                onChange={changeStatus}
              />
              {can.edit ? (
                <span className="toolbar__state" aria-live="polite">
                  {dirty ? "Unsaved changes (kept in this browser)" : "All changes saved"}
                </span>
              ) : null}
            </div>
          ) : can.review ? (
            <p className="notice notice--info" hidden={savedStatus !== "in-review"}>
              You review this campaign: read it in the preview, comment on its fields in Review, and decide
              your stage there when it is your turn.
            </p>
          ) : (
            <p className="notice notice--info">
              This campaign is approved and shared as it is: preview it, export your kit, or send it to your
              clinicians. Its wording is changed by the collaborative.
            </p>
          )}
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
              <DraftComparison draft={offerDraft.data} current={opened.data} />
              <div className="button-row">
                <button type="button" className="button" onClick={restoreDraft}>
                  Restore my changes
                </button>
                <button type="button" className="button" onClick={discardDraft}>
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
                  <button type="button" className="button" onClick={loadCurrentVersion}>
                    Load the current version
                  </button>
                ) : null}
              </div>
            ) : null}
          </div>
        </div>
        {can.edit ? (
          <JumpLinks
            material={data.materials?.[shownMaterial]}
            index={shownMaterial}
            errors={evaluation.errors}
            tab={tab}
          />
        ) : null}
        {can.edit ? (
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
              <MaterialEditor ctx={ctx} index={shownMaterial} onSelect={setMaterial} />
            </form>
            {/* The author works down the form with the checks and the preview beside it; the review after. */}
            <div className="side">
              {checklist}
              {views}
              {reviewPanel}
            </div>
          </div>
        ) : can.review || can.approve ? (
          // A reviewer reads the campaign as its readers will, with the checks and the review beside it.
          <div className="editor-grid">
            <div>{views}</div>
            <div className="side">
              {checklist}
              {reviewPanel}
            </div>
          </div>
        ) : (
          <div className="editor-grid editor-grid--read">{views}</div>
        )}
        <UndoFix fix={fixes.fix} onUndo={fixes.undo} onDismiss={fixes.dismiss} />
      </div>
    </FixUndoContext.Provider>
  );
}

/** Move focus to a part of the page (a heading, a field or a tab) and bring it to the top of the view. */
function jumpTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.matches("a, button, input, select, textarea, [tabindex]")) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
}

/** The first field of a material's own text: what its author came to write. */
function firstTextField(material: MaterialDraft | undefined, index: number): string {
  const at = (...path: (string | number)[]) => fieldId(["materials", index, ...path]);
  switch (material?.kind) {
    case "email":
      return at("subject");
    case "fact-sheet":
      return at("heading");
    case "web-banner":
      return at("headline");
    default:
      return at("text");
  }
}

/**
 * Links to each part of the editor, first in its order: the email's text, the checklist and the preview
 * are one Tab and Enter away instead of fifty, and on a phone the checklist is reachable from the top.
 */
function JumpLinks({
  material,
  index,
  errors,
  tab,
}: {
  material: MaterialDraft | undefined;
  index: number;
  errors: number;
  tab: Tab;
}) {
  const links: [string, string][] = [
    ["details-heading", "Details"],
    ["key-messages-heading", "Key messages"],
    ["materials-heading", "Materials"],
    ...(material
      ? [
          [
            firstTextField(material, index),
            `Text of this ${(MATERIAL_LABELS[material.kind ?? ""] ?? "material").toLowerCase()}`,
          ] as [string, string],
        ]
      : []),
    ["checklist-heading", errors ? `Checklist (${errors} error${errors === 1 ? "" : "s"})` : "Checklist"],
    [`tab-${tab}`, "Preview, export and send"],
  ];
  return (
    <nav className="jump-links" aria-label="Parts of this campaign">
      <ul className="jump-links__list">
        {links.map(([id, label]) => (
          <li key={id}>
            <a
              className="jump-links__link"
              href={`#${id}`}
              onClick={(e) => {
                e.preventDefault();
                jumpTo(id);
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What a kept draft would change in the file as it is now, to compare before restoring it. */
function DraftComparison({ draft, current }: { draft: unknown; current: unknown }) {
  const { changes, more } = draftChanges(draft, current);
  if (changes.length === 0) return null;
  return (
    <details className="draft-compare">
      <summary>
        Compare: {changes.length + more} {changes.length + more === 1 ? "field differs" : "fields differ"}{" "}
        from the file now
      </summary>
      <dl>
        {changes.map((change) => (
          <div key={change.field} className="draft-compare__field">
            <dt>{change.field}</dt>
            {change.yours !== undefined ? (
              <>
                <dd>
                  <span className="draft-compare__label">Your changes:</span> {change.yours}
                </dd>
                <dd>
                  <span className="draft-compare__label">In the file now:</span> {change.theirs}
                </dd>
              </>
            ) : (
              <dd>Changed (a block or list was added, removed or rearranged)</dd>
            )}
          </div>
        ))}
      </dl>
      {more > 0 ? <p>And {more} more.</p> : null}
    </details>
  );
}
