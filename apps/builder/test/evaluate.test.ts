import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ContentStore } from "../src/server/store.js";
import { evaluateCampaign } from "../src/shared/evaluate.js";
import { type Finding, fromContentDiagnostic, fromLanguageDiagnostic } from "../src/shared/findings.js";
import { getIn, parsePath, setIn } from "../src/shared/paths.js";
import { REPO_ROOT, tempContent } from "./helpers.js";

async function shared() {
  const store = new ContentStore(path.join(REPO_ROOT, "campaigns"));
  return { files: await store.sharedFiles(), assets: await store.assetPaths() };
}

/**
 * What the server reports for `data` saved as campaign `id`: its content diagnostics and language findings.
 * Line and column are left out: the browser checks its own serialization of the data, not the file.
 */
async function serverFindings(id: string, data: unknown) {
  const { contentDir, cleanup } = await tempContent();
  try {
    await writeFile(path.join(contentDir, id, "campaign.yaml"), stringify(data));
    const store = new ContentStore(contentDir);
    const result = await store.load();
    const file = `campaigns/${id}/campaign.yaml`;
    return comparable([
      ...result.diagnostics.filter((d) => d.file === file).map(fromContentDiagnostic),
      ...store.lint(result, id).map(fromLanguageDiagnostic),
    ]);
  } finally {
    await cleanup();
  }
}

const comparable = (findings: Finding[]) =>
  findings
    .map(({ severity, code, path, start, end, message }) => ({ severity, code, path, start, end, message }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("checks in the browser", () => {
  it("finds the same language problems as the server, with field paths and offsets", async () => {
    const id = "crisis-and-peer-support";
    const file = `campaigns/${id}/campaign.yaml`;
    const data = parse(await readFile(path.join(REPO_ROOT, file), "utf8"));
    const clean = evaluateCampaign(await shared(), file, data);
    expect(clean.errors).toBe(0);
    expect(clean.loaded?.campaign.id).toBe(id);
    expect(comparable(clean.findings)).toEqual(await serverFindings(id, data));
    const edited = setIn(
      data,
      ["materials", 0, "blocks", 1, "text"],
      "Her brother committed suicide last spring.",
    );
    const result = evaluateCampaign(await shared(), file, edited);
    expect(comparable(result.findings)).toEqual(await serverFindings(id, edited));
    const finding = result.findings.find((f) => f.code.includes("committed-suicide"))!;
    expect(finding.severity).toBe("error");
    expect(finding.path).toBe("materials[0].blocks[1].text");
    expect("Her brother committed suicide last spring.".slice(finding.start, finding.end)).toBe(
      "committed suicide",
    );
    expect(finding.fixable).toBe(true);
    expect(finding.suggestions?.[0]).toMatch(/died by suicide/);
  });

  it("reports schema problems by field path and drops the preview content", async () => {
    const file = "campaigns/help-seeking-without-fear/campaign.yaml";
    const data = parse(await readFile(path.join(REPO_ROOT, file), "utf8"));
    const result = evaluateCampaign(await shared(), file, setIn(data, ["materials", 0, "subject"], ""));
    expect(result.findings.some((f) => f.path === "materials[0].subject" && f.severity === "error")).toBe(
      true,
    );
    expect(result.content).toBeUndefined();
  });
});

describe("paths", () => {
  it("parses, reads and writes field paths", () => {
    expect(parsePath("materials[0].blocks[12].text")).toEqual(["materials", 0, "blocks", 12, "text"]);
    const value = { a: [{ b: 1 }, { b: 2 }] };
    const next = setIn(value, ["a", 1, "b"], 3);
    expect(getIn(next, ["a", 1, "b"])).toBe(3);
    expect(value.a[1]!.b).toBe(2);
    expect(setIn({ a: 1, b: 2 }, ["a"], undefined)).toEqual({ b: 2 });
  });
});
