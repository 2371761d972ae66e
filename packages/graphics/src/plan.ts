// From card input to a plan with every box in place: checks (empty text, glyphs, logo, contrast), then
// fitting, then how much to cut when nothing fits.

import {
  CONTRAST_MINIMUM,
  type ColorRole,
  type ColorSet,
  contrastRatio,
  nearestPassingShade,
} from "@chorus/tokens";
import {
  GraphicContrastError,
  type GraphicContrastFailure,
  GraphicFitError,
  GraphicInputError,
} from "./errors.js";
import {
  type Failure,
  type Frame,
  type Item,
  isFailure,
  type Placed,
  type PlacedImage,
  type PlacedRect,
  type PlacedText,
  place,
  scales,
} from "./fit.js";
import {
  buildFrame,
  type LayoutContext,
  logoBox,
  mainRange,
  metricsFor,
  type Texts,
  textsOf,
} from "./layouts.js";
import { logoSize } from "./logo.js";
import { missingCharacters, normalizeText } from "./measure.js";
import type { CardSize } from "./sizes.js";
import { describeSize } from "./sizes.js";
import type { CardInput } from "./types.js";

export interface ResolvedRect extends Omit<PlacedRect, "fill"> {
  fill: string;
}

export interface ResolvedText extends PlacedText {
  fill: string;
}

/** Everything on the card, in drawing order: background, rectangles, images, then texts. */
export interface CardPlan {
  size: CardSize;
  background: string;
  rects: ResolvedRect[];
  images: PlacedImage[];
  texts: ResolvedText[];
  /** The main text's size after fitting. */
  fontSize: number;
}

/** WCAG large text, as this package allows it 3:1: bold and at least 24 px. */
export function isLargeText(fontSize: number, weight: number): boolean {
  return weight >= 700 && fontSize >= 24;
}

function frameItems(frame: Frame): Item[] {
  return frame.stacks.flatMap((stack) => stack.items);
}

function checkTexts(input: CardInput, texts: Texts): void {
  for (const [field, text] of Object.entries(texts)) {
    if (!normalizeText(text))
      throw new GraphicInputError({
        ...(input.label ? { label: input.label } : {}),
        code: "empty-text",
        field,
        message: `the ${field} is empty`,
      });
  }
}

