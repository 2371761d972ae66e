// The card designs. Every size has one of four arrangements: a column (square, portrait, story, the
// medium rectangle and the skyscraper), wide (X and link previews: two columns where the content has
// two parts), and the leaderboard strip (one row, fewest elements). Each kind of content has its own
// treatment: facts on the page colour with a large figure, key messages on the brand colour, calls to
// action with a button, crisis resources on a calm tint with the contact largest.
import type { ColorRole } from "@chorus/tokens";
import type { Frame, Item, PlacedImage, PlacedRect, Stack } from "./fit.js";
import { oneLineSize, sizeAt } from "./fit.js";
import { logoDataUri } from "./logo.js";
import { textWidth as measureWidth, WRAP_SAFETY } from "./measure.js";
import type { CardSize } from "./sizes.js";
import { STRINGS } from "./strings.js";
import type { CardInput } from "./types.js";

type Range = readonly [max: number, min: number];

interface TypeScale {
  figure: Range;
  statement: Range;
  source: Range;
  keyText: Range;
  ctaText: Range;
  button: Range;
  url: Range;
  eyebrow: Range | null;
  contact: Range;
  name: Range;
  description: Range;
}

interface Metrics {
  arrangement: "column" | "wide" | "strip";
  /** Accent bar thickness (top edge; left edge on the strip). */
  bar: number;
  padX: number;
  padTop: number;
  padBottom: number;
  footerHeight: number;
  /** Between the content and the footer. */
  footerGap: number;
  rule: number;
  logo: { height: number; maxWidth: number; plate: number };
  brandName: number;
  /** The "In collaboration with" lines; none on banners. */
  collab: { label: number; name: number } | null;
  gap: number;
  /** Step of the main text's size when shrinking, px. */
  step: number;
  button: { padX: number; padY: number; radius: number };
  type: TypeScale;
}

/** The main text's smallest size: 28 px on every social card, 14 px on banners. */
export const MIN_MAIN_SOCIAL = 28;
export const MIN_MAIN_BANNER = 14;

const square: Metrics = {
  arrangement: "column",
  bar: 16,
  padX: 96,
  padTop: 112,
  padBottom: 72,
  footerHeight: 96,
  footerGap: 64,
  rule: 2,
  logo: { height: 80, maxWidth: 400, plate: 14 },
  brandName: 36,
  collab: { label: 24, name: 30 },
  gap: 32,
  step: 2,
  button: { padX: 44, padY: 22, radius: 999 },
  type: {
    figure: [220, 96],
    statement: [60, MIN_MAIN_SOCIAL],
    source: [28, 24],
    keyText: [84, MIN_MAIN_SOCIAL],
    ctaText: [72, MIN_MAIN_SOCIAL],
    button: [40, 28],
    url: [34, 26],
    eyebrow: [30, 24],
    contact: [120, 56],
    name: [40, 28],
    description: [44, MIN_MAIN_SOCIAL],
  },
};

