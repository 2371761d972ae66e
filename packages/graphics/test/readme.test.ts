// The README's example, run as a partner would (see @chorus/testing/readme): it must print exactly the
// output the README shows.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { type PartnerProject, partnerProject, readmeExample } from "@chorus/testing/readme";
import { afterAll, beforeAll, expect, it } from "vitest";

const packageDir = path.resolve(import.meta.dirname, "..");
let project: PartnerProject;

beforeAll(async () => {
  // The example imports the built package, as a partner's project would.
  if (!existsSync(path.join(packageDir, "dist", "index.js")))
    await promisify(execFile)("pnpm", ["run", "build"], { cwd: packageDir });
  project = await partnerProject(
    { "@chorus/graphics": packageDir, "@chorus/tokens": path.resolve(packageDir, "../tokens") },
    path.resolve(packageDir, "../../campaigns"),
  );
}, 120_000);

afterAll(() => project?.cleanup());

it("runs the README example and prints the output the README shows", async () => {
  const { code, output } = readmeExample(await readFile(path.join(packageDir, "README.md"), "utf8"));
  const { stdout, stderr } = await project.run("graphics-example.mjs", code);
  expect(stderr).toBe("");
  expect(stdout).toBe(output);
});
