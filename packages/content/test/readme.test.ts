// The README's example, run as a partner would: in a project of its own that installs @chorus/content (here a
// symlink to this package, so the built dist/ and the exports map are what it imports) beside the repository's
// campaigns folder. It must print exactly the output the README shows.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, "..");
const campaigns = path.resolve(packageDir, "../../campaigns");
let project: string;

/** The first `js` block under "## Example" and the `text` block after it. */
function readmeExample(readme: string): { code: string; output: string } {
  const section = readme.slice(readme.indexOf("\n## Example\n"));
  const code = /```js\n([\s\S]*?)```/.exec(section);
  const output = /```text\n([\s\S]*?)```/.exec(section.slice((code?.index ?? 0) + (code?.[0].length ?? 0)));
  if (!code?.[1] || !output?.[1])
    throw new Error("README.md has no ## Example with a js block and its text output");
  return { code: code[1], output: output[1] };
}

beforeAll(async () => {
  // turbo builds a package's dependencies before its tests, not the package itself.
  if (!existsSync(path.join(packageDir, "dist", "node.js")))
    await run("pnpm", ["run", "build"], { cwd: packageDir });
  project = await mkdtemp(path.join(tmpdir(), "chorus-content-readme-"));
  await mkdir(path.join(project, "node_modules", "@chorus"), { recursive: true });
  await symlink(packageDir, path.join(project, "node_modules", "@chorus", "content"), "dir");
  await symlink(campaigns, path.join(project, "campaigns"), "dir");
}, 120_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

it("runs the README example and prints the output the README shows", async () => {
  const { code, output } = readmeExample(await readFile(path.join(packageDir, "README.md"), "utf8"));
  await writeFile(path.join(project, "campaigns-report.mjs"), code);
  const { stdout, stderr } = await run(process.execPath, ["campaigns-report.mjs"], { cwd: project });
  expect(stderr).toBe("");
  expect(stdout).toBe(output);
});
