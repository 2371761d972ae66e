// Running a package README's example as a partner would: in a project of its own that installs the
// packages (symlinks to the workspace packages, so their built dist/ and exports maps are what it imports)
// beside the repository's campaigns folder.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The first `js` block under "## Example" and the `text` block after it (what the example prints). */
export function readmeExample(readme: string): { code: string; output: string } {
  const section = readme.slice(readme.indexOf("\n## Example\n"));
  const code = /```js\n([\s\S]*?)```/.exec(section);
  const output = /```text\n([\s\S]*?)```/.exec(section.slice((code?.index ?? 0) + (code?.[0].length ?? 0)));
  if (!code?.[1] || !output?.[1])
    throw new Error("README.md has no ## Example with a js block and its text output");
  return { code: code[1], output: output[1] };
}

export interface PartnerProject {
  dir: string;
  /** Write `code` to `file` in the project and run it with node there. */
  run(file: string, code: string): Promise<{ stdout: string; stderr: string }>;
  cleanup(): Promise<void>;
}

/**
 * A throwaway project with `packages` (`@chorus/x` → the package's folder) in its node_modules and the
 * repository's `campaigns` folder beside its files.
 */
export async function partnerProject(
  packages: Record<string, string>,
  campaigns: string,
): Promise<PartnerProject> {
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-readme-"));
  for (const [name, folder] of Object.entries(packages)) {
    await mkdir(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
    await symlink(folder, path.join(dir, "node_modules", name), "dir");
  }
  await symlink(campaigns, path.join(dir, "campaigns"), "dir");
  return {
    dir,
    async run(file, code) {
      await writeFile(path.join(dir, file), code);
      return run(process.execPath, [file], { cwd: dir });
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * The workspace package at `packageDir` in a partner project of its own, as its README's example imports it:
 * the package built first when `built` (a file under it, `dist/index.js` by default) is missing, and `others`
 * (`@chorus/x` → sibling folder name, e.g. `{ "@chorus/tokens": "tokens" }`) installed beside it.
 */
export async function packageProject(
  packageDir: string,
  options: { others?: Record<string, string>; built?: string } = {},
): Promise<PartnerProject> {
  if (!existsSync(path.join(packageDir, options.built ?? "dist/index.js")))
    await run("pnpm", ["run", "build"], { cwd: packageDir });
  const { name } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as {
    name: string;
  };
  const packages: Record<string, string> = { [name]: packageDir };
  for (const [other, folder] of Object.entries(options.others ?? {}))
    packages[other] = path.resolve(packageDir, "..", folder);
  return partnerProject(packages, path.resolve(packageDir, "../../campaigns"));
}

/**
 * Run the README's example of the package at `packageDir` in `project`, saved as `file`: what it printed, and
 * the output the README shows for it.
 */
export async function runReadmeExample(
  packageDir: string,
  project: PartnerProject,
  file: string,
): Promise<{ stdout: string; stderr: string; output: string }> {
  const { code, output } = readmeExample(await readFile(path.join(packageDir, "README.md"), "utf8"));
  return { ...(await project.run(file, code)), output };
}
