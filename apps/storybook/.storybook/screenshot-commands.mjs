// Commands the test browser asks the Node side to run for the screenshot comparison (vitest.config.ts).
// Their browser-side types are declared in screenshot.ts.
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acceptChanges, changePath, pendingChanges, referencePath } from "../scripts/screenshot-files.mjs";

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const exists = (file) =>
  stat(file).then(
    () => true,
    () => false,
  );

export const screenshotCommands = {
  /**
   * Make the test page at least `width` × `height`, so a long story's frame is shown whole at scale 1 (Vitest
   * shrinks a frame larger than its page, and Chromium paints only what is on screen).
   */
  fitPageTo: async ({ page }, width, height) => {
    await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
  },
  /** Which update mode this run is in: "all" with `-u`, "new" locally, "none" on CI. */
  screenshotUpdateMode: ({ project }) => project.serializedConfig.snapshotOptions.updateSnapshot,
  /** The proof test's files for `name`: which exist, and which changes are pending. */
  proofFiles: async (_context, name) => ({
    reference: await exists(referencePath(appRoot, name)),
    actual: await exists(changePath(appRoot, name, "actual")),
    diff: await exists(changePath(appRoot, name, "diff")),
    pending: (await pendingChanges(appRoot, { proof: true })).map((change) => change.name),
  }),
  /** Accept the proof test's pending changes, with the same code as `screenshots:accept`. */
  acceptProofChanges: async () =>
    (await acceptChanges(appRoot, { proof: true })).map((change) => change.name),
  /** Start the proof test from nothing: no reference, no changes. */
  resetProof: async () => {
    await rm(path.dirname(path.dirname(referencePath(appRoot, "proof/x"))), { recursive: true, force: true });
  },
};
