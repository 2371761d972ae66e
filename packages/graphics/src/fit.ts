// The fitting engine: text items stacked in boxes, sized from measured glyph advances. A layout is a
// function of a scale factor; fitting tries the main text from its largest size down to its minimum in
// steps (every other item scales along, never below its own minimum), then the other items down to
// theirs, and takes the first attempt where every item fits its box.
import type { ColorRole } from "@chorus/tokens";
import type { Weight } from "./fonts.js";
import { textWidth, WRAP_SAFETY, type Wrapped, wrapText } from "./measure.js";

interface ItemBase {
  /** Names the item in errors: the content field ("statement") or a fixed part ("brand name"). */
  field: string;
  text: string;
  weight: Weight;
  /** Largest and smallest font size in px. */
  size: readonly [max: number, min: number];
  lineHeight: number;
  color: ColorRole;
  /** What the text sits on, for the contrast check. */
  background: ColorRole;
  align?: "left" | "center" | "right";
  /** Space above the item (not for the first item of a stack). */
  gapBefore?: number;
  maxLines?: number;
}

export interface TextItem extends ItemBase {
  type: "text";
  /** Never wraps: shrinks until it fits the width on one line (figures, phone numbers). */
  oneLine?: boolean;
  /** The text whose size is stepped down first, reported as the card's font size. */
  main?: boolean;
  /** satori's text-wrap: balance (same number of lines, more even lengths). */
  balance?: boolean;
}

export interface ButtonItem extends ItemBase {
  type: "button";
  /** Filled with `background`. */
  padX: number;
  padY: number;
  radius: number;
}

export type Item = TextItem | ButtonItem;

export interface Stack {
  x: number;
  y: number;
  width: number;
  height: number;
  valign: "top" | "center" | "bottom";
  /** Space between items unless an item says otherwise. */
  gap: number;
  items: Item[];
}

export interface PlacedText {
  field: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  weight: Weight;
  color: ColorRole;
  background: ColorRole;
  align: "left" | "center" | "right";
  /** The lines as measured here; satori draws exactly these (no wrapping of its own). */
  lines: string[];
  main: boolean;
}

export interface PlacedRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A theme role, or a literal colour (the white plate behind a logo on a dark card). */
  fill: ColorRole | { literal: string };
  radius?: number;
}

export interface PlacedImage {
  x: number;
  y: number;
  width: number;
  height: number;
  src: string;
}

/** What a layout function returns for one scale: decoration, images and the stacks of text. */
export interface Frame {
  background: ColorRole;
  rects: PlacedRect[];
  images: PlacedImage[];
  stacks: Stack[];
}

export interface Placed {
  texts: PlacedText[];
  /** Button fills, drawn under their labels. */
  rects: PlacedRect[];
}

export interface Failure {
  field: string;
  fontSize: number;
}

export function sizeAt(size: readonly [number, number], scale: number): number {
  return Math.max(size[1], Math.round(size[0] * scale));
}

/** The largest size ≤ `size` at which `text` fits `width` on one line (0 when none is ≥ the minimum). */
export function oneLineSize(text: string, weight: Weight, width: number, size: number, min: number): number {
  const perPx = textWidth(text, 1, weight);
  if (perPx === 0) return size;
  const fits = Math.floor((width * WRAP_SAFETY) / perPx);
  return fits >= min ? Math.min(size, fits) : 0;
}

