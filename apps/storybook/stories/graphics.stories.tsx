import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect } from "storybook/test";
import {
  type CardFixture,
  type CardKind,
  type CardSizeFixture,
  cardImageUrl,
  graphicsFixtures,
  LOCALE_NAMES,
  reviewStyles,
} from "./fixture-files";

const KINDS: Record<CardKind, string> = {
  fact: "Facts",
  "key-message": "Key messages",
  "call-to-action": "Calls to action",
  "crisis-resource": "Crisis resources",
};

/** What each refusal means, in a designer's words; the message under it says exactly what to change. */
const REFUSAL_TITLES: Record<string, string> = {
  GraphicFitError: "text too long",
  GraphicContrastError: "colours below WCAG contrast",
};

/**
 * A refusal's message without the label that names the card ("campaign x, card y (en) for z: "), which the
 * card's heading already shows.
 */
function withoutLabel(message: string): string {
  return message.replace(/^campaign [^:]*: /, "");
}

const MISSING =
  "The cards have not been drawn yet: run `pnpm --filter storybook fixtures` (the dev, build and test commands do it).";

type Locale = "en" | "es";

interface CardsReviewProps {
  partner: string;
  locale: Locale;
  kind: CardKind;
  /** How large the social sizes are shown (banners three times larger, at most full size). */
  zoom: number;
}

function shownScale(size: CardSizeFixture, zoom: number): number {
  return size.group === "banner" ? Math.min(1, zoom * BANNER_ZOOM) : zoom;
}

/** Banners are small: they are shown this many times larger than the social sizes (never past full size). */
const BANNER_ZOOM = 3;

const cellStyle = {
  padding: "0.375rem 0.375rem 0.375rem 0",
  verticalAlign: "top",
  textAlign: "left",
} as const;

/** One drawn size of a card: the PNG scaled down, or a marked empty box when it was refused. */
function SizeCell({ card, size, zoom }: { card: CardFixture; size: CardSizeFixture; zoom: number }) {
  const render = card.renders[size.id];
  const scale = shownScale(size, zoom);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  const src = render && "file" in render ? cardImageUrl(render.file) : undefined;
  return (
    <td style={cellStyle}>
      {src && render && "fontSize" in render ? (
        <img
          src={src}
          alt={card.alt ?? ""}
          lang={card.locale}
          title={`${size.label}, ${size.width}×${size.height}: text at ${render.fontSize} px`}
          width={width}
          height={height}
          style={{ display: "block", outline: "1px solid var(--chorus-border)" }}
        />
      ) : (
        <div
          style={
            {
              ...reviewStyles.refusal,
              width: Math.max(width, 40),
              height: Math.max(height, 24),
              padding: "0.125rem 0.25rem",
              fontSize: "0.75rem",
            } as CSSProperties
          }
        >
          {render ? "Not made" : "Not drawn"}
        </div>
      )}
    </td>
  );
}

/**
 * One card: what it is and its alt text, every size in a row, and under them why any size was not made
 * (@chorus/graphics' own message).
 */
