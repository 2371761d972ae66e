import { FactSheet } from "@chorus/ui/fact-sheet";
import { PrintedUrl, PrintFrame, PrintLockup, QrCode } from "./components.js";
import { dataUrl, FIT_STEPS, printDocument } from "./document.js";
import type { PageSize } from "./page-sizes.js";
import { printStrings } from "./strings.js";
import { FACT_SHEET_CSS } from "./styles.js";
import type { FactSheetContent, PrintBrand, PrintInput } from "./types.js";
import { checkInput, describe, requireAction, requireText } from "./validate.js";

function lockupOf(brand: PrintBrand, collaborative: PrintBrand | undefined) {
  if (!collaborative?.logo || !brand.logo) return undefined;
  return {
    collaborative: {
      name: collaborative.name,
      logo: { src: dataUrl(collaborative.logo.data, collaborative.logo.type), alt: collaborative.logo.alt },
    },
    partner: {
      name: brand.name,
      logo: { src: dataUrl(brand.logo.data, brand.logo.type), alt: brand.logo.alt },
    },
  };
}

/**
 * The sheet is a grid around @chorus/ui's FactSheet (whose article box is dissolved with
 * `display: contents`), so the QR panel sits beside the title on paper while it is read after the sheet.
 */
function PrintedFactSheet({ content, locale, theme, brand, collaborative }: PrintInput<FactSheetContent>) {
  const t = printStrings(locale);
  const lockup = lockupOf(brand, collaborative);
  return (
    <PrintFrame theme={theme} locale={locale} className="print-root">
      <div
        className="print-factsheet"
        data-brand-row={lockup ? "false" : "true"}
        data-action={content.action ? "true" : "false"}
      >
        {/* FactSheet draws the lockup only with two logos; otherwise the brand's logo or name goes here. */}
        {lockup ? null : (
          <div className="print-factsheet__brand">
            <PrintLockup brand={brand} collaborative={collaborative} locale={locale} />
          </div>
        )}
        <FactSheet {...content} locale={locale} lockup={lockup} />
        {content.action ? (
          <aside className="print-factsheet__action" aria-label={content.action.label}>
            <QrCode url={content.action.url} locale={locale} />
            <p className="print-factsheet__action-label">{content.action.label}</p>
            <p className="print-factsheet__action-scan">{t.scan}</p>
            <PrintedUrl url={content.action.url} className="print-factsheet__action-url" />
          </aside>
        ) : null}
      </div>
    </PrintFrame>
  );
}

/**
 * A fact sheet of at most two pages as a complete HTML document for `PdfPrinter.print`: @chorus/ui's
 * FactSheet (facts with their citations and the addresses of their sources printed, key messages,
 * resources, the 988 notice where a crisis line is listed) and its action as a QR code.
 */
export function factSheetHtml(input: PrintInput<FactSheetContent>, size: PageSize): string {
  const what = describe("Fact sheet", input);
  checkInput(what, input);
  const { content } = input;
  requireText(content?.title, what, "content.title");
  requireText(content.organization?.name, what, "content.organization.name");
  if (content.action) requireAction(content.action, what);
  return printDocument({
    meta: {
      kind: "Fact sheet",
      label: input.label ?? input.title,
      size,
      maxPages: 2,
      fit: FIT_STEPS,
      fields: [
        [".chorus-factsheet__intro", "the intro"],
        [".chorus-factsheet__facts", "the facts"],
        [".chorus-factsheet__messages", "the key messages"],
        [".chorus-quote", "the quote"],
        [".chorus-factsheet__definitions", "the definitions"],
        [".chorus-resource-list", "the resources"],
      ],
    },
    locale: input.locale,
    title: input.title,
    margin: "0.5in 0.55in",
    css: FACT_SHEET_CSS,
    body: <PrintedFactSheet {...input} />,
  });
}
