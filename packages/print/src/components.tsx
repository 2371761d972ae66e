import type { Locale } from "@chorus/content";
import type { Theme } from "@chorus/tokens";
import { ChorusTheme } from "@chorus/ui/chorus-theme";
import { type LockupBrand, PartnerLockup } from "@chorus/ui/partner-lockup";
import { type CSSProperties, Fragment, type ReactNode } from "react";
import { dataUrl } from "./document.js";
import { QR_QUIET_ZONE, qrPath } from "./qr.js";
import { printStrings } from "./strings.js";
import { printTheme } from "./theme.js";
import type { PrintAction, PrintBrand, PrintResource } from "./types.js";

/** The theme as printed (see printTheme), with the locale set on the wrapper for assistive technology. */
export function PrintFrame({
  theme,
  locale,
  className,
  children,
}: {
  theme: Theme;
  locale: Locale;
  className: string;
  children: ReactNode;
}) {
  return (
    <ChorusTheme theme={printTheme(theme)} colorScheme="light" locale={locale} className={className}>
      {children}
    </ChorusTheme>
  );
}

function lockupBrand(brand: PrintBrand & { logo: NonNullable<PrintBrand["logo"]> }): LockupBrand {
  return { name: brand.name, logo: { src: dataUrl(brand.logo.data, brand.logo.type), alt: brand.logo.alt } };
}

function BrandMark({ brand }: { brand: PrintBrand }) {
  return brand.logo ? (
    <img className="print-logo" src={dataUrl(brand.logo.data, brand.logo.type)} alt={brand.logo.alt} />
  ) : (
    <p className="print-wordmark">{brand.name}</p>
  );
}

/**
 * Who the material is from. With a collaborative and two logos it is @chorus/ui's PartnerLockup; with
 * a missing logo the organization's name stands in for it.
 */
export function PrintLockup({
  brand,
  collaborative,
  locale,
}: {
  brand: PrintBrand;
  collaborative?: PrintBrand | undefined;
  locale: Locale;
}) {
  if (!collaborative) return <BrandMark brand={brand} />;
  if (collaborative.logo && brand.logo) {
    return (
      <PartnerLockup
        collaborative={lockupBrand({ ...collaborative, logo: collaborative.logo })}
        partner={lockupBrand({ ...brand, logo: brand.logo })}
        locale={locale}
      />
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups two names.
    <div className="print-lockup" role="group">
      <BrandMark brand={collaborative} />
      <p className="print-lockup__with">{printStrings(locale).inPartnershipWith}</p>
      <BrandMark brand={brand} />
    </div>
  );
}

/**
 * The QR code for `url`: inline SVG, named for assistive technology (a /Figure with /Alt in the PDF), with
 * its quiet zone drawn white inside it. Layouts size the symbol itself (--qr-symbol); --qr-scale adds the
 * quiet zone around it.
 */
export function QrCode({ url, locale }: { url: string; locale: Locale }) {
  const qr = qrPath(url);
  const total = qr.modules + 2 * QR_QUIET_ZONE;
  return (
    <svg
      className="print-qr"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${total} ${total}`}
      role="img"
      aria-label={printStrings(locale).qrLabel(url)}
      shapeRendering="crispEdges"
      style={{ "--qr-scale": (total / qr.modules).toFixed(4) } as CSSProperties}
      data-qr-version={qr.version}
      data-qr-modules={qr.modules}
    >
      <rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={total} height={total} fill="#FFFFFF" />
      <path fill="#000000" d={qr.d} />
    </svg>
  );
}

/**
 * A URL as printed text. It may wrap after a slash (or, when one part is longer than the line, anywhere),
 * never at a hyphen: a reader's copy-and-paste tools drop a hyphen at a line end, and the address with it.
 */
export function PrintedUrl({ url, className }: { url: string; className: string }) {
  const parts = url.split(/(?<=[^/]\/)(?=[^/])/);
  return (
    <p className={className}>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
        <span key={index}>
          {index > 0 ? <wbr /> : null}
          {part.split(/(?=-)/).map((piece, at) =>
            at === 0 ? (
              piece
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above.
              <Fragment key={at}>
                <span className="print-nobreak">{piece.slice(0, 2)}</span>
                {piece.slice(2)}
              </Fragment>
            ),
          )}
        </span>
      ))}
    </p>
  );
}

/** The call to action on paper: the label as a heading, the code, and the address printed in full. */
export function ActionPanel({ action, locale }: { action: PrintAction; locale: Locale }) {
  const t = printStrings(locale);
  return (
    <section className="print-action">
      <QrCode url={action.url} locale={locale} />
      <div className="print-action__text">
        <h2 className="chorus-heading print-action__label">{action.label}</h2>
        <p className="print-action__scan">{t.scan}</p>
        <PrintedUrl url={action.url} className="print-action__url" />
      </div>
    </section>
  );
}

export function ResourceBox({ resource, locale }: { resource: PrintResource; locale: Locale }) {
  return (
    <section className="print-resource" data-print-field="resource">
      <h2 className="chorus-heading print-resource__heading">{printStrings(locale).support}</h2>
      <p className="print-resource__name">{resource.name}</p>
      <p className="print-resource__contact">{resource.contact}</p>
      {resource.description ? <p className="print-resource__description">{resource.description}</p> : null}
    </section>
  );
}

export function Sources({ citations, locale }: { citations: readonly string[]; locale: Locale }) {
  if (citations.length === 0) return null;
  return (
    <section className="print-sources" data-print-field="citations">
      <h2 className="chorus-heading print-sources__heading">{printStrings(locale).sources}</h2>
      <ol className="print-sources__list">
        {citations.map((citation) => (
          <li key={citation}>{citation}</li>
        ))}
      </ol>
    </section>
  );
}

export function PrintFooter({ brand, locale }: { brand: PrintBrand; locale: Locale }) {
  return (
    <footer className="print-footer">
      <p>{printStrings(locale).publishedBy(brand.name)}</p>
    </footer>
  );
}
