import {
  type Campaign,
  type Fact,
  factsShownBy,
  type Library,
  type Locale,
  localized,
  type Material,
  type Resource,
} from "@chorus/content";
import { mentionsSuicideOrCrisis } from "@chorus/language";

/**
 * What a social card says, as `@chorus/graphics` draws it (its `CardContent`): a fact with its figure and
 * short source, a key message, a call to action, or a crisis resource.
 */
export type CardText =
  | { kind: "fact"; figure: string; statement: string; source: string; crisisLine?: string }
  | { kind: "key-message"; text: string; crisisLine?: string }
  | { kind: "call-to-action"; text: string; action: string; url: string; crisisLine?: string }
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
export function resourceContact(resource: Resource, locale: Locale): string | undefined {
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
export function resourcesListedBy(material: Material): string[] {
  if (material.kind !== "email" && material.kind !== "fact-sheet") return [];
  return material.blocks.flatMap((block) => (block.type === "resource-list" ? block.resources : []));
}

/**
 * The crisis line a card about suicide or a crisis carries: the first crisis line the campaign lists in this
 * language, or else the library's first that answers in it ("Call or text 988 · 988 Suicide & Crisis
 * Lifeline"), with the numbers that name it.
 */
function crisisLineFor(
  words: CampaignWords,
  library: Library,
  locale: Locale,
): { text: string; numbers: string[] } | undefined {
  const answers = (r: Resource) =>
    r.kind === "crisis" && r.serves.includes(locale) && resourceContact(r, locale);
  const resource = words.resources.find(answers) ?? library.resources.find(answers);
  if (!resource) return undefined;
  const numbers = [resource.phone, resource.sms?.number].filter((n): n is string => Boolean(n));
  return { text: `${resourceContact(resource, locale)} · ${localized(resource.name, locale)}`, numbers };
}

/** What a campaign says in one of its languages, from its materials in that language and its library. */
export interface CampaignWords {
  /** Library facts its materials show, each once, in the order they first appear. */
  facts: Fact[];
  /** Its key messages in this language: the library's translated, its own only in its first language. */
  keyMessages: { id: string; text: string; title?: string }[];
  /**
   * Its calls to action in this language: those its materials in this language lead to, or all of them
   * when the campaign has one language (a call to action has no language of its own).
   */
  callsToAction: Campaign["callsToAction"];
  /** Library resources its materials list, each once, in order. */
  resources: Resource[];
  /** The campaign's lead in this language, or its title. */
  lead: string;
}

export function campaignWords(campaign: Campaign, library: Library, locale: Locale): CampaignWords {
  const materials = campaign.materials.filter((m) => m.locale === locale);
  const byId = <T extends { id: string }>(items: readonly T[], ids: readonly string[]) =>
    [...new Set(ids)].flatMap((id) => items.filter((item) => item.id === id));
  const keyMessages = campaign.keyMessages.flatMap((entry) => {
    // A message written for this campaign only is in its first language, without a title; the library's
    // are in each.
    if (typeof entry !== "string")
      return locale === campaign.locales[0] ? [{ id: entry.id, text: entry.text }] : [];
    const shared = library.keyMessages.find((m) => m.id === entry);
    return shared
      ? [{ id: entry, text: localized(shared.text, locale), title: localized(shared.title, locale) }]
      : [];
  });
  const ctaIds = new Set(
    materials.flatMap((m) =>
      m.kind === "email" || m.kind === "fact-sheet"
        ? m.blocks.flatMap((block) => (block.type === "call-to-action" ? [block.cta] : []))
        : [],
    ),
  );
  const callsToAction =
    campaign.locales.length === 1
      ? campaign.callsToAction
      : campaign.callsToAction.filter((c) => ctaIds.has(c.id));
  return {
    facts: byId(library.facts, materials.flatMap(factsShownBy)),
    keyMessages,
    callsToAction,
    resources: byId(library.resources, materials.flatMap(resourcesListedBy)),
    lead: campaign.lead ? localized(campaign.lead, locale) : campaign.title,
  };
}

/**
 * The social cards a campaign's kit carries in `locale`, derived from its approved content with no extra
 * writing: a card for each fact its materials show, each key message, each call to action, and each crisis
 * line it lists. Their words are the content's own, already checked (facts with their citations, key
 * messages through the language checks), so a card says nothing the campaign does not.
 */
export function campaignCards(campaign: Campaign, library: Library, locale: Locale): CampaignCard[] {
  if (!campaign.locales.includes(locale)) return [];
  const words = campaignWords(campaign, library, locale);
  const line = crisisLineFor(words, library, locale);
  // Safe messaging: words about suicide or a crisis carry a crisis line, unless they already name its number.
  const withLine = <T extends CardText>(content: T, ...texts: string[]): T => {
    const said = texts.join(" ");
    return line && mentionsSuicideOrCrisis(said, locale) && !line.numbers.some((n) => said.includes(n))
      ? { ...content, crisisLine: line.text }
      : content;
  };
  const cards: CampaignCard[] = [];
  for (const fact of words.facts) {
    cards.push({
      id: `fact-${fact.id}`,
      locale,
      content: withLine(
        {
          kind: "fact",
          figure: fact.value,
          statement: localized(fact.statement, locale),
          source: `${fact.citation.publisher}, ${fact.citation.year}`,
        },
        localized(fact.statement, locale),
      ),
    });
  }
  for (const { id, text } of words.keyMessages) {
    cards.push({ id: `message-${id}`, locale, content: withLine({ kind: "key-message", text }, text) });
  }
  for (const cta of words.callsToAction) {
    cards.push({
      id: `cta-${cta.id}`,
      locale,
      content: withLine(
        { kind: "call-to-action", text: words.lead, action: cta.label, url: cta.url },
        words.lead,
        cta.label,
      ),
    });
  }
  for (const resource of words.resources) {
    if (resource.kind !== "crisis") continue;
    const contact = resourceContact(resource, locale);
    if (!contact) continue;
    cards.push({
      id: `resource-${resource.id}`,
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
