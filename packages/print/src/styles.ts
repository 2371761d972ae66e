// Print CSS for the layouts. Sizes are multiples of --u, a page-width unit (1in on US Letter), so a layout
// keeps its proportions on A4 and grows with Tabloid. Colours are the theme's roles only (--chorus-*), all
// pairs checked for contrast before rendering (validate.ts). These rules are unlayered, so they win over
// @chorus/ui's `@layer chorus` without !important.

/**
 * A length in points on US Letter, scaled with the page width and with --fit, the type scale the printer
 * steps down (to 86 % at most) when content would otherwise overflow.
 */
function pt(points: number): string {
  return `calc(var(--u) * var(--fit, 1) * ${(points / 72).toFixed(4)})`;
}

/** A length in points on US Letter, scaled with the page width only: margins and QR codes never shrink. */
function fixed(points: number): string {
  return `calc(var(--u) * ${(points / 72).toFixed(4)})`;
}

export const BASE_CSS = `
:root { --u: calc(var(--page-w) / 8.5); }
html, body { margin: 0; padding: 0; background: #FFFFFF; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.print-root {
  background: var(--chorus-bg);
  font-kerning: normal;
  hyphens: manual;
  overflow-wrap: break-word;
}
.print-root :where(h1, h2, h3, p, ul, ol, figure) { margin: 0; }

/* One-page layouts: a page-sized box with the margins inside it, measured for overflow before printing.
   A hair shorter than the page so rounding never spills a blank second page. */
.print-sheet {
  box-sizing: border-box;
  width: var(--page-w);
  height: calc(var(--page-h) - 2px);
  padding: ${fixed(36)} ${fixed(38)} ${fixed(28)};
  display: flex;
  flex-direction: column;
  overflow: hidden;
  break-after: avoid;
}

.print-masthead {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${pt(18)};
  padding-block-end: ${pt(12)};
  border-block-end: ${pt(5)} solid var(--chorus-brand);
}
.print-masthead .chorus-lockup { --lockup-logo-height: ${pt(34)}; padding: 0; }
.print-masthead .chorus-lockup__brand { padding: 0 ${pt(4)}; }
.print-masthead .chorus-lockup__with { font-size: ${pt(10)}; }
.print-logo { display: block; height: ${pt(38)}; width: auto; }
.print-wordmark {
  font-family: var(--chorus-font-heading);
  font-weight: var(--chorus-weight-bold);
  font-size: ${pt(17)};
  line-height: 1.15;
  color: var(--chorus-brand);
}
.print-lockup { display: flex; align-items: center; gap: ${pt(10)}; }
.print-lockup__with { font-size: ${pt(10)}; font-style: italic; color: var(--chorus-muted); }

/* --qr-symbol is the code without its quiet zone: at least 2.5 cm on every page size (A4's is the smallest). */
.print-qr {
  display: block;
  flex: none;
  width: calc(var(--qr-symbol) * var(--qr-scale));
  height: calc(var(--qr-symbol) * var(--qr-scale));
  background: #FFFFFF;
}
.print-nobreak { white-space: nowrap; }

.print-action { display: grid; grid-template-columns: auto 1fr; align-items: center; gap: ${pt(18)}; }
.print-action__text { display: grid; gap: ${pt(4)}; min-width: 0; }
.print-action__label { line-height: 1.15; }
.print-action__url { font-weight: var(--chorus-weight-semibold); overflow-wrap: anywhere; }

.print-resource {
  display: grid;
  gap: ${pt(3)};
  padding: ${pt(12)} ${pt(16)};
  border-inline-start: ${pt(6)} solid var(--chorus-brand);
  border-radius: ${pt(4)};
  background: var(--chorus-brand-subtle);
  color: var(--chorus-fg);
}
.print-resource__heading { font-size: ${pt(11)}; letter-spacing: 0.01em; }
.print-resource__name { font-weight: var(--chorus-weight-bold); }
.print-resource__contact { font-weight: var(--chorus-weight-semibold); }

.print-sources { display: grid; gap: ${pt(3)}; color: var(--chorus-muted); }
.print-sources__heading { font-size: ${pt(9.5)}; letter-spacing: 0.01em; }
.print-sources__list { margin: 0; padding-inline-start: 1.6em; font-size: ${pt(8.5)}; line-height: 1.3; }
.print-sources__list li + li { margin-block-start: ${pt(2)}; }

.print-footer {
  margin-block-start: ${pt(10)};
  padding-block-start: ${pt(6)};
  border-block-start: 1px solid var(--chorus-border);
  font-size: ${pt(8.5)};
  color: var(--chorus-muted);
}
`;

