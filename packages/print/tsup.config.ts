import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  // Node only: it reads the shipped fonts from disk and drives Chromium.
  platform: "node",
  target: "node20",
  external: ["react", "react-dom"],
});