function checkGlyphs(input: CardInput, items: Item[]): void {
  for (const item of items) {
    const missing = missingCharacters(item.text, item.weight);
    if (missing.length === 0) continue;
    const shown = missing.map(
      (char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`,
    );
    throw new GraphicInputError({
      ...(input.label ? { label: input.label } : {}),
      code: "unsupported-character",
      field: item.field,
      message: `the ${item.field} has ${missing.length === 1 ? "a character" : "characters"} the card font (Source Sans 3, latin and latin-ext) cannot draw: ${shown.join(", ")}; replace ${missing.length === 1 ? "it" : "them"} with text`,
    });
  }
}

/**
 * Every text colour on its background, at the smallest size the text can get: 4.5:1, or 3:1 for bold
 * text that stays at 24 px or more.
 */
function checkContrast(input: CardInput, colors: ColorSet, items: Item[]): void {
  const byPair = new Map<string, GraphicContrastFailure & { fields: string[] }>();
  for (const item of items) {
    const minimum = isLargeText(item.size[1], item.weight)
      ? CONTRAST_MINIMUM["large-text"]
      : CONTRAST_MINIMUM.text;
    const fg = colors[item.color].toUpperCase();
    const bg = colors[item.background].toUpperCase();
    const ratio = contrastRatio(fg, bg);
    if (ratio >= minimum) continue;
    const key = `${item.color}|${item.background}|${minimum}`;
    const known = byPair.get(key);
    if (known) {
      known.fields.push(item.field);
      continue;
    }
    byPair.set(key, {
      field: item.field,
      fields: [item.field],
      fgRole: item.color,
      bgRole: item.background,
      fg,
      bg,
      ratio,
      minimum,
      suggestion: nearestPassingShade(fg, bg, minimum),
    });
  }
  if (byPair.size === 0) return;
  const failures = [...byPair.values()].map(({ fields, ...failure }) => ({
    ...failure,
    field: fields.join(", "),
  }));
  throw new GraphicContrastError({
    ...(input.label ? { label: input.label } : {}),
    themeName: input.theme.name,
    scheme: input.scheme ?? "light",
    failures,
  });
}

function layoutContext(input: CardInput, size: CardSize): LayoutContext {
  const metrics = metricsFor(size);
  let logo: LayoutContext["logo"];
  if (input.brand.logo) {
    const natural = logoSize(input.brand.logo);
    if (typeof natural === "string")
      throw new GraphicInputError({
        ...(input.label ? { label: input.label } : {}),
        code: "invalid-logo",
        field: "logo",
        message: `${natural} (brand ${input.brand.name})`,
      });
    logo = logoBox(metrics, natural);
  }
  const content = input.content;
  if (
    metrics.arrangement === "strip" &&
    content.kind !== "crisis-resource" &&
    content.crisisLine !== undefined
  )
    throw new GraphicInputError({
      ...(input.label ? { label: input.label } : {}),
      code: "no-room-for-crisis-line",
      field: "crisis line",
      message: `a ${describeSize(size)} has no room for a crisis line under its words; use a crisis-resource card at this size, or a larger size`,
    });
  return { input, size, metrics, logo, dark: input.scheme === "dark" };
}

function attempt(
  context: LayoutContext,
  scale: number,
  texts: Texts,
): { frame: Frame; result: Placed | Failure } {
  const frame = buildFrame(context, scale, texts);
  return { frame, result: place(frame, scale) };
}

/** About how many characters of `field` to cut so it fits at the smallest scale (a multiple of 5). */
function shortenBy(context: LayoutContext, scale: number, texts: Texts, field: string): number {
  const text = texts[field]!;
  const fitsWith = (length: number) => {
    const { result } = attempt(context, scale, { ...texts, [field]: text.slice(0, length).trimEnd() || "x" });
    return !isFailure(result) || result.field !== field;
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsWith(middle)) low = middle;
    else high = middle - 1;
  }
  return Math.max(5, Math.ceil((text.length - low) / 5) * 5);
}

function resolve(colors: ColorSet, fill: ColorRole | { literal: string }): string {
  return typeof fill === "string" ? colors[fill] : fill.literal;
}

/** Lay out a card: check it can be made, fit every text, and place every box. */
export function planCard(input: CardInput, size: CardSize): CardPlan {
  const context = layoutContext(input, size);
  const colors = input.theme.colors[input.scheme ?? "light"];
  const texts = Object.fromEntries(
    Object.entries(textsOf(input)).map(([field, text]) => [field, normalizeText(text)]),
  );
  checkTexts(input, textsOf(input));
  const items = frameItems(buildFrame(context, 1, texts));
  checkGlyphs(input, items);
  checkContrast(input, colors, items);

  const { range, step } = mainRange(context);
  const tries = scales(range, step);
  let last: { scale: number; failure: Failure } | undefined;
  for (const scale of tries) {
    const { frame, result } = attempt(context, scale, texts);
    if (isFailure(result)) {
      last = { scale, failure: result };
      continue;
    }
    const main = result.texts.find((text) => text.main);
    return {
      size,
      background: colors[frame.background],
      rects: [...frame.rects, ...result.rects].map((rect) => ({ ...rect, fill: resolve(colors, rect.fill) })),
      images: frame.images,
      texts: result.texts.map((text) => ({ ...text, fill: colors[text.color] })),
      fontSize: main?.fontSize ?? 0,
    };
  }
  const { scale, failure } = last!;
  throw new GraphicFitError({
    ...(input.label ? { label: input.label } : {}),
    field: failure.field,
    size,
    fontSize: failure.fontSize,
    shortenBy: failure.field in texts ? shortenBy(context, scale, texts, failure.field) : 5,
  });
}
