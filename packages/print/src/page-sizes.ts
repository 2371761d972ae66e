/**
 * The paper sizes every layout is designed for, portrait. Widths and heights are CSS lengths (what
 * `@page { size }` takes) and PostScript points (what a PDF reader reports: 72 pt = 1 in).
 */
export const PAGE_SIZES = {
  letter: { label: "US Letter (8.5 × 11 in)", width: "8.5in", height: "11in", widthPt: 612, heightPt: 792 },
  a4: { label: "A4 (210 × 297 mm)", width: "210mm", height: "297mm", widthPt: 595.28, heightPt: 841.89 },
  tabloid: { label: "Tabloid (11 × 17 in)", width: "11in", height: "17in", widthPt: 792, heightPt: 1224 },
} as const satisfies Record<
  string,
  { label: string; width: string; height: string; widthPt: number; heightPt: number }
>;

export type PageSize = keyof typeof PAGE_SIZES;

export function isPageSize(value: unknown): value is PageSize {
  return typeof value === "string" && Object.hasOwn(PAGE_SIZES, value);
}

/** CSS pixels (96 per inch) from points: the viewport a page is laid out in. */
export function pointsToPixels(points: number): number {
  return (points / 72) * 96;
}
