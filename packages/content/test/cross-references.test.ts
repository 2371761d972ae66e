import { describe, expect, it } from "vitest";
import { approvedCampaignText, edit, FIXTURE, load, positionOf, withFile } from "./fixtures.js";

const CAMPAIGN = "campaigns/system-problem/campaign.yaml";

function only(files: ReturnType<typeof edit>, severity: "error" | "warning" = "error") {
  return load(files).diagnostics.filter((d) => d.severity === severity);
}

function at(files: ReturnType<typeof edit>, file: string, needle: string) {
  return positionOf(files.find((f) => f.path === file)!.text, needle);
}

describe("cross-references between campaigns, the library and partner kits", () => {
  it("reports an unknown fact at the stat that names it, with a did-you-mean hint", () => {
    const files = edit(
      CAMPAIGN,
      "        fact: physician-burnout-2021\n      - type: resource-list",
      "        fact: physician-burnout-2012\n      - type: resource-list",
    );
    expect(only(files)).toEqual([
      expect.objectContaining({
        code: "unknown-ref",
        path: "materials[0].blocks[2].fact",
        message: 'unknown fact "physician-burnout-2012" (did you mean "physician-burnout-2021"?)',
        ...at(files, CAMPAIGN, "physician-burnout-2012"),
      }),
    ]);
  });

  it("reports unknown key messages, resources, calls to action and partners", () => {
    let files = edit(CAMPAIGN, "        ref: burnout-is-systemic", "        ref: burnout-is-personal");
    expect(only(files).map((d) => [d.path, d.message])).toEqual([
      ["materials[0].blocks[1].ref", 'unknown key message "burnout-is-personal"'],
    ]);
    files = edit(CAMPAIGN, "resources: [lifeline-988]", "resources: [lifeline-988, nurse-line]");
    expect(only(files).map((d) => [d.path, d.message])).toEqual([
      ["materials[0].blocks[3].resources[1]", 'unknown resource "nurse-line"'],
    ]);
    files = edit(CAMPAIGN, "        cta: read-guide", "        cta: read-guid");
    expect(only(files).map((d) => [d.path, d.message])).toEqual([
      ["materials[0].blocks[4].cta", 'unknown call to action "read-guid" (did you mean "read-guide"?)'],
    ]);
    files = edit(CAMPAIGN, "keyMessages:\n", "partners: [collaborative, example-health]\nkeyMessages:\n");
    expect(only(files).map((d) => [d.path, d.message])).toEqual([
      ["partners[1]", 'unknown partner "example-health"'],
    ]);
    files = edit(CAMPAIGN, "  - burnout-is-systemic\n", "  - burnout-is-everywhere\n");
    expect(only(files).map((d) => d.path)).toEqual(["keyMessages[0]"]);
  });

  it("warns when the campaign lists a language none of its materials is written in", () => {
    const files = edit(CAMPAIGN, "    locale: es\n", "    locale: en\n");
    expect(only(files, "warning")).toEqual([
      expect.objectContaining({
        code: "locale-without-material",
        path: "locales[1]",
        message: expect.stringMatching(/lists Spanish but none of its materials is in Spanish yet/),
      }),
    ]);
  });

  it("refuses a social post longer than its platform takes, counting the link", () => {
    const post = (platform: string, text: string) =>
      withFile(
        CAMPAIGN,
        `${FIXTURE[CAMPAIGN]!}  - id: post
    kind: social-post
    audience: clinicians
    locale: en
    platform: ${platform}
    text: ${text}
    link: https://chorus-collaborative.org/leaders
`,
      );
    const long = "Fix the work, not the worker. ".repeat(9).trim();
    expect(long.length).toBeLessThan(280);
    expect(only(post("x", long))).toEqual([
      expect.objectContaining({
        code: "social-too-long",
        path: "materials[3].text",
        message: `${long.length + 24} characters with the link: a post on X holds at most 280`,
      }),
    ]);
    expect(only(post("linkedin", long))).toEqual([]);
  });

  it("accepts a key-message block that points at an inline campaign message", () => {
    expect(only(edit(CAMPAIGN, "", ""))).toEqual([]);
    const files = edit(CAMPAIGN, "    text: Fix the work, not the worker.", "    text: Fix the work.");
    expect(only(files)).toEqual([]);
  });

  it("reports duplicate ids in the library across files, pointing back at the first", () => {
    const files = withFile(
      "campaigns/_library/more-facts.yaml",
      FIXTURE["campaigns/_library/facts.yaml"]!.replace("reviewBy: 2027-06-30", "reviewBy: 2028-01-01"),
    );
    const [error] = only(files);
    expect(error).toMatchObject({
      code: "duplicate-id",
      file: "campaigns/_library/more-facts.yaml",
      path: "facts[0].id",
      message:
        'duplicate fact id "physician-burnout-2021" (first defined at campaigns/_library/facts.yaml:2)',
      line: 2,
      column: 9,
    });
  });

  it("reports duplicate material ids inside a campaign", () => {
    const files = edit(CAMPAIGN, "  - id: banner", "  - id: email-clinicians");
    expect(only(files).map((d) => [d.path, d.message])).toEqual([
      ["materials[2].id", 'duplicate material id "email-clinicians" (first used at materials[0].id)'],
    ]);
  });

  it("reports duplicate campaign ids and ids that do not match their folder", () => {
    const files = withFile("campaigns/copy/campaign.yaml", FIXTURE[CAMPAIGN]!);
    expect(only(files).map((d) => [d.file, d.code])).toEqual([
      ["campaigns/copy/campaign.yaml", "id-mismatch"],
      ["campaigns/system-problem/campaign.yaml", "duplicate-id"],
    ]);
  });

  it("rejects an inline key message that reuses a library id", () => {
    const files = edit(CAMPAIGN, "  - id: fix-the-work\n", "  - id: burnout-is-systemic\n");
    expect(only(files).map((d) => d.code)).toContain("duplicate-id");
  });

  it("requires each material's locale to be one of the campaign's locales", () => {
    const files = edit(CAMPAIGN, "locales: [en, es]", "locales: [en]");
    expect(only(files)).toEqual([
      expect.objectContaining({
        code: "locale-not-in-campaign",
        path: "materials[1].locale",
        message: 'locale "es" is not one of the campaign\'s locales (en)',
      }),
    ]);
  });

  it("requires each material's audience to be one of the campaign's audiences", () => {
    const files = edit(CAMPAIGN, "audiences: [clinicians, leaders]", "audiences: [clinicians]");
    expect(only(files).map((d) => [d.path, d.code])).toEqual([
      ["materials[1].audience", "audience-not-in-campaign"],
    ]);
  });

  it("warns when a material lists a resource that is not for its audience, at the resource", () => {
    const RESOURCES = "campaigns/_library/resources.yaml";
    /** The fixture with the 988 line said to be for `audiences`, and its English email for `audience`. */
    const files = (audiences: string, audience = "clinicians") =>
      withFile(
        RESOURCES,
        FIXTURE[RESOURCES]!.replace(
          "    serves: [en, es]\n",
          `    serves: [en, es]\n    audiences: [${audiences}]\n`,
        ),
      ).map((file) =>
        file.path === CAMPAIGN
          ? {
              ...file,
              text: file.text.replace(
                "    audience: clinicians\n    locale: en",
                `    audience: ${audience}\n    locale: en`,
              ),
            }
          : file,
      );
    // The email is for clinicians: a line for physicians serves some of them.
    expect(only(files("physicians, trainees"), "warning")).toEqual([]);
    expect(only(files("physicians, trainees", "physicians"), "warning")).toEqual([]);
    const nurses = files("physicians, trainees", "nurses");
    expect(only(nurses, "warning")).toEqual([
      expect.objectContaining({
        code: "resource-audience",
        severity: "warning",
        path: "materials[0].blocks[3].resources[0]",
        message:
          'resource "lifeline-988" is for physicians and trainees, and this email is for nurses: list a resource that serves them instead',
        ...at(nurses, CAMPAIGN, "lifeline-988]"),
      }),
    ]);
    expect(only(files("leaders"), "warning").map((d) => d.code)).toEqual(["resource-audience"]);
  });

  it("requires library items used by a Spanish material to have Spanish text", () => {
    const files = withFile(
      "campaigns/_library/facts.yaml",
      FIXTURE["campaigns/_library/facts.yaml"]!.replace(/\n {6}es: de los médicos[^\n]*/, ""),
    );
    expect(only(files)).toEqual([
      expect.objectContaining({
        code: "missing-translation",
        path: "materials[1].blocks[1].fact",
        message: 'fact "physician-burnout-2021" has no es text in the library',
      }),
    ]);
  });

  it("requires every {{field}} used in an email to be declared", () => {
    const files = edit(
      CAMPAIGN,
      "text: Dear {{firstName}},",
      "text: Dear {{firstName}} at {{organization}},",
    );
    expect(only(files)).toEqual([
      expect.objectContaining({
        code: "undeclared-field",
        path: "materials[0].blocks[0].text",
        message:
          'personalization field "{{organization}}" is not declared in this material\'s personalization list',
      }),
    ]);
  });

  it("warns, without failing, about facts past their review-by date", () => {
    const files = edit("campaigns/_library/facts.yaml", "reviewBy: 2027-06-30", "reviewBy: 2026-01-31");
    expect(only(files)).toEqual([]);
    expect(only(files, "warning")).toEqual([
      expect.objectContaining({
        code: "review-overdue",
        file: "campaigns/_library/facts.yaml",
        path: "facts[0].reviewBy",
        message: expect.stringContaining("was due for review on 2026-01-31"),
        ...at(files, "campaigns/_library/facts.yaml", "2026-01-31"),
      }),
    ]);
  });

  it("warns at every stat that shows a fact due for review before the campaign ends", () => {
    const files = edit(
      CAMPAIGN,
      "  start: 2026-10-01\n  end: 2026-10-31",
      "  start: 2026-12-01\n  end: 2027-08-31",
    );
    expect(only(files)).toEqual([]);
    const text = files.find((f) => f.path === CAMPAIGN)!.text;
    // Both stats: the English email's and the Spanish one's, each at its fact id.
    const stats = [...text.matchAll(/fact: (physician-burnout-2021)/g)].map((match) => {
      const before = text.slice(0, match.index! + "fact: ".length).split("\n");
      return { line: before.length, column: before.at(-1)!.length + 1 };
    });
    expect(only(files, "warning")).toEqual(
      ["materials[0].blocks[2].fact", "materials[1].blocks[1].fact"].map((path, index) =>
        expect.objectContaining({
          code: "review-due-during-campaign",
          file: CAMPAIGN,
          path,
          message:
            'fact "physician-burnout-2021" is due for review on 2027-06-30, before this campaign ends on 2027-08-31: check the figure against its source and update it, or its reviewBy, before the campaign goes out',
          ...stats[index],
        }),
      ),
    );
  });

  it("says a fact was due when its review date has passed and the campaign still runs", () => {
    const files = edit(
      CAMPAIGN,
      "  start: 2026-10-01\n  end: 2026-10-31",
      "  start: 2026-10-01\n  end: 2027-08-31",
    );
    const overdue = load(files, { now: new Date("2027-07-15T00:00:00Z") }).diagnostics.filter(
      (d) => d.code === "review-due-during-campaign",
    );
    expect(overdue.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^fact "physician-burnout-2021" was due for review on 2027-06-30, before this campaign ends on 2027-08-31/,
      ),
      expect.stringMatching(/^fact "physician-burnout-2021" was due for review on 2027-06-30/),
    ]);
  });

  it("checks a campaign without an end date on its start date, and says so", () => {
    const late = edit(CAMPAIGN, "  start: 2026-10-01\n  end: 2026-10-31", "  start: 2027-07-01");
    expect(only(late, "warning").map((d) => d.message)).toEqual([
      expect.stringContaining("before this campaign starts on 2027-07-01 (it has no end date)"),
      expect.stringContaining("before this campaign starts on 2027-07-01 (it has no end date)"),
    ]);
    const early = edit(CAMPAIGN, "  start: 2026-10-01\n  end: 2026-10-31", "  start: 2027-06-01");
    expect(only(early, "warning")).toEqual([]);
  });

  it("leaves campaigns that are over or archived alone", () => {
    // The fixture campaign ran in October 2026; "now" is November 2026.
    expect(only(edit(CAMPAIGN, "", ""), "warning")).toEqual([]);
    const archived = edit(CAMPAIGN, "status: in-review\n", "status: archived\n").map((file) =>
      file.path === CAMPAIGN
        ? { ...file, text: file.text.replace("end: 2026-10-31", "end: 2027-08-31") }
        : file,
    );
    expect(only(archived, "warning")).toEqual([]);
  });

  it("warns when the public lead lacks a language the campaign runs in", () => {
    const files = edit(
      CAMPAIGN,
      "goal: awareness\n",
      "lead:\n  en: Burnout is not a personal failing.\ngoal: awareness\n",
    );
    expect(only(files)).toEqual([]);
    expect(only(files, "warning")).toEqual([
      expect.objectContaining({
        code: "missing-translation",
        path: "lead",
        message:
          "the campaign runs in Spanish but its lead has no es text: pages in Spanish would show the English lead",
        ...at(files, CAMPAIGN, "en: Burnout is not"),
      }),
    ]);
  });

  it("reports a partner logo file that does not exist", () => {
    const files = withFile("campaigns/_partners/logos/collaborative.svg", undefined);
    expect(only(files)).toEqual([
      expect.objectContaining({
        code: "missing-file",
        path: "logo.file",
        message: "logo file not found: campaigns/_partners/logos/collaborative.svg",
      }),
    ]);
  });

  it("requires a brand kit's id to match its file name", () => {
    const files = edit(
      "campaigns/_partners/collaborative.yaml",
      "id: collaborative",
      "id: the-collaborative",
    );
    expect(only(files).map((d) => [d.path, d.message])).toEqual([
      ["id", 'must match the file name "collaborative"'],
    ]);
  });

  it("does not cascade: a reference to an item in a broken library file is reported once, at the item", () => {
    const files = edit("campaigns/_library/facts.yaml", "year: 2022", "year: last year");
    expect(only(files).map((d) => [d.file, d.path])).toEqual([
      ["campaigns/_library/facts.yaml", "facts[0].citation.year"],
    ]);
  });

  it("warns about YAML files that are not part of the content model", () => {
    const files = withFile("campaigns/notes.yaml", "todo: write more\n");
    expect(only(files, "warning")).toEqual([
      expect.objectContaining({ code: "unknown-file", file: "campaigns/notes.yaml" }),
    ]);
  });

  it("accepts an approved campaign whose content is what was approved", () => {
    const files = withFile(CAMPAIGN, approvedCampaignText());
    expect(load(files).diagnostics).toEqual([]);
  });

  it("reports an approved campaign changed after approval, at its fingerprint", () => {
    const changed = approvedCampaignText().replace(
      "Dear {{firstName}}, this month",
      "Dear {{firstName}}, this week",
    );
    expect(only(withFile(CAMPAIGN, changed))).toEqual([
      expect.objectContaining({
        code: "changed-after-approval",
        path: "approval.fingerprint",
        message: expect.stringContaining("was changed after it was approved on 2026-09-01"),
      }),
    ]);
  });

  it("keeps the approval valid when only comments, key order or the approval note change", () => {
    const reordered = approvedCampaignText()
      .replace("goal: awareness\n", "# reviewed again\ngoal: awareness\n")
      .replace("  by: Dana Reviewer\n", "  note: Checked twice.\n  by: Dana Reviewer\n")
      .replace("title: Burnout is a system problem\nsummary:", "summary:")
      .replace("goal: awareness\n", "goal: awareness\ntitle: Burnout is a system problem\n");
    expect(load(withFile(CAMPAIGN, reordered)).diagnostics).toEqual([]);
  });

  it("warns when an approval does not record what was approved", () => {
    const text = approvedCampaignText().replace(/\n {2}fingerprint: [0-9a-f]+/, "");
    const files = withFile(CAMPAIGN, text);
    expect(only(files)).toEqual([]);
    expect(only(files, "warning")).toEqual([
      expect.objectContaining({ code: "approval-unverifiable", path: "approval" }),
    ]);
  });
});