export const POSTER_CSS = `
.print-poster__main {
  flex: 1 1 auto;
  display: flex;
  flex-direction: column;
  gap: ${pt(14)};
  padding-block: ${pt(20)} ${pt(14)};
}
.print-poster__headline {
  font-size: ${pt(42)};
  line-height: 1.05;
  letter-spacing: -0.01em;
  color: var(--chorus-brand);
  text-wrap: balance;
}
/* A short accent rule over the headline: decoration only, so no contrast minimum applies. */
.print-poster__headline::before {
  content: "";
  display: block;
  width: ${pt(64)};
  height: ${pt(7)};
  margin-block-end: ${pt(14)};
  background: var(--chorus-accent);
}
.print-poster__body { font-size: ${pt(16)}; line-height: 1.4; max-width: 36em; }
/* The figure beside its statement, the citation under both. */
.print-poster__fact.chorus-stat {
  grid-template-columns: auto 1fr;
  align-items: center;
  gap: ${pt(6)} ${pt(20)};
  padding: ${pt(14)} ${pt(20)};
  border-block-start-width: ${pt(6)};
  border-radius: ${pt(4)};
}
.print-poster__fact .chorus-stat__value { font-size: ${pt(58)}; line-height: 1; }
.print-poster__fact .chorus-stat__statement { font-size: ${pt(14)}; line-height: 1.35; max-width: none; }
.print-poster__fact .chorus-stat__source { grid-column: 1 / -1; font-size: ${pt(9.5)}; line-height: 1.3; }
.print-poster .print-resource { font-size: ${pt(13)}; }
.print-poster .print-resource__contact { font-size: ${pt(16)}; }

.print-poster .print-action {
  padding: ${pt(16)} ${pt(20)};
  border-radius: ${pt(6)};
  background: var(--chorus-brand);
  color: var(--chorus-brand-fg);
}
.print-poster .print-action { --qr-symbol: ${fixed(82)}; }
.print-poster .print-qr { border-radius: ${pt(3)}; }
.print-poster .print-action__label { font-size: ${pt(24)}; }
.print-poster .print-action__scan { font-size: ${pt(12)}; }
.print-poster .print-action__url { font-size: ${pt(13)}; }
`;

export const FLYER_CSS = `
.print-flyer__main {
  flex: 1 1 auto;
  display: flex;
  flex-direction: column;
  gap: ${pt(16)};
  padding-block: ${pt(18)} 0;
}
.print-flyer__hero {
  display: grid;
  gap: ${pt(8)};
  padding: ${pt(20)} ${pt(24)} ${pt(22)};
  border-radius: ${pt(6)};
  background: var(--chorus-brand);
  color: var(--chorus-brand-fg);
}
.print-flyer__headline { font-size: ${pt(36)}; line-height: 1.08; text-wrap: balance; }
.print-flyer__lead { font-size: ${pt(15)}; line-height: 1.4; }
.print-flyer__points {
  display: grid;
  gap: ${pt(11)};
  margin: 0;
  padding: ${pt(4)} ${pt(6)} 0;
  list-style: none;
  font-size: ${pt(15)};
  line-height: 1.38;
}
.print-flyer__points li { position: relative; padding-inline-start: ${pt(22)}; }
/* The bullet: a square in the brand colour (decoration; the list is still a list in the PDF's tags). */
.print-flyer__points li::before {
  content: "";
  position: absolute;
  inset-inline-start: 0;
  top: 0.42em;
  width: ${pt(8)};
  height: ${pt(8)};
  border-radius: 1px;
  background: var(--chorus-brand);
}
.print-flyer__closing {
  display: grid;
  grid-template-columns: minmax(0, 0.9fr) minmax(0, 1.25fr);
  gap: ${pt(14)};
  align-items: stretch;
  margin-block-start: auto;
}
.print-flyer__closing[data-has-resource="false"] { grid-template-columns: 1fr; }
.print-flyer .print-resource { font-size: ${pt(11)}; align-content: start; }
.print-flyer .print-resource__contact { font-size: ${pt(13)}; }
.print-flyer .print-action {
  padding: ${pt(12)} ${pt(14)};
  border: ${pt(2)} solid var(--chorus-brand);
  border-radius: ${pt(6)};
  gap: ${pt(12)};
}
.print-flyer .print-action { --qr-symbol: ${fixed(76)}; }
.print-flyer .print-action__label { font-size: ${pt(15)}; color: var(--chorus-brand); }
.print-flyer .print-action__scan { font-size: ${pt(10)}; }
.print-flyer .print-action__url { font-size: ${pt(10.5)}; }
`;

