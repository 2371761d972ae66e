import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // The browser tests run beside other packages' browser tests in CI: a step's wait (45 s) fits inside.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Two cores shared with other work: one file at a time keeps timings honest.
    fileParallelism: false,
    // A loaded CI machine can take longer than vitest's 1 s default for the app to react; a real
    // failure still shows up, ten seconds later, with the value last seen.
    expect: { poll: { timeout: 10_000 } },
  },
});
