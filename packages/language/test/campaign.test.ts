import { describe, expect, it } from "vitest";
import { type CampaignDiagnostic, checkCampaign } from "../src/index.js";
import { CAMPAIGN_HEAD, emailCampaign, LIBRARY, loadCampaign } from "./helpers.js";

const run = (yaml: string) => checkCampaign(loadCampaign(yaml), LIBRARY);
const ids = (diagnostics: CampaignDiagnostic[]) => diagnostics.map((d) => d.ruleId);
const lineOf = (yaml: string, needle: string) => {
  const offset = yaml.indexOf(needle);
  const before = yaml.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
};

const CRISIS_BLOCK = `      - type: resource-list
        resources: ["988"]
`;

describe("checkCampaign: positions", () => {
  it("points at the exact line and column of the wording inside a plain scalar", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: Last spring a colleague committed suicide after months of night shifts.
${CRISIS_BLOCK}`);
    const [finding] = run(yaml).filter((d) => d.category === "suicide");
    expect(finding).toMatchObject({
      ruleId: "suicide/committed-suicide",
      file: "campaigns/test/campaign.yaml",
      path: "materials[0].blocks[0].text",
      ...lineOf(yaml, "committed suicide"),
    });
  });

  it("points inside quoted scalars", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: 'It''s not a sign of strength to toughen up alone.'
      - type: heading
        text: "Don't say \\"crazy\\" or click here"
`);
    const found = run(yaml);
    expect(found.find((d) => d.ruleId === "clinician-stigma/toughen-up")).toMatchObject(
      lineOf(yaml, "toughen up"),
    );
    expect(found.find((d) => d.ruleId === "accessibility/click-here")).toMatchObject(
      lineOf(yaml, "click here"),
    );
  });

  it("points at the right line inside a block scalar", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: |
          Many residents feel alone.
          Some were told to suck it up.
`);
    expect(run(yaml).find((d) => d.ruleId === "clinician-stigma/toughen-up")).toMatchObject(
      lineOf(yaml, "suck it up"),
    );
  });

  it("checks subject, preheader, CTA labels and alt text", () => {
    const yaml = emailCampaign(
      `      - type: call-to-action
        label: Read more
        url: https://example.org/guide
      - type: image
        src: https://example.org/a.png
        alt: Image of two nurses
`,
      { subject: "Stop the crazy inbox" },
    );
    expect(run(yaml).map((d) => [d.ruleId, d.path])).toEqual([
      ["mental-health/crazy", "materials[0].subject"],
      ["accessibility/read-more", "materials[0].blocks[0].label"],
      ["accessibility/image-of", "materials[0].blocks[1].alt"],
    ]);
  });

  it("checks banners, social posts and campaign-level wording", () => {
    const yaml = `${CAMPAIGN_HEAD.replace("summary: A campaign written", "summary: Addicts on staff deserve help too. A campaign written")}callsToAction:
  - id: guide
    label: Click here
    url: https://example.org/guide
materials:
  - id: banner
    kind: web-banner
    audience: public
    locale: en
    size: 300x250
    headline: Burnout is a personal failing
    cta: { label: Learn more, url: https://example.org }
    image: { src: https://example.org/b.png, alt: photo }
  - id: post
    kind: social-post
    audience: clinicians
    locale: en
    platform: linkedin
    text: The mentally ill are our colleagues.
`;
    expect(run(yaml).map((d) => [d.ruleId, d.path])).toEqual([
      ["substance-use/addict", "summary"],
      ["accessibility/click-here", "callsToAction[0].label"],
      ["burnout-framing/personal-failing", "materials[0].headline"],
      ["accessibility/read-more", "materials[0].cta.label"],
      ["accessibility/placeholder-alt", "materials[0].image.alt"],
      ["mental-health/the-mentally-ill", "materials[1].text"],
    ]);
  });
});

describe("checkCampaign: quote blocks", () => {
  it("does not flag wording inside a quote block", () => {
    const yaml = emailCampaign(`      - type: quote
        text: I thought needing help meant I was weak, that I was going crazy.
        attribution: { name: Dr. A, consent: true, source: "Interview, May 2026" }
`);
    expect(run(yaml)).toEqual([]);
  });
});

describe("checkCampaign: safe messaging", () => {
  const mentionsSuicide = `      - type: paragraph
        text: Physicians die by suicide more often than the public.
`;

  it("reports an error when a material mentions suicide without a crisis resource", () => {
    const yaml = emailCampaign(mentionsSuicide);
    const finding = run(yaml).find((d) => d.ruleId === "safe-messaging/crisis-resource");
    expect(finding).toMatchObject({
      severity: "error",
      path: "materials[0]",
      message: '"email" mentions suicide or crisis but lists no crisis line that answers in English',
      ...lineOf(yaml, "id: email"),
    });
    expect(finding?.suggestions[0]).toMatch(/Resources block with a crisis line \(e\.g\. 988 Suicide/);
    // The one-click fix: list the first crisis line that answers in the email's language.
    expect(finding?.addResource).toEqual({ id: "988", name: "988 Suicide & Crisis Lifeline" });
  });

  it("accepts a resource-list block with a crisis resource", () => {
    expect(ids(run(emailCampaign(mentionsSuicide + CRISIS_BLOCK)))).not.toContain(
      "safe-messaging/crisis-resource",
    );
  });

  it("does not accept a support line that is not a crisis resource", () => {
    const yaml = emailCampaign(`${mentionsSuicide}      - type: resource-list
        resources: [physician-support-line]
`);
    expect(ids(run(yaml))).toContain("safe-messaging/crisis-resource");
  });

  it("requires the crisis resource to serve the material's locale", () => {
    const yaml = emailCampaign(
      `      - type: paragraph
        text: Si piensas en el suicidio, no estás solo.
      - type: resource-list
        resources: [crisis-text-line]
`,
      { locale: "es" },
    );
    const finding = run(yaml).find((d) => d.ruleId === "safe-messaging/crisis-resource");
    expect(finding?.message).toMatch(/answers in Spanish$/);
    expect(finding?.addResource).toEqual({
      id: "988",
      name: "988 Línea de Prevención del Suicidio y Crisis",
    });
  });

  it("counts a key message that mentions suicide as a mention", () => {
    const yaml = emailCampaign(`      - type: key-message
        ref: help-is-available
`);
    expect(ids(run(yaml))).toContain("safe-messaging/crisis-resource");
  });

  it("accepts a social post that names the crisis line's number", () => {
    const yaml = `${CAMPAIGN_HEAD}materials:
  - id: post
    kind: social-post
    audience: public
    locale: en
    platform: x
    text: Thinking about suicide? Call or text 988, any time.
`;
    expect(run(yaml)).toEqual([]);
  });

  it("offers no resource to add to a social post: its own words must name the line", () => {
    const yaml = `${CAMPAIGN_HEAD}materials:
  - id: post
    kind: social-post
    audience: public
    locale: en
    platform: x
    text: Thinking about suicide? You are not alone, and help is there any time.
`;
    const finding = run(yaml).find((d) => d.ruleId === "safe-messaging/crisis-resource");
    expect(finding?.suggestions[0]).toMatch(/name a crisis line in the text or link to it/);
    expect(finding?.addResource).toBeUndefined();
  });

  it("does not require a crisis resource for copy that never mentions suicide or crisis", () => {
    expect(
      ids(run(emailCampaign("      - type: paragraph\n        text: Leaders can cut busywork.\n"))),
    ).toEqual([]);
  });
});

describe("checkCampaign: evidence", () => {
  it("tells a social post to cite through its own facts, not a Fact block", () => {
    const yaml = `${CAMPAIGN_HEAD}materials:
  - id: post
    kind: social-post
    audience: public
    locale: en
    platform: linkedin
    text: In 2021, 62.8% of US physicians had a symptom of burnout.
`;
    const [finding] = run(yaml).filter((d) => d.ruleId === "evidence/uncited-statistic");
    expect(finding?.suggestions[0]).toMatch(
      /add that fact as one of the post's facts \(Facts quoted in this post\)/,
    );
    expect(finding?.suggestions[0]).not.toMatch(/Fact block/);
  });

  it("flags an uncited statistic in a paragraph at its exact position", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: Nearly 45% of residents report burnout.
`);
    const finding = run(yaml).find((d) => d.ruleId === "evidence/uncited-statistic");
    expect(finding).toMatchObject({ severity: "error", ...lineOf(yaml, "45%") });
  });

  it("accepts a figure from a fact shown by a stat block in the same material", () => {
    const yaml = emailCampaign(`      - type: stat
        fact: physician-burnout-2021
      - type: paragraph
        text: That 62.8% is why we act.
`);
    expect(ids(run(yaml))).toEqual([]);
  });

  it("flags statistics in the subject and preheader too", () => {
    const yaml = emailCampaign("      - type: paragraph\n        text: Read on.\n", {
      subject: "3 in 4 nurses are tired",
    });
    expect(run(yaml).map((d) => [d.ruleId, d.path])).toEqual([
      ["evidence/uncited-statistic", "materials[0].subject"],
    ]);
  });

  it("does not treat event dates and times as statistics", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: Join us on October 14 at 12:30 pm, or call 1-888-409-0141.
`);
    expect(run(yaml)).toEqual([]);
  });
});

describe("checkCampaign: reading grade per material", () => {
  it("reports a material whose copy is above its audience's grade", () => {
    const dense =
      "Institutional implementation of comprehensive organizational interventions necessitates multidisciplinary collaboration.";
    const yaml = emailCampaign(
      `      - type: paragraph
        text: ${dense}
      - type: paragraph
        text: Consequently, occupational wellbeing initiatives characteristically demonstrate heterogeneous effectiveness.
      - type: paragraph
        text: Organizational accountability mechanisms facilitate sustainable institutional transformation.
`,
      { audience: "public" },
    );
    const finding = run(yaml).find((d) => d.ruleId === "plain-language/reading-grade");
    expect(finding).toMatchObject({ path: "materials[0]" });
    expect(finding?.message).toMatch(
      /^material "email" reads at grade \d+\.\d; the target for public is grade 8 or lower$/,
    );
  });

  it("can be turned off", () => {
    const yaml = emailCampaign("      - type: paragraph\n        text: PLEASE READ THIS NOW.\n");
    expect(ids(run(yaml))).toEqual(["plain-language/all-caps"]);
    expect(checkCampaign(loadCampaign(yaml), LIBRARY, { readability: false })).toEqual([]);
  });
});
