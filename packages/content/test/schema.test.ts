import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_STAGES, formatDiagnostic, reviewStages, smsKeyword } from "../src/index.js";
import { edit, load, positionOf } from "./fixtures.js";

const CAMPAIGN = "campaigns/system-problem/campaign.yaml";
const PARTNER = "campaigns/_partners/collaborative.yaml";
const FACTS = "campaigns/_library/facts.yaml";
const RESOURCES = "campaigns/_library/resources.yaml";

function errorsOf(files: ReturnType<typeof edit>) {
  return load(files).diagnostics.filter((d) => d.severity === "error");
}

/** Replace `from` with `to` in a fixture file and expect exactly one error at `to` (+offset). */
function expectSingleError(
  file: string,
  from: string,
  to: string,
  expected: { path: string; message: string | RegExp; at?: string; offset?: number },
) {
  const files = edit(file, from, to);
  const errors = errorsOf(files);
  expect(errors.map(formatDiagnostic)).toEqual([expect.any(String)]);
  const [error] = errors;
  const text = files.find((f) => f.path === file)!.text;
  const where = positionOf(text, expected.at ?? to, expected.offset ?? 0);
  expect(error).toMatchObject({ file, path: expected.path, line: where.line, column: where.column });
  expect(error!.message).toMatch(expected.message);
  return error!;
}

describe("the valid fixture", () => {
  it("loads with no diagnostics and typed content", () => {
    const { content, diagnostics } = load(edit(CAMPAIGN, "", ""));
    expect(diagnostics).toEqual([]);
    expect(content.campaigns).toHaveLength(1);
    expect(content.campaigns[0]!.campaign.materials.map((m) => m.kind)).toEqual([
      "email",
      "email",
      "web-banner",
    ]);
    expect(content.library.facts[0]!.citation.publisher).toBe("Mayo Clinic Proceedings");
    expect(content.partners[0]!.logoPath).toBe("campaigns/_partners/logos/collaborative.svg");
  });

  it("applies defaults: a heading without level is level 2, personalization defaults to none", () => {
    const { content } = load(
      edit(
        CAMPAIGN,
        "      - type: key-message\n        ref: fix-the-work",
        "      - type: heading\n        text: Hola",
      ),
    );
    const material = content.campaigns[0]!.campaign.materials[1]!;
    expect(material.kind === "email" && material.blocks[0]).toEqual({
      type: "heading",
      text: "Hola",
      level: 2,
    });
    expect(material.kind === "email" && material.personalization).toEqual([]);
  });
});

