import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, expect, it, vi } from "vitest";
import { refusalWorkspace } from "../src/testing/index.js";

const here = import.meta.dirname;
const workspaces: { cleanup(): Promise<void> }[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const workspace of workspaces.splice(0)) await workspace.cleanup();
});

/** The README's example, its imports pointed at this package's source and the content package it depends on. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(here, "../README.md"), "utf8");
  const code = /<!-- The example below is run by test\/readme\.test\.ts[^\n]*\n```ts\n([\s\S]*?)\n```/.exec(
    readme,
  )?.[1];
  if (!code) throw new Error("README.md has no example marked for this test");
  const require = createRequire(import.meta.url);
  return code
    .replace('"@chorus/send"', JSON.stringify(pathToFileURL(path.join(here, "../src/index.ts")).href))
    .replace(
      '"@chorus/content/node"',
      JSON.stringify(pathToFileURL(require.resolve("@chorus/content/node")).href),
    );
}

it("runs the README's example: plans and sends the seed newsletter to a CSV through the outbox", async () => {
  const workspace = await refusalWorkspace(path.join(here, "../../../campaigns"));
  workspaces.push(workspace);
  await writeFile(
    path.join(workspace.dir, "clinicians.csv"),
    "email,firstName\nana@hospital.example.org,Ana\nben@hospital.example.org,Ben\n",
  );
  const example = path.join(workspace.dir, "example.ts");
  await writeFile(example, await readmeExample());
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  const cwd = process.cwd();
  delete process.env.RESEND_API_KEY;
  process.chdir(workspace.dir);
  try {
    await import(pathToFileURL(example).href);
  } finally {
    process.chdir(cwd);
  }
  expect(error).not.toHaveBeenCalled();
  expect(log.mock.calls.at(-1)?.[0]).toMatch(
    /^send crisis-and-peer-support-\S+: 2 sent, 0 failed, 0 skipped$/,
  );
  const [sendId] = await readdir(path.join(workspace.chorusDir, "outbox"));
  expect(await readdir(path.join(workspace.chorusDir, "outbox", sendId!))).toHaveLength(2);
  await rm(example);
});
