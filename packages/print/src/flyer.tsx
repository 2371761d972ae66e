import { ActionPanel, PrintFooter, PrintFrame, PrintLockup, ResourceBox, Sources } from "./components.js";
import { FIT_STEPS, printDocument } from "./document.js";
import type { PageSize } from "./page-sizes.js";
import { FLYER_CSS } from "./styles.js";
import type { FlyerContent, PrintInput } from "./types.js";
import { checkInput, describe, requireAction, requireText } from "./validate.js";

function Flyer({ content, locale, theme, brand, collaborative }: PrintInput<FlyerContent>) {
  return (
    <PrintFrame theme={theme} locale={locale} className="print-root">
      <div className="print-sheet print-flyer">
        <header className="print-masthead">
          <PrintLockup brand={brand} collaborative={collaborative} locale={locale} />
        </header>
        <main className="print-flyer__main">
          <div className="print-flyer__hero">
            <h1 className="chorus-heading print-flyer__headline" data-print-field="headline">
              {content.headline}
            </h1>
            {content.lead ? (
              <p className="print-flyer__lead" data-print-field="lead">
                {content.lead}
              </p>
            ) : null}
          </div>
          <ul className="print-flyer__points" data-print-field="points">
            {content.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <div className="print-flyer__closing" data-has-resource={content.resource ? "true" : "false"}>
            {content.resource ? <ResourceBox resource={content.resource} locale={locale} /> : null}
            <ActionPanel action={content.action} locale={locale} />
          </div>
          <Sources citations={content.citations ?? []} locale={locale} />
        </main>
        <PrintFooter brand={brand} locale={locale} />
      </div>
    </PrintFrame>
  );
}

/**
 * A one-page flyer as a complete HTML document for `PdfPrinter.print`: headline and lead on the brand
 * colour, the points as a list, a support resource, the action as a QR code with its URL, and the
 * sources of any figure.
 */
export function flyerHtml(input: PrintInput<FlyerContent>, size: PageSize): string {
  const what = describe("Flyer", input);
  checkInput(what, input);
  const { content } = input;
  requireText(content?.headline, what, "content.headline");
  if (!Array.isArray(content.points) || content.points.length === 0)
    throw new TypeError(`${what}: content.points must list at least one point.`);
  content.points.forEach((point, index) => {
    requireText(point, what, `content.points[${index}]`);
  });
  (content.citations ?? []).forEach((citation, index) => {
    requireText(citation, what, `content.citations[${index}]`);
  });
  requireAction(content.action, what);
  if (content.resource) {
    requireText(content.resource.name, what, "content.resource.name");
    requireText(content.resource.contact, what, "content.resource.contact");
  }
  return printDocument({
    meta: {
      kind: "Flyer",
      label: input.label ?? input.title,
      size,
      maxPages: 1,
      sheet: ".print-sheet",
      fit: FIT_STEPS,
      fields: [
        ['[data-print-field="headline"]', "the headline"],
        ['[data-print-field="lead"]', "the lead"],
        ['[data-print-field="points"]', "the points"],
        ['[data-print-field="resource"]', "the resource"],
        ['[data-print-field="citations"]', "the citations"],
      ],
    },
    locale: input.locale,
    title: input.title,
    margin: "0",
    css: FLYER_CSS,
    body: <Flyer {...input} />,
  });
}
