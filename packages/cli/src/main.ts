import { buildCommand } from "./commands/build.js";
import { checkCommand } from "./commands/check.js";
import { lintCommand } from "./commands/lint.js";
import { sendCommand } from "./commands/send.js";
import { validateCommand } from "./commands/validate.js";
import { type CliIO, UsageError } from "./io.js";

type Command = (argv: string[], io: CliIO) => Promise<number>;

const commands: Record<string, { run: Command; summary: string }> = {
  validate: { run: validateCommand, summary: "validate campaigns, the library and partner kits" },
  lint: {
    run: lintCommand,
    summary: "check campaign wording, safe messaging, citations and reading level (--fix)",
  },
  check: { run: checkCommand, summary: "check text from standard input (for editors and the builder)" },
  send: { run: sendCommand, summary: "send an approved email to a list (outbox .eml files, or Resend)" },
  build: {
    run: buildCommand,
    summary: "render every email of a campaign per partner: .html, .txt, .eml + manifest",
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`)
    .join("\n");
  return `Usage: chorus <command> [options]\n\nCommands:\n${list}\n\nRun "chorus <command> --help" for a command's options.\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`chorus: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`chorus ${name}: ${error.message}\nRun "chorus ${name} --help" for usage.\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOSPC" || code === "EDQUOT") {
      io.stderr(
        `chorus ${name}: the disk is full, so the command stopped: free some space, then run it again\n`,
      );
      return 1;
    }
    io.stderr(`chorus ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
