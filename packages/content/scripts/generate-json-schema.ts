// Writes schema/*.schema.json from the zod schemas. Run after changing a schema: `pnpm --filter @chorus/content schema`.
import { writeFile } from "node:fs/promises";
import { contentJsonSchemas, serializeJsonSchema } from "../src/json-schema.js";

const schemas = contentJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  const file = new URL(`../schema/${name}.schema.json`, import.meta.url);
  await writeFile(file, serializeJsonSchema(schema));
  console.log(`wrote schema/${name}.schema.json`);
}
