import { reviewStages } from "@chorus/content";
import {
  type Actor,
  access,
  type CommentThread,
  Review,
  ReviewError,
  readAudit,
  reviewProgress,
  type StageProgress,
} from "@chorus/team";
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { translationsBlockingApproval } from "../../shared/translation.js";
import { campaignParams, jsonBody, jsonLimit, params, problem, type RouteDeps, slugParam } from "../http.js";
import { type StageRecord, StoreError } from "../store.js";
import { permitted, refused } from "../team.js";

const STALE = "send the version of the campaign you reviewed";

/** A place in a campaign a comment is about: a field path such as `materials[0].blocks[2].text`. */
const fieldPath = z
  .string({ error: "say which field or block the comment is about" })
  .max(200, "that is not a field of a campaign")
  .regex(/^(?:[A-Za-z]+(?:\[\d{1,3}\])*(?:\.[A-Za-z]+(?:\[\d{1,3}\])*)*)?$/, {
    error: "that is not a field of a campaign",
  });

const newComment = z.object({
  path: fieldPath,
  body: z.string({ error: "write the comment first" }).max(5_000, "a comment is at most 5,000 characters"),
  /** Answer this thread (its first comment's id) instead of opening one. */
  threadId: z.string().uuid("there is no such comment on this campaign").optional(),
});

const stageDecision = z.object({
  version: z.string({ error: STALE }),
  /** The content's fingerprint as the reviewer read it (the review's `fingerprint`). */
  fingerprint: z.string().optional(),
  decision: z.enum(["approved", "changes-requested"], { error: "decide approved or changes-requested" }),
  note: z.string().max(2_000, "a note is at most 2,000 characters").optional(),
});

const threadParams = z.object({
  id: slugParam("campaign"),
  thread: z.string().uuid("there is no such comment on this campaign"),
});
const stageParams = z.object({ id: slugParam("campaign"), stage: slugParam("stage") });

/** What each refusal of the review record means for the person who asked. */
const REVIEW_STATUS = {
  "empty-comment": 422,
  "unknown-comment": 404,
  "open-comments": 422,
  "own-work": 403,
} as const;

/** A campaign's review as one person sees it (the answer of `GET /campaigns/:id/review`). */
export interface ReviewView {
  /** The file's version the review is of: a decision names it. */
  version: string;
  status: string | null;
  fingerprint: string | null;
  /** Errors (schema and language) that block approval. */
  errors: number;
  openThreads: number;
  /** This version is the signed-in person's own edit: they cannot approve it. */
  ownWork: boolean;
  approved: boolean;
  stages: (StageProgress & {
    /** The signed-in person holds this stage's role. */
    yours: boolean;
    mayDecide: boolean;
    why?: string;
  })[];
  threads: CommentThread[];
  mayComment: boolean;
  history: {
    seq: number;
    at: string;
    actorEmail: string | null;
    action: string;
    detail: Record<string, unknown>;
  }[];
}

/**
 * A campaign's review in team mode: its stages as the content names them, where they stand on the content
 * as it is now, the comment threads, and the routes that comment, resolve and decide a stage. The last
 * stage's approval approves the campaign (recording every stage's decider in the file); a request for
 * changes sends it back to draft. Only the collaborative takes part; local mode has no review record.
 */
