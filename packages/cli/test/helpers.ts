import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliIO } from "../src/io.js";
import { main } from "../src/main.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process against `cwd`, capturing its output. */
export async function run(argv: string[], cwd: string, stdin = ""): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => stdin,
    cwd,
    color: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Write a content tree (path → text) into a fresh temporary folder and return the folder. */
export async function writeTree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-cli-"));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
