import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { appendAudit } from "./audit.js";
import type { Person } from "./people.js";
import type { Role, TeamDatabase } from "./schema.js";

/** A comment and its replies, on one place in a campaign. */
export interface CommentThread {
  id: string;
  path: string;
  resolved: { at: string; by: string } | null;
  comments: { id: string; body: string; author: { email: string; name: string }; at: string }[];
}

export interface StageDecision {
  stageId: string;
  decision: "approved" | "changes-requested";
  by: { email: string; name: string };
  at: string;
  note: string | null;
}

/** Why a review step was refused: each face words its own next step from `code`. */
export class ReviewError extends Error {
  override name = "ReviewError";
  constructor(
    readonly code: "empty-comment" | "unknown-comment" | "open-comments" | "own-work",
    message: string,
  ) {
    super(message);
  }
}

const MAX_COMMENT = 5_000;

/**
 * Review of campaigns: comments attached to a field or block, answered and resolved, and the decision of
 * each review stage on one version of the content (its fingerprint). A stage cannot approve while a comment
 * is open, and not by the person whose edit it is deciding on. An edit changes the fingerprint, so the
 * decisions on earlier content stop counting: the campaign is back in review. Who may comment or decide
 * which stage is the policy's (`access`) and the campaign's stages are the content's; this keeps the record.
 */
export class Review {
  constructor(private readonly db: Kysely<TeamDatabase>) {}

  /** Open a thread at `path`, or reply to one (`threadId`); a reply to a resolved thread reopens it. */
  async comment(input: { campaignId: string; path: string; body: string; by: Person; threadId?: string }) {
    const body = input.body.trim();
    if (!body) throw new ReviewError("empty-comment", "write the comment first");
    if (body.length > MAX_COMMENT)
      throw new ReviewError(
        "empty-comment",
        `a comment is at most ${MAX_COMMENT.toLocaleString("en-US")} characters`,
      );
    const id = randomUUID();
    await this.db.transaction().execute(async (tx) => {
      await lockCampaign(tx, input.campaignId);
      let path = input.path;
      if (input.threadId) {
        const thread = await tx
          .selectFrom("comment")
          .select(["id", "path"])
          .where("id", "=", input.threadId)
          .where("campaign_id", "=", input.campaignId)
          .where("thread_id", "is", null)
          .forUpdate()
          .executeTakeFirst();
        if (!thread) throw new ReviewError("unknown-comment", "there is no such comment on this campaign");
        path = thread.path;
        await tx
          .updateTable("comment")
          .set({ resolved_at: null, resolved_by: null })
          .where("id", "=", thread.id)
          .execute();
      }
      await tx
        .insertInto("comment")
        .values({
          id,
          campaign_id: input.campaignId,
          path,
          body,
          author_id: input.by.id,
          author_email: input.by.email,
          author_name: input.by.name,
          thread_id: input.threadId ?? null,
        })
        .execute();
    });
    await appendAudit(this.db, {
      action: "comment-added",
      actor: input.by,
      orgId: input.by.orgId,
      campaignId: input.campaignId,
      detail: { path: input.path, comment: id, ...(input.threadId ? { reply: input.threadId } : {}) },
    });
    return id;
  }

  /** Close a thread (its first comment's id). */
  async resolve(campaignId: string, threadId: string, by: Person): Promise<void> {
    const changed = await this.db
      .updateTable("comment")
      .set({ resolved_at: new Date(), resolved_by: by.email })
      .where("id", "=", threadId)
      .where("campaign_id", "=", campaignId)
      .where("thread_id", "is", null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0)
      throw new ReviewError("unknown-comment", "there is no such comment on this campaign");
    await appendAudit(this.db, {
      action: "comment-resolved",
      actor: by,
      orgId: by.orgId,
      campaignId,
      detail: { comment: threadId },
    });
  }

  /** Every thread of a campaign, oldest first. */
  async threads(campaignId: string): Promise<CommentThread[]> {
    const rows = await this.db
      .selectFrom("comment")
      .selectAll()
      .where("campaign_id", "=", campaignId)
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .execute();
    const threads = new Map<string, CommentThread>();
    for (const row of rows.filter((r) => r.thread_id === null)) {
      threads.set(row.id, {
        id: row.id,
        path: row.path,
        resolved: row.resolved_at
          ? { at: new Date(row.resolved_at).toISOString(), by: row.resolved_by ?? "" }
          : null,
        comments: [],
      });
    }
    for (const row of rows) {
      threads.get(row.thread_id ?? row.id)?.comments.push({
        id: row.id,
        body: row.body,
        author: { email: row.author_email, name: row.author_name },
        at: new Date(row.created_at).toISOString(),
      });
    }
    return [...threads.values()];
  }

