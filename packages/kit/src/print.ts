import {
  type Campaign,
  citationText,
  type Fact,
  factsShownBy,
  type Library,
  type Locale,
  localized,
  type Material,
  type PartnerKit,
  type Resource,
} from "@chorus/content";
import type { FactSheetContent, FlyerContent, PageSize, PosterContent, PrintResource } from "@chorus/print";
import { type CampaignWords, campaignWords, resourceContact, resourcesListedBy } from "./cards.js";

interface PrintBase {
  /** Unique in the campaign per locale, and the start of its files' names: `poster`, `fact-sheet-<material>`. */
  id: string;
  locale: Locale;
  /** The PDF's title, and how the builder and the kit's manifest name it. */
  title: string;
  /** The paper sizes it is printed at, each its own PDF. */
  sizes: readonly PageSize[];
}

/** A printed material of a campaign in one language: what it is, and the words @chorus/print lays out. */
export type CampaignPrint =
  | (PrintBase & { kind: "poster"; content: PosterContent })
  | (PrintBase & { kind: "flyer"; content: FlyerContent })
  | (PrintBase & {
      kind: "fact-sheet";
      /** The fact-sheet material it prints; none for the sheet made from the campaign as a whole. */
      material?: string;
      content: FactSheetContent;
    });

/** The paper sizes of each printed layout: posters up to 11×17, flyers and fact sheets for a desk printer. */
export const PRINT_SIZES = {
  poster: ["letter", "a4", "tabloid"],
  flyer: ["letter", "a4"],
  "fact-sheet": ["letter", "a4"],
} as const satisfies Record<CampaignPrint["kind"], readonly PageSize[]>;

/** How many of each a printed page has room for; the rest stay in the emails and the kit's talking points. */
const ON_A_FLYER = 4;
const ON_A_SHEET = { facts: 3, keyMessages: 4 } as const;

const WORDS = {
  en: { poster: "Poster", flyer: "Flyer", sheet: "Fact sheet" },
  es: { poster: "Póster", flyer: "Volante", sheet: "Hoja informativa" },
} as const satisfies Record<Locale, Record<string, string>>;

/** A fact's full citation as printed under it: authors, title, publisher, year and address. */
export function citationLine(fact: Fact): string {
  return `${citationText(fact.citation)} ${fact.citation.url}`;
}

function printedResource(resource: Resource, locale: Locale): PrintResource | undefined {
  const contact = resourceContact(resource, locale);
  if (!contact) return undefined;
  return {
    name: localized(resource.name, locale),
    contact,
    description: localized(resource.hours, locale),
  };
}

/** The crisis line a poster or flyer prints: the first its materials list in this language. */
function crisisLine(words: CampaignWords, locale: Locale): PrintResource | undefined {
  const resource = words.resources.find((r) => r.kind === "crisis" && r.serves.includes(locale));
  return resource ? printedResource(resource, locale) : undefined;
}

/**
 * A printed heading and title: the campaign's title in its first language (it has no other), and in another
 * the title of its first key message.
 */
function headingOf(campaign: Campaign, words: CampaignWords, locale: Locale): string {
  if (locale === campaign.locales[0]) return campaign.title;
  const titled = words.keyMessages.find((m) => m.title);
  return titled?.title ?? words.keyMessages[0]?.text ?? words.lead;
}

/**
 * A fact-sheet material as the printed sheet lays it out: its key messages (the library's, which have the
 * titles a sheet shows), facts, first quote, resources and first call to action, in the order it names them.
 */
