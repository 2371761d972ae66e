import {
  type Campaign,
  factsShownBy,
  type Library,
  type Locale,
  localized,
  type Material,
} from "@chorus/content";

/**
 * What a social card says, as `@chorus/graphics` draws it (its `CardContent`): a fact with its figure and
 * short source, a key message, a call to action, or a crisis resource.
 */
export type CardText =
  | { kind: "fact"; figure: string; statement: string; source: string }
  | { kind: "key-message"; text: string }
  | { kind: "call-to-action"; text: string; action: string; url: string }
  | { kind: "crisis-resource"; name: string; contact: string; description: string; url?: string };

/** One card of a campaign in one language: where its words come from, and the words. */
export interface CampaignCard {
  /** Unique in the campaign and stable across builds: `fact-<id>`, `message-<id>`, `cta-<id>`, `resource-<id>`. */
  id: string;
  locale: Locale;
  content: CardText;
}

const CONTACT = {
  en: {
    callOrText: (n: string) => `Call or text ${n}`,
    call: (n: string) => `Call ${n}`,
    text: (n: string) => `Text ${n}`,
  },
  es: {
    callOrText: (n: string) => `Llama o envía un mensaje de texto al ${n}`,
    call: (n: string) => `Llama al ${n}`,
    text: (n: string) => `Envía un mensaje de texto al ${n}`,
  },
} as const;

/** How to reach a resource, in words: "Call or text 988", "Call 988 or text AYUDA to 988". */
export function resourceContact(resource: Library["resources"][number], locale: Locale): string | undefined {
  const words = CONTACT[locale];
  const { phone, sms } = resource;
  const keyword =
    sms && (typeof sms.keyword === "string" ? sms.keyword : (sms.keyword?.[locale] ?? undefined));
  if (phone && sms && sms.number === phone.replace(/\D/g, "") && !keyword) return words.callOrText(phone);
  const parts: string[] = [];
  if (phone) parts.push(words.call(phone));
  if (sms)
    parts.push(
      keyword
        ? locale === "es"
          ? `Envía ${keyword} al ${sms.number}`
          : `Text ${keyword} to ${sms.number}`
        : words.text(sms.number),
    );
  // "Call 988 or text AYUDA to 988": the second part goes on in lower case.
  return parts.length
    ? parts
        .map((part, i) => (i === 0 ? part : part[0]!.toLowerCase() + part.slice(1)))
        .join(locale === "es" ? " o " : " or ")
    : undefined;
}

/** The library resources a material lists (its resource-list blocks), each once, in order. */
function resourcesListedBy(material: Material): string[] {
  if (material.kind !== "email" && material.kind !== "fact-sheet") return [];
  return material.blocks.flatMap((block) => (block.type === "resource-list" ? block.resources : []));
}

/**
 * The social cards a campaign's kit carries in `locale`, derived from its approved content with no extra
 * writing: a card for each fact its materials show, each key message, each call to action, and each crisis
 * line it lists. Their words are the content's own, already checked (facts with their citations, key
 * messages through the language checks), so a card says nothing the campaign does not.
 */
export function campaignCards(campaign: Campaign, library: Library, locale: Locale): CampaignCard[] {
  if (!campaign.locales.includes(locale)) return [];
  const materials = campaign.materials.filter((m) => m.locale === locale);
  const cards: CampaignCard[] = [];
  const factIds = [...new Set(materials.flatMap(factsShownBy))];
  for (const id of factIds) {
    const fact = library.facts.find((f) => f.id === id);
    if (!fact) continue;
    cards.push({
      id: `fact-${id}`,
      locale,
      content: {
        kind: "fact",
        figure: fact.value,
        statement: localized(fact.statement, locale),
        source: `${fact.citation.publisher}, ${fact.citation.year}`,
      },
    });
  }
  for (const entry of campaign.keyMessages) {
    // A message written for this campaign only is in its first language; the library's are in each.
    const text =
      typeof entry === "string"
        ? ((found) => found && localized(found.text, locale))(library.keyMessages.find((m) => m.id === entry))
        : locale === campaign.locales[0]
          ? entry.text
          : undefined;
    if (!text) continue;
    const id = typeof entry === "string" ? entry : entry.id;
    cards.push({ id: `message-${id}`, locale, content: { kind: "key-message", text } });
  }
  const lead = campaign.lead ? localized(campaign.lead, locale) : campaign.title;
  for (const cta of campaign.callsToAction) {
    cards.push({
      id: `cta-${cta.id}`,
      locale,
      content: { kind: "call-to-action", text: lead, action: cta.label, url: cta.url },
    });
  }
  const resourceIds = [...new Set(materials.flatMap(resourcesListedBy))];
  for (const id of resourceIds) {
    const resource = library.resources.find((r) => r.id === id);
    if (resource?.kind !== "crisis") continue;
    const contact = resourceContact(resource, locale);
    if (!contact) continue;
    cards.push({
      id: `resource-${id}`,
      locale,
      content: {
        kind: "crisis-resource",
        name: localized(resource.name, locale),
        contact,
        // Its hours, not its long description: a card has room for a line.
        description: localized(resource.hours, locale),
        ...(resource.url ? { url: resource.url } : {}),
      },
    });
  }
  return cards;
}
