import { type Kysely, sql } from "kysely";

/**
 * People and sign-in (the tables better-auth reads and writes, under its own names), each person's
 * organization and roles, and the append-only audit trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // better-auth's core schema, as its Postgres migrations name it (test/auth-schema.test.ts asserts that
  // better-auth finds nothing to add).
  await db.schema
    .createTable("user")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("emailVerified", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("image", "text")
    .addColumn("createdAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updatedAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("expiresAt", "timestamptz", (c) => c.notNull())
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("createdAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updatedAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("ipAddress", "text")
    .addColumn("userAgent", "text")
    .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("session_user_idx").on("session").column("userId").execute();
  await db.schema
    .createTable("account")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("accountId", "text", (c) => c.notNull())
    .addColumn("providerId", "text", (c) => c.notNull())
    .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("accessToken", "text")
    .addColumn("refreshToken", "text")
    .addColumn("idToken", "text")
    .addColumn("accessTokenExpiresAt", "timestamptz")
    .addColumn("refreshTokenExpiresAt", "timestamptz")
    .addColumn("scope", "text")
    .addColumn("password", "text")
    .addColumn("createdAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updatedAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("verification")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("identifier", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("expiresAt", "timestamptz", (c) => c.notNull())
    .addColumn("createdAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updatedAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("verification_identifier_idx")
    .on("verification")
    .column("identifier")
    .execute();
  // Sign-in attempts counted per address and route, shared by every builder process (better-auth's
  // rate limiter with `storage: "database"`).
  await db.schema
    .createTable("rateLimit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("lastRequest", "bigint", (c) => c.notNull())
    .execute();

  // Chorus's own tables, in snake_case. A person belongs to one organization (a brand kit id from
  // campaigns/_partners/) and holds one or more roles in it.
  await db.schema
    .createTable("member")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
    .addColumn("org_id", "text", (c) => c.notNull())
    .addColumn("added_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("added_by", "text", (c) => c.references("user.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("member_org_idx").on("member").column("org_id").execute();
  await db.schema
    .createTable("member_role")
    .addColumn("user_id", "text", (c) => c.notNull().references("member.user_id").onDelete("cascade"))
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('admin', 'author', 'reviewer', 'approver', 'sender')`),
    )
    .addPrimaryKeyConstraint("member_role_pk", ["user_id", "role"])
    .execute();

  // The audit trail: rows are only ever inserted. Each row's hash covers its content and the previous
  // row's hash, so an edited or deleted row breaks the chain from there on (verifyAuditTrail).
  await db.schema
    .createTable("audit_event")
    .addColumn("seq", "bigint", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_email", "text")
    .addColumn("org_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text")
    .addColumn("detail", "jsonb", (c) => c.notNull())
    .addColumn("content_hash", "text")
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex("audit_campaign_idx")
    .on("audit_event")
    .columns(["campaign_id", "seq"])
    .execute();
  await db.schema.createIndex("audit_org_idx").on("audit_event").columns(["org_id", "seq"]).execute();
  // Enforced by the database, not only by the code: no UPDATE or DELETE on the trail.
  await sql`create function audit_event_append_only() returns trigger language plpgsql as $$
    begin raise exception 'the audit trail is append-only'; end $$`.execute(db);
  await sql`create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only()`.execute(db);
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists audit_event_no_truncate on audit_event`.execute(db);
  await sql`drop trigger if exists audit_event_no_change on audit_event`.execute(db);
  await sql`drop function if exists audit_event_append_only()`.execute(db);
  for (const table of [
    "audit_event",
    "member_role",
    "member",
    "rateLimit",
    "verification",
    "account",
    "session",
    "user",
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
