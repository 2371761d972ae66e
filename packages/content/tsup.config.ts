import { defineConfig } from "tsup";

export default defineConfig({
  // `parse-worker` is not a public entry: it is the script `parseFilesInWorker` starts in a worker thread, so
  // it must be a file of its own in dist/ (not in the exports map).
  entry: {
    index: "src/index.ts",
    constants: "src/constants.ts",
    node: "src/node.ts",
    "parse-worker": "src/parse-worker.ts",
  },
  dts: { entry: { index: "src/index.ts", constants: "src/constants.ts", node: "src/node.ts" } },
  format: ["esm"],
  sourcemap: true,
  clean: true,
  target: "node20",
});
