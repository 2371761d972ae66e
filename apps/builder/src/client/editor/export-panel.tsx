import { useState } from "react";
import { download } from "../api.js";
import { type CampaignPanelProps, emailMaterials, PartnerSelect, panelPartner } from "../partner-select.js";
import { ArtworkSection } from "./artwork-section.js";

/**
 * Downloads of the saved campaign: the whole kit for one partner, one email as HTML/TXT/EML, and its graphics
 * and printed materials one by one.
 */
export function ExportPanel(props: CampaignPanelProps) {
  const { id, data, dirty, onPartnerChange } = props;
  const { allowed, partner } = panelPartner(props);
  const partnerId = partner?.id ?? "";
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string }>();
  const [makingKit, setMakingKit] = useState(false);
  const emails = emailMaterials(data);
  const approved = data.status === "approved";
  async function get(url: string) {
    setStatus(undefined);
    try {
      const name = await download(url);
      setStatus({ kind: "success", text: `Downloaded ${name}.` });
    } catch (error) {
      setStatus({ kind: "error", text: (error as Error).message });
    }
  }
  return (
    <div className="export">
      <h3>Export</h3>
      {dirty ? (
        <p className="notice notice--warning">
          Exports use the saved version. Save your changes to include them.
        </p>
      ) : null}
      {!approved ? (
        <p className="notice notice--info">
          This campaign is not approved yet, so exported emails are marked “[PROOF]”.
        </p>
      ) : null}
      <PartnerSelect partners={allowed} value={partnerId} onChange={onPartnerChange} />
      <p>
        <button
          type="button"
          className="button button--primary"
          onClick={async () => {
            setMakingKit(true);
            await get(`/api/campaigns/${id}/kit?partner=${partnerId}`);
            setMakingKit(false);
          }}
        >
          Download the whole kit (.zip)
        </button>
      </p>
      <p className="hint">
        Every email as HTML, plain text and .eml, every social post with its image, the social media cards,
        printed materials and web banners below, talking points and citations, with a manifest.json listing
        them.
      </p>
      <h4>One email</h4>
      <ul className="export__emails">
        {emails.map((m) => (
          <li key={m.id}>
            <span className="export__name">{m.title || m.subject}</span>
            <span className="button-row">
              {(["html", "txt", "eml"] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button--small"
                  onClick={() => get(`/api/campaigns/${id}/emails/${m.id}/${format}?partner=${partnerId}`)}
                >
                  {format.toUpperCase()}
                  <span className="visually-hidden"> of {m.title || m.subject}</span>
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className={status ? `notice notice--${status.kind}` : undefined}>
        {status?.text}
      </p>
      {partnerId ? (
        <ArtworkSection
          id={id}
          partnerId={partnerId}
          locales={data.locales ?? []}
          saved={data}
          paused={makingKit}
        />
      ) : null}
    </div>
  );
}
