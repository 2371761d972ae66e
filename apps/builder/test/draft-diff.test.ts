import { describe, expect, it } from "vitest";
import { draftChanges } from "../src/client/editor/draft-diff.js";

describe("comparing a kept draft with the file", () => {
  const file = {
    title: "Support for nurses",
    status: "in-review",
    materials: [
      { id: "email", subject: "You are not alone", blocks: [{ type: "paragraph", text: "Hello" }] },
    ],
  };

  it("names each changed field in the form's words, with both values", () => {
    const draft = {
      ...file,
      status: "draft",
      materials: [{ ...file.materials[0], subject: "Support at any hour" }],
    };
    expect(draftChanges(draft, file)).toEqual({
      changes: [
        { field: "material 1 › subject line", yours: "Support at any hour", theirs: "You are not alone" },
      ],
      more: 0,
    });
  });

  it("says a block added or removed, and counts what it does not list", () => {
    const draft = {
      ...file,
      title: "Support for every nurse",
      materials: [
        { ...file.materials[0], blocks: [...file.materials[0]!.blocks, { type: "heading", text: "Help" }] },
      ],
    };
    const { changes } = draftChanges(draft, file);
    expect(changes.map((c) => c.field)).toEqual(["title", "material 1 › block 2"]);
    expect(changes[1]).toEqual({ field: "material 1 › block 2" });
    expect(draftChanges(draft, file, 1)).toMatchObject({ changes: [{ field: "title" }], more: 1 });
  });

  it("finds nothing to compare when only the status differs", () => {
    expect(draftChanges({ ...file, status: "approved" }, file)).toEqual({ changes: [], more: 0 });
  });
});