function CardRows({ card, zoom }: { card: CardFixture; zoom: number }) {
  const sizes = graphicsFixtures?.sizes ?? [];
  const refusals = sizes.flatMap((size) => {
    const render = card.renders[size.id];
    return render && "refused" in render ? [{ size, refusal: render.refused }] : [];
  });
  const border = { borderTop: "1px solid var(--chorus-border)" };
  return (
    <>
      <tr style={border}>
        <th scope="row" style={{ ...cellStyle, width: "16rem", fontWeight: 400, fontSize: "0.8125rem" }}>
          <strong style={{ overflowWrap: "anywhere" }}>{card.id}</strong>
          <span style={{ display: "block", color: "var(--chorus-muted)" }}>{card.campaigns.join(", ")}</span>
          <span style={{ display: "block", marginTop: "0.25rem" }}>
            <strong>Alt text: </strong>
            <span lang={card.locale}>{card.alt ?? "(none: no size could be drawn)"}</span>
          </span>
        </th>
        {sizes.map((size) => (
          <SizeCell key={size.id} card={card} size={size} zoom={zoom} />
        ))}
      </tr>
      {refusals.length > 0 ? (
        <tr>
          <td />
          <td colSpan={sizes.length} style={{ ...cellStyle, paddingTop: 0 }}>
            <ul style={{ margin: 0, padding: 0, listStyle: "none", display: "grid", gap: "0.125rem" }}>
              {refusals.map(({ size, refusal }) => (
                <li
                  key={size.id}
                  style={
                    {
                      ...reviewStyles.refusal,
                      padding: "0.125rem 0.375rem",
                      fontSize: "0.75rem",
                    } as CSSProperties
                  }
                >
                  <span>
                    <strong>{`${size.label}, ${REFUSAL_TITLES[refusal.error] ?? "not made"}: `}</strong>
                    {withoutLabel(refusal.message)}
                  </span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Every card of one kind a partner's kits carry in one language, at every size. */
function CardsReview({ partner, locale, kind, zoom }: CardsReviewProps) {
  if (!graphicsFixtures) return <p role="note">{MISSING}</p>;
  const who = graphicsFixtures.partners.find((p) => p.id === partner);
  const cards = graphicsFixtures.cards.filter(
    (card) => card.partner === partner && card.locale === locale && card.kind === kind,
  );
  const refused = cards.reduce(
    (sum, card) => sum + Object.values(card.renders).filter((render) => "refused" in render).length,
    0,
  );
  const title = `${KINDS[kind]} · ${who?.shortName ?? partner} · ${LOCALE_NAMES[locale]}`;
  return (
    <section lang="en" style={{ ...reviewStyles.page, gap: "0.5rem", padding: "1rem" } as CSSProperties}>
      <h2 style={{ margin: 0, fontSize: "1.25rem" }}>{title}</h2>
      <p style={{ ...reviewStyles.muted, fontSize: "0.875rem" }}>
        {`${cards.length} card(s), each at every social and banner size${refused ? `; ${refused} size(s) not made` : ""}. Shown at ${Math.round(zoom * 100)} % (banners ${Math.round(Math.min(1, zoom * BANNER_ZOOM) * 100)} %): choose a larger zoom in the controls, hover an image for its size and type size, or open it in a new tab for the full-size PNG.`}
      </p>
      {cards.length === 0 ? (
        <p>{`No campaign in campaigns/ has ${KINDS[kind].toLowerCase()} cards in ${LOCALE_NAMES[locale]}.`}</p>
      ) : (
        <table style={{ borderCollapse: "collapse" }}>
          <caption
            style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}
          >
            {title}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cellStyle, fontSize: "0.8125rem" }}>
                Card
              </th>
              {(graphicsFixtures.sizes ?? []).map((size) => (
                <th
                  key={size.id}
                  scope="col"
                  style={{ ...cellStyle, fontSize: "0.75rem", fontWeight: 600, lineHeight: 1.2 }}
                >
                  {size.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => (
              <CardRows key={`${card.id}-${card.campaigns[0]}`} card={card} zoom={zoom} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The sizes every card is drawn at, and where each is used. */
function SizeTable() {
  const sizes = graphicsFixtures?.sizes ?? [];
  const cell = {
    padding: "0.375rem 0.75rem",
    borderBottom: "1px solid var(--chorus-border)",
    textAlign: "left",
  };
  return (
    <section lang="en" style={{ ...reviewStyles.page, padding: "1rem" } as CSSProperties}>
      <table style={{ borderCollapse: "collapse", maxWidth: "56rem" }}>
        <caption style={{ textAlign: "left", fontWeight: 700, fontSize: "1.25rem", paddingBottom: "0.5rem" }}>
          Social card and banner sizes
        </caption>
        <thead>
          <tr>
            {["Size", "Name", "Pixels", "Where it is used"].map((heading) => (
              <th key={heading} scope="col" style={cell as CSSProperties}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sizes.map((size) => (
            <tr key={size.id}>
              <th scope="row" style={cell as CSSProperties}>
                <code>{size.id}</code>
              </th>
              <td style={cell as CSSProperties}>{size.label}</td>
              <td style={cell as CSSProperties}>{`${size.width} × ${size.height}`}</td>
              <td style={cell as CSSProperties}>
                {`${size.platforms.join(", ")} (${size.group === "social" ? "social post" : "display banner"})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ ...reviewStyles.muted, maxWidth: "56rem" }}>
        Each card comes from a campaign's approved content (a fact with its source, a key message, a call to
        action or a crisis line) and is drawn by the kit for each partner, in the partner's colours and with
        its logo. A size whose text does not fit, even at the smallest readable type, is refused and the story
        says what to shorten.
      </p>
    </section>
  );
}

const meta = {
  title: "Graphics/Social cards",
  component: CardsReview,
  // Every story here is compared with its reference image (screenshots/reference/).
  tags: ["screenshot"],
  parameters: { layout: "fullscreen" },
  argTypes: {
    zoom: { control: "select", options: [0.06, 0.25, 0.5, 1] },
    partner: { table: { disable: true } },
    locale: { table: { disable: true } },
    kind: { table: { disable: true } },
  },
  // Small enough to see every size of a card in one row (and to keep the reference images small).
  args: { zoom: 0.06 },
} satisfies Meta<typeof CardsReview>;

export default meta;
type Story = StoryObj<typeof meta>;

function cards(partner: string, locale: Locale, kind: CardKind): Story {
  return {
    args: { partner, locale, kind },
    // The page in the partner's theme and language, whatever the toolbar says.
    globals: { partner, locale },
  };
}

/** The size table; its test also checks that every partner, language and kind of card has a story below. */
export const Sizes: Story = {
  args: { partner: "collaborative", locale: "en", kind: "fact" },
  render: () => <SizeTable />,
  play: async () => {
    const covered = new Set(
      Object.values(storiesByCombination).map(({ args }) => `${args?.partner}/${args?.locale}/${args?.kind}`),
    );
    const needed = new Set(
      (graphicsFixtures?.cards ?? []).map((card) => `${card.partner}/${card.locale}/${card.kind}`),
    );
    // A new partner or kind of card needs its stories here, or designers would never see it.
    await expect([...needed].filter((combination) => !covered.has(combination))).toEqual([]);
    await expect(graphicsFixtures?.sizes.length ?? 0).toBeGreaterThan(0);
  },
};

export const CollaborativeEnglishFacts = cards("collaborative", "en", "fact");
export const CollaborativeEnglishKeyMessages = cards("collaborative", "en", "key-message");
export const CollaborativeEnglishCallsToAction = cards("collaborative", "en", "call-to-action");
export const CollaborativeEnglishCrisisResources = cards("collaborative", "en", "crisis-resource");
export const CollaborativeSpanishFacts = cards("collaborative", "es", "fact");
export const CollaborativeSpanishKeyMessages = cards("collaborative", "es", "key-message");
export const CollaborativeSpanishCallsToAction = cards("collaborative", "es", "call-to-action");
export const CollaborativeSpanishCrisisResources = cards("collaborative", "es", "crisis-resource");
export const ExampleHealthEnglishFacts = cards("example-health", "en", "fact");
export const ExampleHealthEnglishKeyMessages = cards("example-health", "en", "key-message");
export const ExampleHealthEnglishCallsToAction = cards("example-health", "en", "call-to-action");
export const ExampleHealthEnglishCrisisResources = cards("example-health", "en", "crisis-resource");
export const ExampleHealthSpanishFacts = cards("example-health", "es", "fact");
export const ExampleHealthSpanishKeyMessages = cards("example-health", "es", "key-message");
export const ExampleHealthSpanishCallsToAction = cards("example-health", "es", "call-to-action");
export const ExampleHealthSpanishCrisisResources = cards("example-health", "es", "crisis-resource");

const storiesByCombination = {
  CollaborativeEnglishFacts,
  CollaborativeEnglishKeyMessages,
  CollaborativeEnglishCallsToAction,
  CollaborativeEnglishCrisisResources,
  CollaborativeSpanishFacts,
  CollaborativeSpanishKeyMessages,
  CollaborativeSpanishCallsToAction,
  CollaborativeSpanishCrisisResources,
  ExampleHealthEnglishFacts,
  ExampleHealthEnglishKeyMessages,
  ExampleHealthEnglishCallsToAction,
  ExampleHealthEnglishCrisisResources,
  ExampleHealthSpanishFacts,
  ExampleHealthSpanishKeyMessages,
  ExampleHealthSpanishCallsToAction,
  ExampleHealthSpanishCrisisResources,
};
