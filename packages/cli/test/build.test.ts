import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "@chorus/content/node";
import type { KitManifest } from "@chorus/kit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
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

/** The manifest of every partner kit written for a campaign, by partner. */
async function kits(campaignId: string): Promise<Map<string, KitManifest>> {
  const dir = path.join(out, campaignId);
  const manifests = new Map<string, KitManifest>();
  for (const partner of (await readdir(dir)).sort())
    manifests.set(partner, JSON.parse(await readFile(path.join(dir, partner, "manifest.json"), "utf8")));
  return manifests;
}

const builtEmails = (manifests: Map<string, KitManifest>) =>
  [...manifests]
    .flatMap(([partner, m]) => m.emails.map((e) => `${partner}/${e.locale}/${e.material}`))
    .sort();

/** Every file under `dir`, relative, with its bytes as hex. */
async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file).split(path.sep).join("/")] = (await readFile(file)).toString("hex");
  }
  return files;
}

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), "chorus-build-"));
});
afterEach(() => rm(out, { recursive: true, force: true }));

/**
 * The parts made of words, which build in an instant: the tests of emails, posts, proofs and folders use
 * them; the images and PDFs have a test of their own (and @chorus/kit's artwork tests).
 */
const WORDS = ["--only", "emails,social,guides,logos"];

