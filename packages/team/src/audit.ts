import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { TeamDatabase } from "./schema.js";

/** What the trail records: every sign-in, change to people, save, comment, decision, export and send. */
export const AUDIT_ACTIONS = [
  "sign-in-link-sent",
  "sign-in",
  "sign-out",
  "person-added",
  "roles-changed",
  "person-removed",
  "campaign-saved",
  "campaign-status-changed",
  "comment-added",
  "comment-resolved",
  "stage-decided",
  "kit-exported",
  "email-exported",
  "send-started",
  "send-finished",
  "send-scheduled",
  "schedule-cancelled",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  action: AuditAction;
  /** Who did it; absent for the system (a webhook) or a sign-in link asked for an unknown address. */
  actor?: { id: string; email: string } | null;
  /** The organization the event belongs to: who may read it. */
  orgId?: string | null;
  campaignId?: string | null;
  /** What was done, in plain data: ids, counts, a field path. Never a secret or a recipient list. */
  detail?: Record<string, unknown>;
  /** The content the event concerns (e.g. the campaign file's fingerprint after a save). */
  contentHash?: string | null;
  at?: Date;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  orgId: string | null;
  action: AuditAction;
  campaignId: string | null;
  detail: Record<string, unknown>;
  contentHash: string | null;
  prevHash: string;
  hash: string;
}

/** The `prev_hash` of the first event. */
export const GENESIS = "0".repeat(64);

/** A fixed key for the advisory lock that makes appends one at a time across every process. */
const APPEND_LOCK = 0x63686f72; // "chor"

/**
 * Append one event. Appends are serialized by a transaction-scoped advisory lock, so two requests (or two
 * builder processes on one PostgreSQL) never read the same last hash and fork the chain.
 */
export async function appendAudit(db: Kysely<TeamDatabase>, input: AuditInput): Promise<AuditEvent> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${APPEND_LOCK})`.execute(tx);
    const last = await tx
      .selectFrom("audit_event")
      .select(["seq", "hash"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const event: Omit<AuditEvent, "hash"> = {
      seq: last ? Number(last.seq) + 1 : 1,
      at: (input.at ?? new Date()).toISOString(),
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      orgId: input.orgId ?? null,
      action: input.action,
      campaignId: input.campaignId ?? null,
      detail: input.detail ?? {},
      contentHash: input.contentHash ?? null,
      prevHash: last?.hash ?? GENESIS,
    };
    const hash = hashEvent(event);
    await tx
      .insertInto("audit_event")
      .values({
        seq: event.seq,
        at: event.at,
        actor_id: event.actorId,
        actor_email: event.actorEmail,
        org_id: event.orgId,
        action: event.action,
        campaign_id: event.campaignId,
        detail: JSON.stringify(event.detail),
        content_hash: event.contentHash,
        prev_hash: event.prevHash,
        hash,
      })
      .execute();
    return { ...event, hash };
  });
}

export interface AuditQuery {
  campaignId?: string;
  /** Only events of this organization (a partner sees its own). */
  orgId?: string;
  /** Events after this sequence number (for paging forward). */
  afterSeq?: number;
  limit?: number;
}

/** Events in order, oldest first. */
export async function readAudit(db: Kysely<TeamDatabase>, query: AuditQuery = {}): Promise<AuditEvent[]> {
  let q = db.selectFrom("audit_event").selectAll().orderBy("seq", "asc");
  if (query.campaignId !== undefined) q = q.where("campaign_id", "=", query.campaignId);
  if (query.orgId !== undefined) q = q.where("org_id", "=", query.orgId);
  if (query.afterSeq !== undefined) q = q.where("seq", ">", String(query.afterSeq));
  const rows = await q.limit(Math.min(query.limit ?? 500, 5000)).execute();
  return rows.map(toEvent);
}

export type AuditVerification =
  | { ok: true; events: number; lastHash: string }
  | { ok: false; events: number; brokenAt: number; reason: string };

/**
 * Recompute the chain from the first event: each event's hash from its content, and each `prev_hash`
 * against the event before it. The first mismatch is where the trail was changed.
 */
export async function verifyAuditTrail(db: Kysely<TeamDatabase>): Promise<AuditVerification> {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_event")
      .selectAll()
      .where("seq", ">=", String(expectedSeq))
      .orderBy("seq", "asc")
      .limit(1000)
      .execute();
    if (rows.length === 0) return { ok: true, events: count, lastHash: prev };
    for (const row of rows) {
      const event = toEvent(row);
      if (event.seq !== expectedSeq)
        return { ok: false, events: count, brokenAt: expectedSeq, reason: `event ${expectedSeq} is missing` };
      if (event.prevHash !== prev)
        return {
          ok: false,
          events: count,
          brokenAt: event.seq,
          reason: "it does not follow the event before it",
        };
      if (hashEvent(event) !== event.hash)
        return {
          ok: false,
          events: count,
          brokenAt: event.seq,
          reason: "its content does not match its hash",
        };
      prev = event.hash;
      expectedSeq++;
      count++;
    }
  }
}

function toEvent(row: {
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  org_id: string | null;
  action: string;
  campaign_id: string | null;
  detail: Record<string, unknown>;
  content_hash: string | null;
  prev_hash: string;
  hash: string;
}): AuditEvent {
  return {
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorEmail: row.actor_email,
    orgId: row.org_id,
    action: row.action as AuditAction,
    campaignId: row.campaign_id,
    detail: row.detail,
    contentHash: row.content_hash,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** SHA-256 over the event's fields and the previous hash, in a canonical form the database round-trips. */
export function hashEvent(event: Omit<AuditEvent, "hash">): string {
  const fields = [
    event.seq,
    event.at,
    event.actorId,
    event.actorEmail,
    event.orgId,
    event.action,
    event.campaignId,
    canonical(event.detail),
    event.contentHash,
    event.prevHash,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** JSON with object keys sorted at every level: `jsonb` stores keys in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}
