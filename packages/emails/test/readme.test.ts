// The README's example, run as a partner would (see @chorus/testing/readme): it must print exactly the
// output the README shows, and write the email it renders.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type PartnerProject, packageProject, runReadmeExample } from "@chorus/testing/readme";
import { afterAll, beforeAll, expect, it } from "vitest";

const packageDir = path.resolve(import.meta.dirname, "..");
let project: PartnerProject;

// The example imports @chorus/content itself, as the README's install line adds it.
beforeAll(async () => {
  project = await packageProject(packageDir, { others: { "@chorus/content": "content" } });
}, 120_000);

afterAll(() => project?.cleanup());

it("runs the README example and prints the output the README shows", async () => {
  const { stdout, stderr, output } = await runReadmeExample(packageDir, project, "render-email.mjs");
  expect(stderr).toBe("");
  expect(stdout).toBe(output);
  expect(await readFile(path.join(project.dir, "newsletter.html"), "utf8")).toMatch(/^<!DOCTYPE html/);
});
