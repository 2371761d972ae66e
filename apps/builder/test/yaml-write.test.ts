import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { updateYamlText } from "../src/server/yaml-write.js";

const SOURCE = `# yaml-language-server: $schema=../../packages/content/schema/campaign.schema.json
# A campaign kept by hand: comments must survive every save.
id: sample
title: Sample # inline comment on the title
status: draft
audiences: [clinicians, nurses]
materials:
  # The first email
  - id: first
    subject: Hello
    blocks:
      - type: heading # a heading
        text: One
      - type: paragraph
        text: >-
          A folded paragraph that is long enough to be folded over more than one line when it is written
          back to the file by the builder.
      - type: paragraph
        text: Three
`;

describe("writing YAML back", () => {
  it("returns the text unchanged when nothing changed", () => {
    expect(updateYamlText(SOURCE, parse(SOURCE))).toBe(SOURCE);
  });

  it("changes one value and keeps every comment, the key order and the other values", () => {
    const data = parse(SOURCE);
    data.materials[0].subject = "Hello again";
    const out = updateYamlText(SOURCE, data);
    expect(out).toContain("subject: Hello again");
    for (const comment of [
      "# A campaign kept by hand",
      "# inline comment on the title",
      "# The first email",
      "# a heading",
    ]) {
      expect(out).toContain(comment);
    }
    expect(out.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../packages/content/schema/campaign.schema.json",
    );
    expect(Object.keys(parse(out))).toEqual(["id", "title", "status", "audiences", "materials"]);
    expect(parse(out)).toEqual(data);
    expect(out).toContain("audiences: [clinicians, nurses]");
  });

  it("reorders, removes and adds blocks", () => {
    const data = parse(SOURCE);
    const blocks = data.materials[0].blocks;
    data.materials[0].blocks = [blocks[2], blocks[0], { type: "key-message", ref: "you-are-not-alone" }];
    const out = updateYamlText(SOURCE, data);
    expect(parse(out)).toEqual(data);
    expect(out).toContain("# The first email");
  });

  it("adds and deletes keys", () => {
    const data = parse(SOURCE);
    data.approval = { by: "Dana", at: "2026-11-23T10:00:00Z" };
    delete data.materials[0].subject;
    const out = updateYamlText(SOURCE, data);
    expect(parse(out)).toEqual(data);
    expect(out.trimEnd().split("\n").slice(-3)).toEqual([
      "approval:",
      "  by: Dana",
      "  at: 2026-11-23T10:00:00Z",
    ]);
  });

  it("keeps a folded block scalar folded when its text changes", () => {
    const data = parse(SOURCE);
    data.materials[0].blocks[1].text = `${data.materials[0].blocks[1].text} Now longer.`;
    const out = updateYamlText(SOURCE, data);
    expect(out).toContain("text: >-");
    expect(parse(out)).toEqual(data);
  });

  it("refuses to write into a file with YAML errors", () => {
    expect(() => updateYamlText("id: [broken\n", { id: "x" })).toThrow(/YAML errors/);
  });
});
