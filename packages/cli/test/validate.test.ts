import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

let work: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-validate-"));
  await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function firstCampaign(): Promise<{ id: string; file: string; text: string }> {
  const ids = (await readdir(path.join(work, "campaigns"))).filter(
    (name) => !name.startsWith("_") && !name.includes("."),
  );
  const id = ids.sort()[0]!;
  const file = path.join(work, "campaigns", id, "campaign.yaml");
  return { id, file, text: await readFile(file, "utf8") };
}

/** Replace the first `url: https://…` in the first campaign with http and return where it is. */
async function breakAUrl() {
  const campaign = await firstCampaign();
  const index = campaign.text.search(/url: https:\/\//);
  expect(index).toBeGreaterThan(-1);
  await writeFile(campaign.file, campaign.text.replace(/url: https:\/\//, "url: http://"));
  const before = campaign.text.slice(0, index).split("\n");
  return { ...campaign, line: before.length, column: before.at(-1)!.length + "url: ".length + 1 };
}

describe("chorus validate", () => {
  it("accepts the repository's own campaigns and exits 0", async () => {
    const result = await run(["validate"], REPO_ROOT);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/✔ content is valid/);
    expect(result.code).toBe(0);
  });

  it("prints what the content holds with --summary", async () => {
    const result = await run(["validate", "--summary"], REPO_ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Shared library\n {2}\d+ key messages · \d+ facts with citations/);
    expect(result.stdout).toMatch(/Campaigns \(\d+\)/);
    expect(result.stdout).toMatch(/\[example partner\]/);
  });

  it("points at the file, line, column and field of a non-https URL and exits 1", async () => {
    const broken = await breakAUrl();
    const result = await run(["validate"], work);
    expect(result.code).toBe(1);
    const where = `campaigns/${broken.id}/campaign.yaml:${broken.line}:${broken.column}`;
    expect(result.stdout).toMatch(
      new RegExp(`${where.replace(/[.]/g, "\\.")} +error +\\S+url: must be an https URL`),
    );
    expect(result.stdout).toMatch(/✖ 1 error/);
  });

  it("refuses a partner kit whose text colour is unreadable, at the colour's line", async () => {
    const file = path.join(work, "campaigns", "_partners", "example-health.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/text: "#[0-9A-Fa-f]{6}"/, 'text: "#A0A0A0"'));
    const line = text.split("\n").findIndex((l) => /^ {2}text: /.test(l)) + 1;
    const result = await run(["validate"], work);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `campaigns/_partners/example-health\\.yaml:${line}:\\d+ +error +colors\\.text: colour contrast too low for body text`,
      ),
    );
    expect(result.stdout).toMatch(/the nearest shade that passes everywhere is #[0-9A-F]{6}/);
    expect(result.stdout).toMatch(/✖ 1 error/);
  });

  it("prints machine-readable diagnostics with --format json", async () => {
    const broken = await breakAUrl();
    const result = await run(["validate", "--format", "json"], work);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: false, errors: 1 });
    expect(report.diagnostics[0]).toMatchObject({
      severity: "error",
      file: `campaigns/${broken.id}/campaign.yaml`,
      line: broken.line,
      column: broken.column,
      message: "must be an https URL",
    });
    expect(report.diagnostics[0].path).toMatch(/url$/);
  });

  it("checks one campaign folder against the whole library, reporting only that campaign", async () => {
    await breakAUrl();
    const campaigns = (await readdir(path.join(work, "campaigns")))
      .filter((n) => !n.startsWith("_") && !n.includes("."))
      .sort();
    const other = campaigns[1]!;
    const result = await run(["validate", `campaigns/${other}`, "--format", "json"], work);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, errors: 0 });
    expect(result.code).toBe(0);
  });

  it("resolves paths from a subfolder as the user typed them", async () => {
    const { id } = await firstCampaign();
    const result = await run(["validate", "campaign.yaml"], path.join(work, "campaigns", id));
    expect(result.code).toBe(0);
  });

  it("reports malformed YAML with its position instead of crashing", async () => {
    const { id, file } = await firstCampaign();
    await writeFile(file, "id: [unclosed\ntitle: x\n");
    const result = await run(["validate", "--format", "json"], work);
    expect(result.code).toBe(1);
    const [first] = JSON.parse(result.stdout).diagnostics;
    // The parser notices the unclosed "[" where the next line starts.
    expect(first).toMatchObject({
      file: `campaigns/${id}/campaign.yaml`,
      code: "yaml-syntax",
      line: 2,
      column: 1,
      message: expect.stringMatching(/^invalid YAML: Flow sequence .* end with a \]/),
    });
  });

  it("reports binary junk in place of a campaign", async () => {
    const { file } = await firstCampaign();
    await writeFile(file, Buffer.from([0, 1, 2, 3, 0xff, 0xfe]));
    const result = await run(["validate"], work);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/is not a text file/);
    expect(result.stdout).toMatch(/\(4 campaigns checked\)/);
  });

  it.each([
    [["validate", "--format", "xml"], /--format must be one of: pretty, json/],
    [["validate", "--colour"], /Unknown option '--colour'/],
    [["validate", "no/such/folder"], /no such file or folder: no\/such\/folder/],
    [["validate", "a", "b"], /unexpected argument "b"/],
  ])("exits 2 with a clear message on usage error %j", async (argv, message) => {
    const result = await run(argv, work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("explains, as a usage error, a campaign file kept away from its library", async () => {
    const lone = await mkdtemp(path.join(tmpdir(), "chorus-lone-"));
    try {
      const file = path.join(lone, "campaign.yaml");
      await writeFile(file, (await firstCampaign()).text);
      for (const command of ["validate", "lint"]) {
        const result = await run([command, file], lone);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/no shared library for .*campaign\.yaml.*_library\//);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      await rm(lone, { recursive: true, force: true });
    }
  });

  it("exits 2 on an unknown command and lists the commands", async () => {
    const result = await run(["publish"], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "publish"[\s\S]*validate/);
  });
});
