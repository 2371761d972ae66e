import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyFixes, lintContent } from "../src/node.js";
import { emailCampaign } from "./helpers.js";

const RESOURCES = `resources:
  - id: "988"
    name: { en: 988 Suicide & Crisis Lifeline }
    description: { en: "Free, confidential support." }
    kind: crisis
    phone: "988"
    url: https://988lifeline.org
    hours: { en: 24/7 }
    serves: [en, es]
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chorus-language-"));
  await mkdir(path.join(dir, "campaigns", "_library"), { recursive: true });
  await mkdir(path.join(dir, "campaigns", "test"), { recursive: true });
  await writeFile(path.join(dir, "campaigns", "_library", "resources.yaml"), RESOURCES);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("lintContent and applyFixes", () => {
  it("lints campaigns on disk and writes unambiguous fixes atomically, keeping comments", async () => {
    const file = path.join(dir, "campaigns", "test", "campaign.yaml");
    const yaml = emailCampaign(`      - type: paragraph
        text: The mentally ill deserve care, not labels like addict.  # reviewed
`);
    await writeFile(file, yaml);
    const result = await lintContent(path.join(dir, "campaigns"));
    expect(result.loadDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.findings.map((d) => [d.file, d.ruleId])).toEqual([
      ["campaigns/test/campaign.yaml", "mental-health/the-mentally-ill"],
      ["campaigns/test/campaign.yaml", "substance-use/addict"],
    ]);

    const [report] = await applyFixes(result.findings, result.baseDir);
    expect(report).toMatchObject({ file: "campaigns/test/campaign.yaml", written: true });
    expect(await readFile(file, "utf8")).toBe(yaml.replace("The mentally ill", "People with mental illness"));
    expect(await readdir(path.join(dir, "campaigns", "test"))).toEqual(["campaign.yaml"]);
  });
});
