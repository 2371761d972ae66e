import { defineConfig } from "tsup";

export default defineConfig({
  // `worker` is not a public entry: it is the script `buildKitInWorker` starts in a worker thread, so it
  // must be a file of its own in dist/ (not in the exports map).
  // `artwork-worker` likewise: the thread `renderCardInWorker` draws cards in.
  entry: {
    index: "src/index.ts",
    node: "src/node.ts",
    worker: "src/worker.ts",
    "artwork-worker": "src/artwork-worker.ts",
  },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", node: "src/node.ts" } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
