import fixtures from "virtual:chorus-fixtures";
import type { Block, Campaign, Material } from "@chorus/content";
import { type LockupBrand, lockupBrandFromKit } from "../partner-lockup/partner-lockup.js";

/** Real content from campaigns/ for stories: look things up by id so stories break loudly if it moves. */
function byId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id);
  if (!found)
    throw new Error(
      `Story fixture: no ${what} "${id}" in campaigns/ (have: ${list.map((i) => i.id).join(", ")})`,
    );
  return found;
}

export const library = fixtures.library;
export const keyMessage = (id: string) => byId(library.keyMessages, id, "key message");
export const fact = (id: string) => byId(library.facts, id, "fact");
export const definition = (id: string) => byId(library.definitions, id, "definition");
export const resource = (id: string) => byId(library.resources, id, "resource");
export const campaign = (id: string): Campaign => byId(fixtures.campaigns, id, "campaign");
export const partnerKit = (id: string) =>
  byId(
    fixtures.partners.map((p) => p.kit),
    id,
    "partner",
  );

export function brand(id: string): LockupBrand {
  const entry = fixtures.partners.find((p) => p.kit.id === id);
  if (!entry) throw new Error(`Story fixture: no partner "${id}" in campaigns/_partners`);
  return lockupBrandFromKit(entry.kit, entry.logo);
}

export const collaborativeId =
  fixtures.partners.find((p) => p.kit.kind === "collaborative")?.kit.id ?? "collaborative";

/** The co-branding partner for a toolbar choice: the selected partner, or the first non-collaborative kit. */
export function partnerFor(selected: unknown): LockupBrand {
  const id =
    typeof selected === "string" && selected !== collaborativeId
      ? selected
      : (fixtures.partners.find((p) => p.kit.kind !== "collaborative")?.kit.id ?? collaborativeId);
  return brand(id);
}

export type WebBannerMaterial = Extract<Material, { kind: "web-banner" }>;
export const webBanners: WebBannerMaterial[] = fixtures.campaigns.flatMap((c) =>
  c.materials.filter((m): m is WebBannerMaterial => m.kind === "web-banner"),
);

export type QuoteBlock = Extract<Block, { type: "quote" }>;
export const quotes: QuoteBlock[] = fixtures.campaigns.flatMap((c) =>
  c.materials
    .flatMap((m) => ("blocks" in m ? m.blocks : []))
    .filter((b): b is QuoteBlock => b.type === "quote"),
);
