import { copyFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // Read at run time: the fonts from @fontsource, resvg's prebuilt binary from its platform package.
  external: ["satori", "@resvg/resvg-js", "@shuding/opentype.js", "@fontsource/source-sans-3"],
  // Cards are set in Source Sans 3 (SIL Open Font License 1.1): its notice ships with the package.
  async onSuccess() {
    const licence = createRequire(import.meta.url).resolve("@fontsource/source-sans-3/LICENSE");
    await copyFile(licence, "dist/source-sans-3-OFL.txt");
  },
});
