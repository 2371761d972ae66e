import { ActionPanel, PrintFooter, PrintFrame, PrintLockup, ResourceBox } from "./components.js";
import { FIT_STEPS, printDocument } from "./document.js";
import type { PageSize } from "./page-sizes.js";
import { printStrings } from "./strings.js";
import { POSTER_CSS } from "./styles.js";
import type { PosterContent, PrintInput } from "./types.js";
import { checkInput, describe, requireAction, requireText } from "./validate.js";

function Poster({ content, locale, theme, brand, collaborative }: PrintInput<PosterContent>) {
  const t = printStrings(locale);
  return (
    <PrintFrame theme={theme} locale={locale} className="print-root">
      <div className="print-sheet print-poster">
        <header className="print-masthead">
          <PrintLockup brand={brand} collaborative={collaborative} locale={locale} />
        </header>
        <main className="print-poster__main">
          <h1 className="chorus-heading print-poster__headline" data-print-field="headline">
            {content.headline}
          </h1>
          {content.body ? (
            <p className="print-poster__body" data-print-field="body">
              {content.body}
            </p>
          ) : null}
          {content.fact ? (
            <figure className="chorus-stat chorus-reset print-poster__fact" data-print-field="fact">
              <p className="chorus-stat__value">{content.fact.figure}</p>
              <p className="chorus-stat__statement">{content.fact.statement}</p>
              <figcaption className="chorus-stat__source">
                {t.source}: <cite>{content.fact.citation}</cite>
              </figcaption>
            </figure>
          ) : null}
          {content.resource ? <ResourceBox resource={content.resource} locale={locale} /> : null}
        </main>
        <ActionPanel action={content.action} locale={locale} />
        <PrintFooter brand={brand} locale={locale} />
      </div>
    </PrintFrame>
  );
}

/**
 * A one-page poster as a complete HTML document for `PdfPrinter.print`: headline, an optional body, fact
 * (with its citation printed under it) and support resource, and the action as a QR code with its URL.
 */
export function posterHtml(input: PrintInput<PosterContent>, size: PageSize): string {
  const what = describe("Poster", input);
  checkInput(what, input);
  const { content } = input;
  requireText(content?.headline, what, "content.headline");
  requireAction(content.action, what);
  if (content.fact) {
    requireText(content.fact.figure, what, "content.fact.figure");
    requireText(content.fact.statement, what, "content.fact.statement");
    requireText(
      content.fact.citation,
      what,
      "content.fact.citation (every figure is printed with its source)",
    );
  }
  if (content.resource) {
    requireText(content.resource.name, what, "content.resource.name");
    requireText(content.resource.contact, what, "content.resource.contact");
  }
  return printDocument({
    meta: {
      kind: "Poster",
      label: input.label ?? input.title,
      size,
      maxPages: 1,
      sheet: ".print-sheet",
      fit: FIT_STEPS,
      fields: [
        ['[data-print-field="headline"]', "the headline"],
        ['[data-print-field="body"]', "the body"],
        ['[data-print-field="fact"]', "the fact's statement or citation"],
        ['[data-print-field="resource"]', "the resource"],
      ],
    },
    locale: input.locale,
    title: input.title,
    margin: "0",
    css: POSTER_CSS,
    body: <Poster {...input} />,
  });
}
