import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Campaign,
  type Diagnostic,
  LibraryFile,
  MAX_CONTENT_FILE_BYTES,
  parseContentFile,
} from "../src/index.js";
import { FIXTURE, load, withFile } from "./fixtures.js";

const CAMPAIGN = "campaigns/system-problem/campaign.yaml";

function expectWellFormed(diagnostics: Diagnostic[], text: string, file: string) {
  const lines = text.split("\n").length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(["error", "warning"]).toContain(d.severity);
  }
}

describe("malformed files give structured errors, never a crash", () => {
  it("reports a YAML syntax error with its line", () => {
    const text = "id: x\ntitle: a: b\nsummary: s\n";
    const { diagnostics, value } = parseContentFile(Campaign, text, "c.yaml");
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: "yaml-syntax", file: "c.yaml", line: 2 });
    expect(diagnostics[0]!.message).toMatch(/^invalid YAML: /);
  });

  it("says to check the indentation when a line is indented too far", () => {
    const { diagnostics } = parseContentFile(Campaign, "id: x\ntitle: Hello\n  summary: too far\n", "c.yaml");
    expect(diagnostics[0]!.message).toMatch(/check the indentation of this line and the one above it/);
  });

  it("says to close the quote, not to check indentation, for an unclosed quote", () => {
    const { diagnostics } = parseContentFile(Campaign, 'id: x\ntitle: "Hello\nsummary: s\n', "c.yaml");
    expect(diagnostics[0]!.message).toMatch(/must end with the same one/);
    expect(diagnostics[0]!.message).not.toMatch(/indentation/);
  });

  it("says to indent with spaces when a tab is used", () => {
    const { diagnostics } = parseContentFile(Campaign, "id: x\n\ttitle: y\n", "c.yaml");
    expect(diagnostics[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/indent with spaces, not tabs/),
    });
  });

  it("reports a duplicated key instead of silently keeping the last one", () => {
    const text = "id: x\nid: y\n";
    const { diagnostics } = parseContentFile(Campaign, text, "c.yaml");
    expect(diagnostics[0]).toMatchObject({ code: "yaml-syntax", line: 2 });
    expect(diagnostics[0]!.message).toMatch(/unique/i);
  });

  it("reports an empty file", () => {
    expect(parseContentFile(Campaign, "# only a comment\n", "c.yaml").diagnostics).toEqual([
      expect.objectContaining({ code: "empty-file", line: 1, column: 1 }),
    ]);
  });

  it("reports a file whose top level is not a mapping", () => {
    const { diagnostics } = parseContentFile(LibraryFile, "- just\n- a list\n", "l.yaml");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe("schema");
  });

  it("reports binary junk as not a text file", () => {
    const junk = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 37) % 32));
    expect(parseContentFile(Campaign, junk, "c.yaml").diagnostics).toEqual([
      expect.objectContaining({
        code: "binary-file",
        message: "is not a text file (it contains binary data)",
      }),
    ]);
  });

  it("refuses huge files without parsing them", () => {
    const huge = `summary: ${"a".repeat(MAX_CONTENT_FILE_BYTES + 10)}\n`;
    expect(parseContentFile(Campaign, huge, "c.yaml").diagnostics).toEqual([
      expect.objectContaining({ code: "file-too-large", line: 1, column: 1 }),
    ]);
  });

  it("survives an alias bomb (billion laughs)", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const { diagnostics } = parseContentFile(Campaign, `${levels.join("\n")}\n`, "c.yaml");
    expect(diagnostics[0]).toMatchObject({ code: "yaml-syntax", file: "c.yaml" });
  });

  it("keeps loading the rest of the tree when one file is broken", () => {
    const { content, diagnostics } = load(withFile("campaigns/broken/campaign.yaml", "id: [\n"));
    expect(content.campaigns.map((c) => c.campaign.id)).toEqual(["system-problem"]);
    expect(diagnostics.map((d) => d.file)).toEqual(["campaigns/broken/campaign.yaml"]);
  });

  it("never throws on mutated seed files, and every diagnostic names a real position (property)", () => {
    const sources = Object.entries(FIXTURE).filter(([path]) => path.endsWith(".yaml"));
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant("delete" as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        text: fc.constantFrom(
          ":",
          "- ",
          "  ",
          "\n",
          "\t",
          "[",
          "{",
          "&a",
          "*a",
          "!!binary",
          '"',
          "'",
          "|",
          ">",
          "#",
          "?",
          "%YAML 1.1\n",
          "---\n",
          "\u0000",
          "\ud800",
          "é",
        ),
      }),
      fc.record({
        kind: fc.constant("swap-lines" as const),
        at: fc.nat(),
        other: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (index, mutations) => {
          const [path, original] = sources[index]!;
          let text = original;
          for (const m of mutations) {
            if (m.kind === "swap-lines") {
              const lines = text.split("\n");
              const a = m.at % lines.length;
              const b = m.other % lines.length;
              [lines[a], lines[b]] = [lines[b]!, lines[a]!];
              text = lines.join("\n");
              continue;
            }
            const at = m.at % (text.length + 1);
            text =
              m.kind === "delete"
                ? text.slice(0, at) + text.slice(at + m.length)
                : text.slice(0, at) + m.text + text.slice(at);
          }
          const result = load(withFile(path, text));
          expectWellFormed(
            result.diagnostics.filter((d) => d.file === path),
            text,
            path,
          );
        },
      ),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it("never throws on arbitrary text posing as a campaign (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const { diagnostics } = load(withFile(CAMPAIGN, text));
        expectWellFormed(
          diagnostics.filter((d) => d.file === CAMPAIGN),
          text,
          CAMPAIGN,
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
