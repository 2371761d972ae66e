import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findContentRoot, loadContent } from "../src/node.js";
import { FIXTURE } from "./fixtures.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chorus-content-"));
  for (const [file, text] of Object.entries(FIXTURE)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("loading content from disk", () => {
  it("reads a campaigns folder with paths relative to its parent", async () => {
    const { content, diagnostics } = await loadContent(path.join(dir, "campaigns"), {
      now: new Date("2026-11-23"),
    });
    expect(diagnostics).toEqual([]);
    expect(content.campaigns[0]!.file).toBe("campaigns/system-problem/campaign.yaml");
  });

  it("reports invalid UTF-8 and binary files without crashing", async () => {
    await writeFile(
      path.join(dir, "campaigns/_library/junk.yaml"),
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]),
    );
    const { diagnostics } = await loadContent(path.join(dir, "campaigns"), { now: new Date("2026-11-23") });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "campaigns/_library/junk.yaml",
        code: "binary-file",
        line: 1,
        column: 1,
      }),
    ]);
  });

  it("does not read files far beyond the size limit", async () => {
    await writeFile(path.join(dir, "campaigns/_library/huge.yaml"), Buffer.alloc(5 * 1024 * 1024, 0x61));
    const { diagnostics } = await loadContent(path.join(dir, "campaigns"), { now: new Date("2026-11-23") });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: "campaigns/_library/huge.yaml", code: "file-too-large" }),
    ]);
  });

  it("finds the content root from a campaign folder or file", async () => {
    const root = path.join(dir, "campaigns");
    expect(await findContentRoot(path.join(root, "system-problem"))).toBe(root);
    expect(await findContentRoot(path.join(root, "system-problem", "campaign.yaml"))).toBe(root);
  });

  it("refuses a root that is not a folder", async () => {
    await expect(loadContent(path.join(dir, "missing"))).rejects.toThrow();
  });
});
