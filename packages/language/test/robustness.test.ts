import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, readingGrade, textStatistics, tokenize } from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(`${dir}${entry.name}/`) : [`${dir}${entry.name}`],
  );
}

describe("isomorphic core", () => {
  it("imports nothing from Node outside the ./node entry, so it runs in the browser", () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !file.endsWith("/node.ts"))
      .filter((file) => /from\s+["']node:|require\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("check on arbitrary text", () => {
  const words = fc.constantFrom(
    "committed",
    "suicide",
    "clean",
    "addict",
    "crazy",
    "the",
    "mentally",
    "ill",
    "click",
    "here",
    "40%",
    "1 in 5",
    "EHR",
    "CALL NOW",
    "“",
    "”",
    "-",
    "\n",
    ".",
    " ",
    "é",
    "can’t",
    "handle",
    "pressure",
  );
  const texts = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.array(words, { maxLength: 60 }).map((parts) => parts.join(" ")),
  );

  it("never throws and always reports offsets inside the text", () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom("en" as const, "es" as const),
        fc.constantFrom("body" as const, "link" as const, "alt" as const, "quote" as const),
        (text, locale, context) => {
          for (const diagnostic of check(text, { locale, audience: "public", context })) {
            expect(diagnostic.start).toBeGreaterThanOrEqual(0);
            expect(diagnostic.end).toBeLessThanOrEqual(text.length);
            expect(diagnostic.start).toBeLessThanOrEqual(diagnostic.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("flags the same words wherever they sit in a longer text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("We", "met", "today.", "Nurses", "work", "hard."), { maxLength: 20 }),
        (filler) => {
          const prefix = filler.length ? `${filler.join(" ")} ` : "";
          const text = `${prefix}He committed suicide.`;
          const found = check(text, {
            locale: "en",
            audience: "public",
            readability: false,
            evidence: false,
          });
          expect(found.map((d) => text.slice(d.start, d.end))).toEqual(["committed suicide"]);
        },
      ),
    );
  });
});

describe("Spanish reading grade", () => {
  it("rates short, plain Spanish lower than long, technical Spanish", () => {
    const plain = readingGrade(textStatistics(tokenize("Pide ayuda. No estás solo. Llama hoy."), "es"), "es");
    const dense = readingGrade(
      textStatistics(
        tokenize(
          "La implementación institucional de intervenciones organizacionales exhaustivas requiere colaboración multidisciplinaria y evaluación longitudinal.",
        ),
        "es",
      ),
      "es",
    );
    expect(plain).toBeLessThan(dense);
  });
});
