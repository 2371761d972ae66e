// The README's example, run as a partner would (see @chorus/testing/readme): it must print exactly the
// output the README shows.
import path from "node:path";
import { type PartnerProject, packageProject, runReadmeExample } from "@chorus/testing/readme";
import { afterAll, beforeAll, expect, it } from "vitest";

const packageDir = path.resolve(import.meta.dirname, "..");
let project: PartnerProject;

beforeAll(async () => {
  project = await packageProject(packageDir, {});
}, 120_000);

afterAll(() => project?.cleanup());

// A fresh Node process that opens an embedded database (WebAssembly compiled on start): seconds when quiet,
// a minute or more beside the rest of CI on two cores.
it("runs the README example and prints the output the README shows", { timeout: 240_000 }, async () => {
  const { stdout, stderr, output } = await runReadmeExample(packageDir, project, "team-example.mjs");
  expect(stderr).toBe("");
  expect(stdout).toBe(output);
});
