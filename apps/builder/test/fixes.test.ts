import { describe, expect, it } from "vitest";
import { withResourceListed } from "../src/client/editor/fixes.js";

describe("the Add 988 fix", () => {
  it("adds the line to the material's first Resources block", () => {
    const blocks = [
      { type: "paragraph", text: "…" },
      { type: "resource-list", resources: ["physician-support-line"] },
      { type: "resource-list", resources: ["crisis-text-line"] },
    ];
    expect(withResourceListed(blocks, "988")).toEqual([
      { type: "paragraph", text: "…" },
      { type: "resource-list", resources: ["physician-support-line", "988"] },
      { type: "resource-list", resources: ["crisis-text-line"] },
    ]);
    // The draft it was given is left as it was.
    expect(blocks[1]).toEqual({ type: "resource-list", resources: ["physician-support-line"] });
  });

  it("adds a Resources block before the first call to action when there is none", () => {
    const blocks = [
      { type: "paragraph", text: "…" },
      { type: "call-to-action", cta: "get-help" },
      { type: "paragraph", text: "Thank you." },
    ];
    expect(withResourceListed(blocks, "988").map((b) => b.type)).toEqual([
      "paragraph",
      "resource-list",
      "call-to-action",
      "paragraph",
    ]);
    expect(withResourceListed([{ type: "paragraph", text: "…" }], "988").at(-1)).toEqual({
      type: "resource-list",
      resources: ["988"],
    });
  });

  it("changes nothing when the line is already listed", () => {
    const blocks = [{ type: "resource-list", resources: ["988"] }];
    expect(withResourceListed(blocks, "988")).toEqual(blocks);
  });
});
