// Text always fits: a longer text gets a smaller size, down to the legible minimum, and past that the
// card is refused with how much to cut. The check of "fits" is independent of the measurer: the glyph
// outlines satori drew (the SVG's paths) must lie inside each text's box, inside the card, and apart.
import { describe, expect, it } from "vitest";
import {
  BANNER_SIZES,
  type CardInput,
  type CardSize,
  GraphicFitError,
  renderCard,
  SOCIAL_SIZES,
} from "../src/index.js";
import { MIN_MAIN_BANNER, MIN_MAIN_SOCIAL, metricsFor } from "../src/layouts.js";
import { type CardPlan, planCard } from "../src/plan.js";
import { input } from "./fixtures.js";
import { overlaps, textInk } from "./svg.js";

const ALL_SIZES = [...SOCIAL_SIZES, ...BANNER_SIZES];
const WORDS =
  "clinicians who reported burnout also described long hours, heavy documentation, staffing gaps and little control over schedules in hospitals and clinics across every region".split(
    " ",
  );

function statement(words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(" ");
}

function fact(words: number, label?: string): CardInput {
  return input({
    content: { kind: "fact", figure: "1 in 5", statement: statement(words), source: "CDC Vital Signs, 2023" },
    ...(label ? { label } : {}),
  });
}

function minimumFor(size: CardSize): number {
  return BANNER_SIZES.includes(size) ? MIN_MAIN_BANNER : MIN_MAIN_SOCIAL;
}

/** Every text's ink inside its box (with room for accents and descenders), inside the card, and apart. */
function expectInkInsideBoxes(svg: string, plan: CardPlan): void {
  const ink = textInk(svg);
  expect(ink).toHaveLength(plan.texts.length);
  for (const [i, text] of plan.texts.entries()) {
    const box = ink[i]!;
    const where = `${text.field} "${text.lines.join(" / ")}"`;
    expect(box.fill.toUpperCase(), where).toBe(text.fill.toUpperCase());
    // Some glyphs (Y, j) reach a little left of their origin: a few hundredths of an em.
    expect(box.x1, where).toBeGreaterThanOrEqual(text.x - Math.max(0.5, 0.04 * text.fontSize));
    expect(box.x2, where).toBeLessThanOrEqual(text.x + text.width + 0.5);
    expect(box.y1, where).toBeGreaterThanOrEqual(text.y - 0.15 * text.fontSize);
    expect(box.y2, where).toBeLessThanOrEqual(text.y + text.height + 0.15 * text.fontSize);
    expect(box.x1, where).toBeGreaterThanOrEqual(0);
    expect(box.y1, where).toBeGreaterThanOrEqual(0);
    expect(box.x2, where).toBeLessThanOrEqual(plan.size.width);
    expect(box.y2, where).toBeLessThanOrEqual(plan.size.height);
  }
  for (let a = 0; a < ink.length; a++)
    for (let b = a + 1; b < ink.length; b++)
      expect(overlaps(ink[a]!, ink[b]!), `${plan.texts[a]!.field} overlaps ${plan.texts[b]!.field}`).toBe(
        false,
      );
}

describe("fitting the main text", () => {
  for (const size of ALL_SIZES) {
    it(`shrinks a longer statement step by step and keeps every line inside its box on the ${size.id} size`, async () => {
      const max = metricsFor(size).type.statement[0];
      const sizes: number[] = [];
      let refused = false;
      for (let words = 2; words <= 400 && !refused; words += words < 100 ? 3 : 10) {
        let plan: CardPlan;
        try {
          plan = planCard(fact(words), size);
        } catch (error) {
          expect(error).toBeInstanceOf(GraphicFitError);
          refused = true;
          break;
        }
        // Render every length where the size changed, and some more, and check the drawn lines.
        if (words % 30 === 2 || plan.fontSize !== sizes.at(-1)) {
          const card = await renderCard(fact(words), size);
          expect(card.fontSize).toBe(plan.fontSize);
          expectInkInsideBoxes(card.svg, plan);
        }
        sizes.push(plan.fontSize);
      }
      expect(refused).toBe(true);
      // Never larger for a longer text; starts at the largest size; some text made it smaller.
      expect(sizes[0]).toBe(max);
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
      expect(Math.min(...sizes)).toBeLessThan(max);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(minimumFor(size));
    });

    it(`refuses a far too long statement on the ${size.id} size, saying how much to cut, and the cut is enough`, async () => {
      const long = fact(400, "campaign x, social post y");
      let error: unknown;
      try {
        await renderCard(long, size);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GraphicFitError);
      const fit = error as GraphicFitError;
      expect(fit.code).toBe("does-not-fit");
      expect(fit.field).toBe("statement");
      expect(fit.size).toBe(size.id);
      expect(fit.fontSize).toBe(minimumFor(size));
      expect(fit.message).toBe(
        `campaign x, social post y: the statement does not fit the ${size.width}×${size.height} ${size.id} ${
          BANNER_SIZES.includes(size) ? "banner" : "card"
        } even at ${minimumFor(size)} px: shorten it by about ${fit.shortenBy} characters`,
      );
      expect(fit.shortenBy % 5).toBe(0);
      const text = (long.content as { statement: string }).statement;
      const shortened = {
        ...long,
        content: { ...long.content, statement: text.slice(0, text.length - fit.shortenBy) },
      };
      const card = await renderCard(shortened as CardInput, size);
      expect(card.fontSize).toBe(minimumFor(size));
    });
  }

  it("names the field that does not fit, and words the message without a label too", () => {
    const size = SOCIAL_SIZES.find((s) => s.id === "link")!;
    const tooLong = input({ content: { kind: "key-message", text: statement(300) } });
    expect(() => planCard(tooLong, size)).toThrow(
      /^The text does not fit the 1200×627 link card even at 28 px: shorten it by about \d+ characters$/,
    );
  });

  it("blames a source line longer than two lines, not the statement", () => {
    const size = SOCIAL_SIZES[0]!;
    const card = input({
      content: { kind: "fact", figure: "63%", statement: "of physicians", source: statement(60) },
    });
    expect(() => planCard(card, size)).toThrow(GraphicFitError);
    try {
      planCard(card, size);
    } catch (error) {
      expect((error as GraphicFitError).field).toBe("source");
    }
  });

  it("shrinks a long figure to fit the width on one line", async () => {
    const size = SOCIAL_SIZES[0]!;
    const wide = input({
      content: {
        kind: "fact",
        figure: "$4.6 billion",
        statement: "a year in turnover costs",
        source: "Annals, 2019",
      },
    });
    const plan = planCard(wide, size);
    const figure = plan.texts.find((text) => text.field === "figure")!;
    expect(figure.lines).toHaveLength(1);
    expect(figure.fontSize).toBeLessThan(metricsFor(size).type.figure[0]);
    expectInkInsideBoxes((await renderCard(wide, size)).svg, plan);
  });

  it("keeps the call to action, crisis resource and key message inside their boxes in both languages", async () => {
    const { CONTENT } = await import("./fixtures.js");
    for (const size of ALL_SIZES)
      for (const locale of ["en", "es"] as const)
        for (const content of Object.values(CONTENT[locale])) {
          const card = input({ content, locale });
          expectInkInsideBoxes((await renderCard(card, size)).svg, planCard(card, size));
        }
  });
});