/** Place every stack at `scale`; the first item that does not fit makes it a failure. */
export function place(frame: Frame, scale: number): Placed | Failure {
  const texts: PlacedText[] = [];
  const rects: PlacedRect[] = [];
  for (const stack of frame.stacks) {
    const sized: { item: Item; fontSize: number; lines: string[]; height: number; width: number }[] = [];
    for (const item of stack.items) {
      let fontSize = sizeAt(item.size, scale);
      if (item.type === "text" && item.oneLine) {
        fontSize = oneLineSize(item.text, item.weight, stack.width, fontSize, item.size[1]);
        if (fontSize === 0) return { field: item.field, fontSize: item.size[1] };
      }
      const inner = item.type === "button" ? stack.width - 2 * item.padX : stack.width;
      let wrapped = wrapText(item.text, fontSize, item.weight, inner);
      const maxLines = item.type === "text" && item.oneLine ? 1 : item.maxLines;
      if (wrapped.widestWord > inner || (maxLines !== undefined && wrapped.lines.length > maxLines))
        return { field: item.field, fontSize };
      if (item.type === "text" && item.balance) wrapped = balanced(item, fontSize, inner, wrapped);
      const lines = wrapped.lines;
      // satori rounds every line box to whole pixels; so does the plan, or long texts drift apart.
      const textHeight = Math.max(1, lines.length) * Math.round(fontSize * item.lineHeight);
      if (item.type === "button") {
        // The label box is as wide as the measured label plus the safety margin, so satori wraps it the same.
        const labelWidth = Math.min(inner, Math.ceil(wrapped.width / WRAP_SAFETY) + 2);
        sized.push({
          item,
          fontSize,
          lines,
          height: textHeight + 2 * item.padY,
          width: labelWidth + 2 * item.padX,
        });
      } else sized.push({ item, fontSize, lines, height: textHeight, width: stack.width });
    }
    const total = sized.reduce(
      (sum, { item, height }, i) => sum + height + (i === 0 ? 0 : (item.gapBefore ?? stack.gap)),
      0,
    );
    if (total > stack.height) {
      const blamed = sized.find(({ item }) => item.type === "text" && item.main) ?? largest(sized);
      return { field: blamed.item.field, fontSize: blamed.fontSize };
    }
    let y =
      stack.valign === "top"
        ? stack.y
        : stack.valign === "bottom"
          ? stack.y + stack.height - total
          : stack.y + (stack.height - total) / 2;
    for (const [i, { item, fontSize, lines, height, width }] of sized.entries()) {
      if (i > 0) y += item.gapBefore ?? stack.gap;
      const align = item.align ?? "left";
      const top = Math.round(y);
      if (item.type === "button") {
        const x = align === "right" ? stack.x + stack.width - width : stack.x;
        rects.push({ x, y: top, width, height, fill: item.background, radius: item.radius });
        texts.push(
          placed(item, fontSize, lines, {
            x: x + item.padX,
            y: top + item.padY,
            width: width - 2 * item.padX,
            height: height - 2 * item.padY,
          }),
        );
      } else texts.push(placed(item, fontSize, lines, { x: stack.x, y: top, width, height }));
      y += height;
    }
  }
  return { texts, rects };
}

/**
 * Like CSS text-wrap: balance: the narrowest width that keeps the same number of lines, so a headline's
 * last line is not a lone word.
 */
function balanced(item: Item, fontSize: number, width: number, wrapped: Wrapped): Wrapped {
  const count = wrapped.lines.length;
  if (count < 2) return wrapped;
  let low = width / 2;
  let high = width;
  let best = wrapped;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    const attempt = wrapText(item.text, fontSize, item.weight, middle);
    if (attempt.lines.length > count || attempt.widestWord > middle) low = middle;
    else {
      high = middle;
      best = attempt;
    }
  }
  return best;
}

function largest<T extends { item: Item }>(sized: T[]): T {
  return sized.reduce((best, entry) => (entry.item.text.length > best.item.text.length ? entry : best));
}

function placed(
  item: Item,
  fontSize: number,
  lines: string[],
  box: { x: number; y: number; width: number; height: number },
): PlacedText {
  return {
    field: item.field,
    text: item.text,
    ...box,
    fontSize,
    lineHeight: item.lineHeight,
    weight: item.weight,
    color: item.color,
    background: item.background,
    align: item.type === "button" ? "center" : (item.align ?? "left"),
    lines,
    main: item.type === "text" && item.main === true,
  };
}

export function isFailure(result: Placed | Failure): result is Failure {
  return "field" in result && !("texts" in result);
}

/**
 * The scales to try: the main text from its largest size down to its minimum in `step` px steps, then
 * further down (only the other items still shrink) until `floor`.
 */
export function scales(main: readonly [number, number], step: number, floor = 0.3): number[] {
  const [max, min] = main;
  const list: number[] = [];
  for (let size = max; size >= min; size -= step) list.push(size / max);
  for (let scale = min / max - 0.05; scale >= floor; scale -= 0.05) list.push(scale);
  return list;
}