const SIZES: Record<string, Metrics> = {
  square,
  portrait: {
    ...square,
    padTop: 128,
    padBottom: 88,
    type: {
      ...square.type,
      figure: [240, 96],
      statement: [64, MIN_MAIN_SOCIAL],
      keyText: [92, MIN_MAIN_SOCIAL],
      ctaText: [76, MIN_MAIN_SOCIAL],
      contact: [132, 56],
      description: [46, MIN_MAIN_SOCIAL],
    },
  },
  // Stories: the top 250 px and bottom 340 px sit under the app's own controls; nothing important there.
  story: {
    ...square,
    padTop: 250,
    padBottom: 340,
    type: {
      ...square.type,
      figure: [300, 96],
      statement: [76, MIN_MAIN_SOCIAL],
      source: [32, 24],
      keyText: [108, MIN_MAIN_SOCIAL],
      ctaText: [92, MIN_MAIN_SOCIAL],
      button: [48, 28],
      url: [38, 26],
      eyebrow: [36, 24],
      contact: [150, 56],
      name: [46, 28],
      description: [52, MIN_MAIN_SOCIAL],
    },
  },
  x: {
    arrangement: "wide",
    bar: 12,
    padX: 72,
    padTop: 76,
    padBottom: 44,
    footerHeight: 64,
    footerGap: 40,
    rule: 2,
    logo: { height: 56, maxWidth: 320, plate: 10 },
    brandName: 30,
    collab: { label: 20, name: 24 },
    gap: 20,
    step: 2,
    button: { padX: 32, padY: 14, radius: 999 },
    type: {
      figure: [180, 72],
      statement: [48, MIN_MAIN_SOCIAL],
      source: [24, 20],
      keyText: [64, MIN_MAIN_SOCIAL],
      ctaText: [56, MIN_MAIN_SOCIAL],
      button: [32, 24],
      url: [28, 22],
      eyebrow: [24, 20],
      contact: [92, 44],
      name: [32, 24],
      description: [34, MIN_MAIN_SOCIAL],
    },
  },
  "medium-rectangle": {
    arrangement: "column",
    bar: 6,
    padX: 16,
    padTop: 22,
    padBottom: 12,
    footerHeight: 28,
    footerGap: 14,
    rule: 1,
    logo: { height: 26, maxWidth: 150, plate: 4 },
    brandName: 14,
    collab: null,
    gap: 6,
    step: 1,
    button: { padX: 14, padY: 6, radius: 999 },
    type: {
      figure: [56, 28],
      statement: [20, MIN_MAIN_BANNER],
      source: [12, 12],
      keyText: [28, MIN_MAIN_BANNER],
      ctaText: [24, MIN_MAIN_BANNER],
      button: [16, 13],
      url: [13, 12],
      eyebrow: null,
      contact: [34, 18],
      name: [14, 12],
      description: [16, MIN_MAIN_BANNER],
    },
  },
  leaderboard: {
    arrangement: "strip",
    bar: 6,
    padX: 16,
    padTop: 10,
    padBottom: 10,
    footerHeight: 0,
    footerGap: 16,
    rule: 1,
    logo: { height: 40, maxWidth: 150, plate: 6 },
    brandName: 14,
    collab: null,
    gap: 3,
    step: 1,
    button: { padX: 14, padY: 8, radius: 999 },
    type: {
      figure: [44, 24],
      statement: [17, MIN_MAIN_BANNER],
      source: [12, 12],
      keyText: [22, MIN_MAIN_BANNER],
      ctaText: [20, MIN_MAIN_BANNER],
      button: [16, 13],
      url: [12, 12],
      eyebrow: null,
      contact: [30, 18],
      name: [17, MIN_MAIN_BANNER],
      description: [14, MIN_MAIN_BANNER],
    },
  },
  "wide-skyscraper": {
    arrangement: "column",
    bar: 6,
    padX: 12,
    padTop: 28,
    padBottom: 14,
    footerHeight: 40,
    footerGap: 16,
    rule: 1,
    logo: { height: 36, maxWidth: 136, plate: 4 },
    brandName: 15,
    collab: null,
    gap: 10,
    step: 1,
    button: { padX: 12, padY: 7, radius: 999 },
    type: {
      figure: [52, 24],
      statement: [22, MIN_MAIN_BANNER],
      source: [12, 12],
      keyText: [30, MIN_MAIN_BANNER],
      ctaText: [24, MIN_MAIN_BANNER],
      button: [16, 13],
      url: [13, 12],
      eyebrow: null,
      contact: [30, 18],
      name: [15, 13],
      description: [16, MIN_MAIN_BANNER],
    },
  },
};
SIZES.link = SIZES.x!;

export function metricsFor(size: CardSize): Metrics {
  const metrics = SIZES[size.id];
  if (!metrics) throw new Error(`No layout for the card size "${size.id}"; use SOCIAL_SIZES or BANNER_SIZES`);
  return metrics;
}

/** The URL as a card shows it: no scheme, no trailing slash, a break opportunity after each slash. */
export function displayUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/\/$/, "")
    .replace(/\//g, "/\u200B");
}

/** The field of a card's crisis line (named in fit errors). */
const CRISIS_LINE = "crisis line";