  /**
   * Record a stage's decision on the content with `fingerprint`. Approving is refused while a thread is open
   * or when `lastEditor` (who made this content) is the one deciding. Comments and decisions on one campaign
   * take turns (a transaction-scoped advisory lock), so an approval either comes before a comment or sees it.
   */
  async decide(input: {
    campaignId: string;
    stageId: string;
    decision: "approved" | "changes-requested";
    fingerprint: string;
    by: Person;
    lastEditor?: string | null;
    note?: string;
  }): Promise<StageDecision> {
    if (input.decision === "approved" && input.lastEditor && input.lastEditor === input.by.id)
      throw new ReviewError(
        "own-work",
        "a stage is decided by someone other than the person whose edit it is",
      );
    const at = new Date();
    await this.db.transaction().execute(async (tx) => {
      await lockCampaign(tx, input.campaignId);
      const open = await tx
        .selectFrom("comment")
        .select("id")
        .where("campaign_id", "=", input.campaignId)
        .where("thread_id", "is", null)
        .where("resolved_at", "is", null)
        .execute();
      if (input.decision === "approved" && open.length > 0)
        throw new ReviewError(
          "open-comments",
          `${open.length} comment${open.length === 1 ? " is" : "s are"} still open: resolve ${open.length === 1 ? "it" : "them"} before approving`,
        );
      await tx
        .insertInto("stage_decision")
        .values({
          id: randomUUID(),
          campaign_id: input.campaignId,
          stage_id: input.stageId,
          decision: input.decision,
          fingerprint: input.fingerprint,
          by_id: input.by.id,
          by_email: input.by.email,
          by_name: input.by.name,
          note: input.note?.trim() || null,
          at,
        })
        .execute();
    });
    await appendAudit(this.db, {
      action: "stage-decided",
      actor: input.by,
      orgId: input.by.orgId,
      campaignId: input.campaignId,
      contentHash: input.fingerprint,
      detail: { stage: input.stageId, decision: input.decision },
    });
    return {
      stageId: input.stageId,
      decision: input.decision,
      by: { email: input.by.email, name: input.by.name },
      at: at.toISOString(),
      note: input.note?.trim() || null,
    };
  }

  /**
   * Who made the content with `fingerprint`: the person whose save last produced it, as the audit trail
   * records saves (`detail.fingerprint`); null when no recorded save did (a hand edit of the file).
   */
  async editorOf(campaignId: string, fingerprint: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("audit_event")
      .select("actor_id")
      .where("campaign_id", "=", campaignId)
      .where("action", "=", "campaign-saved")
      .where(sql<string>`detail->>'fingerprint'`, "=", fingerprint)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    return row?.actor_id ?? null;
  }

  /**
   * When the campaign was last submitted for review (the trail's latest change of status to in-review): a
   * review round starts there, so decisions made before a campaign was taken back and submitted again do
   * not count. Null when no submission is recorded.
   */
  async submittedAt(campaignId: string): Promise<Date | null> {
    const row = await this.db
      .selectFrom("audit_event")
      .select("at")
      .where("campaign_id", "=", campaignId)
      .where("action", "=", "campaign-status-changed")
      .where(sql<string>`detail->>'status'`, "=", "in-review")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? new Date(row.at) : null;
  }

  /**
   * The latest decision of each stage on the content with `fingerprint` (earlier content's do not count),
   * made at or after `since` (the round's submission) when given.
   */
  async decisions(
    campaignId: string,
    fingerprint: string,
    since?: Date | null,
  ): Promise<Map<string, StageDecision>> {
    let query = this.db
      .selectFrom("stage_decision")
      .selectAll()
      .where("campaign_id", "=", campaignId)
      .where("fingerprint", "=", fingerprint);
    if (since) query = query.where("at", ">=", since);
    const rows = await query.orderBy("at", "asc").orderBy("id", "asc").execute();
    const latest = new Map<string, StageDecision>();
    for (const row of rows)
      latest.set(row.stage_id, {
        stageId: row.stage_id,
        decision: row.decision as StageDecision["decision"],
        by: { email: row.by_email, name: row.by_name },
        at: new Date(row.at).toISOString(),
        note: row.note,
      });
    return latest;
  }
}

/** A stage as the content names it (`@chorus/content`'s `reviewStages`). */
export interface StageDefinition {
  id: string;
  title: string;
  role: Role;
}

export interface StageProgress extends StageDefinition {
  /** approved / changes requested on this content; `current` is the stage deciding now; `waiting` comes later. */
  state: "approved" | "changes-requested" | "current" | "waiting";
  decision: StageDecision | null;
}

/**
 * Where a review stands on one version of the content: stages run in order, so the first one not approved
 * is the current one (or the one that asked for changes) and those after it wait. Approved when every
 * stage is.
 */
export function reviewProgress(
  stages: readonly StageDefinition[],
  decisions: ReadonlyMap<string, StageDecision>,
): { stages: StageProgress[]; current: StageProgress | null; approved: boolean } {
  let blocked = false;
  const progress = stages.map((stage): StageProgress => {
    const decision = decisions.get(stage.id) ?? null;
    if (!blocked && decision?.decision === "approved") return { ...stage, state: "approved", decision };
    if (blocked) return { ...stage, state: "waiting", decision: null };
    blocked = true;
    return {
      ...stage,
      state: decision?.decision === "changes-requested" ? "changes-requested" : "current",
      decision,
    };
  });
  const current = progress.find((s) => s.state === "current" || s.state === "changes-requested") ?? null;
  return { stages: progress, current, approved: current === null && progress.length > 0 };
}

/** Comments and decisions on one campaign take turns, in every process using the database. */
async function lockCampaign(tx: Kysely<TeamDatabase>, campaignId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`review:${campaignId}`}))`.execute(tx);
}
