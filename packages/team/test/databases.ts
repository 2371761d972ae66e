// The team package's tests run on both databases it supports: the embedded one (PGlite) and a real
// PostgreSQL server. The server is Debian's `postgresql` package (installed by .ci/run), started here as a
// throwaway cluster in a temporary folder, listening on a Unix socket only, and stopped after the tests.
// CHORUS_TEST_DATABASE_URL points the tests at an existing server instead.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { type DatabaseLocation, openTeamDatabase, type TeamDb } from "../src/index.js";

export interface TestDatabase {
  name: "embedded" | "postgres";
  /** A fresh, empty, migrated database for one test. */
  open(): Promise<TeamDb>;
  /** Where `open` put its last database (for a second connection to the same one). */
  location(): DatabaseLocation;
  /** A new database with nothing in it, not migrated (PostgreSQL only). */
  emptyLocation(): Promise<DatabaseLocation>;
  stop(): Promise<void>;
}

/**
 * One in-memory embedded database for the whole file (starting PGlite takes seconds), emptied before each
 * test: `open` returns it with every table empty, and its `close` leaves it open for the next test.
 */
export function embedded(): TestDatabase {
  let shared: TeamDb | undefined;
  return {
    name: "embedded",
    async open() {
      if (!shared) shared = await openTeamDatabase({ memory: true });
      else await emptyAll(shared);
      return { ...shared, close: async () => {} };
    },
    location: () => {
      throw new Error("an in-memory database has no second connection");
    },
    emptyLocation: () => Promise.reject(new Error("an in-memory database has no second connection")),
    stop: async () => {
      await shared?.close();
    },
  };
}

async function emptyAll(team: TeamDb): Promise<void> {
  // The trail refuses deletes and truncation by design; a test database switches its guards off to reset.
  await sql`alter table audit_event disable trigger user`.execute(team.db);
  await sql`truncate audit_event, stage_decision, comment, member_role, member, session, account, verification, "rateLimit", "user"`.execute(
    team.db,
  );
  await sql`alter table audit_event enable trigger user`.execute(team.db);
}

/** A PostgreSQL cluster of our own; each `open` creates a new database in it. */
export async function postgres(): Promise<TestDatabase & { emptyLocation(): Promise<{ url: string }> }> {
  let server: { url: (db: string) => string; stop: () => Promise<void> };
  if (process.env.CHORUS_TEST_DATABASE_URL) {
    const base = new URL(process.env.CHORUS_TEST_DATABASE_URL);
    server = {
      url: (db) => Object.assign(new URL(base.href), { pathname: `/${db}` }).href,
      stop: async () => {},
    };
  } else {
    server = await startCluster();
  }
  let count = 0;
  let last = "";
  const admin = new pg.Pool({ connectionString: server.url("postgres"), max: 1 });
  // The server is stopped under the pool's idle connection at the end: that is expected.
  admin.on("error", () => {});
  const emptyLocation = async () => {
    const name = `chorus_test_${process.pid}_${++count}`;
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    return { url: server.url(name) };
  };
  return {
    name: "postgres",
    async open() {
      last = (await emptyLocation()).url;
      return openTeamDatabase({ url: last });
    },
    emptyLocation,
    location: () => ({ url: last }),
    async stop() {
      await admin.end();
      await server.stop();
    },
  };
}

function findBin(name: string): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = path.join(root, version, "bin", name);
    if (existsSync(bin)) return bin;
  }
  throw new Error(
    `PostgreSQL's ${name} is not installed: apt-get install -y postgresql (or set CHORUS_TEST_DATABASE_URL)`,
  );
}

async function startCluster() {
  const initdb = findBin("initdb");
  const postgresBin = findBin("postgres");
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-pg-"));
  const data = path.join(dir, "data");
  // PostgreSQL refuses to run as root: as root, run it as the `postgres` user the package creates.
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]) =>
    (asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args]) as [string, string[]];
  if (asRoot) {
    await chmod(dir, 0o777);
  }
  const [initCmd, initArgs] = run(initdb, [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--no-sync",
  ]);
  execFileSync(initCmd, initArgs, { stdio: "pipe" });
  const [cmd, args] = run(postgresBin, [
    "-D",
    data,
    "-k",
    dir,
    "-c",
    "listen_addresses=",
    "-c",
    "fsync=off",
    "-c",
    "max_connections=50",
  ]);
  const child: ChildProcess = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let log = "";
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const url = (db: string) => `postgres://postgres@localhost/${db}?host=${encodeURIComponent(dir)}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        process.kill(-child.pid, "SIGINT");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
