import { defineConfig } from "tsup";

// The server, bundled with its own modules; workspace packages and npm dependencies stay external.
export default defineConfig({
  entry: { "server/main": "src/server/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: false,
  sourcemap: true,
  dts: false,
});
