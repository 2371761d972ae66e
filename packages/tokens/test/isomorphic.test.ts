import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

describe("main entry", () => {
  it("imports no Node built-ins, so it runs in browsers and email renderers", async () => {
    for (const file of ["color", "contrast", "email", "index", "primitives", "semantic", "theme"]) {
      const source = await readFile(new URL(`../src/${file}.ts`, import.meta.url), "utf8");
      expect(source, file).not.toMatch(/from "node:|from "(fs|path|os|url)"|process\./);
    }
  });
});
