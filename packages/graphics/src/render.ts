import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { cardAltText } from "./alt.js";
import { FONT_STACK, fonts } from "./fonts.js";
import { type CardPlan, planCard } from "./plan.js";
import type { CardSize } from "./sizes.js";
import type { CardInput, RenderedCard } from "./types.js";

/** A React-element-like node: satori needs only `type` and `props`. */
interface Node {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown };
}

function box(item: { x: number; y: number; width: number; height: number }) {
  return { position: "absolute", left: item.x, top: item.y, width: item.width, height: item.height } as const;
}

/** The plan as satori elements: every box absolutely placed, texts last (on top). */
export function planToElement(plan: CardPlan): Node {
  const children: Node[] = [
    ...plan.rects.map((rect) => ({
      type: "div",
      props: {
        style: {
          ...box(rect),
          display: "flex",
          backgroundColor: rect.fill,
          ...(rect.radius ? { borderRadius: Math.min(rect.radius, rect.height / 2) } : {}),
        },
      },
    })),
    ...plan.images.map((image) => ({
      type: "img",
      props: { src: image.src, width: image.width, height: image.height, style: box(image) },
    })),
    ...plan.texts.map((text) => ({
      type: "div",
      props: {
        style: {
          ...box(text),
          display: "flex",
          fontSize: text.fontSize,
          fontWeight: text.weight,
          lineHeight: text.lineHeight,
          color: text.fill,
          textAlign: text.align,
          justifyContent:
            text.align === "center" ? "center" : text.align === "right" ? "flex-end" : "flex-start",
          // The lines were broken when fitting; satori must not break them again.
          whiteSpace: "pre",
        },
        children: text.lines.join("\n"),
      },
    })),
  ];
  return {
    type: "div",
    props: {
      style: {
        display: "flex",
        position: "relative",
        width: plan.size.width,
        height: plan.size.height,
        backgroundColor: plan.background,
        fontFamily: FONT_STACK,
      },
      children,
    },
  };
}

/**
 * satori clips and masks every <image> to its own box. The logo is drawn exactly in its box, so both are
 * no-ops, but resvg draws each mask on a layer the size of the whole card: dropping them halves the
 * time a logo costs.
 */
function withoutImageMasks(svg: string): string {
  return svg.replace(/<image\b[^>]*\/>/g, (image) =>
    image.replace(/ clip-path="url\(#[^)]*\)"/, "").replace(/ mask="url\(#[^)]*\)"/, ""),
  );
}

/**
 * Render a card at one size: the SVG from satori and a PNG of exactly that size from resvg. Throws
 * `GraphicContrastError`, `GraphicInputError` or `GraphicFitError` (the text does not fit even at the
 * smallest size) before drawing anything.
 */
export async function renderCard(input: CardInput, size: CardSize): Promise<RenderedCard> {
  const plan = planCard(input, size);
  const svg = await satori(planToElement(plan) as unknown as Parameters<typeof satori>[0], {
    width: size.width,
    height: size.height,
    fonts: fonts().satori,
  });
  const png = new Resvg(withoutImageMasks(svg), {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return {
    size,
    png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength),
    svg,
    alt: cardAltText(input),
    fontSize: plan.fontSize,
  };
}