/** The texts of a card by field; the fitter shortens one of them to find how much to cut. */
export type Texts = Record<string, string>;

export function textsOf(input: CardInput): Texts {
  const texts: Texts = { "brand name": input.brand.name };
  if (input.collaborative && input.collaborative.name !== input.brand.name)
    texts["collaborative name"] = input.collaborative.name;
  const content = input.content;
  if (content.kind !== "crisis-resource" && content.crisisLine !== undefined)
    texts[CRISIS_LINE] = content.crisisLine;
  switch (content.kind) {
    case "fact":
      return { ...texts, figure: content.figure, statement: content.statement, source: content.source };
    case "key-message":
      return { ...texts, text: content.text };
    case "call-to-action":
      return { ...texts, text: content.text, action: content.action, url: content.url };
    case "crisis-resource":
      return {
        ...texts,
        name: content.name,
        contact: content.contact,
        description: content.description,
        ...(content.url ? { url: content.url } : {}),
      };
  }
}

export interface LayoutContext {
  input: CardInput;
  size: CardSize;
  metrics: Metrics;
  /** Logo box in px, when the brand has a readable logo. */
  logo: { width: number; height: number } | undefined;
  dark: boolean;
}

/** The main text's size range and step, for the fitter. */
export function mainRange(context: LayoutContext): { range: Range; step: number } {
  const { type, step } = context.metrics;
  const kind = context.input.content.kind;
  const range =
    kind === "fact"
      ? type.statement
      : kind === "key-message"
        ? type.keyText
        : kind === "call-to-action"
          ? type.ctaText
          : context.metrics.arrangement === "strip"
            ? type.name
            : type.description;
  return { range, step };
}

/** Which colour the card is mostly: facts and calls to action on the page colour, the others on panels. */
function panelOf(kind: CardInput["content"]["kind"]): ColorRole {
  return kind === "key-message" ? "brand" : kind === "crisis-resource" ? "brand-subtle" : "bg";
}

export function buildFrame(context: LayoutContext, scale: number, t: Texts): Frame {
  switch (context.metrics.arrangement) {
    case "strip":
      return stripFrame(context, scale, t);
    default:
      return columnOrWideFrame(context, scale, t);
  }
}

/** The content items of a card, in reading order, for the column arrangement; its crisis line last. */
function contentItems(context: LayoutContext, t: Texts, panel: ColorRole): Item[] {
  const items = wordsItems(context, t, panel);
  return t[CRISIS_LINE] === undefined ? items : [...items, crisisLineItem(context, t, panel)];
}

/**
 * A crisis line under the words: bold, at the size of a source line, in the colour the words have on this
 * panel (a pair every theme is checked for), never cut (two lines at most, or the card is refused).
 */
function crisisLineItem(context: LayoutContext, t: Texts, on: ColorRole): Item {
  return {
    type: "text",
    field: CRISIS_LINE,
    text: t[CRISIS_LINE]!,
    weight: 700,
    size: context.metrics.type.source,
    lineHeight: 1.25,
    color: on === "brand" ? "brand-fg" : "fg",
    background: on,
    maxLines: 2,
    gapBefore: context.metrics.gap,
  };
}

