import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores shared with other work: one file at a time keeps timings honest.
    fileParallelism: false,
  },
});
