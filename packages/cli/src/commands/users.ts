import path from "node:path";
import {
  openTeamDatabase,
  People,
  PeopleError,
  TeamDatabaseBusyError,
  type TeamDb,
  teamDatabaseLocation,
} from "@chorus/team";
import { parseCommandArgs } from "../args.js";
import { loadTarget } from "../content.js";
import { type CliIO, paint, UsageError } from "../io.js";

export const usersUsage = `chorus users add <email> --org <organization> --role <role>[,<role>…] [--name <name>]
chorus users list [--org <organization>] [--format pretty|json]

People who sign in to the builder in team mode. Each belongs to one organization (a brand kit id in
campaigns/_partners/) and holds one or more roles: admin, author, reviewer, approver, sender.
Add the first admin here; admins add everyone else from the builder.
  pnpm chorus users add dana@example.org --org collaborative --role admin --name "Dana Okafor"

The team database is .chorus/team-db/ (embedded), or PostgreSQL when DATABASE_URL is set. The embedded
database serves one process at a time: stop the builder before using this command, or use PostgreSQL.
Exit codes: 0 done, 1 refused (the reason is printed), 2 usage error.`;

export async function usersCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      org: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    2,
  );
  if (values.help) {
    io.stdout(`${usersUsage}\n`);
    return 0;
  }
  const [action, email] = positionals;
  if (action !== "add" && action !== "list")
    throw new UsageError('say "add" or "list" (chorus users add <email> …)');
  const { result } = await loadTarget(undefined, io);
  const organizations = new Set(result.content.partners.map(({ partner }) => partner.id));
  const org = typeof values.org === "string" ? values.org : undefined;
  if (org && !organizations.has(org))
    throw new UsageError(`no organization "${org}": the organizations are ${[...organizations].join(", ")}`);
  const c = paint(io);

  let team: TeamDb;
  try {
    team = await openTeamDatabase(teamDatabaseLocation(path.join(io.cwd, ".chorus")));
  } catch (error) {
    if (!(error instanceof TeamDatabaseBusyError)) throw error;
    io.stderr(
      `${c.red("✖")} ${error.message}.\n  Next: stop the builder, then run this again (or keep the team in PostgreSQL: DATABASE_URL).\n`,
    );
    return 1;
  }
  try {
    const people = new People(team.db, () => organizations);
    if (action === "list") {
      const listed = org
        ? await people.list(org)
        : (await Promise.all([...organizations].map((id) => people.list(id)))).flat();
      if (values.format === "json") io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
      else if (listed.length === 0) io.stdout("No one yet: add the first admin with chorus users add.\n");
      else for (const p of listed) io.stdout(`${p.email}  ${c.dim(p.orgId)}  ${p.roles.join(", ")}\n`);
      return 0;
    }
    if (!email)
      throw new UsageError("name the person's email address: chorus users add <email> --org … --role …");
    if (!org) throw new UsageError("--org is required: the organization the person belongs to");
    if (typeof values.role !== "string")
      throw new UsageError("--role is required, e.g. --role admin or --role author,reviewer");
    try {
      const person = await people.add({
        email,
        orgId: org,
        roles: values.role
          .split(",")
          .map((role) => role.trim())
          .filter(Boolean),
        ...(typeof values.name === "string" ? { name: values.name } : {}),
      });
      io.stdout(`${c.green("✔")} ${person.email} is in ${person.orgId} as ${person.roles.join(", ")}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof PeopleError)) throw error;
      io.stderr(`${c.red("✖")} ${error.message}\n`);
      return 1;
    }
  } finally {
    await team.close();
  }
}
