import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { appendAudit } from "./audit.js";
import { ROLES, type Role, type TeamDatabase } from "./schema.js";

/** A signed-in person as the faces see them: who, in which organization, holding which roles. */
export interface Person {
  id: string;
  email: string;
  name: string;
  orgId: string;
  roles: Role[];
}

/** Why a change to people was refused: each face words its own next step from `code`. */
export class PeopleError extends Error {
  override name = "PeopleError";
  constructor(
    readonly code:
      | "invalid-email"
      | "unknown-org"
      | "no-roles"
      | "unknown-role"
      | "other-org"
      | "unknown-person"
      | "last-admin",
    message: string,
  ) {
    super(message);
  }
}

export interface AddPerson {
  email: string;
  name?: string;
  orgId: string;
  roles: readonly string[];
  /** The admin who added them; absent when the first admin is added from the command line. */
  by?: Person | null;
}

/** A deliberately plain address check: one @, a dot in the domain, no spaces (the link proves the rest). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * People in their organizations. `organizations` are the ids a person may belong to (the brand kits in
 * `campaigns/_partners/`), passed in by the face that loaded the content: this package knows ids, not
 * content.
 */
export class People {
  constructor(
    private readonly db: Kysely<TeamDatabase>,
    /** The organization ids people may be added to; needed only by `add`. */
    private readonly organizations?: () => ReadonlySet<string>,
  ) {}

  /**
   * Add a person to an organization with roles, or add roles to someone already in it. Refuses an
   * address that belongs to another organization: a person is in exactly one.
   */
  async add(input: AddPerson): Promise<Person> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email))
      throw new PeopleError("invalid-email", `"${input.email}" is not an email address`);
    if (!this.organizations)
      throw new Error("People.add needs the list of organizations (new People(db, organizations))");
    if (!this.organizations().has(input.orgId))
      throw new PeopleError(
        "unknown-org",
        `there is no organization "${input.orgId}" (a brand kit in campaigns/_partners/)`,
      );
    const roles = checkRoles(input.roles);
    const person = await this.db.transaction().execute(async (tx) => {
      let user = await tx
        .selectFrom("user")
        .select(["id", "name"])
        .where("email", "=", email)
        .executeTakeFirst();
      if (!user) {
        user = { id: randomUUID(), name: input.name?.trim() || email.split("@")[0]! };
        await tx.insertInto("user").values({ id: user.id, name: user.name, email }).execute();
      }
      const member = await tx
        .selectFrom("member")
        .select("org_id")
        .where("user_id", "=", user.id)
        .executeTakeFirst();
      if (member && member.org_id !== input.orgId)
        throw new PeopleError(
          "other-org",
          `${email} already belongs to ${member.org_id}; a person is in one organization`,
        );
      if (!member)
        await tx
          .insertInto("member")
          .values({ user_id: user.id, org_id: input.orgId, added_by: input.by?.id ?? null })
          .execute();
      await tx
        .insertInto("member_role")
        .values(roles.map((role) => ({ user_id: user.id, role })))
        .onConflict((c) => c.columns(["user_id", "role"]).doNothing())
        .execute();
      return user;
    });
    const added = (await this.byId(person.id))!;
    await appendAudit(this.db, {
      action: "person-added",
      actor: input.by ? { id: input.by.id, email: input.by.email } : null,
      orgId: added.orgId,
      detail: { email: added.email, roles: added.roles },
    });
    return added;
  }

  /** Replace a person's roles. An organization keeps at least one admin. */
  async setRoles(personId: string, roles: readonly string[], by: Person): Promise<Person> {
    const next = checkRoles(roles);
    const before = await this.byId(personId);
    if (!before) throw new PeopleError("unknown-person", "there is no such person");
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom("member_role").where("user_id", "=", personId).execute();
      await tx
        .insertInto("member_role")
        .values(next.map((role) => ({ user_id: personId, role })))
        .execute();
      if (before.roles.includes("admin")) await this.keepAnAdmin(tx, before.orgId);
    });
    const after = (await this.byId(personId))!;
    await appendAudit(this.db, {
      action: "roles-changed",
      actor: { id: by.id, email: by.email },
      orgId: after.orgId,
      detail: { email: after.email, from: before.roles, to: after.roles },
    });
    return after;
  }

  /** Remove a person and end their sessions at once. */
  async remove(personId: string, by: Person): Promise<void> {
    const before = await this.byId(personId);
    if (!before) throw new PeopleError("unknown-person", "there is no such person");
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom("user").where("id", "=", personId).execute();
      if (before.roles.includes("admin")) await this.keepAnAdmin(tx, before.orgId);
    });
    await appendAudit(this.db, {
      action: "person-removed",
      actor: { id: by.id, email: by.email },
      orgId: before.orgId,
      detail: { email: before.email },
    });
  }

  async byId(id: string): Promise<Person | undefined> {
    return (await this.query("user.id", id))[0];
  }

  async byEmail(email: string): Promise<Person | undefined> {
    return (await this.query("user.email", email.trim().toLowerCase()))[0];
  }

  /** Everyone in one organization, by email. */
  async list(orgId: string): Promise<Person[]> {
    return this.query("member.org_id", orgId);
  }

  private async query(column: "user.id" | "user.email" | "member.org_id", value: string): Promise<Person[]> {
    const rows = await this.db
      .selectFrom("user")
      .innerJoin("member", "member.user_id", "user.id")
      .leftJoin("member_role", "member_role.user_id", "user.id")
      .select(["user.id", "user.email", "user.name", "member.org_id", "member_role.role"])
      .where(column, "=", value)
      .orderBy("user.email")
      .execute();
    const people = new Map<string, Person>();
    for (const row of rows) {
      const person = people.get(row.id) ?? {
        id: row.id,
        email: row.email,
        name: row.name,
        orgId: row.org_id,
        roles: [],
      };
      if (row.role) person.roles.push(row.role);
      people.set(row.id, person);
    }
    for (const person of people.values()) person.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    return [...people.values()];
  }

  /** Refuse (rolling back `tx`) a change that took away an organization's last admin. */
  private async keepAnAdmin(tx: Kysely<TeamDatabase>, orgId: string): Promise<void> {
    // Lock the organization's rows first: two admins demoting each other at once cannot both pass.
    await tx.selectFrom("member").select("user_id").where("org_id", "=", orgId).forUpdate().execute();
    const admins = await tx
      .selectFrom("member_role")
      .innerJoin("member", "member.user_id", "member_role.user_id")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("member.org_id", "=", orgId)
      .where("member_role.role", "=", "admin")
      .executeTakeFirstOrThrow();
    if (Number(admins.n) === 0)
      throw new PeopleError(
        "last-admin",
        `${orgId} would have no admin left: give someone else the admin role first`,
      );
  }
}

function checkRoles(roles: readonly string[]): Role[] {
  if (roles.length === 0)
    throw new PeopleError("no-roles", `a person needs at least one role: ${ROLES.join(", ")}`);
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0)
    throw new PeopleError(
      "unknown-role",
      `unknown role ${unknown.join(", ")}: the roles are ${ROLES.join(", ")}`,
    );
  return [...new Set(roles as Role[])];
}
