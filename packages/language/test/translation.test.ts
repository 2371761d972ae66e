import { makeTranslation } from "@chorus/content";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { type CampaignDiagnostic, checkCampaign } from "../src/index.js";
import { emailCampaign, LIBRARY, loadCampaign } from "./helpers.js";

/** An English email with an uncited figure, stigmatizing wording and a long sentence, and no crisis line. */
const ENGLISH = emailCampaign(`      - type: paragraph
        text: >-
          Nearly 46% of our nurses said that the unrelenting documentation requirements imposed by the
          electronic health record, combined with chronic understaffing and mandatory overtime, have made it
          increasingly difficult to keep the satisfaction that first brought them to the profession.
      - type: paragraph
        text: Last spring a colleague committed suicide. We miss her.
`);

/** The campaign with the English email's Spanish version added, changed by `change`. */
function withSpanish(change: (spanish: Record<string, unknown>) => void = () => {}) {
  const data = parse(ENGLISH);
  const spanish = makeTranslation(data, "email", "es") as unknown as Record<string, unknown>;
  change(spanish);
  data.materials.push(spanish);
  return checkCampaign(loadCampaign(stringify(data)), LIBRARY);
}

const of = (found: CampaignDiagnostic[], index: number) =>
  found.filter((d) => d.path.startsWith(`materials[${index}]`)).map((d) => `${d.ruleId} ${d.path}`);

describe("checkCampaign: a translation still being translated", () => {
  it("checks text still in English once, in the English email, not again under the Spanish rules", () => {
    const found = withSpanish();
    expect(of(found, 0)).toEqual(
      expect.arrayContaining([
        "evidence/uncited-statistic materials[0].blocks[0].text",
        "suicide/committed-suicide materials[0].blocks[1].text",
        "plain-language/long-sentence materials[0].blocks[0].text",
      ]),
    );
    // The Spanish version still needs a crisis line that answers in Spanish: safe messaging reads every word.
    expect(of(found, 1)).toEqual(["safe-messaging/crisis-resource materials[1]"]);
  });

  it("checks a field as Spanish once it is translated, and every field once the version is marked translated", () => {
    const translated = withSpanish((spanish) => {
      const blocks = spanish.blocks as { text: string }[];
      blocks[0]!.text = "Casi el 46% de nuestras enfermeras dice que la documentación pesa cada día más.";
    });
    expect(of(translated, 1)).toEqual([
      "safe-messaging/crisis-resource materials[1]",
      "evidence/uncited-statistic materials[1].blocks[0].text",
    ]);
    const marked = withSpanish((spanish) => {
      (spanish.translation as { status: string }).status = "translated";
    });
    // The translator said it is done: what is left in English is checked as the Spanish it claims to be.
    expect(of(marked, 1)).toContain("evidence/uncited-statistic materials[1].blocks[0].text");
  });
});
