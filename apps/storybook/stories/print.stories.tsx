import type { Meta, StoryObj } from "@storybook/react-vite";
import { type CSSProperties, useState } from "react";
import { expect } from "storybook/test";
import {
  LOCALE_NAMES,
  type PageSizeFixture,
  type PrintFixture,
  type PrintKind,
  printFixtures,
  printHtml,
  reviewStyles,
} from "./fixture-files";

const KINDS: Record<PrintKind, string> = {
  poster: "Posters",
  flyer: "Flyers",
  "fact-sheet": "Fact sheets",
};

const MISSING =
  "The print layouts have not been made yet: run `pnpm --filter storybook fixtures` (the dev, build and test commands do it).";

/** The layouts carry everything they show (fonts and logos as data: URLs); a preview fetches nothing. */
const PREVIEW_CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'\">";

/**
 * The document as the printer lays it out: at the type scale it was printed at, and, for layouts that flow over
 * pages (fact sheets), with the page margins the printer adds around them.
 */
function previewHtml(html: string, fit: number, margin: string): string {
  // The policy first, so it covers everything after it; the screen rules last, so they win over the layout's.
  const screen = `<style>@media screen{:root{--fit:${fit}}body{padding:${margin}}}</style>`;
  return html.replace("<head>", `<head>${PREVIEW_CSP}`).replace("</head>", `${screen}</head>`);
}

type Locale = "en" | "es";

interface PrintReviewProps {
  partner: string;
  locale: Locale;
  kind: PrintKind;
  /** How large the pages are shown. */
  zoom: number;
}

/** One page preview: the document in a frame at the paper's size, scaled down. */
function PagePreview({
  print,
  page,
  html,
  zoom,
}: {
  print: PrintFixture;
  page: PageSizeFixture;
  html: string;
  zoom: number;
}) {
  const result = print.result as { fit: number; margin: string };
  // Fact sheets run over two pages; their frame grows to the document's height once it has loaded.
  const [height, setHeight] = useState(page.height);
  return (
    <div
      style={{
        width: Math.round(page.width * zoom),
        height: Math.round(height * zoom),
        overflow: "hidden",
        outline: "1px solid var(--chorus-border)",
        background: "#FFFFFF",
      }}
    >
      <iframe
        title={`${print.title}, ${page.label}, ${print.campaign}`}
        srcDoc={previewHtml(html, result.fit, result.margin)}
        // Same origin (so the story can read the document's height) but no scripts, forms or navigation.
        sandbox="allow-same-origin"
        width={page.width}
        height={height}
        onLoad={(event) => {
          const document = event.currentTarget.contentDocument;
          if (print.kind !== "fact-sheet" || !document) return;
          // Measured once its fonts are in: the same height on every run.
          void document.fonts.ready.then(() => {
            const full = document.documentElement.scrollHeight;
            if (full > page.height) setHeight(full);
          });
        }}
        style={{ border: 0, display: "block", transform: `scale(${zoom})`, transformOrigin: "0 0" }}
      />
    </div>
  );
}

function PrintReview({
  partner,
  locale,
  kind,
  zoom,
  pages = {},
}: PrintReviewProps & {
  /** The pages' HTML documents by file, from the story's loader. */
  pages?: Record<string, string>;
}) {
  if (!printFixtures) return <p role="note">{MISSING}</p>;
  const who = printFixtures.partners.find((p) => p.id === partner);
  const prints = printFixtures.prints.filter(
    (print) => print.partner === partner && print.locale === locale && print.kind === kind,
  );
  const campaigns = [...new Set(prints.map((print) => print.campaign))];
  return (
    <section lang="en" style={{ ...reviewStyles.page, gap: "1rem", padding: "1rem" } as CSSProperties}>
      <header style={{ display: "grid", gap: "0.25rem" }}>
        <h2 style={{ margin: 0, fontSize: "1.25rem" }}>
          {`${KINDS[kind]} · ${who?.shortName ?? partner} · ${LOCALE_NAMES[locale]}`}
        </h2>
        <p style={reviewStyles.muted}>
          {`Each page as it is printed to PDF, at ${Math.round(zoom * 100)} % (change it with the zoom control). Fact sheets are shown as one column; the PDF breaks it into at most two pages.`}
        </p>
      </header>
      {campaigns.length === 0 ? (
        <p>{`No campaign in campaigns/ has ${KINDS[kind].toLowerCase()} in ${LOCALE_NAMES[locale]}.`}</p>
      ) : null}
      {campaigns.map((campaign) => {
        const sizes = prints.filter((print) => print.campaign === campaign);
        return (
          <article
            key={campaign}
            aria-labelledby={`print-${campaign}`}
            style={{
              display: "grid",
              gap: "0.5rem",
              borderTop: "1px solid var(--chorus-border)",
              paddingTop: "0.5rem",
            }}
          >
            <h3 id={`print-${campaign}`} style={{ margin: 0, fontSize: "1rem" }}>
              {`${campaign}: `}
              <span lang={locale} style={{ fontWeight: 400 }}>
                {sizes[0]?.title}
              </span>
            </h3>
            <ul
              style={{
                listStyle: "none",
                margin: 0,
                padding: 0,
                display: "flex",
                flexWrap: "wrap",
                gap: "1rem",
                alignItems: "flex-start",
              }}
            >
              {sizes.map((print) => {
                const page = printFixtures?.pageSizes.find((p) => p.id === print.size);
                if (!page) return null;
                const html = "file" in print.result ? pages[print.result.file] : undefined;
                return (
                  <li key={print.size}>
                    <figure style={{ margin: 0, display: "grid", gap: "0.25rem" }}>
                      {"refused" in print.result ? (
                        <div
                          style={
                            {
                              ...reviewStyles.refusal,
                              width: Math.max(Math.round(page.width * zoom), 240),
                            } as CSSProperties
                          }
                        >
                          <strong>Not printed: the content does not fit the page</strong>
                          <span>{print.result.refused.message}</span>
                        </div>
                      ) : html ? (
                        <PagePreview print={print} page={page} html={html} zoom={zoom} />
                      ) : (
                        <p role="note">{MISSING}</p>
                      )}
                      <figcaption style={{ fontSize: "0.8125rem" }}>
                        {page.label}
                        {"fit" in print.result && print.result.fit < 1
                          ? `, type ${Math.round((1 - print.result.fit) * 100)} % smaller to fit`
                          : ""}
                      </figcaption>
                    </figure>
                  </li>
                );
              })}
            </ul>
          </article>
        );
      })}
    </section>
  );
}

