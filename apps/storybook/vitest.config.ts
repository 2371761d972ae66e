import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@chorus/testing";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { screenshotCommands } from "./.storybook/screenshot-commands.mjs";
import { changePath, referencePath, splitChangeArg } from "./scripts/screenshot-files.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Screenshots are compared pixel by pixel. The same machine draws the same pixels, so the tolerance is small:
 * a colour difference a person cannot see (pixelmatch's threshold) on at most 20 pixels. A changed word, colour,
 * size or image fails. Where the images go: scripts/screenshot-files.mjs.
 */
const toMatchScreenshot = {
  comparatorName: "pixelmatch" as const,
  // Two captures in a row must agree before comparing: seconds when quiet, longer beside the rest of CI (at
  // 5 s, a still story was reported as "kept changing" on a loaded machine). A story that truly moves still fails.
  timeout: 30_000,
  comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 20 },
  resolveScreenshotPath: ({ arg }: { arg: string }) => referencePath(here, arg),
  resolveDiffPath: ({ arg }: { arg: string }) => {
    const { name, kind } = splitChangeArg(arg);
    return changePath(here, name, kind);
  },
};

/** A fresh copy for each project (Vitest names the instances it is given). */
const browser = () => ({
  enabled: true,
  headless: true,
  instances: [{ browser: "chromium" as const }],
  // A test page larger than the desktop story viewport (1280 × 860), so stories are shown at scale 1.
  provider: playwright({
    launchOptions: chromiumLaunchOptions(),
    contextOptions: { viewport: { width: 1320, height: 900 }, deviceScaleFactor: 1 },
  }),
  expect: { toMatchScreenshot },
  commands: screenshotCommands,
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(here, ".storybook") })],
        test: {
          name: "storybook",
          testTimeout: 30_000,
          // Vitest copies the images of a failed comparison here for its reports; kept with the changes.
          attachmentsDir: "screenshots/changes/attachments",
          setupFiles: [path.join(here, ".storybook/vitest.setup.ts")],
          globalSetup: [path.join(here, ".storybook/screenshot-global-setup.mjs")],
          browser: browser(),
        },
      },
      {
        // The comparison itself: a changed story fails, accepting works, refusals are shown.
        extends: true,
        plugins: [react()],
        test: {
          name: "screenshots",
          include: ["test/**/*.browser.test.tsx"],
          // The proof's deliberate failures leave their images with the proof (removed as it starts).
          attachmentsDir: "screenshots/changes/proof/attachments",
          testTimeout: 60_000,
          browser: browser(),
        },
      },
      {
        // The fixture scripts: refusals are recorded, not thrown.
        extends: true,
        test: {
          name: "fixtures",
          include: ["test/**/*.test.mjs"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
    ],
  },
});
