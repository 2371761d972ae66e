// Logos: their natural size (PNG header, SVG width/height/viewBox) and a data URI satori can embed.
// SVG logos are drawn to PNG by resvg first, with the shipped fonts: resvg sets no text inside an SVG
// embedded as an image, and many logos have their wordmark as <text>.
import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, withTrueTypeFontFiles } from "./fonts.js";
import type { Brand } from "./types.js";

export interface LogoSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Natural size of a logo, or a reason it cannot be read. */
export function logoSize(logo: NonNullable<Brand["logo"]>): LogoSize | string {
  const { data, type } = logo;
  if (type === "image/png") {
    if (data.length < 24 || PNG_SIGNATURE.some((byte, i) => data[i] !== byte))
      return "the PNG logo is not a PNG file";
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { width, height } : "the PNG logo has no size";
  }
  if (type === "image/svg+xml") {
    const text = new TextDecoder().decode(data);
    const root = /<svg\b[^>]*>/i.exec(text)?.[0];
    if (!root) return "the SVG logo has no <svg> element";
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(root)?.[1]?.trim();
    const length = (value: string | undefined) => {
      const match = value ? /^([\d.]+)\s*(px)?$/.exec(value) : null;
      return match ? Number(match[1]) : undefined;
    };
    const viewBox = attribute("viewBox")
      ?.split(/[\s,]+/)
      .map(Number);
    const width = length(attribute("width")) ?? viewBox?.[2];
    const height = length(attribute("height")) ?? viewBox?.[3];
    if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height))
      return "the SVG logo has neither width and height nor a viewBox";
    return { width, height };
  }
  return `the logo type ${String(type)} is not image/png or image/svg+xml`;
}

const rasterized = new WeakMap<Uint8Array, Map<string, string>>();

/** A data URI for the logo drawn in a `width` × `height` box (SVG logos as PNG at twice that size). */
export function logoDataUri(logo: NonNullable<Brand["logo"]>, width: number, height: number): string {
  if (logo.type === "image/png") return `data:image/png;base64,${Buffer.from(logo.data).toString("base64")}`;
  let bySize = rasterized.get(logo.data);
  if (!bySize) {
    bySize = new Map();
    rasterized.set(logo.data, bySize);
  }
  const key = `${Math.round(width)}x${Math.round(height)}`;
  const cached = bySize.get(key);
  if (cached) return cached;
  const svg = Buffer.from(logo.data);
  const draw = (fontFiles?: string[]) =>
    new Resvg(svg, {
      fitTo: { mode: "width", value: Math.round(width * 2) },
      font: fontFiles
        ? {
            loadSystemFonts: false,
            fontFiles,
            defaultFontFamily: FONT_FAMILY,
            sansSerifFamily: FONT_FAMILY,
            serifFamily: FONT_FAMILY,
            monospaceFamily: FONT_FAMILY,
            cursiveFamily: FONT_FAMILY,
            fantasyFamily: FONT_FAMILY,
          }
        : { loadSystemFonts: false },
    })
      .render()
      .asPng();
  const png = /<text\b/i.test(svg.toString("utf8")) ? withTrueTypeFontFiles(draw) : draw();
  const uri = `data:image/png;base64,${png.toString("base64")}`;
  bySize.set(key, uri);
  return uri;
}
