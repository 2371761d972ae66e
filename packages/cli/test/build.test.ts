import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "@chorus/content/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, run } from "./helpers.js";

/** `partner/locale/material` for every email material of a campaign and every partner allowed to send it. */
async function expectedEmails(campaignId: string): Promise<string[]> {
  const { content } = await loadContent(path.join(REPO_ROOT, "campaigns"));
  const campaign = content.campaigns.find((c) => c.campaign.id === campaignId)!.campaign;
  const partners = content.partners
    .map(({ partner }) => partner.id)
    .filter((id) => campaign.partners.length === 0 || campaign.partners.includes(id));
  const emails = campaign.materials.filter((material) => material.kind === "email");
  return partners.flatMap((partner) => emails.map((m) => `${partner}/${m.locale}/${m.id}`)).sort();
}

const builtEmails = (manifest: { emails: Array<{ partner: string; locale: string; material: string }> }) =>
  manifest.emails.map((e) => `${e.partner}/${e.locale}/${e.material}`).sort();

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
    const expected = await expectedEmails("crisis-and-peer-support");
    expect(builtEmails(manifest)).toEqual(expected);
    // The seed is bilingual and co-branded: both locales and both partners are in that list.
    expect(new Set(expected.map((name) => name.split("/")[1]))).toEqual(new Set(["en", "es"]));
    expect(new Set(expected.map((name) => name.split("/")[0])).size).toBe(2);
    for (const entry of manifest.emails) {
      const dir = path.join(out, "crisis-and-peer-support");
      const base = `${entry.partner}/${entry.locale}/${entry.material}`;
      expect(entry.files).toEqual({ html: `${base}.html`, text: `${base}.txt`, eml: `${base}.eml` });
      for (const file of Object.values(entry.files) as string[])
        expect((await stat(path.join(dir, file))).size, file).toBeGreaterThan(0);
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
    expect(builtEmails(inReview)).toEqual(await expectedEmails("help-seeking-without-fear"));
    for (const entry of inReview.emails) {
      expect(entry.subject).toMatch(/^\[PROOF\] /);
      const html = await readFile(path.join(out, "help-seeking-without-fear", entry.files.html), "utf8");
      expect(html).toMatch(/Proof for review/);
    }
    const approved = JSON.parse(
      await readFile(path.join(out, "crisis-and-peer-support", "manifest.json"), "utf8"),
    );
    expect(approved.status).toBe("approved");
    expect(builtEmails(approved)).toEqual(await expectedEmails("crisis-and-peer-support"));
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
