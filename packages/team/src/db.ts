import { mkdir } from "node:fs/promises";
import path from "node:path";
import { FileLock, LockBusyError } from "@chorus/content/node";
import { PGlite } from "@electric-sql/pglite";
import {
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from "kysely";
import pg from "pg";
import { migrateToLatest } from "./migrations/index.js";
import type { TeamDatabase } from "./schema.js";

/** Where the team's data lives: the embedded database in a folder, or a PostgreSQL server. */
export type DatabaseLocation =
  /** PGlite (Postgres compiled to WebAssembly) persisted in `dir`; nothing to install or run. */
  | { embedded: string }
  /** An embedded database that lives in memory only (tests, trials). */
  | { memory: true }
  /** A PostgreSQL server, e.g. `postgres://chorus@localhost:5432/chorus`. */
  | { url: string };

export interface TeamDb {
  /** Typed queries over the team's tables (people, sessions, comments, decisions, the audit trail). */
  db: Kysely<TeamDatabase>;
  /** `embedded` or `postgres`: for messages and the backup advice. */
  kind: "embedded" | "postgres";
  close(): Promise<void>;
}

/**
 * Where a face keeps the team database: PostgreSQL when `DATABASE_URL` is set, else the embedded database
 * in `<chorusDir>/team-db/` (beside the sends and the outbox).
 */
export function teamDatabaseLocation(
  chorusDir: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseLocation {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { embedded: path.join(chorusDir, "team-db") };
}

/** The embedded database is open in another process (pid), e.g. the builder while the CLI tries. */
export class TeamDatabaseBusyError extends Error {
  override name = "TeamDatabaseBusyError";
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `the team database in ${dir} is open in another process (pid ${pid}); the embedded database serves one process at a time`,
    );
  }
}

/**
 * Open the team database and bring its schema up to date (migrations run in a transaction under an
 * advisory lock, so two builder processes starting at once migrate once). `DATABASE_URL` picks PostgreSQL;
 * without it the builder uses the embedded database in `.chorus/team-db/`.
 */
export async function openTeamDatabase(location: DatabaseLocation): Promise<TeamDb> {
  let opened: TeamDb;
  if ("url" in location) {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    // A connection the server ends while it sits idle (a restart, an administrator, a network cut) reports its
    // error on the pool, which drops it; the next query opens another. Unheard, Node would throw that error and
    // stop the builder.
    pool.on("error", (error) => {
      console.warn(
        `Team database: an idle connection was closed (${error.message}); the next query opens another.`,
      );
    });
    const db = new Kysely<TeamDatabase>({ dialect: new PostgresDialect({ pool }) });
    opened = { db, kind: "postgres", close: () => db.destroy() };
  } else {
    // An embedded database belongs to one process: a second one (the CLI while the builder runs) is refused
    // before it opens the files, which two PGlite instances at once would corrupt.
    let lock: FileLock | undefined;
    if ("embedded" in location) {
      await mkdir(location.embedded, { recursive: true });
      lock = await FileLock.acquire(`${path.resolve(location.embedded)}.lock`).catch((error: unknown) => {
        if (error instanceof LockBusyError) throw new TeamDatabaseBusyError(location.embedded, error.pid);
        throw error;
      });
    }
    try {
      const pglite = new PGlite("embedded" in location ? location.embedded : undefined);
      await pglite.waitReady;
      const db = new Kysely<TeamDatabase>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) }) });
      opened = {
        db,
        kind: "embedded",
        close: async () => {
          try {
            await db.destroy();
          } finally {
            await lock?.release();
          }
        },
      };
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }
  try {
    await migrateToLatest(opened.db as unknown as Kysely<unknown>);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/**
 * PGlite as the one-connection pool Kysely's Postgres driver expects. PGlite is a single session, so a
 * connection is lent to one caller at a time and the others wait their turn: a transaction (BEGIN … COMMIT
 * on the lent connection) never interleaves with another caller's statements.
 */
class PGlitePool implements PostgresPool {
  private busy = false;
  private readonly waiting: Array<() => void> = [];
  private ended = false;

  constructor(private readonly pglite: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.ended) throw new Error("the embedded team database is closed");
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy = true;
    return new PGliteClient(this.pglite, () => this.release());
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }

  async end(): Promise<void> {
    this.ended = true;
    await this.pglite.close();
  }
}

/** The slice of a `pg` client Kysely uses: `query(sql, params)` → rows, row count and command. */
class PGliteClient {
  private released = false;

  constructor(
    private readonly pglite: PGlite,
    private readonly onRelease: () => void,
  ) {}

  // Kysely streams through a cursor only for `.stream()`, which the team package never calls.
  query = (async (sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<unknown>> => {
    if (typeof sql !== "string") throw new Error("the embedded team database does not stream query results");
    const result = await this.pglite.query(sql, parameters as unknown[]);
    return {
      rows: result.rows,
      rowCount: result.affectedRows ?? result.rows.length,
      command: commandOf(sql),
    };
  }) as PostgresPoolClient["query"];

  release(): void {
    if (this.released) return;
    this.released = true;
    this.onRelease();
  }
}

/** `INSERT`, `UPDATE`, `DELETE`, `MERGE` or `SELECT`: Kysely reads affected rows only for the first four. */
function commandOf(sql: string): "INSERT" | "UPDATE" | "DELETE" | "MERGE" | "SELECT" {
  const word = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql)?.[1]?.toUpperCase() ?? "SELECT";
  return word === "INSERT" || word === "UPDATE" || word === "DELETE" || word === "MERGE" ? word : "SELECT";
}
