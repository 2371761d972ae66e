import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

let work: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-facts-"));
  await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Replace the first match in a file of the copied campaigns folder (fails loudly when the seed changed). */
async function edit(file: string, from: RegExp, to: string) {
  const full = path.join(work, "campaigns", file);
  const text = await readFile(full, "utf8");
  const next = text.replace(from, to);
  expect(next, `${file} has no ${from}`).not.toBe(text);
  await writeFile(full, next);
}

/** A fact's review date, as its entry in facts.yaml reads. */
const reviewByOf = (id: string) =>
  new RegExp(`(?<entry>- id: ${id}\\n(?:.*\\n)*?\\s+reviewBy: )\\d{4}-\\d\\d-\\d\\d`);

describe("chorus facts", () => {
  it("lists every fact by review date, soonest first, with its source and the campaigns that show it", async () => {
    const result = await run(["facts"], REPO_ROOT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^Facts by review date \(22 facts · \d+ overdue · \d+ due while a campaign runs\)\n/,
    );
    const dates = [...result.stdout.matchAll(/^(\d{4}-\d\d-\d\d) {2}\S+ {2}/gm)].map((m) => m[1]!);
    expect(dates).toHaveLength(22);
    expect(dates).toEqual([...dates].sort());
    // Its source, then the campaign and the materials that show it (marked overdue once 2028-06-30 has passed).
    const block = result.stdout.slice(
      result.stdout.indexOf("2028-06-30  physician-suicide-rate-women  1.76×"),
    );
    expect(block.split("\n").slice(1, 3)).toEqual([
      "  Suicide rates among physicians compared with the general population in studies from 20 countries: gender stratified systematic review and meta-analysis (BMJ, 2024) https://doi.org/10.1136/bmj-2023-078964",
      "  crisis-and-peer-support (approved, 2027-09-01 to 2027-09-30): newsletter-clinicians, newsletter-clinicians-es",
    ]);
    expect(result.stdout).toMatch(
      / {2}physician-suicide-rate-men {2}1\.05×\n.*\n {2}not shown in any campaign\n/,
    );
  });

  it("marks a fact overdue, and a running campaign it falls due in, in words", async () => {
    // A draft campaign moved far ahead, so the marks do not depend on the day the test runs.
    await edit(
      "what-leaders-can-do-this-quarter/campaign.yaml",
      /start: \d{4}-\d\d-\d\d\n {2}end: \d{4}-\d\d-\d\d/,
      "start: 2099-01-04\n  end: 2099-03-31",
    );
    await edit("_library/facts.yaml", reviewByOf("physician-shortage-2036"), "$<entry>2099-02-01");
    await edit("_library/facts.yaml", reviewByOf("physician-suicide-rate-men"), "$<entry>2020-01-01");
    const result = await run(["facts"], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n\n2020-01-01 {2}physician-suicide-rate-men {2}1\.05× {2}✖ overdue\n/);
    expect(result.stdout).toContain(
      "\n2099-02-01  physician-shortage-2036  86,000\n" +
        "  New AAMC Report Shows Continuing Projected Physician Shortage (Association of American Medical Colleges (AAMC), 2024) https://www.aamc.org/news/press-releases/new-aamc-report-shows-continuing-projected-physician-shortage\n" +
        "  what-leaders-can-do-this-quarter (draft, 2099-01-04 to 2099-03-31): proof-leaders  ⚠ due before it ends on 2099-03-31\n",
    );
    // The overdue fact comes first: what to check next is at the top.
    expect(result.stdout.indexOf("2020-01-01")).toBeLessThan(result.stdout.indexOf("2099-02-01"));
  });

  it("prints the report as JSON with --format json", async () => {
    await edit("_library/facts.yaml", reviewByOf("physician-suicide-rate-men"), "$<entry>2020-01-01");
    const result = await run(["facts", "--format", "json"], work);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      today: string;
      facts: {
        id: string;
        reviewBy: string;
        overdue: boolean;
        campaigns: { campaignId: string; materials: string[] }[];
      }[];
    };
    expect(report.today).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(report.facts[0]).toMatchObject({
      id: "physician-suicide-rate-men",
      reviewBy: "2020-01-01",
      overdue: true,
      campaigns: [],
    });
    expect(report.facts.find((f) => f.id === "physician-burnout-2024")?.campaigns).toEqual([
      expect.objectContaining({
        campaignId: "burnout-is-a-system-problem",
        materials: ["newsletter-clinicians", "linkedin-clinicians"],
      }),
    ]);
  });

  it("lists only the facts one campaign shows, given its folder", async () => {
    const result = await run(["facts", "campaigns/crisis-and-peer-support"], REPO_ROOT);
    expect(result.code).toBe(0);
    const ids = [...result.stdout.matchAll(/^\d{4}-\d\d-\d\d {2}(\S+) {2}/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(["medical-student-help-seeking", "physician-suicide-rate-women"]);
    expect(result.stdout).not.toMatch(/burnout-is-a-system-problem|not shown in any campaign/);
  });

  it("notes on stderr when content errors may hide a fact, and still lists the rest", async () => {
    await edit("_library/facts.yaml", /url: https:\/\/doi\.org\/10\.1136/, "url: doi.org/10.1136");
    const result = await run(["facts"], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^note: the content has \d+ errors?, so a fact or campaign may be missing here: "chorus validate" lists/,
    );
    expect(result.stdout).toMatch(/^Facts by review date/);
  });

  it("refuses an unknown format with exit 2 and prints its usage with --help", async () => {
    const wrong = await run(["facts", "--format", "yaml"], REPO_ROOT);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--format must be one of: pretty, json \(got "yaml"\)/);
    const help = await run(["facts", "--help"], REPO_ROOT);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^chorus facts \[path\] \[--format pretty\|json\]/);
  });
});