function wordsItems(context: LayoutContext, t: Texts, panel: ColorRole): Item[] {
  const { type, gap, button } = context.metrics;
  const strings = STRINGS[context.input.locale];
  const kind = context.input.content.kind;
  const on = panel;
  if (kind === "fact")
    return [figureItem(context, t, on), statementItem(context, t, on), sourceItem(context, t, on, gap * 1.5)];
  if (kind === "key-message")
    return [
      {
        type: "text",
        field: "text",
        text: t.text!,
        weight: 700,
        size: type.keyText,
        lineHeight: 1.15,
        color: "brand-fg",
        background: "brand",
        main: true,
        balance: true,
      },
    ];
  if (kind === "call-to-action")
    return [
      {
        type: "text",
        field: "text",
        text: t.text!,
        weight: 700,
        size: type.ctaText,
        lineHeight: 1.15,
        color: "fg",
        background: on,
        main: true,
        balance: true,
      },
      {
        type: "button",
        field: "action",
        text: t.action!,
        weight: 700,
        size: type.button,
        lineHeight: 1.2,
        color: "accent-fg",
        background: "accent",
        maxLines: 2,
        gapBefore: gap * 1.5,
        ...button,
      },
      urlItem(context, t, on),
    ];
  const items: Item[] = [];
  if (type.eyebrow)
    items.push({
      type: "text",
      field: "heading",
      text: strings.helpAvailable,
      weight: 700,
      size: type.eyebrow,
      lineHeight: 1.2,
      color: "fg",
      background: on,
      maxLines: 1,
    });
  items.push(contactItem(context, t, on), {
    type: "text",
    field: "name",
    text: t.name!,
    weight: 700,
    size: type.name,
    lineHeight: 1.2,
    color: "fg",
    background: on,
    maxLines: 3,
  });
  items.push(descriptionItem(context, t, on));
  if (t.url !== undefined) items.push(urlItem(context, t, on));
  return items;
}

function figureItem(context: LayoutContext, t: Texts, on: ColorRole): Item {
  return {
    type: "text",
    field: "figure",
    text: t.figure!,
    weight: 700,
    size: context.metrics.type.figure,
    lineHeight: 1.05,
    color: "brand",
    background: on,
    oneLine: true,
  };
}

function statementItem(context: LayoutContext, t: Texts, on: ColorRole, gapBefore?: number): Item {
  return {
    type: "text",
    field: "statement",
    text: t.statement!,
    weight: 400,
    size: context.metrics.type.statement,
    lineHeight: 1.25,
    color: "fg",
    background: on,
    main: true,
    balance: true,
    ...(gapBefore !== undefined ? { gapBefore } : {}),
  };
}

function sourceItem(context: LayoutContext, t: Texts, on: ColorRole, gapBefore: number): Item {
  return {
    type: "text",
    field: "source",
    text: `${STRINGS[context.input.locale].source}: ${t.source}`,
    weight: 400,
    size: context.metrics.type.source,
    lineHeight: 1.3,
    color: "muted",
    background: on,
    maxLines: 2,
    gapBefore,
  };
}

// On the crisis card's tint only the text colour is sure to pass (fg on brand-subtle is one of the
// pairs every theme is checked for), so the contact is the largest text rather than a brand-coloured one.
function contactItem(context: LayoutContext, t: Texts, on: ColorRole): Item {
  return {
    type: "text",
    field: "contact",
    text: t.contact!,
    weight: 700,
    size: context.metrics.type.contact,
    lineHeight: 1.1,
    color: "fg",
    background: on,
    maxLines: 3,
    balance: true,
  };
}

function descriptionItem(context: LayoutContext, t: Texts, on: ColorRole): Item {
  return {
    type: "text",
    field: "description",
    text: t.description!,
    weight: 400,
    size: context.metrics.type.description,
    lineHeight: 1.3,
    color: "fg",
    background: on,
    main: true,
    balance: true,
  };
}

function urlItem(context: LayoutContext, t: Texts, on: ColorRole): Item {
  return {
    type: "text",
    field: "url",
    text: displayUrl(t.url!),
    weight: 700,
    size: context.metrics.type.url,
    lineHeight: 1.25,
    // Links are checked on the page colour and on surfaces; on the crisis tint the text colour is.
    color: on === "brand-subtle" ? "fg" : "link",
    background: on,
    maxLines: 2,
  };
}

