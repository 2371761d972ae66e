import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

let work: string;
const CAMPAIGN = "campaigns/burnout-is-a-system-problem/campaign.yaml";

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-lint-"));
  await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Append a sentence to the first paragraph of the campaign, keeping a comment above it. */
async function addToFirstParagraph(sentence: string): Promise<{ line: number; text: string }> {
  const file = path.join(work, CAMPAIGN);
  const original = await readFile(file, "utf8");
  const marker = "      - type: paragraph\n        text: ";
  const start = original.indexOf(marker);
  expect(start).toBeGreaterThan(-1);
  const end = original.indexOf("\n", start + marker.length);
  const text = `${original.slice(0, start)}      # a communicator's note\n${original.slice(start, end)} ${sentence}${original.slice(end)}`;
  await writeFile(file, text);
  return { line: text.slice(0, start).split("\n").length + 2, text };
}

describe("chorus lint", () => {
  it("passes the repository's own campaigns without a single finding (no false alarm in copy the collaborative ships)", async () => {
    const result = await run(["lint"], REPO_ROOT);
    expect(result.stdout).toMatch(/^0 errors, 0 warnings, 0 suggestions$/m);
    expect(result.code).toBe(0);
  });

  it("flags stigmatising wording and uncited figures at their line and exits 1", async () => {
    const { line } = await addToFirstParagraph(
      "One colleague committed suicide, and 40% of nurses should toughen up.",
    );
    const result = await run(["lint"], work);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${CAMPAIGN}:${line}:\\d+ +error +suicide/committed-suicide`));
    expect(result.stdout).toMatch(new RegExp(`${CAMPAIGN}:${line}:\\d+ +error +evidence/uncited-statistic`));
    expect(result.stdout).toMatch(/clinician-stigma\/toughen-up/);
    expect(result.stdout).toMatch(/safe-messaging\/crisis-resource/);
  });

  it("writes GitHub Actions annotations with --format github", async () => {
    await addToFirstParagraph("One colleague committed suicide.");
    const result = await run(["lint", "--format", "github"], work);
    expect(result.stdout).toMatch(new RegExp(`^::error file=${CAMPAIGN},line=\\d+,col=\\d+`, "m"));
  });

  it("fixes only unambiguous wording with --fix and keeps comments", async () => {
    await addToFirstParagraph("One colleague committed suicide.");
    const before = await readFile(path.join(work, CAMPAIGN), "utf8");
    const result = await run(["lint", "--fix"], work);
    const after = await readFile(path.join(work, CAMPAIGN), "utf8");
    expect(result.stderr).toMatch(/fixed 1 problem in 1 file/);
    expect(after).toBe(before.replace("committed suicide", "died by suicide"));
    expect(after).toContain("# a communicator's note");
  });

  it("exits 2 on a usage error", async () => {
    const result = await run(["lint", "--format", "sarif"], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format must be one of: pretty, json, github/);
  });
});

describe("chorus check", () => {
  it("checks text from standard input and prints the diagnostics with exact offsets", async () => {
    const text = "He committed suicide last spring.";
    const result = await run(["check", "--locale", "en", "--format", "json"], work, text);
    expect(result.code).toBe(1);
    const [first] = JSON.parse(result.stdout);
    expect(first).toMatchObject({
      ruleId: "suicide/committed-suicide",
      severity: "error",
      suggestions: ["died by suicide"],
    });
    expect(text.slice(first.start, first.end)).toBe("committed suicide");
  });

  it("keeps ordinary uses clean", async () => {
    const result = await run(
      ["check", "--locale", "en", "--format", "json"],
      work,
      "We are committed to suicide prevention.",
    );
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("checks Spanish", async () => {
    const result = await run(
      ["check", "--locale", "es", "--format", "json"],
      work,
      "Mi colega cometió suicidio.",
    );
    expect(JSON.parse(result.stdout).map((d: { ruleId: string }) => d.ruleId)).toContain(
      "suicide/cometio-suicidio",
    );
  });
});
