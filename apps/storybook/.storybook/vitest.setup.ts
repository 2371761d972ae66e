// The screenshot comparison: after a story's test has passed (it rendered, its play function and axe found
// nothing), its screenshot is compared with its reference image in screenshots/reference/. Which stories:
// every story tagged "screenshot" (the graphics and print stories, the theme matrix), and the first story of
// each @chorus/ui component family, in the toolbar's first partner theme.
import { afterEach } from "vitest";
import { matchStoryScreenshot, SCREENSHOT_TAG } from "./screenshot";

interface StoryInContext {
  id: string;
  tags: string[];
}

afterEach(async (context) => {
  const story = (context as unknown as { story?: StoryInContext }).story;
  const { task } = context;
  if (!story || (task.result?.errors?.length ?? 0) > 0) return;
  // A component family's first story (its Default) stands for the family; this app's stories opt in by tag.
  const siblings = (task.suite ?? task.file).tasks.filter((t) => t.type === "test" && t.mode !== "skip");
  const familyDefault = siblings[0] === task && !task.file.filepath.includes("/apps/storybook/stories/");
  if (!story.tags.includes(SCREENSHOT_TAG) && !familyDefault) return;
  const root = [...document.querySelectorAll<HTMLElement>("[data-story-root]")].at(-1);
  if (!root) throw new Error(`Story ${story.id} rendered no [data-story-root] element to compare.`);
  // The test's name is the story's name as the sidebar shows it ("Collaborative English Facts").
  await matchStoryScreenshot(root, story.id, task.name);
});
