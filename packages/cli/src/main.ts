import { type CliIO, UsageError } from "./io.js";

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Every command, with the line `chorus --help` shows and a loader for its module. Modules load only
 * when their command runs: `send` and `build` pull in React Email, and `chorus check` from an
 * editor must not wait for that.
 */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: "validate campaigns, the library and partner kits",
    load: async () => (await import("./commands/validate.js")).validateCommand,
  },
  lint: {
    summary: "check campaign wording, safe messaging, citations and reading level (--fix)",
    load: async () => (await import("./commands/lint.js")).lintCommand,
  },
  facts: {
    summary: "list facts by review date, with the campaigns that show each",
    load: async () => (await import("./commands/facts.js")).factsCommand,
  },
  check: {
    summary: "check text from standard input (for editors and the builder)",
    load: async () => (await import("./commands/check.js")).checkCommand,
  },
  send: {
    summary: "send an approved email to a list (outbox .eml files, or Resend)",
    load: async () => (await import("./commands/send.js")).sendCommand,
  },
  build: {
    summary: "render every email of a campaign per partner: .html, .txt, .eml + manifest",
    load: async () => (await import("./commands/build.js")).buildCommand,
  },
  users: {
    summary: "add people for team mode (the first admin) and list them",
    load: async () => (await import("./commands/users.js")).usersCommand,
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
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`chorus: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
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
