// Spanish (and other latin-ext) text is drawn with real glyphs from the shipped fonts; a character
// no shipped font has is refused before drawing, never drawn as an empty box.
import { describe, expect, it } from "vitest";
import { GraphicInputError, renderCard, SOCIAL_SIZES } from "../src/index.js";
import { input } from "./fixtures.js";
import { textInk } from "./svg.js";

const square = SOCIAL_SIZES[0]!;

/** The ink of a key message that is just `text`. */
async function inkOf(text: string) {
  const card = await renderCard(input({ content: { kind: "key-message", text }, locale: "es" }), square);
  return textInk(card.svg)[0]!;
}

describe("glyphs", () => {
  it("renders the Spanish crisis line with every accent, tilde and inverted mark", async () => {
    const text = "¿Necesitas ayuda? Llama o envía un mensaje al 988 — línea gratuita, confidencial";
    const card = await renderCard(input({ content: { kind: "key-message", text }, locale: "es" }), square);
    expect(card.alt).toBe(`Example Health: ${text}.`);
    expect(card.svg).not.toContain("<text");
    expect(textInk(card.svg)[0]!.contours).toBeGreaterThan(60);
  });

  it("draws ñ, á, é, ó, ú, ü as their own glyphs: the base letter plus its mark", async () => {
    for (const [accented, plain, marks] of [
      ["ñ", "n", 1],
      ["á", "a", 1],
      ["é", "e", 1],
      ["ó", "o", 1],
      ["ú", "u", 1],
      ["ü", "u", 2],
    ] as const) {
      const withMark = await inkOf(accented);
      const without = await inkOf(plain);
      expect(withMark.contours, accented).toBe(without.contours + marks);
      // The mark sits above the letter.
      expect(withMark.y1, accented).toBeLessThan(without.y1);
    }
  });

  it("draws ¿ and ¡ (not ? and ! turned into boxes)", async () => {
    for (const [inverted, upright] of [
      ["¿", "?"],
      ["¡", "!"],
    ] as const) {
      const a = await inkOf(inverted);
      const b = await inkOf(upright);
      expect(a.contours).toBe(2);
      // Inverted marks hang below the baseline the upright ones stand on.
      expect(a.y2).toBeGreaterThan(b.y2);
    }
  });

  it("draws latin-ext letters from the latin-ext subset", async () => {
    const plain = await inkOf("Lodz Sao");
    const extended = await inkOf("Łódź Șăo");
    expect(extended.contours).toBeGreaterThan(plain.contours);
  });

  it("refuses a character no shipped font has, naming it and the field", async () => {
    const card = input({
      content: { kind: "key-message", text: "You matter 💙" },
      label: "campaign x, social post y",
    });
    await expect(renderCard(card, square)).rejects.toThrow(GraphicInputError);
    await expect(renderCard(card, square)).rejects.toThrow(
      'campaign x, social post y: the text has a character the card font (Source Sans 3, latin and latin-ext) cannot draw: "💙" (U+1F499); replace it with text',
    );
    const arrow = input({
      content: { kind: "call-to-action", text: "Talk to us", action: "Find support →", url: "x.org" },
    });
    await expect(renderCard(arrow, square)).rejects.toMatchObject({
      code: "unsupported-character",
      field: "action",
    });
  });

  it("refuses an empty field", async () => {
    const card = input({ content: { kind: "fact", figure: "63%", statement: "  ", source: "CDC, 2023" } });
    await expect(renderCard(card, square)).rejects.toMatchObject({
      code: "empty-text",
      field: "statement",
      message: "The statement is empty",
    });
  });
});