describe("campaign schema rules, each reported at its file, line, column and field", () => {
  it("requires https for call-to-action URLs, with the exact position of the value", () => {
    const error = expectSingleError(
      CAMPAIGN,
      "url: https://chorus-collaborative.org/leaders",
      "url: http://chorus-collaborative.org/leaders",
      { path: "materials[2].cta.url", message: "must be an https URL", offset: 5 },
    );
    expect(formatDiagnostic(error)).toMatch(
      /^campaigns\/system-problem\/campaign\.yaml:\d+:12 materials\[2\]\.cta\.url: must be an https URL$/,
    );
  });

  it.each([
    "javascript:alert(1)",
    "ftp://chorus-collaborative.org/file",
    "https://localhost",
    "//chorus-collaborative.org",
  ])("rejects the non-https URL %s", (url) => {
    expectSingleError(CAMPAIGN, "url: https://chorus-collaborative.org/guide", `url: "${url}"`, {
      path: "callsToAction[0].url",
      message: "must be an https URL",
      offset: 5,
    });
  });

  it("requires ids to be lowercase slugs", () => {
    expectSingleError(CAMPAIGN, "  - id: banner\n", "  - id: Banner_1\n", {
      path: "materials[2].id",
      message: /lowercase id/,
      at: "Banner_1",
    });
  });

  it("reports a missing required field as 'is required' on the object that lacks it", () => {
    expectSingleError(
      CAMPAIGN,
      "summary: Shift the conversation from personal resilience to fixing the work.\n",
      "",
      {
        path: "summary",
        message: "is required",
        at: "# A comment",
        offset: "# A comment the loader must not mind\n".length,
      },
    );
  });

  it("names unknown fields at their key", () => {
    expectSingleError(CAMPAIGN, "goal: awareness\n", "goal: awareness\nowner: someone\n", {
      path: "owner",
      message: 'unknown field "owner"',
      at: "owner: someone",
    });
  });

  it("rejects goals, statuses, audiences and locales outside their lists", () => {
    expectSingleError(CAMPAIGN, "goal: awareness", "goal: fundraising", {
      path: "goal",
      message: /must be one of: stigma-reduction, awareness, policy-action, event/,
      at: "fundraising",
    });
    expectSingleError(CAMPAIGN, "status: in-review", "status: done", {
      path: "status",
      message: /draft, in-review, approved, archived/,
      at: "done",
    });
    expectSingleError(CAMPAIGN, "audiences: [clinicians, leaders]", "audiences: [clinicians, doctors]", {
      path: "audiences[1]",
      message: /must be one of: clinicians/,
      at: "doctors",
    });
    expectSingleError(CAMPAIGN, "locales: [en, es]", "locales: [en, fr]", {
      path: "locales[1]",
      message: "must be one of: en, es",
      at: "fr]",
    });
  });

  it("requires an approval record on approved campaigns", () => {
    expectSingleError(CAMPAIGN, "status: in-review", "status: approved", {
      path: "approval",
      message: /must record who approved it and when/,
      at: "id: system-problem",
    });
  });

  it("rejects an approval time that is not a date-time", () => {
    expectSingleError(
      CAMPAIGN,
      "status: in-review\n",
      "status: approved\napproval:\n  by: Dana\n  at: last tuesday\n",
      {
        path: "approval.at",
        message: /date and time/,
        at: "last tuesday",
      },
    );
  });

  it("names its review stages with a role each, and refuses a stage held by any other role", () => {
    const stages = (role: string) =>
      `status: in-review\nreview:\n  stages:\n    - id: clinical\n      title: Clinical review\n      role: ${role}\n`;
    const named = load(edit(CAMPAIGN, "status: in-review\n", stages("reviewer")));
    expect(named.diagnostics).toEqual([]);
    const campaign = named.content.campaigns[0]!.campaign;
    expect(reviewStages(campaign)).toEqual([{ id: "clinical", title: "Clinical review", role: "reviewer" }]);
    expect(reviewStages({})).toEqual(DEFAULT_REVIEW_STAGES);
    expectSingleError(CAMPAIGN, "status: in-review\n", stages("author"), {
      path: "review.stages[0].role",
      message: "must be one of: reviewer, approver",
      at: "author",
    });
  });

  it("refuses two review stages with one id", () => {
    expectSingleError(
      CAMPAIGN,
      "status: in-review\n",
      "status: in-review\nreview:\n  stages:\n    - { id: a, title: One, role: reviewer }\n    - { id: a, title: Two, role: approver }\n",
      { path: "review.stages", message: "each stage needs its own id", at: "- { id: a, title: One" },
    );
  });

  it("rejects an end date before the start date", () => {
    expectSingleError(CAMPAIGN, "end: 2026-10-31", "end: 2026-09-30", {
      path: "dates.end",
      message: "end must be on or after start",
      at: "2026-09-30",
    });
  });

  it("requires a stat to reference a library fact instead of carrying its own figure", () => {
    const files = edit(
      CAMPAIGN,
      "      - type: stat\n        fact: physician-burnout-2021\n      - type: resource-list",
      `      - type: stat\n        value: "50%"\n      - type: resource-list`,
    );
    const errors = errorsOf(files).map((e) => `${e.path}: ${e.message}`);
    expect(errors).toEqual([
      "materials[0].blocks[2].fact: is required",
      'materials[0].blocks[2].value: unknown field "value"',
    ]);
  });

  it("requires alt text on images", () => {
    expectSingleError(CAMPAIGN, "alt: Two nurses talking at a workstation", 'alt: "  "', {
      path: "materials[0].blocks[5].alt",
      message: "alt text is required: describe what the image shows",
      at: '"  "',
    });
  });

  it("requires a call-to-action block to name a campaign CTA or carry label and url", () => {
    expectSingleError(
      CAMPAIGN,
      "      - type: call-to-action\n        cta: read-guide\n",
      "      - type: call-to-action\n        label: Go\n",
      {
        path: "materials[0].blocks[4]",
        message: /either `cta`.*or both `label` and `url`/,
        at: "type: call-to-action",
      },
    );
  });

  it("requires quotes to carry an attribution given with consent", () => {
    const quote =
      "      - type: quote\n        text: We changed the schedule, not the people.\n        attribution:\n          name: A charge nurse in Ohio\n          consent: false\n";
    expectSingleError(
      CAMPAIGN,
      "      - type: stat\n        fact: physician-burnout-2021\n  - id: banner",
      `${quote}  - id: banner`,
      {
        path: "materials[1].blocks[1].attribution.consent",
        message: /consent/,
        at: "false",
      },
    );
  });

  it("takes an illustrative quote without consent or source: no real person said it", () => {
    const quote =
      "      - type: quote\n        illustrative: true\n        text: We changed the schedule, not the people.\n        attribution:\n          name: A charge nurse in Ohio\n";
    const files = edit(
      CAMPAIGN,
      "      - type: stat\n        fact: physician-burnout-2021\n  - id: banner",
      `${quote}  - id: banner`,
    );
    expect(errorsOf(files)).toEqual([]);
    const material = load(files).content.campaigns[0]!.campaign.materials[1]!;
    expect(material.kind === "email" && material.blocks[1]).toMatchObject({
      type: "quote",
      illustrative: true,
    });
  });

  it("requires a real person's quote to record their consent, at the attribution that lacks it", () => {
    const quote =
      "      - type: quote\n        text: We changed the schedule, not the people.\n        attribution:\n          name: Dana Rivera, RN\n          source: Interview with the collaborative, 2026-10-02\n";
    expectSingleError(
      CAMPAIGN,
      "      - type: stat\n        fact: physician-burnout-2021\n  - id: banner",
      `${quote}  - id: banner`,
      {
        path: "materials[1].blocks[1].attribution.consent",
        message:
          "a real person's quote needs their consent: set consent: true once they have agreed in writing, or mark a written example illustrative: true",
        at: "name: Dana Rivera",
      },
    );
  });

  it("requires a real person's quote to name its source, at the attribution that lacks it", () => {
    const quote =
      "      - type: quote\n        text: We changed the schedule, not the people.\n        attribution:\n          name: Dana Rivera, RN\n          consent: true\n";
    const error = expectSingleError(
      CAMPAIGN,
      "      - type: stat\n        fact: physician-burnout-2021\n  - id: banner",
      `${quote}  - id: banner`,
      {
        path: "materials[1].blocks[1].attribution.source",
        message:
          "a real person's quote needs its source (where and when they said it), or mark a written example illustrative: true",
        at: "name: Dana Rivera",
      },
    );
    expect(formatDiagnostic(error)).toMatch(
      /^campaigns\/system-problem\/campaign\.yaml:\d+:11 materials\[1\]\.blocks\[1\]\.attribution\.source: a real person's quote needs its source/,
    );
  });

  it("takes a text keyword per language, and refuses a keyword that is neither", () => {
    const perLocale = edit(
      RESOURCES,
      '      number: "988"\n',
      '      number: "988"\n      keyword: { es: AYUDA }\n',
    );
    expect(errorsOf(perLocale)).toEqual([]);
    const sms = load(perLocale).content.library.resources[0]!.sms!;
    expect([smsKeyword(sms, "en"), smsKeyword(sms, "es")]).toEqual([undefined, "AYUDA"]);
    expect(smsKeyword({ number: "741741", keyword: "HOME" }, "es")).toBe("HOME");
    expectSingleError(RESOURCES, '      number: "988"\n', '      number: "988"\n      keyword: 42\n', {
      path: "resources[0].sms.keyword",
      message: "must be a keyword, or one keyword per locale such as { en: HOME, es: AYUDA }",
      at: "42",
    });
  });

  it("names the allowed block types when a block type is unknown", () => {
    expectSingleError(
      CAMPAIGN,
      "      - type: paragraph\n        text: Dear",
      "      - type: video\n        text: Dear",
      {
        path: "materials[0].blocks[0].type",
        message:
          /heading, paragraph, key-message, stat, quote, resource-list, call-to-action, image or event/,
        at: "video",
      },
    );
  });

  it("names the allowed material kinds when a material kind is unknown", () => {
    expectSingleError(CAMPAIGN, "    kind: web-banner", "    kind: billboard", {
      path: "materials[2].kind",
      message: /email, web-banner, social-post or fact-sheet/,
      at: "billboard",
    });
  });

  it("rejects a banner size that is not a standard IAB size", () => {
    expectSingleError(CAMPAIGN, "size: 300x250", "size: 500x500", {
      path: "materials[2].size",
      message: /standard IAB size/,
      at: "500x500",
    });
  });

  it("rejects email subjects long enough to be cut off in inboxes", () => {
    const long = `subject: ${"Why the work, not the worker, needs to change ".repeat(3)}`;
    expectSingleError(CAMPAIGN, "subject: El agotamiento es un problema del sistema", long, {
      path: "materials[1].subject",
      message: /at most 120 characters/,
      at: "Why the work",
    });
  });

  it("rejects an event that ends before it starts", () => {
    const event = `      - type: event
        name: Town hall
        start: 2026-10-10T17:00:00Z
        end: 2026-10-10T16:00:00Z
        timeZone: America/Chicago
        location: Online
        url: https://chorus-collaborative.org/town-hall
`;
    expectSingleError(
      CAMPAIGN,
      "      - type: key-message\n        ref: fix-the-work\n",
      `${event}      - type: key-message\n        ref: fix-the-work\n`,
      {
        path: "materials[1].blocks[0].end",
        message: "end must be after start",
        at: "2026-10-10T16:00:00Z",
      },
    );
  });

  it("rejects wrong types with the field's own wording", () => {
    expectSingleError(CAMPAIGN, "title: Burnout is a system problem", "title: [not, text]", {
      path: "title",
      message: "must be text",
      at: "[not, text]",
    });
  });
});

