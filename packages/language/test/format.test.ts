import { describe, expect, it } from "vitest";
import { type CampaignDiagnostic, formatFindings } from "../src/index.js";

const finding: CampaignDiagnostic = {
  ruleId: "suicide/committed-suicide",
  category: "suicide",
  severity: "error",
  message: '"committed suicide": "Commit" ties suicide to crime, 100% of the time',
  start: 10,
  end: 27,
  suggestions: ["died by suicide"],
  fixable: true,
  file: "campaigns/a,b/campaign.yaml",
  line: 12,
  column: 34,
  path: "materials[0].blocks[1].text",
  fieldPath: ["materials", 0, "blocks", 1, "text"],
};

describe("formatFindings", () => {
  it("prints file:line:col, severity, rule id, message and suggestion", () => {
    expect(formatFindings([finding], "pretty")).toBe(
      `campaigns/a,b/campaign.yaml:12:34  error  suicide/committed-suicide  ${finding.message}\n    try: died by suicide\n\n1 error, 0 warnings, 0 suggestions\n`,
    );
  });

  it("colours severities only when asked", () => {
    expect(formatFindings([finding], "pretty", { color: true })).toContain("\u001b[31merror\u001b[39m");
    expect(formatFindings([finding], "pretty")).not.toContain("\u001b[");
  });

  it("prints GitHub Actions annotations with escaped properties and data", () => {
    expect(formatFindings([finding, { ...finding, severity: "suggestion" }], "github")).toBe(
      "::error file=campaigns/a%2Cb/campaign.yaml,line=12,col=34,title=suicide/committed-suicide::" +
        '"committed suicide": "Commit" ties suicide to crime, 100%25 of the time. Try: died by suicide.\n' +
        "::notice file=campaigns/a%2Cb/campaign.yaml,line=12,col=34,title=suicide/committed-suicide::" +
        '"committed suicide": "Commit" ties suicide to crime, 100%25 of the time. Try: died by suicide.\n',
    );
  });

  it("prints JSON without internal field paths", () => {
    const [parsed] = JSON.parse(formatFindings([finding], "json"));
    expect(parsed).toMatchObject({
      ruleId: "suicide/committed-suicide",
      line: 12,
      path: "materials[0].blocks[1].text",
    });
    expect(parsed.fieldPath).toBeUndefined();
  });
});
