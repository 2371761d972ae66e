// Text measurement for fitting: glyph advances (with kerning) from the same font files satori draws with,
// and greedy line breaking at spaces (and after the slashes of URLs). satori draws exactly the lines made
// here, and they are made 1% narrower than the box: glyph extents drawn by satori (HarfBuzz shaping) stay
// within 0.05% of these advances.
import { fontFor, fonts, type Weight } from "./fonts.js";

/** Lines are made this much narrower than their box (HarfBuzz advances may differ very slightly). */
export const WRAP_SAFETY = 0.99;

const widths = new Map<string, number>();

/** One whitespace-collapsed, NFC-normalised line of text, as every card shows it. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\S\u200B]+/g, " ")
    .trim();
}

/** Width of `word` (no spaces) at 1 px, font by font along the fallback chain. */
function unitWidth(word: string, weight: Weight): number {
  const key = `${weight}\u0000${word}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  let width = 0;
  let run = "";
  let runFont = fonts().parsed[weight][0]!;
  for (const char of word) {
    const font = fontFor(char, weight) ?? runFont;
    if (font !== runFont && run) {
      width += runFont.getAdvanceWidth(run, 1, { kerning: true });
      run = "";
    }
    runFont = font;
    run += char;
  }
  if (run) width += runFont.getAdvanceWidth(run, 1, { kerning: true });
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
}

/** Width in px of a single line of text (no wrapping). */
export function textWidth(text: string, fontSize: number, weight: Weight): number {
  const space = unitWidth(" ", weight);
  let width = 0;
  for (const part of normalizeText(text).split(BREAK)) {
    if (part === " ") width += space;
    else if (part && part !== "\u200B") width += unitWidth(part, weight);
  }
  return width * fontSize;
}

export interface Wrapped {
  lines: string[];
  /** Widest line in px. */
  width: number;
  /** The widest single word in px: wider than the box means it cannot fit at this size. */
  widestWord: number;
}

/** Break opportunities: spaces, and zero-width spaces (put after the slashes of a URL). */
const BREAK = /( |\u200B)/;

/** Greedy wrapping at spaces into lines no wider than `maxWidth` × WRAP_SAFETY. */
export function wrapText(text: string, fontSize: number, weight: Weight, maxWidth: number): Wrapped {
  const limit = (maxWidth * WRAP_SAFETY) / fontSize;
  const space = unitWidth(" ", weight);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let widest = 0;
  let widestWord = 0;
  let separator = "";
  for (const part of normalizeText(text).split(BREAK)) {
    if (part === " " || part === "\u200B") {
      separator = part;
      continue;
    }
    if (!part) continue;
    const width = unitWidth(part, weight);
    widestWord = Math.max(widestWord, width);
    const joint = separator === " " ? space : 0;
    if (line && lineWidth + joint + width <= limit) {
      line += separator + part;
      lineWidth += joint + width;
    } else {
      if (line) {
        lines.push(line);
        widest = Math.max(widest, lineWidth);
      }
      line = part;
      lineWidth = width;
    }
    separator = "";
  }
  if (line) {
    lines.push(line);
    widest = Math.max(widest, lineWidth);
  }
  return { lines, width: widest * fontSize, widestWord: (widestWord * fontSize) / WRAP_SAFETY };
}

/** Characters of `text` that none of the shipped fonts can draw (each once, in order). */
export function missingCharacters(text: string, weight: Weight): string[] {
  const missing = new Set<string>();
  for (const char of text.normalize("NFC")) {
    if (/\s/.test(char)) continue;
    if (!fontFor(char, weight)) missing.add(char);
  }
  return [...missing];
}
