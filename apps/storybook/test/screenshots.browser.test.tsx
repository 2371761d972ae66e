// The screenshot comparison itself, tested on a real story: a story that changes fails with a message that
// names it and says how to accept the change, its new image and the difference are written next to it, and
// accepting makes the new image the reference. Works on copies under screenshots/changes/proof/ (not committed),
// never on the committed references.
import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commands, server } from "vitest/browser";
import preview from "../.storybook/preview";
import { ACCEPT_COMMAND, matchStoryScreenshot } from "../.storybook/screenshot";
import { graphicsFixtures, printFixtures } from "../stories/fixture-files";
import * as graphicsStories from "../stories/graphics.stories";
import * as printStories from "../stories/print.stories";

setProjectAnnotations(preview);
const { CollaborativeSpanishCrisisResources: CardStory } = composeStories(graphicsStories);
const { ExampleHealthSpanishPosters: PosterStory } = composeStories(printStories);

const NAME = "proof/collaborative-spanish-crisis-resources";

function storyRoot(): HTMLElement {
  const root = [...document.querySelectorAll<HTMLElement>("[data-story-root]")].at(-1);
  if (!root) throw new Error("the story rendered nothing");
  return root;
}

async function compare(): Promise<Error | undefined> {
  try {
    await matchStoryScreenshot(storyRoot(), NAME, "Collaborative Spanish Crisis Resources");
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe.skipIf(server.platform !== "linux")("the screenshot comparison", () => {
  // The cards of one story, and the drawing the test swaps in: another card's image at the same size.
  const cards = (graphicsFixtures?.cards ?? []).filter(
    (card) => card.partner === "collaborative" && card.locale === "es" && card.kind === "crisis-resource",
  );
  const card = cards[0];
  const original = card?.renders.square;
  const other = graphicsFixtures?.cards.find(
    (c) =>
      c.partner === "example-health" && c.kind === "crisis-resource" && "file" in (c.renders.square ?? {}),
  )?.renders.square;

  beforeAll(async () => {
    await commands.resetProof();
  });
  afterAll(async () => {
    if (card && original) card.renders.square = original;
    await commands.resetProof();
  });

  test("fails a story that changed, says how to accept it, and accepting makes the change the reference", async () => {
    // With `-u` every difference is accepted on the spot, so there is nothing to prove in that run.
    if ((await commands.screenshotUpdateMode()) === "all") return;
    expect(card && original && other && "file" in original).toBeTruthy();

    // The first run of a new story: its image becomes the reference (on CI: once accepted).
    await CardStory.run();
    const first = await compare();
    expect(first?.message).toContain("has no reference image yet");
    if (!(await commands.proofFiles(NAME)).reference) await commands.acceptProofChanges();
    expect((await commands.proofFiles(NAME)).reference).toBe(true);

    // Unchanged, it matches.
    await CardStory.run();
    expect(await compare()).toBeUndefined();

    // One card's square drawing changes (another partner's colours): the story fails, naming it, the files
    // to look at and the command that accepts it.
    if (card && other) card.renders.square = other;
    await CardStory.run();
    const changed = await compare();
    expect(changed?.message).toContain(
      'The story "Collaborative Spanish Crisis Resources" (proof/collaborative-spanish-crisis-resources) looks different from its reference image.',
    );
    expect(changed?.message).toContain(`${ACCEPT_COMMAND} proof/collaborative-spanish-crisis-resources`);
    expect(changed?.message).toMatch(/\d+ pixels \(ratio [\d.]+\) differ/);
    const files = await commands.proofFiles(NAME);
    expect(files).toEqual({ reference: true, actual: true, diff: true, pending: [NAME] });

    // Accepting it (the code behind `screenshots:accept`) makes the new image the reference...
    expect(await commands.acceptProofChanges()).toEqual([NAME]);
    expect(await commands.proofFiles(NAME)).toEqual({
      reference: true,
      actual: false,
      diff: false,
      pending: [],
    });
    await CardStory.run();
    expect(await compare()).toBeUndefined();

    // ...so the story as it was before now counts as a change.
    if (card && original) card.renders.square = original;
    await CardStory.run();
    expect((await compare())?.message).toContain("looks different from its reference image");
  });
});

describe("refusals in the stories", () => {
  test("a card size that @chorus/graphics refused shows its message instead of an image", async () => {
    await CardStory.run();
    const root = storyRoot();
    const refused = (graphicsFixtures?.cards ?? []).filter(
      (c) =>
        c.partner === "collaborative" &&
        c.locale === "es" &&
        c.kind === "crisis-resource" &&
        Object.values(c.renders).some((render) => "refused" in render),
    );
    for (const entry of refused) {
      for (const render of Object.values(entry.renders)) {
        if (!("refused" in render)) continue;
        const shown = render.refused.message.replace(/^campaign [^:]*: /, "");
        expect(root.textContent).toContain(shown);
      }
    }
    // Every image carries the card's alt text.
    for (const img of root.querySelectorAll("img")) expect(img.alt.length).toBeGreaterThan(20);
  });

  test("a print layout that does not fit shows the printer's refusal instead of the page", async () => {
    const poster = printFixtures?.prints.find(
      (p) =>
        p.partner === "example-health" && p.locale === "es" && p.kind === "poster" && p.size === "letter",
    );
    expect(poster).toBeDefined();
    if (!poster) return;
    const before = poster.result;
    const message =
      'Poster "crisis-and-peer-support/poster (es) for example-health" does not fit on one US Letter (8.5 × 11 in) page even with its type 14 % smaller: its content is 0.7 in too tall. Shorten the body (1020 characters).';
    // The refusal the printer gives for too long a text, as if it had given it here.
    poster.result = { refused: { error: "PrintFitError", message } };
    try {
      await PosterStory.run();
      const root = storyRoot();
      expect(root.textContent).toContain("Not printed: the content does not fit the page");
      expect(root.textContent).toContain(message);
      // The other sizes are still shown, each in a titled frame.
      const frames = [...root.querySelectorAll("iframe")];
      expect(frames.length).toBe(2);
      for (const frame of frames) expect(frame.title).toMatch(/\(Póster\), (A4|Tabloid)/);
    } finally {
      poster.result = before;
    }
  });
});
