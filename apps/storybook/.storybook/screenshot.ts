// Comparing a rendered story with its reference image (in the test browser). The images are written and
// compared by Vitest's toMatchScreenshot; where they go is set in vitest.config.ts (scripts/screenshot-files.mjs).
import { expect } from "vitest";
import { commands, page, server } from "vitest/browser";

/** Stories with this tag are compared; of the @chorus/ui families, only the first story of each. */
export const SCREENSHOT_TAG = "screenshot";

export const ACCEPT_COMMAND = "pnpm --filter storybook screenshots:accept";

/** Everything a screenshot shows has arrived: fonts, images, and framed documents with their fonts. */
export async function settled(element: HTMLElement): Promise<void> {
  await document.fonts.ready;
  await Promise.all([...element.querySelectorAll("img")].map((img) => img.decode().catch(() => undefined)));
  await Promise.all(
    [...element.querySelectorAll("iframe")].map(async (frame) => {
      // Readable only for same-origin frames (the print previews); fully sandboxed email frames are not.
      if (!frame.contentDocument) return;
      if (frame.contentDocument.readyState !== "complete" || frame.contentDocument.URL === "about:blank") {
        await new Promise((resolve) => {
          frame.addEventListener("load", resolve, { once: true });
          setTimeout(resolve, 10_000);
        });
      }
      await frame.contentDocument?.fonts.ready;
    }),
  );
  // A story that sizes itself from what loaded (a fact sheet's frame) has drawn again.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * The reference image's name for a story id: the id with "__" between title and story (Vitest would fold
 * Storybook's "--" into "-"; scripts/accept-screenshots.mjs reads ids either way).
 */
export function screenshotName(id: string): string {
  return id.replace(/--/g, "__");
}

/** What a designer reads when a story looks different: what, where the images are, and what to do. */
export function explainDifference(id: string, name: string, vitestMessage: string): string {
  const file = screenshotName(id);
  const isNew = /No existing reference screenshot/.test(vitestMessage);
  const unstable = /stable screenshot/.test(vitestMessage);
  const lines = unstable
    ? [
        `The story "${name}" (${id}) kept changing while it was photographed, so it could not be compared.`,
        "Something in it moves or loads late (an animation, a late image or font). Make it still, then run the tests again.",
      ]
    : isNew
      ? [
          `The story "${name}" (${id}) has no reference image yet.`,
          "Look at the new image named below. If it is right, accept it:",
          `  ${ACCEPT_COMMAND} ${file}`,
          "(on your own machine it is already saved as the reference: just commit it).",
        ]
      : [
          `The story "${name}" (${id}) looks different from its reference image.`,
          "Compare the actual image with the reference; the diff image shows the changed pixels in red.",
          `Open the story: pnpm --filter storybook dev, then http://localhost:6006/?path=/story/${id}`,
          "If the change is intended, accept it and commit the new reference image:",
          `  ${ACCEPT_COMMAND} ${file}`,
          "If it is not, fix what changed it.",
        ];
  return `${lines.join("\n")}\n\n${vitestMessage}`;
}

/**
 * Compare `element` with the reference image `name` (a story id). Runs on Linux only: the references are made
 * with Debian's Chromium and fonts, as on CI; other systems draw text a few pixels differently.
 */
export async function matchStoryScreenshot(element: HTMLElement, id: string, name: string): Promise<void> {
  if (server.platform !== "linux") return;
  await settled(element);
  // The whole story at scale 1: the frame as tall as the story, on a test page large enough to hold it.
  const width = window.innerWidth;
  const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY);
  if (height > window.innerHeight) {
    await commands.fitPageTo(width + 40, height + 40);
    await page.viewport(width, height);
    await settled(element);
  }
  try {
    await expect.element(page.elementLocator(element)).toMatchScreenshot(screenshotName(id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(explainDifference(id, name, message), { cause: error });
  }
}

declare module "vitest/browser" {
  interface BrowserCommands {
    fitPageTo: (width: number, height: number) => Promise<void>;
    screenshotUpdateMode: () => Promise<"all" | "new" | "none">;
    proofFiles: (
      name: string,
    ) => Promise<{ reference: boolean; actual: boolean; diff: boolean; pending: string[] }>;
    acceptProofChanges: () => Promise<string[]>;
    resetProof: () => Promise<void>;
  }
}
