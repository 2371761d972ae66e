import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FileLock } from "@chorus/content/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "chorus-users-"));
  await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
  delete process.env.DATABASE_URL;
});
afterEach(() => rm(work, { recursive: true, force: true }));

// Each command opens the embedded database: PGlite takes seconds to start, more on a busy machine.
describe("chorus users", { timeout: 120_000 }, () => {
  it("adds the first admin to the embedded team database and lists people", async () => {
    const added = await run(
      [
        "users",
        "add",
        "Dana@Example.org",
        "--org",
        "collaborative",
        "--role",
        "admin,approver",
        "--name",
        "Dana Okafor",
      ],
      work,
    );
    expect(added).toEqual({
      code: 0,
      stdout: "✔ dana@example.org is in collaborative as admin, approver\n",
      stderr: "",
    });
    await run(["users", "add", "ben@example.org", "--org", "example-health", "--role", "sender"], work);
    const listed = await run(["users", "list", "--format", "json"], work);
    expect(
      JSON.parse(listed.stdout).map((p: { email: string; orgId: string; roles: string[]; name: string }) => [
        p.email,
        p.orgId,
        p.roles,
        p.name,
      ]),
    ).toEqual([
      ["dana@example.org", "collaborative", ["admin", "approver"], "Dana Okafor"],
      ["ben@example.org", "example-health", ["sender"], "ben"],
    ]);
    expect((await run(["users", "list", "--org", "example-health"], work)).stdout).toBe(
      "ben@example.org  example-health  sender\n",
    );
  });

  it("refuses a second organization for one person, an unknown role and an unknown organization", async () => {
    await run(["users", "add", "ben@example.org", "--org", "example-health", "--role", "sender"], work);
    const other = await run(
      ["users", "add", "ben@example.org", "--org", "collaborative", "--role", "author"],
      work,
    );
    expect(other).toMatchObject({
      code: 1,
      stderr: "✖ ben@example.org already belongs to example-health; a person is in one organization\n",
    });
    const role = await run(
      ["users", "add", "cy@example.org", "--org", "collaborative", "--role", "owner"],
      work,
    );
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(
      /unknown role owner: the roles are admin, author, reviewer, approver, sender/,
    );
    const org = await run(["users", "add", "cy@example.org", "--org", "nowhere", "--role", "author"], work);
    expect(org.code).toBe(2);
    expect(org.stderr).toMatch(
      /no organization "nowhere": the organizations are collaborative, example-health/,
    );
    expect((await run(["users", "add", "cy@example.org", "--org", "collaborative"], work)).code).toBe(2);
  });

  it("refuses, without touching it, an embedded database another process holds (the builder)", async () => {
    // This test process plays the running builder: it holds the database's lock.
    await mkdir(path.join(work, ".chorus"), { recursive: true });
    const lock = await FileLock.acquire(path.join(work, ".chorus", "team-db.lock"));
    try {
      const refused = await run(
        ["users", "add", "dana@example.org", "--org", "collaborative", "--role", "admin"],
        work,
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/is open in another process \(pid \d+\)[\s\S]*Next: stop the builder/);
    } finally {
      await lock.release();
    }
    expect(
      (await run(["users", "add", "dana@example.org", "--org", "collaborative", "--role", "admin"], work))
        .code,
    ).toBe(0);
  });
});
