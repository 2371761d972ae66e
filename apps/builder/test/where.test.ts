import { describe, expect, it } from "vitest";
import { where } from "../src/shared/field-names.js";

describe("field paths in a communicator's words", () => {
  it.each([
    ["callsToAction[0].url", "call to action 1 › link"],
    ["materials[1].blocks[2].text", "material 2 › block 3 › text"],
    ["materials[0].subject", "material 1 › subject line"],
    ["approval.fingerprint", "approval › approved content"],
    ["materials[0].blocks[0].attribution.consent", "material 1 › block 1 › quote’s source › consent"],
    ["keyMessages[3]", "key message 4"],
    ["someNewField", "some new field"],
    // A ticked choice is named by its list: "languages 2" read as a field of its own.
    ["locales[1]", "languages"],
    ["audiences[0]", "audiences"],
    ["partners[2]", "partners"],
    ["", ""],
  ])("%s → %s", (path, words) => {
    expect(where(path)).toBe(words);
  });
});