export function reviewRoutes({ store, gate }: RouteDeps) {
  const teamOnly = (c: Context) =>
    problem(
      c,
      404,
      "comments and review stages are part of team mode (CHORUS_MODE=team): on your own, approve with Approve",
    );
  /** Team mode's review record, for a request its person may make. */
  const record = () => new Review(gate.team!.db.db);

  /** The review of the campaign as it is now (or at `version`), as the person asking sees it. */
  async function state(review: Review, actor: Actor, id: string, version?: string): Promise<ReviewView> {
    const current = await store.forReview(id, version);
    const stages = current.campaign ? reviewStages(current.campaign) : [];
    // This round's decisions on this content: an edit or a new submission starts the review again.
    const since = await review.submittedAt(id);
    const decisions = current.fingerprint
      ? await review.decisions(id, current.fingerprint, since)
      : new Map<string, never>();
    const progress = reviewProgress(stages, decisions);
    const threads = await review.threads(id);
    const editor = current.fingerprint ? await review.editorOf(id, current.fingerprint) : null;
    const openThreads = threads.filter((t) => !t.resolved).length;
    /** Why this person cannot decide this stage now, or nothing when they can. */
    const blocker = (stage: StageProgress): string | undefined => {
      const allowed = access.decideStage(actor, stage);
      if (!allowed.ok) return allowed.reason;
      if (current.status !== "in-review") return "the campaign is not in review: its author submits it first";
      if (stage.state === "waiting") return "the stages before it decide first";
      if (stage.state === "approved") return "this stage has approved this version";
      return undefined;
    };
    return {
      version: current.version,
      status: typeof current.status === "string" ? current.status : null,
      fingerprint: current.fingerprint ?? null,
      errors: current.errors.length,
      openThreads,
      ownWork: editor !== null && editor === actor.id,
      approved: progress.approved,
      stages: progress.stages.map((stage) => {
        const why = blocker(stage);
        return {
          ...stage,
          yours: access.decideStage(actor, stage).ok,
          mayDecide: why === undefined,
          ...(why ? { why } : {}),
        };
      }),
      threads,
      mayComment: access.comment(actor).ok,
      // The campaign's trail as the collaborative recorded it (partners' exports and sends are theirs).
      history: (await readAudit(gate.team!.db.db, { campaignId: id, orgId: actor.orgId, limit: 5000 }))
        .slice(-200)
        .reverse()
        .map(({ seq, at, actorEmail, action, detail }) => ({ seq, at, actorEmail, action, detail })),
    };
  }

  return new Hono()
    .get("/campaigns/:id/review", params(campaignParams), async (c) => {
      if (!gate.team) return teamOnly(c);
      const denied = refused(
        c,
        gate.allow(c, (a) => access.readReview(a)),
      );
      if (denied) return denied;
      return c.json(await state(record(), gate.actor(c)!, c.req.valid("param").id));
    })
    .post(
      "/campaigns/:id/review/comments",
      permitted(gate, (a) => access.comment(a)),
      jsonLimit,
      params(campaignParams),
      jsonBody(newComment),
      async (c) => {
        // Who may make this request at all was decided before the body was read (`permitted`).
        if (!gate.team) return teamOnly(c);
        const who = { review: record(), actor: gate.actor(c)! };
        const { id } = c.req.valid("param");
        await store.existingFile(id);
        const { path, body, threadId } = c.req.valid("json");
        try {
          const comment = await who.review.comment({
            campaignId: id,
            path,
            body,
            by: who.actor,
            ...(threadId ? { threadId } : {}),
          });
          return c.json({ id: comment, review: await state(who.review, who.actor, id) }, 201);
        } catch (error) {
          if (error instanceof ReviewError) return problem(c, REVIEW_STATUS[error.code], error.message);
          throw error;
        }
      },
    )
    .post("/campaigns/:id/review/comments/:thread/resolve", params(threadParams), async (c) => {
      if (!gate.team) return teamOnly(c);
      const denied = refused(
        c,
        gate.allow(c, (a) => access.comment(a)),
      );
      if (denied) return denied;
      const who = { review: record(), actor: gate.actor(c)! };
      const { id, thread } = c.req.valid("param");
      try {
        await who.review.resolve(id, thread, who.actor);
      } catch (error) {
        if (error instanceof ReviewError) return problem(c, REVIEW_STATUS[error.code], error.message);
        throw error;
      }
      return c.json({ review: await state(who.review, who.actor, id) });
    })
    .post(
      "/campaigns/:id/review/stages/:stage",
      permitted(gate, (a) => access.readReview(a)),
      jsonLimit,
      params(stageParams),
      jsonBody(stageDecision, (field) => (field === "version" ? 400 : 422)),
      async (c) => {
        // Who may make this request at all was decided before the body was read (`permitted`).
        if (!gate.team) return teamOnly(c);
        const review = record();
        const actor = gate.actor(c)!;
        const { id, stage: stageId } = c.req.valid("param");
        const { version, fingerprint, decision, note } = c.req.valid("json");
        const before = await state(review, actor, id);
        const stage = before.stages.find((s) => s.id === stageId);
        if (!stage) return problem(c, 404, `this campaign has no review stage "${stageId}"`);
        const allowed = refused(c, access.decideStage(actor, stage));
        if (allowed) return allowed;
        // Two people approving the same content at once: the second finds it done, which is what they asked.
        const sameContent = version === before.version || fingerprint === before.fingerprint;
        if (decision === "approved" && stage.state === "approved" && sameContent)
          return c.json({ decided: stage.decision, review: before });
        // The version the reviewer read: a campaign changed since is a conflict, not a decision on unseen text.
        if (version !== before.version)
          return problem(
            c,
            409,
            "This campaign was changed since you opened it: reload it and review the current version.",
          );
        if (!stage.mayDecide) return problem(c, 422, `${stage.title} cannot be decided now: ${stage.why}`);
        // A translation not reviewed or not up to date keeps every stage from approving (decision 44).
        const waiting =
          decision === "approved" && translationsBlockingApproval((await store.read(id)).diagnostics);
        if (waiting) return problem(c, 422, waiting.message, { translations: waiting.findings });
        if (decision === "approved" && before.errors > 0)
          return problem(
            c,
            422,
            `cannot approve: ${before.errors} error${before.errors === 1 ? "" : "s"} to fix first`,
          );
        if (before.fingerprint === null) return problem(c, 422, "the campaign has errors to fix first");
        let decided: Awaited<ReturnType<Review["decide"]>>;
        try {
          decided = await review.decide({
            campaignId: id,
            stageId,
            decision,
            fingerprint: before.fingerprint,
            by: actor,
            lastEditor: await review.editorOf(id, before.fingerprint),
            ...(note ? { note } : {}),
          });
        } catch (error) {
          if (error instanceof ReviewError) return problem(c, REVIEW_STATUS[error.code], error.message);
          throw error;
        }
        // The campaign's status follows its stages: all approved approves it; changes send it back to draft.
        const after = reviewProgress(
          before.stages,
          await review.decisions(id, before.fingerprint, await review.submittedAt(id)),
        );
        let status: "approved" | "draft" | undefined;
        if (decision === "changes-requested") status = "draft";
        else if (after.approved) status = "approved";
        if (status) {
          // Who decided each stage, for the approval in the file (every stage has, when it approves).
          const stages: StageRecord[] = after.stages.flatMap(({ id, title, decision }) =>
            decision ? [{ id, title, by: decision.by.name, at: decision.at.replace(/\.\d{3}Z$/, "Z") }] : [],
          );
          let changed: { version: string };
          try {
            changed = await store.setStatus(
              id,
              status,
              before.version,
              status === "approved" ? actor.name : undefined,
              status === "approved" ? stages : undefined,
            );
          } catch (error) {
            // Two last approvals at once: the other one approved the campaign, which is what this one asked.
            const now =
              error instanceof StoreError && error.status === 409 && (await state(review, actor, id));
            if (now && now.status === status && now.fingerprint === before.fingerprint)
              return c.json({ decided, review: now });
            throw error;
          }
          await gate.audit(c, {
            action: "campaign-status-changed",
            campaignId: id,
            contentHash: changed.version,
            detail: { status, stage: stageId },
          });
        }
        return c.json({ decided, review: await state(review, actor, id) });
      },
    );
}