describe("chorus build", () => {
  // A fresh process that renders every email of a bilingual campaign for each partner: seconds alone, over 30 s
  // once in CI beside the browser walks.
  it("writes each partner's kit: per locale every email as html, text and eml, with a manifest of hashes", {
    timeout: 180_000,
  }, async () => {
    const result = await run(["build", "crisis-and-peer-support", "--out", out, ...WORDS], REPO_ROOT);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✔ crisis-and-peer-support: kits for collaborative, example-health \(4 emails, 0 social posts each; approved; only emails, social, guides, logos\)\n\d+ files written under /,
    );
    const manifests = await kits("crisis-and-peer-support");
    const expected = await expectedEmails("crisis-and-peer-support");
    expect(builtEmails(manifests)).toEqual(expected);
    // The seed is bilingual and co-branded: both locales and both partners are in that list.
    expect(new Set(expected.map((name) => name.split("/")[1]))).toEqual(new Set(["en", "es"]));
    expect(manifests.size).toBe(2);
    for (const [partner, manifest] of manifests) {
      const dir = path.join(out, "crisis-and-peer-support", partner);
      expect(manifest).toMatchObject({
        format: "chorus-kit/1",
        campaign: { id: "crisis-and-peer-support", status: "approved" },
        partner: { id: partner },
        parts: ["emails", "social", "guides", "logos"],
        locales: ["en", "es"],
      });
      // Every file is listed with its hash and size, and nothing else is in the folder.
      const files = await tree(dir);
      expect(Object.keys(files).sort()).toEqual(
        [...manifest.files.map((f) => f.path), "manifest.json"].sort(),
      );
      for (const file of manifest.files) {
        const bytes = Buffer.from(files[file.path]!, "hex");
        expect(file.sha256, file.path).toBe(createHash("sha256").update(bytes).digest("hex"));
        expect(file.bytes, file.path).toBe(bytes.byteLength);
      }
      for (const email of manifest.emails) {
        const base = `${email.locale}/emails/${email.material}`;
        expect(email.files).toEqual({ html: `${base}.html`, text: `${base}.txt`, eml: `${base}.eml` });
        const eml = await readFile(path.join(dir, email.files.eml), "utf8");
        expect(eml).toMatch(/^From: /);
        expect(eml).toMatch(/\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n/);
        expect(eml).toMatch(/Content-Type: multipart\/alternative;/);
      }
    }
  });

  it("writes each social post as its text with the sources of its figures", async () => {
    await run(
      ["build", "burnout-is-a-system-problem", "--partner", "collaborative", "--out", out, ...WORDS],
      REPO_ROOT,
    );
    const [manifest] = (await kits("burnout-is-a-system-problem")).values();
    expect(manifest!.socialPosts.map((post) => post.files.text)).toEqual([
      "en/social/linkedin/linkedin-clinicians.txt",
    ]);
    const post = await readFile(
      path.join(
        out,
        "burnout-is-a-system-problem",
        "collaborative",
        "en/social/linkedin/linkedin-clinicians.txt",
      ),
      "utf8",
    );
    expect(post).toMatch(/^LinkedIn post \(\d+ of 3,000 characters\)/);
    expect(post).toMatch(
      /Sources of the figures in this post:\n43\.2%: .* Source: American Medical Association \(AMA News Wire\), 2025\./,
    );
  });

  it("builds a campaign that is not approved as proofs, and an approved one as the real email", async () => {
    const inReview = await run(["build", "help-seeking-without-fear", "--out", out, ...WORDS], REPO_ROOT);
    expect(inReview.stdout).toMatch(/\(3 emails, 1 social post each; in-review, so proofs; only /);
    await run(["build", "crisis-and-peer-support", "--out", out, ...WORDS], REPO_ROOT);
    const proofs = await kits("help-seeking-without-fear");
    expect(builtEmails(proofs)).toEqual(await expectedEmails("help-seeking-without-fear"));
    for (const [partner, manifest] of proofs) {
      expect(manifest.proof).toBe(true);
      expect(manifest.campaign.status).toBe("in-review");
      for (const email of manifest.emails) {
        expect(email.subject).toMatch(/^\[PROOF\] /);
        const html = await readFile(
          path.join(out, "help-seeking-without-fear", partner, email.files.html),
          "utf8",
        );
        expect(html).toMatch(/Proof for review/);
      }
    }
    for (const manifest of (await kits("crisis-and-peer-support")).values()) {
      expect(manifest.proof).toBe(false);
      for (const email of manifest.emails) expect(email.subject).not.toMatch(/PROOF/);
    }
  });

  it("writes the cards, print PDFs, banners and logos beside the emails", { timeout: 180_000 }, async () => {
    const result = await run(
      ["build", "crisis-and-peer-support", "--partner", "example-health", "--out", out],
      REPO_ROOT,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✔ crisis-and-peer-support: kits for example-health \(4 emails, 0 social posts, \d+ cards, 14 PDFs, 2 banners each; approved\)\n/,
    );
    const files = Object.keys(await tree(path.join(out, "crisis-and-peer-support", "example-health")));
    for (const file of [
      "en/social/cards/story/resource-988.png",
      "es/social/cards/square/resource-988.alt.txt",
      "en/print/poster-tabloid.pdf",
      "es/print/fact-sheet-a4.pdf",
      "es/banners/banner-support-es.html",
      "es/banners/banner-support-es.png",
      "es/talking-points.txt",
      "en/citations.txt",
      "logos/example-health.svg",
    ])
      expect(files, file).toContain(file);
  });

  it("builds the same bytes again for the same --date, PDFs and images too, replacing the earlier kits whole", {
    timeout: 180_000,
  }, async () => {
    // Every kind of file but the cards (56 more images of the same drawing, tested in @chorus/kit).
    const build = [
      "build",
      "burnout-is-a-system-problem",
      "--partner",
      "collaborative",
      "--only",
      "emails,social,print,banners,guides,logos",
      "--out",
      out,
      "--date",
      "2026-11-23T10:00:00Z",
    ];
    expect((await run(build, REPO_ROOT)).code).toBe(0);
    const first = await tree(out);
    const names = Object.keys(first);
    expect(names.filter((name) => name.endsWith(".pdf")).length).toBeGreaterThanOrEqual(7);
    expect(names.filter((name) => name.endsWith(".png")).length).toBeGreaterThanOrEqual(1);
    for (const manifest of (await kits("burnout-is-a-system-problem")).values())
      expect(manifest.generatedAt).toBe("2026-11-23T10:00:00.000Z");
    expect((await run(build, REPO_ROOT)).code).toBe(0);
    expect(await tree(out)).toEqual(first);
  });

  it("leaves a kit's folder that holds other files as it is, says so, and writes the other kits", async () => {
    await run(["build", "burnout-is-a-system-problem", "--out", out, ...WORDS], REPO_ROOT);
    const notes = path.join(out, "burnout-is-a-system-problem", "example-health", "notes.txt");
    await writeFile(notes, "our plan");
    const again = await run(["build", "burnout-is-a-system-problem", "--out", out, ...WORDS], REPO_ROOT);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `✖ burnout-is-a-system-problem: ${path.dirname(notes)} holds files that are not part of the kit written there before (notes.txt), so the kit was not written: move them away or write the kit elsewhere\n`,
    );
    expect(again.stdout).toMatch(/^✔ burnout-is-a-system-problem: kits for collaborative \(/);
    expect(await readFile(notes, "utf8")).toBe("our plan");
  });

  it("writes no kit for a campaign with nothing in the parts asked for, and says why", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "chorus-build-empty-"));
    try {
      await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
      const file = path.join(work, "campaigns", "crisis-and-peer-support", "campaign.yaml");
      const campaign = parse(await readFile(file, "utf8"));
      campaign.materials = campaign.materials.filter((m: { kind: string }) => m.kind === "web-banner");
      delete campaign.approval;
      campaign.status = "draft";
      await writeFile(file, stringify(campaign));
      const result = await run(
        ["build", "crisis-and-peer-support", "--out", out, "--only", "emails,social"],
        work,
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        "– crisis-and-peer-support: no kit, this campaign has nothing a kit carries yet: a kit holds emails, social posts and cards, banners and printed materials made from its key messages, facts and calls to action, and it has only web-banner materials and none of those\n0 files written under " +
          `${path.relative(work, out)}\n`,
      );
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it("refuses a kit whose words do not fit a card, naming the card and size, and exits 1", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "chorus-build-long-"));
    try {
      await cp(path.join(REPO_ROOT, "campaigns"), path.join(work, "campaigns"), { recursive: true });
      const file = path.join(work, "campaigns", "burnout-is-a-system-problem", "campaign.yaml");
      const campaign = parse(await readFile(file, "utf8"));
      campaign.keyMessages.unshift({
        id: "too-long",
        text: "Clinicians deserve support. ".repeat(40).trim(),
      });
      campaign.partners = ["collaborative"];
      delete campaign.approval;
      campaign.status = "draft";
      await writeFile(file, stringify(campaign));
      const result = await run(
        ["build", "burnout-is-a-system-problem", "--out", out, "--only", "cards"],
        work,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^✖ burnout-is-a-system-problem for collaborative: campaign burnout-is-a-system-problem, card message-too-long \(en\) for collaborative: the text does not fit the \d+×\d+ \w+ card even at 28 px: shorten it by about \d+ characters\n$/,
      );
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it("names an unknown part for --only as a usage error", async () => {
    const bad = await run(["build", "--only", "emails,posters", "--out", out], REPO_ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--only takes kit parts separated by commas \(emails, social, cards, print, banners, guides, logos\); not a part: posters/,
    );
  });

  it("names an unknown campaign or partner, or a date it cannot read, as a usage error", async () => {
    expect((await run(["build", "nope", "--out", out], REPO_ROOT)).stderr).toMatch(/no campaign "nope"/);
    const partner = await run(["build", "--partner", "nobody", "--out", out], REPO_ROOT);
    expect(partner.code).toBe(2);
    expect(partner.stderr).toMatch(/no partner "nobody"/);
    for (const date of ["yesterday", "2026-11-23T10:00", "2026-13-45"]) {
      const bad = await run(["build", "--date", date, "--out", out], REPO_ROOT);
      expect(bad.code, date).toBe(2);
      expect(bad.stderr).toMatch(
        /^chorus build: --date must be a date, or a date and time with its zone, such as 2026-11-23T10:00:00Z\n/,
      );
    }
    expect(await readdir(out)).toEqual([]);
  });
});
