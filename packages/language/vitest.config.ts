import { defineConfig } from "vitest/config";

export default defineConfig({
  // A check of a whole campaign or corpus takes milliseconds on a quiet machine and seconds beside the
  // browser walks on CI's two cores: 30 s per test, so load alone does not fail a test.
  test: { include: ["test/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
});
