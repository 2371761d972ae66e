import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    readme: "src/readme.ts",
    poppler: "src/poppler.ts",
    content: "src/content.ts",
  },
  format: ["esm"],
  dts: true,
  clean: true,
  target: "node20",
  external: ["playwright-core"],
});