function factSheetOfMaterial(
  material: Extract<Material, { kind: "fact-sheet" }>,
  campaign: Campaign,
  library: Library,
  partner: PartnerKit,
): FactSheetContent {
  const pick = <T extends { id: string }>(items: readonly T[], ids: readonly string[]) =>
    [...new Set(ids)].flatMap((id) => items.filter((item) => item.id === id));
  const { blocks } = material;
  const keyMessageRefs = blocks.flatMap((block) => (block.type === "key-message" ? [block.ref] : []));
  const quote = blocks.find((block) => block.type === "quote");
  const cta = blocks.find((block) => block.type === "call-to-action");
  const action = cta && campaign.callsToAction.find((c) => c.id === cta.cta);
  return {
    title: material.heading,
    ...(material.lead ? { intro: material.lead } : {}),
    keyMessages: pick(library.keyMessages, keyMessageRefs),
    facts: pick(library.facts, factsShownBy(material)),
    ...(quote
      ? {
          quote: {
            text: quote.text,
            attribution: quote.attribution,
            ...(quote.illustrative ? { illustrative: true } : {}),
          },
        }
      : {}),
    resources: pick(library.resources, resourcesListedBy(material)),
    ...(action ? { action: { label: action.label, url: action.url } } : {}),
    organization: partner,
  };
}

/**
 * The printed materials of a campaign's kit in `locale`, from its approved content with no extra writing:
 * a poster (its first key message, lead, first fact with its citation, call to action as a QR code and
 * crisis line), a flyer (its key messages as points), and a two-page fact sheet for each fact-sheet material
 * in this language, or one made from the campaign when it has none. A poster and a flyer need a call to
 * action in this language; `partner` publishes them (the fact sheet's footer).
 */
export function campaignPrints(
  campaign: Campaign,
  library: Library,
  locale: Locale,
  partner: PartnerKit,
): CampaignPrint[] {
  if (!campaign.locales.includes(locale)) return [];
  const words = campaignWords(campaign, library, locale);
  const t = WORDS[locale];
  const prints: CampaignPrint[] = [];
  const action = words.callsToAction[0];
  const resource = crisisLine(words, locale);
  const heading = headingOf(campaign, words, locale);
  if (action) {
    const fact = words.facts[0];
    const [first, ...others] = words.keyMessages;
    prints.push({
      id: "poster",
      kind: "poster",
      locale,
      title: `${heading} (${t.poster})`,
      sizes: PRINT_SIZES.poster,
      content: {
        // A library message's short title is the headline and its text the body; a campaign's own message
        // has no title, so it is the headline.
        headline: first?.title ?? first?.text ?? words.lead,
        ...(first?.title ? { body: first.text } : {}),
        ...(fact
          ? {
              fact: {
                figure: fact.value,
                statement: localized(fact.statement, locale),
                citation: citationLine(fact),
              },
            }
          : {}),
        action: { label: action.label, url: action.url },
        ...(resource ? { resource } : {}),
      },
    });
    const points = (others.length > 0 ? others : words.keyMessages).slice(0, ON_A_FLYER).map((m) => m.text);
    prints.push({
      id: "flyer",
      kind: "flyer",
      locale,
      title: `${heading} (${t.flyer})`,
      sizes: PRINT_SIZES.flyer,
      content: {
        headline: heading,
        lead: words.lead,
        points: points.length > 0 ? points : [words.lead],
        action: { label: action.label, url: action.url },
        ...(resource ? { resource } : {}),
      },
    });
  }
  const sheets = campaign.materials.filter(
    (m): m is Extract<Material, { kind: "fact-sheet" }> => m.kind === "fact-sheet" && m.locale === locale,
  );
  for (const material of sheets) {
    prints.push({
      id: `fact-sheet-${material.id}`,
      kind: "fact-sheet",
      material: material.id,
      locale,
      title: `${material.heading} (${t.sheet})`,
      sizes: PRINT_SIZES["fact-sheet"],
      content: factSheetOfMaterial(material, campaign, library, partner),
    });
  }
  if (sheets.length === 0) {
    const keyMessageIds = new Set(words.keyMessages.map((m) => m.id));
    prints.push({
      id: "fact-sheet",
      kind: "fact-sheet",
      locale,
      title: `${heading} (${t.sheet})`,
      sizes: PRINT_SIZES["fact-sheet"],
      content: {
        title: heading,
        intro: words.lead,
        keyMessages: library.keyMessages
          .filter((m) => keyMessageIds.has(m.id))
          .slice(0, ON_A_SHEET.keyMessages),
        facts: words.facts.slice(0, ON_A_SHEET.facts),
        resources: words.resources,
        ...(action ? { action: { label: action.label, url: action.url } } : {}),
        organization: partner,
      },
    });
  }
  return prints;
}