export const FACT_SHEET_CSS = `
/* Two pages allow more readable type than @chorus/ui's one-page print scale. */
.print-factsheet {
  --chorus-text-xs: ${pt(7.5)};
  --chorus-text-sm: ${pt(8.5)};
  --chorus-text-md: ${pt(10)};
  --chorus-text-lg: ${pt(11)};
  --chorus-text-xl: ${pt(12)};
  --chorus-text-2xl: ${pt(14)};
  --chorus-text-3xl: ${pt(18)};
  --chorus-text-4xl: ${pt(24)};
  --chorus-text-5xl: ${pt(28)};
  --chorus-space-1: ${pt(2)};
  --chorus-space-2: ${pt(3)};
  --chorus-space-3: ${pt(5)};
  --chorus-space-4: ${pt(7)};
  --chorus-space-5: ${pt(9)};
  --chorus-space-6: ${pt(11)};
  --chorus-space-8: ${pt(14)};
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  gap: ${pt(12)} 0;
  align-items: start;
  font-size: var(--chorus-text-md);
  line-height: 1.35;
}
.print-factsheet .chorus-factsheet { display: contents; }
.print-factsheet .chorus-factsheet > * { grid-column: 1 / -1; }
.print-factsheet[data-action="true"] .chorus-factsheet__header { grid-column: 1; grid-row: 2; }
.print-factsheet[data-action="true"][data-brand-row="false"] .chorus-factsheet__header { grid-row: 1 / span 2; }
.print-factsheet[data-brand-row="true"] .chorus-factsheet__org { display: none; }
.print-factsheet__brand { grid-column: 1; grid-row: 1; }
.print-factsheet__brand .print-logo { height: ${pt(30)}; }
/* Beside the title, closed by the same brand rule, so the header reads as one band across the page. */
.print-factsheet__action {
  grid-column: 2;
  grid-row: 1 / span 2;
  align-self: stretch;
  display: grid;
  align-content: start;
  justify-items: center;
  gap: ${pt(2)};
  --qr-symbol: ${fixed(76)};
  width: ${fixed(112)};
  padding-inline-start: ${fixed(14)};
  padding-block-end: ${pt(8)};
  border-block-end: ${pt(4)} solid var(--chorus-brand);
  text-align: center;
  font-size: var(--chorus-text-xs);
  line-height: 1.25;
}
.print-factsheet__action-label { font-weight: var(--chorus-weight-bold); font-size: var(--chorus-text-sm); }
.print-factsheet__action-scan { color: var(--chorus-muted); }
.print-factsheet__action-url { font-weight: var(--chorus-weight-semibold); overflow-wrap: anywhere; }
.print-factsheet .chorus-factsheet__header {
  align-self: stretch;
  align-content: start;
  gap: ${pt(4)};
  padding-block-end: ${pt(8)};
  border-block-end-width: ${pt(4)};
}
.print-factsheet .chorus-factsheet__header .chorus-lockup { --lockup-logo-height: ${pt(28)}; }
.print-factsheet .chorus-factsheet__title { font-size: var(--chorus-text-4xl); }
.print-factsheet .chorus-factsheet__facts .chorus-stat__value { font-size: var(--chorus-text-5xl); }
.print-factsheet .chorus-resource__description { display: block; }
.print-factsheet .chorus-footer { padding: ${pt(8)} ${pt(10)}; gap: ${pt(3)} ${pt(14)}; break-inside: avoid; }
.print-factsheet .chorus-factsheet__section,
.print-factsheet .chorus-quote,
.print-factsheet .chorus-resource-list { break-inside: auto; }
.print-factsheet h2, .print-factsheet h3 { break-after: avoid; }
`;
