import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), "chorus-build-"));
});
afterEach(() => rm(out, { recursive: true, force: true }));

describe("chorus build", () => {
  it("writes html, text and eml for every email, partner and locale, with a manifest", async () => {
    const result = await run(["build", "crisis-and-peer-support", "--out", out], REPO_ROOT);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const manifest = JSON.parse(
      await readFile(path.join(out, "crisis-and-peer-support", "manifest.json"), "utf8"),
    );
    expect(manifest.campaign).toBe("crisis-and-peer-support");
    const locales = new Set(manifest.emails.map((e: { locale: string }) => e.locale));
    const partners = new Set(manifest.emails.map((e: { partner: string }) => e.partner));
    expect([...locales].sort()).toEqual(["en", "es"]);
    expect(partners.size).toBeGreaterThanOrEqual(2);
    for (const entry of manifest.emails) {
      const dir = path.join(out, "crisis-and-peer-support");
      expect(entry.files.html).toBe(`${entry.partner}/${entry.locale}/${entry.material}.html`);
      for (const file of Object.values(entry.files) as string[])
        expect((await stat(path.join(dir, file))).size).toBeGreaterThan(0);
      const eml = await readFile(path.join(dir, entry.files.eml), "utf8");
      expect(eml).toMatch(/^From: /);
      expect(eml).toMatch(/\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n/);
      expect(eml).toMatch(/Content-Type: multipart\/alternative;/);
    }
  });

  it("builds a campaign that is not approved as proofs, and an approved one as the real email", async () => {
    await run(["build", "help-seeking-without-fear", "--out", out], REPO_ROOT);
    await run(["build", "crisis-and-peer-support", "--out", out], REPO_ROOT);
    const inReview = JSON.parse(
      await readFile(path.join(out, "help-seeking-without-fear", "manifest.json"), "utf8"),
    );
    expect(inReview.status).toBe("in-review");
    expect(inReview.emails.length).toBeGreaterThan(0);
    for (const entry of inReview.emails) {
      expect(entry.subject).toMatch(/^\[PROOF\] /);
      const html = await readFile(path.join(out, "help-seeking-without-fear", entry.files.html), "utf8");
      expect(html).toMatch(/Proof for review/);
    }
    const approved = JSON.parse(
      await readFile(path.join(out, "crisis-and-peer-support", "manifest.json"), "utf8"),
    );
    expect(approved.status).toBe("approved");
    for (const entry of approved.emails) expect(entry.subject).not.toMatch(/PROOF/);
  });

  it("builds the same bytes twice (fixed dates and ids)", async () => {
    await run(["build", "burnout-is-a-system-problem", "--out", out], REPO_ROOT);
    const first = await readFile(path.join(out, "burnout-is-a-system-problem", "manifest.json"), "utf8");
    await run(["build", "burnout-is-a-system-problem", "--out", out], REPO_ROOT);
    expect(await readFile(path.join(out, "burnout-is-a-system-problem", "manifest.json"), "utf8")).toBe(
      first,
    );
  });

  it("names an unknown campaign or partner as a usage error", async () => {
    expect((await run(["build", "nope", "--out", out], REPO_ROOT)).stderr).toMatch(/no campaign "nope"/);
    const partner = await run(["build", "--partner", "nobody", "--out", out], REPO_ROOT);
    expect(partner.code).toBe(2);
    expect(partner.stderr).toMatch(/no partner "nobody"/);
  });
});
