// The fonts every card is set in: Source Sans 3 (SIL Open Font License 1.1) from @fontsource, latin and
// latin-ext subsets, regular and bold. Read from the installed package, parsed once per process and
// shared by satori (drawing), the measurer (fitting) and resvg (text inside SVG logos).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import opentype, { type Font } from "@shuding/opentype.js";

export const FONT_FAMILY = "Source Sans 3";
/** satori picks one font per family name and weight, so the latin-ext subset gets a name of its own. */
const EXT_FAMILY = "Source Sans 3 Ext";
export type Weight = 400 | 700;
const WEIGHTS: readonly Weight[] = [400, 700];
const SUBSETS = ["latin", "latin-ext"] as const;

export interface SatoriFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

interface LoadedFonts {
  /** For satori: the same array (and buffers) on every render, so its parsed fonts stay cached. */
  satori: SatoriFont[];
  /** Per weight, the subsets in fallback order: latin first, then latin-ext. */
  parsed: Record<Weight, Font[]>;
  /** The WOFF files, kept for resvg (which needs them as TrueType files). */
  woff: { file: string; data: Buffer }[];
}

let loaded: LoadedFonts | undefined;

function fontFile(subset: string, weight: Weight): string {
  return createRequire(import.meta.url).resolve(
    `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`,
  );
}

export function fonts(): LoadedFonts {
  if (loaded) return loaded;
  const satori: SatoriFont[] = [];
  const parsed: Record<Weight, Font[]> = { 400: [], 700: [] };
  const woff: LoadedFonts["woff"] = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const file = fontFile(subset, weight);
      const data = readFileSync(file);
      const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      satori.push({
        name: subset === "latin" ? FONT_FAMILY : EXT_FAMILY,
        data: buffer,
        weight,
        style: "normal",
      });
      parsed[weight].push(opentype.parse(buffer, { lowMemory: true }));
      woff.push({ file: path.basename(file, ".woff"), data });
    }
  }
  loaded = { satori, parsed, woff };
  return loaded;
}

/** The CSS font-family satori draws with: the latin subset, then latin-ext for what it lacks. */
export const FONT_STACK = `"${FONT_FAMILY}", "${EXT_FAMILY}"`;

/** The first subset of `weight` with a glyph for `char`, or undefined when no shipped font has one. */
export function fontFor(char: string, weight: Weight): Font | undefined {
  return fonts().parsed[weight].find((font) => font.charToGlyphIndex(char) > 0);
}

/** WOFF 1.0 → TrueType: each table is zlib-compressed on its own (https://www.w3.org/TR/WOFF/). */
export function woffToTrueType(woff: Buffer): Buffer {
  const tables = woff.readUInt16BE(12);
  const out = Buffer.alloc(woff.readUInt32BE(16));
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(tables, 4);
  const selector = Math.floor(Math.log2(tables));
  const range = 2 ** selector * 16;
  out.writeUInt16BE(range, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(tables * 16 - range, 10);
  let offset = 12 + tables * 16;
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    const at = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const record = 12 + i * 16;
    out.writeUInt32BE(woff.readUInt32BE(entry), record);
    out.writeUInt32BE(woff.readUInt32BE(entry + 16), record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(length, record + 12);
    const table =
      compressed < length ? inflateSync(woff.subarray(at, at + compressed)) : woff.subarray(at, at + length);
    table.copy(out, offset);
    offset += (length + 3) & ~3;
  }
  return out;
}

let trueType: { file: string; data: Buffer }[] | undefined;

/**
 * Runs `draw` with the fonts as TrueType files, for resvg to set the text inside SVG logos (it reads fonts
 * only from files, and not WOFF). They are converted once per process, written to a private temporary
 * folder for the call and removed after it.
 */
export function withTrueTypeFontFiles<T>(draw: (files: string[]) => T): T {
  trueType ??= fonts().woff.map(({ file, data }) => ({ file: `${file}.ttf`, data: woffToTrueType(data) }));
  const dir = mkdtempSync(path.join(tmpdir(), "chorus-graphics-fonts-"));
  try {
    const files = trueType.map(({ file, data }) => {
      const target = path.join(dir, file);
      writeFileSync(target, data);
      return target;
    });
    return draw(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
