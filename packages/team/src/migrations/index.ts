import { type Kysely, type Migration, Migrator } from "kysely";
import * as peopleAndAudit from "./001-people-and-audit.js";
import * as review from "./002-review.js";

/**
 * Every migration, in order, by a name that never changes once released. Add one; never edit one that
 * has shipped (a database that ran it would not run it again).
 */
export const MIGRATIONS: Record<string, Migration> = {
  "001-people-and-audit": peopleAndAudit,
  "002-review": review,
};

/**
 * Bring the schema to the newest version. Kysely's migrator records what ran in `kysely_migration` and
 * holds a row lock while it works, so two processes starting at once migrate once.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(
      `the team database could not be migrated${failed ? ` (migration ${failed})` : ""}: ${(error as Error).message ?? error}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