/** The brand lockup (logo, or name) and the collaborative line, in a footer row. */
function footer(
  context: LayoutContext,
  t: Texts,
  region: { x: number; y: number; width: number; height: number },
  on: ColorRole,
): { stacks: Stack[]; rects: PlacedRect[]; images: PlacedImage[] } {
  const { metrics, logo, dark } = context;
  const stacks: Stack[] = [];
  const rects: PlacedRect[] = [];
  const images: PlacedImage[] = [];
  const collab = metrics.collab && t["collaborative name"] !== undefined ? metrics.collab : null;
  const lockupGap = 40;
  let lockupWidth: number;
  if (logo && context.input.brand.logo) {
    const plate = dark ? metrics.logo.plate : 0;
    const x = region.x + plate;
    const y = Math.round(region.y + (region.height - logo.height) / 2);
    if (plate)
      rects.push({
        x: x - plate,
        y: y - plate,
        width: logo.width + 2 * plate,
        height: logo.height + 2 * plate,
        fill: { literal: "#FFFFFF" },
        radius: plate,
      });
    images.push({ x, y, ...logo, src: logoDataUri(context.input.brand.logo, logo.width, logo.height) });
    lockupWidth = logo.width + 2 * plate;
  } else {
    // The name as wide as it is (up to half the row when the collaborative line shares it).
    const natural = Math.ceil(measureWidth(t["brand name"]!, metrics.brandName, 700) / WRAP_SAFETY) + 2;
    lockupWidth = collab ? Math.min(natural, Math.round(region.width / 2)) : region.width;
    stacks.push({
      ...region,
      width: lockupWidth,
      valign: "center",
      gap: 0,
      items: [
        {
          type: "text",
          field: "brand name",
          text: t["brand name"]!,
          weight: 700,
          size: [metrics.brandName, metrics.brandName],
          lineHeight: 1.15,
          color: "fg",
          background: on,
          maxLines: 2,
        },
      ],
    });
  }
  if (collab) {
    const width = region.width - lockupWidth - lockupGap;
    stacks.push({
      x: region.x + region.width - width,
      y: region.y,
      width,
      height: region.height,
      valign: "center",
      gap: 2,
      items: [
        {
          type: "text",
          field: "collaboration line",
          text: STRINGS[context.input.locale].collaboration,
          weight: 400,
          size: [collab.label, collab.label],
          lineHeight: 1.25,
          color: "muted",
          background: on,
          align: "right",
          maxLines: 1,
        },
        {
          type: "text",
          field: "collaborative name",
          text: t["collaborative name"]!,
          weight: 700,
          size: [collab.name, collab.name],
          lineHeight: 1.2,
          color: "fg",
          background: on,
          align: "right",
          maxLines: 2,
        },
      ],
    });
  }
  return { stacks, rects, images };
}

function columnOrWideFrame(context: LayoutContext, scale: number, t: Texts): Frame {
  const { size, metrics } = context;
  const kind = context.input.content.kind;
  const panel = panelOf(kind);
  const { width: W, height: H } = size;
  const rects: PlacedRect[] = [];
  const footerTop = H - metrics.padBottom - metrics.footerHeight;
  const divider = Math.round(footerTop - metrics.footerGap / 2);
  if (panel !== "bg") {
    // The content on a panel, the lockup on the page colour below it (logos are made for light pages).
    rects.push({ x: 0, y: divider, width: W, height: H - divider, fill: "bg" });
  } else {
    rects.push({
      x: metrics.padX,
      y: divider,
      width: W - 2 * metrics.padX,
      height: metrics.rule,
      fill: "border",
    });
  }
  rects.push({ x: 0, y: 0, width: W, height: metrics.bar, fill: "accent" });
  const content = {
    x: metrics.padX,
    y: metrics.padTop,
    width: W - 2 * metrics.padX,
    height: footerTop - metrics.footerGap - metrics.padTop,
  };
  const lockup = footer(
    context,
    t,
    { x: metrics.padX, y: footerTop, width: W - 2 * metrics.padX, height: metrics.footerHeight },
    "bg",
  );
  const stacks =
    metrics.arrangement === "wide"
      ? wideStacks(context, scale, t, content, panel)
      : [columnStack(context, t, content, panel)];
  return {
    background: panel,
    rects: [...rects, ...lockup.rects],
    images: lockup.images,
    stacks: [...stacks, ...lockup.stacks],
  };
}

function columnStack(
  context: LayoutContext,
  t: Texts,
  content: { x: number; y: number; width: number; height: number },
  panel: ColorRole,
): Stack {
  return { ...content, valign: "center", gap: context.metrics.gap, items: contentItems(context, t, panel) };
}

