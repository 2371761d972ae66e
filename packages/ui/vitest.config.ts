import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
          exclude: ["test/**/*.pack.test.ts"],
          setupFiles: ["test/setup.ts"],
          // A file's first render in jsdom loads React and the components: under CI's load on 2 cores that
          // has taken over 5 s.
          testTimeout: 20_000,
          // One jsdom and one module graph for every file (each test cleans up after itself in test/setup.ts):
          // 9 s instead of 38 s here, as a fresh jsdom per file was most of the time.
          isolate: false,
        },
      },
      {
        // Packs the three packages and builds a throwaway Vite app from the tarballs: slow, run on its own.
        extends: true,
        test: {
          name: "consumer",
          environment: "node",
          include: ["test/**/*.pack.test.ts"],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
