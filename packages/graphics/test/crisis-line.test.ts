// Safe messaging on a card: one whose words mention suicide or a crisis carries a crisis line, drawn under
// the words in a colour that passes on its panel, inside its box, and read out in the alt text.
import { describe, expect, it } from "vitest";
import {
  BANNER_SIZES,
  type CardContent,
  cardAltText,
  GraphicFitError,
  GraphicInputError,
  renderCard,
  SOCIAL_SIZES,
} from "../src/index.js";
import { planCard } from "../src/plan.js";
import { exampleHealthTheme, input } from "./fixtures.js";
import { textInk } from "./svg.js";

const LINE = {
  en: "Call or text 988 · 988 Suicide & Crisis Lifeline",
  es: "Llama o envía un mensaje de texto al 988 · 988 Línea de Prevención del Suicidio y Crisis",
};

const WITH_LINE: Record<"en" | "es", CardContent[]> = {
  en: [
    {
      kind: "fact",
      figure: "1.76×",
      statement:
        "Women physicians died by suicide at a higher rate than women in the general population in a 2024 review.",
      source: "BMJ, 2024",
      crisisLine: LINE.en,
    },
    {
      kind: "key-message",
      text: "If you or a colleague are thinking about suicide, you do not have to face it alone.",
      crisisLine: LINE.en,
    },
    {
      kind: "call-to-action",
      text: "Know the signs of a suicidal crisis in a colleague, and how to ask.",
      action: "Learn how to ask",
      url: "https://chorus-collaborative.org/support",
      crisisLine: LINE.en,
    },
  ],
  es: [
    {
      kind: "key-message",
      text: "Si tú o un colega piensan en el suicidio, no tienen que enfrentarlo solos.",
      crisisLine: LINE.es,
    },
  ],
};

describe("a card's crisis line", () => {
  it("is drawn under the words at every social size, in both languages and themes, inside its own box", async () => {
    for (const locale of ["en", "es"] as const)
      for (const content of WITH_LINE[locale])
        for (const theme of [undefined, exampleHealthTheme])
          for (const size of SOCIAL_SIZES) {
            const card = input({ content, locale, ...(theme ? { theme } : {}) });
            const plan = planCard(card, size);
            const where = `${content.kind} ${locale} ${size.id}`;
            const line = plan.texts.find((text) => text.field === "crisis line");
            expect(line, where).toBeDefined();
            expect(line!.lines.join(" ").replace(/\u00AD|\u200B/g, ""), where).toBe(LINE[locale]);
            // Under every other text of the words (the lockup in the footer is below it all).
            const words = plan.texts.filter((text) => !/name|collaboration|crisis line/.test(text.field));
            for (const other of words)
              expect(line!.y, `${where}: under ${other.field}`).toBeGreaterThan(other.y);
            // The ink satori drew for it lies inside its box.
            const rendered = await renderCard(card, size);
            const ink = textInk(rendered.svg)[plan.texts.indexOf(line!)]!;
            expect(ink.y2, where).toBeLessThanOrEqual(line!.y + line!.height + 0.15 * line!.fontSize);
            expect(ink.x2, where).toBeLessThanOrEqual(line!.x + line!.width + 0.5);
          }
  });

  it("is read out at the end of the alt text", () => {
    for (const content of WITH_LINE.en)
      expect(cardAltText(input({ content }))).toMatch(/Call or text 988 · 988 Suicide & Crisis Lifeline\.$/);
    const without = { ...WITH_LINE.en[1]!, crisisLine: undefined } as CardContent;
    expect(cardAltText(input({ content: without }))).not.toContain("988");
  });

  it("is refused on a leaderboard, which has no room for it, naming the size and what to use instead", async () => {
    const leaderboard = BANNER_SIZES.find((size) => size.id === "leaderboard")!;
    const card = input({ content: WITH_LINE.en[1]!, label: "campaign crisis, card message-x" });
    await expect(renderCard(card, leaderboard)).rejects.toThrow(GraphicInputError);
    await expect(renderCard(card, leaderboard)).rejects.toThrow(
      /campaign crisis, card message-x.*728×90 leaderboard banner has no room for a crisis line.*crisis-resource card/,
    );
  });

  it("takes room from the words: past some length a statement that fits alone is refused with the line", () => {
    const size = SOCIAL_SIZES.find((s) => s.id === "link")!;
    const fact = (words: number, crisisLine?: string): CardContent => ({
      kind: "fact",
      figure: "1 in 5",
      statement: Array.from({ length: words }, () => "clinicians").join(" "),
      source: "CDC, 2023",
      ...(crisisLine ? { crisisLine } : {}),
    });
    const fits = (content: CardContent) => {
      try {
        planCard(input({ content, label: "card fact-x" }), size);
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(GraphicFitError);
        expect((error as Error).message).toMatch(/^card fact-x/);
        return false;
      }
    };
    let words = 5;
    while (fits(fact(words, LINE.en)) && words < 400) words += 5;
    expect(words).toBeLessThan(400);
    // The first length refused with the line still fits without it: the line is counted, never drawn over.
    expect(fits(fact(words))).toBe(true);
  });
});