/** X and link previews: the figure or the contact in a column of its own, beside the words. */
function wideStacks(
  context: LayoutContext,
  scale: number,
  t: Texts,
  content: { x: number; y: number; width: number; height: number },
  panel: ColorRole,
): Stack[] {
  const kind = context.input.content.kind;
  const { metrics } = context;
  if (kind !== "fact" && kind !== "crisis-resource") return [columnStack(context, t, content, panel)];
  const columnGap = 56;
  const lead = kind === "fact" ? figureItem(context, t, panel) : contactItem(context, t, panel);
  // The lead column is as wide as the lead text at this scale, up to 45% of the card.
  const cap = Math.round(content.width * 0.45);
  const leadSize =
    oneLineSize(lead.text, lead.weight, cap, sizeAt(lead.size, scale), lead.size[1]) || lead.size[1];
  const leadWidth =
    kind === "fact" ? Math.min(cap, Math.ceil(widthOf(lead, leadSize) / WRAP_SAFETY) + 8) : cap;
  const leadItems: Item[] = [lead];
  if (kind === "crisis-resource" && metrics.type.eyebrow)
    leadItems.unshift({
      type: "text",
      field: "heading",
      text: STRINGS[context.input.locale].helpAvailable,
      weight: 700,
      size: metrics.type.eyebrow,
      lineHeight: 1.2,
      color: "fg",
      background: panel,
      maxLines: 2,
    });
  const rest: Item[] =
    kind === "fact"
      ? [
          statementItem(context, t, panel),
          sourceItem(context, t, panel, metrics.gap * 1.5),
          ...(t[CRISIS_LINE] !== undefined ? [crisisLineItem(context, t, panel)] : []),
        ]
      : [
          {
            type: "text",
            field: "name",
            text: t.name!,
            weight: 700,
            size: metrics.type.name,
            lineHeight: 1.2,
            color: "fg",
            background: panel,
            maxLines: 3,
          },
          descriptionItem(context, t, panel),
          ...(t.url !== undefined ? [urlItem(context, t, panel)] : []),
        ];
  return [
    { ...content, width: leadWidth, valign: "center", gap: metrics.gap, items: leadItems },
    {
      ...content,
      x: content.x + leadWidth + columnGap,
      width: content.width - leadWidth - columnGap,
      valign: "center",
      gap: metrics.gap,
      items: rest,
    },
  ];
}

function widthOf(item: Item, fontSize: number): number {
  return measureWidth(item.text, fontSize, item.weight);
}

