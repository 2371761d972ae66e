import type { PartnerKit } from "@chorus/content";
import { useId } from "react";
import type { CampaignDraft, MaterialDraft } from "./editor/model.js";

/** The partner chosen in the preview, export and send panels: one choice, kept across the tabs. */
export interface PartnerChoice {
  partnerId: string | undefined;
  onPartnerChange: (partnerId: string) => void;
}

/** What the export and send panels get from the editor: the saved campaign and the brand kits. */
export interface CampaignPanelProps extends PartnerChoice {
  id: string;
  data: CampaignDraft;
  dirty: boolean;
  partners: PartnerKit[];
}

/** The campaign's email materials (the ones that can be exported or sent). */
export function emailMaterials(data: CampaignDraft): Extract<MaterialDraft, { kind: "email" }>[] {
  return (data.materials ?? []).filter(
    (m): m is Extract<MaterialDraft, { kind: "email" }> => m?.kind === "email",
  );
}

/** The partners a campaign may be sent or exported for: the ones it names, or all when it names none. */
export function allowedPartners(data: CampaignDraft, partners: PartnerKit[]): PartnerKit[] {
  const named = data.partners ?? [];
  return named.length ? partners.filter((p) => named.includes(p.id)) : partners;
}

/** The chosen partner if the campaign allows it, else the first one it allows. */
export function chosenPartner(allowed: PartnerKit[], partnerId: string | undefined): PartnerKit | undefined {
  return allowed.find((p) => p.id === partnerId) ?? allowed[0];
}

/** The partners a panel offers and the one chosen (the campaign's first allowed one by default). */
export function panelPartner({
  data,
  partners,
  partnerId,
}: Pick<CampaignPanelProps, "data" | "partners" | "partnerId">) {
  const allowed = allowedPartners(data, partners);
  return { allowed, partner: chosenPartner(allowed, partnerId) };
}

/** A labelled choice of partner, used by the preview, export and send panels. */
export function PartnerSelect({
  partners,
  value,
  onChange,
}: {
  partners: PartnerKit[];
  value: string;
  onChange: (partnerId: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Partner</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
