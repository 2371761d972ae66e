import { describe, expect, it } from "vitest";
import { factReport, factsShownBy, type Material } from "../src/index.js";
import { edit, FIXTURE, load, withFile } from "./fixtures.js";

const CAMPAIGN = "campaigns/system-problem/campaign.yaml";
const FACTS = "campaigns/_library/facts.yaml";

/** The fixture with a second fact (due sooner, used by nobody) and a second campaign whose social post shows the first. */
function twoCampaigns() {
  const facts = `${FIXTURE[FACTS]}  - id: nurse-burnout-2022
    value: "56%"
    statement:
      en: of US nurses reported burnout in 2022.
    citation:
      title: Pulse on the Nation's Nurses Survey
      publisher: American Nurses Foundation
      year: 2022
      url: https://www.nursingworld.org/foundation/
    reviewBy: 2026-06-30
`;
  const running = FIXTURE[CAMPAIGN]!.replaceAll("system-problem", "staffing-matters")
    .replace("  start: 2026-10-01\n  end: 2026-10-31", "  start: 2027-01-04\n  end: 2027-09-30")
    .replace(
      "  - id: banner\n",
      "  - id: linkedin\n    kind: social-post\n    audience: leaders\n    locale: en\n    platform: linkedin\n    text: Fix the work, not the worker.\n    facts: [physician-burnout-2021]\n  - id: banner\n",
    );
  return [...withFile(FACTS, facts), { path: "campaigns/staffing-matters/campaign.yaml", text: running }];
}

describe("factsShownBy", () => {
  it("lists a material's facts once each, from its stats or a social post's facts", () => {
    const email = {
      kind: "email",
      blocks: [
        { type: "stat", fact: "a" },
        { type: "paragraph", text: "…" },
        { type: "stat", fact: "b" },
        { type: "stat", fact: "a" },
      ],
    } as unknown as Material;
    expect(factsShownBy(email)).toEqual(["a", "b"]);
    expect(factsShownBy({ kind: "social-post", facts: ["c"] } as unknown as Material)).toEqual(["c"]);
    expect(factsShownBy({ kind: "web-banner" } as unknown as Material)).toEqual([]);
  });
});

describe("factReport", () => {
  it("lists every fact by review date, soonest first, with the campaigns and materials that show it", () => {
    const { content } = load(twoCampaigns());
    const report = factReport(content, { now: new Date("2026-11-23T00:00:00Z") });
    expect(report.map((entry) => [entry.id, entry.reviewBy, entry.overdue])).toEqual([
      ["nurse-burnout-2022", "2026-06-30", true],
      ["physician-burnout-2021", "2027-06-30", false],
    ]);
    expect(report[0]!.campaigns).toEqual([]);
    expect(report[1]).toMatchObject({
      value: "62.8%",
      statement: "of US physicians reported at least one symptom of burnout in 2021.",
      citation: { publisher: "Mayo Clinic Proceedings", year: 2022 },
    });
    expect(report[1]!.campaigns).toEqual([
      {
        campaignId: "staffing-matters",
        title: "Burnout is a system problem",
        status: "in-review",
        start: "2027-01-04",
        lastDay: "2027-09-30",
        materials: ["email-clinicians", "email-leaders-es", "linkedin"],
        dueDuringCampaign: true,
      },
      {
        campaignId: "system-problem",
        title: "Burnout is a system problem",
        status: "in-review",
        start: "2026-10-01",
        lastDay: "2026-10-31",
        materials: ["email-clinicians", "email-leaders-es"],
        // Over before the fact is due: nothing more goes out.
        dueDuringCampaign: false,
      },
    ]);
  });

  it("orders facts due on the same day by id, and takes today from the clock by default", () => {
    const files = edit(FACTS, "  - id: physician-burnout-2021", "  - id: b-fact");
    const withTwo = files.map((file) =>
      file.path === FACTS
        ? { ...file, text: `${file.text}${file.text.slice("facts:\n".length).replace("b-fact", "a-fact")}` }
        : file,
    );
    const report = factReport(load(withTwo).content);
    expect(report.map((entry) => entry.id)).toEqual(["a-fact", "b-fact"]);
    expect(
      report.every((entry) => entry.overdue === entry.reviewBy < new Date().toISOString().slice(0, 10)),
    ).toBe(true);
  });
});