/** Leaderboard: one row, fewest elements — the lead, the words, the logo. */
function stripFrame(context: LayoutContext, scale: number, t: Texts): Frame {
  const { size, metrics, logo, dark } = context;
  const kind = context.input.content.kind;
  const panel = panelOf(kind);
  const { width: W, height: H } = size;
  const rects: PlacedRect[] = [];
  const images: PlacedImage[] = [];
  const stacks: Stack[] = [];
  const top = metrics.padTop;
  const height = H - metrics.padTop - metrics.padBottom;
  // The lockup on the page colour at the right end.
  let lockupWidth: number;
  if (logo && context.input.brand.logo) lockupWidth = logo.width + (dark ? 2 * metrics.logo.plate : 0);
  else
    lockupWidth = Math.min(
      metrics.logo.maxWidth,
      Math.ceil(measureWidth(t["brand name"]!, metrics.brandName, 700) / WRAP_SAFETY) + 2,
    );
  const lockupX = W - metrics.padX - lockupWidth;
  const bandX = lockupX - metrics.footerGap;
  if (panel !== "bg") rects.push({ x: bandX, y: 0, width: W - bandX, height: H, fill: "bg" });
  else rects.push({ x: bandX, y: metrics.padTop, width: metrics.rule, height, fill: "border" });
  rects.push({ x: 0, y: 0, width: metrics.bar, height: H, fill: "accent" });
  if (logo && context.input.brand.logo) {
    const plate = dark ? metrics.logo.plate : 0;
    const x = lockupX + plate;
    const y = Math.round((H - logo.height) / 2);
    if (plate)
      rects.push({
        x: x - plate,
        y: y - plate,
        width: logo.width + 2 * plate,
        height: logo.height + 2 * plate,
        fill: { literal: "#FFFFFF" },
        radius: plate,
      });
    images.push({ x, y, ...logo, src: logoDataUri(context.input.brand.logo, logo.width, logo.height) });
  } else {
    stacks.push({
      x: lockupX,
      y: top,
      width: lockupWidth,
      height,
      valign: "center",
      gap: 0,
      items: [
        {
          type: "text",
          field: "brand name",
          text: t["brand name"]!,
          weight: 700,
          size: [metrics.brandName, metrics.brandName],
          lineHeight: 1.15,
          color: "fg",
          background: "bg",
          maxLines: 3,
        },
      ],
    });
  }
  const left = metrics.bar + metrics.padX;
  const right = bandX - metrics.footerGap;
  const gap = 18;
  const region = { y: top, height };
  let x = left;
  let end = right;
  // A lead item (figure, contact) at its own width on the left; a button at its own width on the right.
  if (kind === "fact" || kind === "crisis-resource") {
    const lead = kind === "fact" ? figureItem(context, t, panel) : contactItem(context, t, panel);
    const cap = Math.round((right - left) * 0.4);
    const leadSize =
      oneLineSize(lead.text, lead.weight, cap, sizeAt(lead.size, scale), lead.size[1]) || lead.size[1];
    const leadWidth = Math.min(cap, Math.ceil(widthOf(lead, leadSize) / WRAP_SAFETY) + 4);
    stacks.push({ x, ...region, width: leadWidth, valign: "center", gap: 0, items: [lead] });
    x += leadWidth + gap;
  }
  if (kind === "call-to-action") {
    const button = metrics.type.button;
    const label = sizeAt(button, scale);
    const width = Math.min(
      Math.round((right - left) * 0.4),
      Math.ceil(measureWidth(t.action!, label, 700) / WRAP_SAFETY) + 2 + 2 * metrics.button.padX,
    );
    stacks.push({
      x: right - width,
      ...region,
      width,
      valign: "center",
      gap: 0,
      items: [
        {
          type: "button",
          field: "action",
          text: t.action!,
          weight: 700,
          size: button,
          lineHeight: 1.2,
          color: "accent-fg",
          background: "accent",
          maxLines: 2,
          ...metrics.button,
        },
      ],
    });
    end = right - width - gap;
  }
  const words: Item[] =
    kind === "fact"
      ? [
          { ...statementItem(context, t, panel), lineHeight: 1.2 },
          { ...sourceItem(context, t, panel, metrics.gap), lineHeight: 1.2, maxLines: 1 },
        ]
      : kind === "key-message"
        ? [
            {
              type: "text",
              field: "text",
              text: t.text!,
              weight: 700,
              size: metrics.type.keyText,
              lineHeight: 1.15,
              color: "brand-fg",
              background: "brand",
              main: true,
              balance: true,
            },
          ]
        : kind === "call-to-action"
          ? [
              {
                type: "text",
                field: "text",
                text: t.text!,
                weight: 700,
                size: metrics.type.ctaText,
                lineHeight: 1.15,
                color: "fg",
                background: panel,
                main: true,
                balance: true,
              },
            ]
          : [
              {
                type: "text",
                field: "name",
                text: t.name!,
                weight: 700,
                size: metrics.type.name,
                lineHeight: 1.2,
                color: "fg",
                background: panel,
                main: true,
                balance: true,
              },
            ];
  stacks.push({ x, ...region, width: end - x, valign: "center", gap: metrics.gap, items: words });
  return { background: panel, rects, images, stacks };
}

/** The logo's box: its natural aspect ratio, as tall as the layout allows and no wider than its maximum. */
export function logoBox(
  metrics: Metrics,
  natural: { width: number; height: number },
): { width: number; height: number } {
  const byHeight = metrics.logo.height / natural.height;
  const byWidth = metrics.logo.maxWidth / natural.width;
  const scale = Math.min(byHeight, byWidth);
  return { width: Math.round(natural.width * scale), height: Math.round(natural.height * scale) };
}
