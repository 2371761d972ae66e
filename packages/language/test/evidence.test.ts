import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";
import { findFigures } from "../src/statistics.js";
import { LIBRARY } from "./helpers.js";

const figures = (text: string) => findFigures(text).map((figure) => figure.text);

describe("finding statistics in copy", () => {
  it("finds percentages, ratios, multipliers and counts", () => {
    expect(
      figures("Nearly 40% of nurses, one in five residents, 2 times more likely, and 400 physicians."),
    ).toEqual(["40%", "one in five", "2 times more", "400"]);
    expect(figures("Sixty-three percent? No: 63 percent, or 1 out of 3.")).toEqual([
      "Sixty-three percent",
      "63 percent",
      "1 out of 3",
    ]);
    expect(findFigures("Sixty-three percent")[0]?.numbers).toEqual(["63"]);
  });

  it("does not treat dates, times, years, phone numbers or 988 as statistics", () => {
    expect(
      figures(
        "Call or text 988, or 1-888-409-0141, or (555) 123-4567. Join us on September 17 at 3 pm (15:00) in 2026, " +
          "on 2026-09-17, on 9/17, 24/7, for the 3rd session about COVID-19, with {{firstName}} at https://x.org/2024/40.",
      ),
    ).toEqual([]);
  });
});

describe("uncited statistics", () => {
  const evidence = { cited: [], library: LIBRARY.facts, resources: LIBRARY.resources };
  const uncited = (text: string, cited = evidence.cited as typeof LIBRARY.facts) =>
    check(text, {
      locale: "en",
      audience: "public",
      readability: false,
      evidence: { ...evidence, cited },
    }).filter((d) => d.category === "evidence");

  it("flags a figure that comes from no library fact as an error at its exact span", () => {
    const text = "About 45% of residents feel this way.";
    const [finding] = uncited(text);
    expect(finding).toMatchObject({ ruleId: "evidence/uncited-statistic", severity: "error" });
    expect(text.slice(finding!.start, finding!.end)).toBe("45%");
  });

  it("is still an error when the library has the same figure, and names that fact as a possible source", () => {
    const [finding] = uncited("1 in 3 nurses plan to leave.");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toBe(
      '"1 in 3" has no citation in this material (the library fact "nurses-one-in-three" has the same figure)',
    );
    expect(finding?.suggestions[0]).toMatch(
      /^if you mean "1 in 3: nurses .*" \(Example Journal, 2024\), add that fact as a Fact block/,
    );
  });

  it("accepts a figure from a fact the material cites", () => {
    expect(uncited("62.8% of physicians reported burnout.", [LIBRARY.facts[0]!])).toEqual([]);
  });

  it("does not treat resource phone numbers as statistics", () => {
    expect(uncited("Text HOME to 741741 or call 1-888-409-0141.")).toEqual([]);
  });
});
