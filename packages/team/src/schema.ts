import type { ColumnType, Generated } from "kysely";

/** The roles a person can hold in their organization. */
export const ROLES = ["admin", "author", "reviewer", "approver", "sender"] as const;
export type Role = (typeof ROLES)[number];

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The tables, as Kysely sees them (the migrations in `migrations/` create them). */
export interface TeamDatabase {
  user: {
    id: string;
    name: string;
    email: string;
    emailVerified: ColumnType<boolean, boolean | undefined, boolean>;
    image: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  session: {
    id: string;
    expiresAt: Timestamp;
    token: string;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    ipAddress: string | null;
    userAgent: string | null;
    userId: string;
  };
  member: {
    user_id: string;
    org_id: string;
    added_at: Timestamp;
    added_by: string | null;
  };
  member_role: {
    user_id: string;
    role: Role;
  };
  audit_event: {
    seq: ColumnType<string, number | bigint | string, never>;
    at: Timestamp;
    actor_id: string | null;
    actor_email: string | null;
    org_id: string | null;
    action: string;
    campaign_id: string | null;
    detail: ColumnType<Record<string, unknown>, string, never>;
    content_hash: string | null;
    prev_hash: string;
    hash: string;
  };
  comment: {
    id: string;
    campaign_id: string;
    path: string;
    body: string;
    author_id: string | null;
    author_email: string;
    author_name: string;
    created_at: Timestamp;
    thread_id: string | null;
    resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    resolved_by: string | null;
  };
  stage_decision: {
    id: string;
    campaign_id: string;
    stage_id: string;
    decision: string;
    fingerprint: string;
    by_id: string | null;
    by_email: string;
    by_name: string;
    note: string | null;
    at: Timestamp;
  };
  kysely_migration: { name: string; timestamp: string };
  verification: {
    id: string;
    identifier: string;
    value: string;
    expiresAt: Timestamp;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  rateLimit: {
    id: string;
    key: string;
    count: number;
    lastRequest: ColumnType<string, number | bigint, number | bigint>;
  };
  account: { id: Generated<string> };
}
