import { describe, expect, it } from "vitest";
import { cardAltText } from "../src/index.js";
import { CONTENT, exampleHealthNoLogo, input } from "./fixtures.js";

describe("cardAltText", () => {
  const expected = {
    en: {
      fact: "Example Health: 63% of physicians reported at least one symptom of burnout in 2021. Source: Mayo Clinic Proceedings, 2022.",
      "key-message": "Example Health: Burnout is a system problem, not a personal failing.",
      "call-to-action":
        "Example Health: You care for everyone else. Let us care for you. Find support: example-health.org/wellbeing",
      "crisis-resource":
        "988 Suicide & Crisis Lifeline: Call or text 988. Free, confidential support for anyone in distress, 24 hours a day. 988lifeline.org",
    },
    es: {
      fact: "Example Health: 1 de cada 5 profesionales de la salud piensa dejar su trabajo en los próximos dos años. Fuente: Mayo Clinic Proceedings, 2022.",
      "key-message": "Example Health: El agotamiento es un problema del sistema, no un fallo personal.",
      "call-to-action":
        "Example Health: ¿Necesitas ayuda? Llama o envía un mensaje al 988 — línea gratuita, confidencial. Busca apoyo: example-health.org/bienestar",
      "crisis-resource":
        "988 Línea de Prevención del Suicidio y Crisis: Llama o envía un mensaje al 988. Apoyo gratuito y confidencial para cualquier persona en crisis, las 24 horas. 988lifeline.org/es",
    },
  } as const;

  for (const locale of ["en", "es"] as const) {
    for (const [kind, content] of Object.entries(CONTENT[locale])) {
      it(`says what a ${kind} card says, in ${locale}`, () => {
        const alt = cardAltText(input({ content, locale }));
        expect(alt).toBe(expected[locale][kind as keyof (typeof expected)["en"]]);
        expect(alt).not.toMatch(/\b(image|graphic|imagen|gráfico) (of|de)\b/i);
        expect(alt).not.toContain("https://");
      });
    }
  }

  it("uses the brand's name whether or not it has a logo", () => {
    const alt = cardAltText(input({ content: CONTENT.en["key-message"], brand: exampleHealthNoLogo }));
    expect(alt.startsWith("Example Health: ")).toBe(true);
  });

  it("does not double the punctuation a text already ends with", () => {
    const alt = cardAltText(input({ content: { kind: "key-message", text: "  You are not alone!  " } }));
    expect(alt).toBe("Example Health: You are not alone!");
  });
});
