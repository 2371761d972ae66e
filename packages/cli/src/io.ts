import path from "node:path";

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** The folder the user ran the command from (pnpm scripts run in the repo root, so INIT_CWD wins). */
  cwd: string;
  /** Whether to colour output. */
  color: boolean;
}

export function nodeIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    cwd: path.resolve(process.env.INIT_CWD ?? process.cwd()),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

/** Thrown for a bad command line: the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

export function paint(io: CliIO) {
  const wrap = (open: number, close: number) => (text: string) =>
    io.color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}
