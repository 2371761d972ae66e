import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", email: "src/email.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  // Isomorphic: the same bundle runs in browsers, Node and email renderers.
  platform: "neutral",
  target: "es2022",
});