const meta = {
  title: "Print/Layouts",
  component: PrintReview,
  // Every story here is compared with its reference image (screenshots/reference/).
  tags: ["screenshot"],
  parameters: {
    layout: "fullscreen",
    // Axe checks the story (frame titles, captions); the printed pages are checked as PDFs by @chorus/print.
    a11y: { options: { iframes: false } },
  },
  argTypes: {
    zoom: { control: "select", options: [0.2, 0.5, 1] },
    partner: { table: { disable: true } },
    locale: { table: { disable: true } },
    kind: { table: { disable: true } },
    pages: { table: { disable: true } },
  },
  args: { zoom: 0.2 },
  // Each page is a complete HTML document with its fonts inside, so only the story's own are loaded.
  loaders: [
    async ({ args }) => {
      const files = (printFixtures?.prints ?? [])
        .filter((p) => p.partner === args.partner && p.locale === args.locale && p.kind === args.kind)
        .flatMap((p) => ("file" in p.result ? [p.result.file] : []));
      return {
        pages: Object.fromEntries(await Promise.all(files.map(async (f) => [f, await printHtml(f)]))),
      };
    },
  ],
  render: (args, { loaded }) => (
    <PrintReview {...args} pages={(loaded.pages ?? {}) as Record<string, string>} />
  ),
} satisfies Meta<typeof PrintReview>;

export default meta;
type Story = StoryObj<typeof meta>;

function layouts(partner: string, locale: Locale, kind: PrintKind): Story {
  return {
    args: { partner, locale, kind },
    // The page in the partner's theme and language, whatever the toolbar says.
    globals: { partner, locale },
  };
}

/** The paper sizes; its test also checks that every partner, language and kind of layout has a story below. */
export const PageSizes: Story = {
  args: { partner: "collaborative", locale: "en", kind: "poster" },
  render: () => (
    <section lang="en" style={{ ...reviewStyles.page, padding: "1rem" } as CSSProperties}>
      <h2 style={{ margin: 0, fontSize: "1.25rem" }}>Paper sizes</h2>
      <ul style={{ margin: 0 }}>
        {(printFixtures?.pageSizes ?? []).map((page) => (
          <li key={page.id}>
            <code>{page.id}</code>
            {`: ${page.label}, ${page.width} × ${page.height} px on screen`}
          </li>
        ))}
      </ul>
      <p style={{ ...reviewStyles.muted, maxWidth: "56rem" }}>
        Posters are printed on US Letter, A4 and Tabloid (11 × 17 in); flyers and fact sheets on US Letter and
        A4. Each is made from a campaign's approved content in the partner's colours and logo. Content that
        does not fit its pages, even with the type made smaller, is refused and the story says what to
        shorten.
      </p>
    </section>
  ),
  play: async () => {
    const covered = new Set(
      Object.values(storiesByCombination).map(({ args }) => `${args?.partner}/${args?.locale}/${args?.kind}`),
    );
    const needed = new Set(
      (printFixtures?.prints ?? []).map((print) => `${print.partner}/${print.locale}/${print.kind}`),
    );
    // A new partner or kind of layout needs its stories here, or designers would never see it.
    await expect([...needed].filter((combination) => !covered.has(combination))).toEqual([]);
    await expect(printFixtures?.prints.length ?? 0).toBeGreaterThan(0);
  },
};

export const CollaborativeEnglishPosters = layouts("collaborative", "en", "poster");
export const CollaborativeEnglishFlyers = layouts("collaborative", "en", "flyer");
export const CollaborativeEnglishFactSheets = layouts("collaborative", "en", "fact-sheet");
export const CollaborativeSpanishPosters = layouts("collaborative", "es", "poster");
export const CollaborativeSpanishFlyers = layouts("collaborative", "es", "flyer");
export const CollaborativeSpanishFactSheets = layouts("collaborative", "es", "fact-sheet");
export const ExampleHealthEnglishPosters = layouts("example-health", "en", "poster");
export const ExampleHealthEnglishFlyers = layouts("example-health", "en", "flyer");
export const ExampleHealthEnglishFactSheets = layouts("example-health", "en", "fact-sheet");
export const ExampleHealthSpanishPosters = layouts("example-health", "es", "poster");
export const ExampleHealthSpanishFlyers = layouts("example-health", "es", "flyer");
export const ExampleHealthSpanishFactSheets = layouts("example-health", "es", "fact-sheet");

const storiesByCombination = {
  CollaborativeEnglishPosters,
  CollaborativeEnglishFlyers,
  CollaborativeEnglishFactSheets,
  CollaborativeSpanishPosters,
  CollaborativeSpanishFlyers,
  CollaborativeSpanishFactSheets,
  ExampleHealthEnglishPosters,
  ExampleHealthEnglishFlyers,
  ExampleHealthEnglishFactSheets,
  ExampleHealthSpanishPosters,
  ExampleHealthSpanishFlyers,
  ExampleHealthSpanishFactSheets,
};
