import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkCampaign, fixSource, matchCase } from "../src/index.js";
import { emailCampaign, LIBRARY, loadCampaign } from "./helpers.js";

function fixYaml(yaml: string) {
  const findings = checkCampaign(loadCampaign(yaml), LIBRARY, { readability: false });
  return { findings, result: fixSource(yaml, findings) };
}

describe("fixSource", () => {
  it("rewrites an unambiguous phrase in place and touches nothing else", () => {
    const yaml = emailCampaign(`      # Editor's note: keep this comment
      - type: paragraph
        text: Our colleague committed suicide in 2019.   # trailing comment
      - type: resource-list
        resources: ["988"]
`);
    const { result } = fixYaml(yaml);
    expect(result.applied).toHaveLength(1);
    expect(result.text).toBe(yaml.replace("committed suicide", "died by suicide"));
    expect(result.text).toContain("# Editor's note: keep this comment");
    expect(result.text).toContain("# trailing comment");
    expect(result.text).toContain("# Test campaign: this comment must survive every fix");
  });

  it("keeps the capital of the first letter", () => {
    const yaml = emailCampaign(`      - type: heading
        text: Committed suicide is a phrase to retire
      - type: resource-list
        resources: ["988"]
`);
    expect(fixYaml(yaml).result.text).toContain("text: Died by suicide is a phrase to retire");
    expect(matchCase("Substance abuse", "substance use disorder")).toBe("Substance use disorder");
    expect(matchCase("the mentally ill", "people with mental illness")).toBe("people with mental illness");
  });

  it("fixes several findings in one file, inside single- and double-quoted scalars", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: 'Substance abuse programs help. Don''t abandon the mentally ill.'
      - type: paragraph
        text: "The mentally ill deserve care."
`);
    const { result } = fixYaml(yaml);
    expect(result.applied).toHaveLength(3);
    const data = parse(result.text);
    expect(data.materials[0].blocks[0].text).toBe(
      "Substance use disorder programs help. Don't abandon people with mental illness.",
    );
    expect(data.materials[0].blocks[1].text).toBe("People with mental illness deserve care.");
  });

  it("does not offer fixes for rules with several possible rewrites", () => {
    const yaml = emailCampaign("      - type: paragraph\n        text: He is an addict.\n");
    const { findings, result } = fixYaml(yaml);
    expect(findings[0]?.fix).toBeUndefined();
    expect(result.text).toBe(yaml);
  });

  it("does not offer a fix when the phrase spans a line break in the file", () => {
    const yaml = emailCampaign(`      - type: paragraph
        text: Our colleague committed
          suicide in 2019.
      - type: resource-list
        resources: ["988"]
`);
    const { findings, result } = fixYaml(yaml);
    expect(findings.find((d) => d.ruleId === "suicide/committed-suicide")?.fix).toBeUndefined();
    expect(result.text).toBe(yaml);
  });

  it("skips a fix whose text no longer matches the file", () => {
    const yaml = emailCampaign("      - type: paragraph\n        text: The mentally ill deserve care.\n");
    const { findings } = fixYaml(yaml);
    const edited = yaml.replace("The mentally ill", "Our colleagues   ");
    const result = fixSource(edited, findings);
    expect(result.applied).toEqual([]);
    expect(result.skipped[0]?.reason).toBe(
      "the file no longer contains the flagged wording at that position",
    );
    expect(result.text).toBe(edited);
  });

  it("skips a fix that would change another value of the file", () => {
    const yaml = "a: one two\nb: three\n";
    const result = fixSource(yaml, [
      {
        start: 3,
        end: 10,
        replacement: "one\nb",
        path: ["a"],
        valueStart: 0,
        valueEnd: 7,
        original: "one two",
      },
    ]);
    expect(result.applied).toEqual([]);
    expect(result.text).toBe(yaml);
  });

  it("skips a fix whose result would not read back as the intended value", () => {
    const yaml = "a: x\nb: one two\n";
    // Offsets deliberately point at the key `b`, not inside its value.
    const result = fixSource(yaml, [
      { start: 5, end: 6, replacement: "c", path: ["b"], valueStart: 0, valueEnd: 1, original: "b" },
    ]);
    expect(result.applied).toEqual([]);
    expect(result.text).toBe(yaml);
  });

  it("leaves the file alone when it does not parse", () => {
    const result = fixSource("a: [", [
      { start: 0, end: 1, replacement: "b", path: ["a"], valueStart: 0, valueEnd: 1, original: "a" },
    ]);
    expect(result.skipped[0]?.reason).toBe("the file does not parse");
    expect(result.text).toBe("a: [");
  });

  it("is idempotent: a fixed file has nothing left to fix", () => {
    const yaml = emailCampaign("      - type: paragraph\n        text: The mentally ill deserve care.\n");
    const once = fixYaml(yaml).result.text;
    const twice = fixYaml(once);
    expect(twice.result.applied).toEqual([]);
    expect(twice.result.text).toBe(once);
  });
});
