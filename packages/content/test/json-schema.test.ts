import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { contentJsonSchemas, serializeJsonSchema } from "../src/json-schema.js";

describe("committed JSON Schemas", () => {
  it.each(["campaign", "library", "partner"] as const)(
    "schema/%s.schema.json matches the zod schema (run `pnpm --filter @chorus/content schema` if this fails)",
    async (name) => {
      const committed = await readFile(new URL(`../schema/${name}.schema.json`, import.meta.url), "utf8");
      expect(committed).toBe(serializeJsonSchema(contentJsonSchemas()[name]));
    },
  );

  it("tells editors that content links must be https", () => {
    const schema = contentJsonSchemas().campaign as {
      properties: { callsToAction: { items: { properties: { url: unknown } } } };
    };
    expect(schema.properties.callsToAction.items.properties.url).toMatchObject({ pattern: "^https://" });
  });
});
