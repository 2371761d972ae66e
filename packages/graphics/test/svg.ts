// Reading what satori drew, independently of the measurer: each text is one <g><path fill d/></g> with
// its glyph outlines in absolute coordinates, so its bounding box is where the ink of its lines is.

export interface InkBox {
  fill: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Number of contours (subpaths) drawn. */
  contours: number;
}

/** Bounding box of an absolute SVG path made of M, L, Q, C and Z commands (what satori writes for glyphs). */
export function pathBox(d: string): Omit<InkBox, "fill"> {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = numbers[i]!;
    const y = numbers[i + 1]!;
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  return { x1, y1, x2, y2, contours: (d.match(/M/g) ?? []).length };
}

/** The ink of every text on the card, in drawing order. */
export function textInk(svg: string): InkBox[] {
  return [...svg.matchAll(/<g><path fill="([^"]+)" d="([^"]+)"\/><\/g>/g)].map((match) => ({
    fill: match[1]!,
    ...pathBox(match[2]!),
  }));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((byte, i) => png[i] !== byte)) throw new Error("not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== "IHDR") throw new Error("PNG without IHDR first");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function overlaps(a: InkBox, b: InkBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
