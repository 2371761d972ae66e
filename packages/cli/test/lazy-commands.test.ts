// `chorus --help` and `chorus check` must not load what they do not use: React Email and the senders
// take most of a second to load, and an editor runs `chorus check` on every pause in typing. The CLI is
// built into a temporary folder (other packages' tests run the real dist/ meanwhile) and run with a
// resolve hook that records every import; the tests read which packages were loaded. The time itself is
// measured by `pnpm bench` (bench/startup.bench.mjs), not here.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cliDir = path.resolve(import.meta.dirname, "..");
const recorder = path.join(import.meta.dirname, "fixtures", "record-imports.mjs");
let work: string;
let dist: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-cli-lazy-"));
  dist = path.join(work, "dist");
  // The built chunks import packages by name: resolve them through the CLI's own dependencies.
  await symlink(path.join(cliDir, "node_modules"), path.join(work, "node_modules"), "dir");
  await promisify(execFile)("pnpm", ["exec", "tsup", "--out-dir", dist], { cwd: cliDir });
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  /** The packages the process imported, by name; the CLI's own files count as `@chorus/cli`. */
  packages: Set<string>;
}

async function chorus(args: string[], stdin = ""): Promise<Run> {
  const record = path.join(work, `imports-${Math.random().toString(36).slice(2)}.txt`);
  const child = execFile(
    process.execPath,
    ["--import", pathToFileURL(recorder).href, path.join(dist, "bin.js"), ...args],
    { cwd: work, env: { ...process.env, CHORUS_RECORD_IMPORTS: record, NO_COLOR: "1" } },
  );
  child.stdin?.end(stdin);
  let stdout = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const urls = (await readFile(record, "utf8")).split("\n").filter(Boolean);
  return { code, stdout, packages: new Set(urls.flatMap(packageOf)) };
}

/** `file:///…/node_modules/.pnpm/react@19/node_modules/react/index.js` → `react`; builtins → nothing. */
function packageOf(url: string): string[] {
  if (url.startsWith("node:")) return [];
  if (url.startsWith(pathToFileURL(dist).href)) return ["@chorus/cli"];
  const afterModules = url.split("/node_modules/").at(-1);
  if (afterModules && afterModules !== url) {
    const [scope, name] = afterModules.split("/");
    return [scope!.startsWith("@") ? `${scope}/${name}` : scope!];
  }
  // A workspace package, imported through its symlink: packages/<name>/dist/…
  const workspace = /\/packages\/([^/]+)\//.exec(url);
  return [workspace ? `@chorus/${workspace[1]}` : url];
}

const HEAVY = [
  "@chorus/emails",
  "@chorus/send",
  "@chorus/kit",
  "react",
  "react-dom",
  "@react-email/html",
  "@react-email/render",
];

describe("commands load only when they run", () => {
  it("answers `chorus --help` from its own files alone", async () => {
    const result = await chorus(["--help"]);
    expect(result.stdout).toMatch(/^Usage: chorus <command>/);
    expect(result.code).toBe(0);
    expect([...result.packages]).toEqual(["@chorus/cli"]);
  });

  it("prints the usage of validate, lint and facts without loading any package", async () => {
    for (const command of ["validate", "lint", "facts"]) {
      const result = await chorus([command, "--help"]);
      expect(result.stdout).toMatch(new RegExp(`^chorus ${command} \\[path\\]`));
      expect([...result.packages]).toEqual(["@chorus/cli"]);
    }
  });

  it("lists facts with the content package alone: no React Email, sending or kits", async () => {
    const result = await chorus(["facts", path.resolve(cliDir, "../../campaigns"), "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).facts.length).toBeGreaterThan(0);
    expect(result.packages).toContain("@chorus/content");
    for (const heavy of HEAVY) expect(result.packages).not.toContain(heavy);
  });

  it("checks standard input with the checker alone: no schemas, YAML, React Email, sending or kits", async () => {
    const result = await chorus(["check", "--locale", "en", "--format", "json"], "He committed suicide.\n");
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ ruleId: "suicide/committed-suicide" });
    // Exactly these: the recorder is not blind, and zod, yaml and js-yaml (which cost more to load than the
    // check itself) stay out, along with everything heavier.
    expect([...result.packages].sort()).toEqual(["@chorus/cli", "@chorus/content", "@chorus/language"]);
    for (const heavy of [...HEAVY, "zod", "yaml", "js-yaml"]) expect(result.packages).not.toContain(heavy);
  });
});