describe("library and partner schema rules", () => {
  // Each required part of a citation, removed in turn: the error points at the citation it is missing from.
  it.each([
    [
      "title",
      "      title: Changes in Burnout and Satisfaction With Work-Life Integration in Physicians\n",
      "publisher: Mayo",
    ],
    ["publisher", "      publisher: Mayo Clinic Proceedings\n", "title: Changes"],
    ["year", "      year: 2022\n", "title: Changes"],
    ["url", "      url: https://doi.org/10.1016/j.mayocp.2022.09.002\n", "title: Changes"],
  ])("requires every fact to carry a complete citation: without its %s it is refused", (field, line, at) => {
    expectSingleError(FACTS, line, "", { path: `facts[0].citation.${field}`, message: "is required", at });
  });

  it("requires every fact to carry a citation at all", () => {
    const citation = [
      "    citation:",
      "      title: Changes in Burnout and Satisfaction With Work-Life Integration in Physicians",
      "      publisher: Mayo Clinic Proceedings",
      "      year: 2022",
      "      url: https://doi.org/10.1016/j.mayocp.2022.09.002\n",
    ].join("\n");
    expectSingleError(FACTS, citation, "", {
      path: "facts[0].citation",
      message: "is required",
      at: "id: physician",
    });
  });

  it("requires a citation year that is a year", () => {
    expectSingleError(FACTS, "year: 2022", "year: twenty", {
      path: "facts[0].citation.year",
      message: /year/,
      at: "twenty",
    });
  });

  it("requires a review-by date on facts", () => {
    expectSingleError(FACTS, "reviewBy: 2027-06-30", "reviewBy: soon", {
      path: "facts[0].reviewBy",
      message: /YYYY-MM-DD/,
      at: "soon",
    });
  });

  it("requires English text for localized fields", () => {
    expectSingleError(RESOURCES, "      en: Free, confidential support by call or text, any time.\n", "", {
      path: "resources[0].description.en",
      message: "is required",
      at: "es: Apoyo",
    });
  });

  it("rejects resource phone numbers with letters", () => {
    expectSingleError(RESOURCES, 'phone: "988"', "phone: CALL-NOW", {
      path: "resources[0].phone",
      message: /phone number/,
      at: "CALL-NOW",
    });
  });

  it("requires partners to send from one of their own domains", () => {
    expectSingleError(PARTNER, "email: news@chorus-collaborative.org", "email: news@gmail.com", {
      path: "sender.email",
      message: "sender.email must be on one of the partner's sendingDomains",
      at: "news@gmail.com",
    });
  });

  it("requires a postal address of at least two lines", () => {
    expectSingleError(PARTNER, "  - Springfield, IL 62701\n", "", {
      path: "postalAddress",
      message: /at least two lines/,
      at: "- 100 Main Street",
    });
  });

  it("requires hex brand colours", () => {
    expectSingleError(PARTNER, 'primary: "#1B4F72"', "primary: navy", {
      path: "colors.primary",
      message: /six-digit hex colour/,
      at: "navy",
    });
  });

  it("requires an https unsubscribe URL", () => {
    expectSingleError(PARTNER, "unsubscribeUrl: https://", "unsubscribeUrl: http://", {
      path: "unsubscribeUrl",
      message: "must be an https URL",
      at: "http://",
    });
  });

  it("accepts only svg or png logos", () => {
    for (const refused of ["gif", "jpg", "webp"]) {
      expectSingleError(PARTNER, "file: logos/collaborative.svg", `file: logos/collaborative.${refused}`, {
        path: "logo.file",
        message: /\.svg or \.png/,
        at: `logos/collaborative.${refused}`,
      });
    }
    // The svg of the fixture loads cleanly; so does a png in its place.
    expect(errorsOf(edit(PARTNER, "", ""))).toEqual([]);
    const png = edit(PARTNER, "file: logos/collaborative.svg", "file: logos/collaborative.png").map((file) =>
      file.path.endsWith("collaborative.svg")
        ? { ...file, path: "campaigns/_partners/logos/collaborative.png" }
        : file,
    );
    expect(errorsOf(png)).toEqual([]);
  });
});
