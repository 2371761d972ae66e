// Every command the README shows, run against the README's own example campaign (written beside the
// repository's library and partner kits): each must print exactly what the README says it prints.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

const readme = await readFile(path.resolve(import.meta.dirname, "../README.md"), "utf8");
const example = readme.slice(readme.indexOf("\n## Example\n"));
let work: string;

interface Transcript {
  command: string;
  argv: string[];
  stdin: string;
  output: string;
}

/** `$ chorus …` and `$ echo "…" | chorus …` lines of the console blocks, each with the lines it prints. */
function transcripts(markdown: string): Transcript[] {
  const found: Transcript[] = [];
  for (const [, block] of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    for (const line of block!.replace(/\n$/, "").split("\n")) {
      if (!line.startsWith("$ ")) {
        const last = found.at(-1);
        if (!last) throw new Error(`a console block starts with output, not a command: ${line}`);
        last.output += `${line}\n`;
        continue;
      }
      const command = line.slice(2);
      const piped = /^echo "([^"]*)" \| (.*)$/.exec(command);
      const [name, ...argv] = (piped ? piped[2]! : command).split(" ");
      if (name !== "chorus") throw new Error(`not a chorus command: ${command}`);
      found.push({ command, argv, stdin: piped ? `${piped[1]}\n` : "", output: "" });
    }
  }
  return found;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-cli-readme-"));
  for (const shared of ["_library", "_partners"]) {
    await cp(path.join(REPO_ROOT, "campaigns", shared), path.join(work, "campaigns", shared), {
      recursive: true,
    });
  }
  const campaign = /```yaml\n([\s\S]*?)```/.exec(example)?.[1];
  const id = campaign && /^id: (\S+)$/m.exec(campaign)?.[1];
  if (!campaign || !id) throw new Error("README.md has no ## Example with a campaign in a yaml block");
  await mkdir(path.join(work, "campaigns", id));
  await writeFile(path.join(work, "campaigns", id, "campaign.yaml"), campaign);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the README", () => {
  it("shows commands to run", () => {
    expect(transcripts(readme).map((t) => t.command)).toEqual(
      expect.arrayContaining(["chorus --help", "chorus validate campaigns/protected-time"]),
    );
  });

  for (const { command, argv, stdin, output } of transcripts(readme)) {
    it(`prints what it shows for \`${command}\``, async () => {
      const result = await run(argv, work, stdin);
      expect(result.stdout).toBe(output);
    });
  }

  it("says the example's commands exit 1, and they do", async () => {
    expect(example).toMatch(/Both exit 1\./);
    const commands = transcripts(example);
    expect(commands).toHaveLength(2);
    for (const { argv, stdin } of commands) expect((await run(argv, work, stdin)).code).toBe(1);
  });
});
