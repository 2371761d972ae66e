import { type Kysely, sql } from "kysely";

/** Review: comments on a campaign's fields and blocks, and each review stage's decisions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("comment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull())
    /** Where in the campaign: a field or block path such as `materials[0].blocks[2].text` ("" for the whole). */
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("author_email", "text", (c) => c.notNull())
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    /** A reply belongs to the thread its first comment opened. */
    .addColumn("thread_id", "text", (c) => c.references("comment.id").onDelete("cascade"))
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "text")
    .execute();
  await db.schema
    .createIndex("comment_campaign_idx")
    .on("comment")
    .columns(["campaign_id", "created_at"])
    .execute();
  await db.schema
    .createTable("stage_decision")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("stage_id", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) =>
      c.notNull().check(sql`decision in ('approved', 'changes-requested')`),
    )
    /** The content decided on: an edit changes it, and decisions on other content no longer count. */
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("by_id", "text", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("by_email", "text", (c) => c.notNull())
    .addColumn("by_name", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("stage_decision_campaign_idx")
    .on("stage_decision")
    .columns(["campaign_id", "fingerprint", "at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("stage_decision").ifExists().execute();
  await db.schema.dropTable("comment").ifExists().execute();
}
