import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", check: "src/check-entry.ts", node: "src/node.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
});
