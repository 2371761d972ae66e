import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentSet } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import { EmailRenderError } from "@chorus/emails";
import { PdfPrinter } from "@chorus/print";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  buildKit,
  buildKitInWorker,
  campaignCards,
  campaignPrints,
  EmptyKitError,
  KIT_FORMAT,
  KIT_PARTS,
  type KitPart,
  zipKit,
} from "../src/node.js";

const CAMPAIGNS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../campaigns");
// Only the campaigns shipped with Chorus: one a communicator is writing in campaigns/ may not load yet.
const SEEDS = [
  "burnout-is-a-system-problem",
  "crisis-and-peer-support",
  "help-seeking-without-fear",
  "what-leaders-can-do-this-quarter",
];
const NOW = new Date("2026-11-23T10:00:00Z");
const BASE_DIR = path.dirname(CAMPAIGNS);
/**
 * The parts made of words, which build in a fraction of a second: the tests of what a kit says and where it
 * puts it use these; the images and PDFs have tests of their own (artwork.test.ts), and one full kit is
 * compared between threads below.
 */
const WORDS: KitPart[] = ["emails", "social", "guides", "logos"];

let content: ContentSet;
let printer: PdfPrinter;
beforeAll(async () => {
  const result = await loadContent(CAMPAIGNS, { now: NOW });
  content = result.content;
  printer = await PdfPrinter.launch();
});
afterAll(() => printer?.close());

function onThisThread(campaignId: string, partnerId: string, parts: readonly KitPart[] = WORDS) {
  const loaded = content.campaigns.find((c) => c.campaign.id === campaignId);
  if (!loaded) throw new Error(`seed campaign ${campaignId} did not load`);
  return buildKit(content, loaded, partnerId, { now: NOW, baseDir: BASE_DIR, printer, parts });
}

describe("buildKit", () => {
  /** A seed campaign keeping only its materials of these kinds. */
  function keeping(campaignId: string, kinds: string[]) {
    const loaded = content.campaigns.find((c) => c.campaign.id === campaignId)!;
    const materials = loaded.campaign.materials.filter((m) => kinds.includes(m.kind));
    expect(materials.length).toBeGreaterThan(0);
    return { ...loaded, campaign: { ...loaded.campaign, materials } };
  }

  it("refuses a kit with nothing in the parts asked for (no email, no social post), naming what it has", async () => {
    const banners = keeping("crisis-and-peer-support", ["web-banner"]);
    const built = buildKit(content, banners, "collaborative", {
      now: NOW,
      baseDir: BASE_DIR,
      parts: ["emails", "social"],
    });
    await expect(built).rejects.toBeInstanceOf(EmptyKitError);
    await expect(built).rejects.toThrow(
      "this campaign has nothing a kit carries yet: a kit holds emails, social posts and cards, banners and printed materials made from its key messages, facts and calls to action, and it has only web-banner materials and none of those",
    );
  });

  it("refuses an unknown part, naming the parts there are", async () => {
    const loaded = content.campaigns.find((c) => c.campaign.id === "burnout-is-a-system-problem")!;
    await expect(
      buildKit(content, loaded, "collaborative", {
        now: NOW,
        baseDir: BASE_DIR,
        parts: ["emails", "posters" as KitPart],
      }),
    ).rejects.toThrow(`no kit part posters: the parts are ${KIT_PARTS.join(", ")}`);
  });

  it("builds a kit of social posts alone, and says it is partial", async () => {
    const social = keeping("help-seeking-without-fear", ["social-post"]);
    const kit = await buildKit(content, social, "collaborative", {
      now: NOW,
      baseDir: BASE_DIR,
      parts: ["social"],
    });
    expect(kit.manifest.parts).toEqual(["social"]);
    expect(kit.manifest.emails).toEqual([]);
    expect(kit.manifest.socialPosts.length).toBeGreaterThan(0);
    expect([...kit.files.keys()].every((f) => f === "manifest.json" || f.includes("/social/"))).toBe(true);
  });
});

describe("what a kit shows", () => {
  it("never carries a campaign's internal summary, in any email, post, card, printed page or guide of any seed kit", async () => {
    const decoder = new TextDecoder();
    for (const campaignId of SEEDS) {
      const { campaign } = content.campaigns.find((c) => c.campaign.id === campaignId)!;
      const sentences = campaign.summary.split(/(?<=[.!?])\s+/);
      for (const { partner } of content.partners) {
        const kit = await onThisThread(campaignId, partner.id);
        expect(kit.files.size).toBeGreaterThan(1);
        // What the cards and printed pages say, before they are drawn (their images have no text to search).
        const drawn = campaign.locales.map((locale) =>
          JSON.stringify([
            campaignCards(campaign, content.library, locale),
            campaignPrints(campaign, content.library, locale, partner),
          ]),
        );
        for (const sentence of sentences)
          for (const words of drawn) expect(words, `${campaignId} cards and prints`).not.toContain(sentence);
        for (const [file, bytes] of kit.files) {
          // .eml bodies are quoted-printable; their .html and .txt twins are checked as written.
          if (/\.(eml|png|svg|pdf)$/.test(file)) continue;
          const text = decoder.decode(bytes);
          for (const sentence of sentences) {
            expect(text, `${campaignId}/${partner.id}/${file}`).not.toContain(sentence);
          }
        }
      }
    }
  });
});

describe("buildKitInWorker", () => {
  // Each worker loads and checks the whole content folder itself: one partner per seed campaign, taking turns,
  // covers every campaign and every partner without a dozen threads on a two-core machine.
  it("builds every seed campaign's kit, each partner in turn, byte for byte as buildKit does on this thread", {
    timeout: 180_000,
  }, async () => {
    const partners = content.partners.map(({ partner }) => partner.id);
    const pairs = SEEDS.map((campaignId, i) => ({ campaignId, partnerId: partners[i % partners.length]! }));
    expect(new Set(pairs.map((pair) => pair.partnerId)).size).toBe(partners.length);
    const kits = await Promise.all(
      pairs.map(async ({ campaignId, partnerId }) => ({
        here: await onThisThread(campaignId, partnerId),
        inWorker: await buildKitInWorker({
          contentDir: CAMPAIGNS,
          campaignId,
          partnerId,
          now: NOW,
          parts: WORDS,
        }),
      })),
    );
    for (const { here, inWorker } of kits) {
      expect(inWorker.manifest).toEqual(here.manifest);
      expect(inWorker.zip).toEqual(zipKit(here));
    }
  });

  it("keeps the kit's layout: per locale its emails, social posts and guides, the logos, a manifest with every file's hash", async () => {
    const { zip, manifest } = await buildKitInWorker({
      contentDir: CAMPAIGNS,
      campaignId: "burnout-is-a-system-problem",
      partnerId: "example-health",
      now: NOW,
      parts: WORDS,
    });
    const folder = "burnout-is-a-system-problem-example-health";
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(
      [
        "en/emails/newsletter-clinicians.html",
        "en/emails/newsletter-clinicians.txt",
        "en/emails/newsletter-clinicians.eml",
        "en/emails/awareness-public.html",
        "en/emails/awareness-public.txt",
        "en/emails/awareness-public.eml",
        "en/social/linkedin/linkedin-clinicians.txt",
        "en/talking-points.txt",
        "en/citations.txt",
        "logos/example-health.svg",
        "logos/collaborative.svg",
        "manifest.json",
      ].map((file) => `${folder}/${file}`),
    );
    expect(JSON.parse(strFromU8(files[`${folder}/manifest.json`]!))).toEqual(manifest);
    expect(manifest).toMatchObject({
      format: KIT_FORMAT,
      campaign: { id: "burnout-is-a-system-problem", status: "approved" },
      partner: { id: "example-health" },
      proof: false,
      generatedAt: "2026-11-23T10:00:00.000Z",
      locales: ["en"],
    });
    // Every file but the manifest is listed once, with its own bytes' hash and size.
    expect(manifest.files.map((file) => `${folder}/${file.path}`)).toEqual(Object.keys(files).slice(0, -1));
    for (const file of manifest.files) {
      const bytes = files[`${folder}/${file.path}`]!;
      expect(file.sha256, file.path).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(file.bytes, file.path).toBe(bytes.byteLength);
    }
    expect(manifest.files[2]).toMatchObject({
      path: "en/emails/newsletter-clinicians.eml",
      kind: "email-eml",
      locale: "en",
      material: "newsletter-clinicians",
      mediaType: "message/rfc822",
    });
    expect(manifest.emails.map((email) => email.files)).toEqual(
      ["newsletter-clinicians", "awareness-public"].map((id) => ({
        html: `en/emails/${id}.html`,
        text: `en/emails/${id}.txt`,
        eml: `en/emails/${id}.eml`,
      })),
    );
    expect(manifest.socialPosts).toEqual([
      {
        material: "linkedin-clinicians",
        locale: "en",
        platform: "linkedin",
        length: expect.any(Number),
        limit: 3000,
        // It has a photo of its own: the kit names it with its alt text and draws it no card.
        alt: expect.stringMatching(/\w/),
        files: { text: "en/social/linkedin/linkedin-clinicians.txt" },
      },
    ]);
    const post = strFromU8(files[`${folder}/en/social/linkedin/linkedin-clinicians.txt`]!);
    expect(post).toContain(`Image: https://`);
    expect(post).toContain(
      `Image description (alt text): paste it in the platform's alt text field:\n${manifest.socialPosts[0]!.alt}\n`,
    );
    expect(manifest.guides).toEqual([
      { locale: "en", files: { talkingPoints: "en/talking-points.txt", citations: "en/citations.txt" } },
    ]);
    expect(manifest.logos).toEqual([
      { organization: "example-health", file: "logos/example-health.svg" },
      { organization: "collaborative", file: "logos/collaborative.svg" },
    ]);
    const eml = strFromU8(files[`${folder}/en/emails/newsletter-clinicians.eml`]!);
    expect(eml).toMatch(/^Date: Mon, 23 Nov 2026 10:00:00 \+0000\r$/m);
  });

  it("puts each locale's materials in a folder of its own", async () => {
    const kit = await onThisThread("crisis-and-peer-support", "collaborative");
    expect(kit.manifest.locales).toEqual(["en", "es"]);
    expect(kit.manifest.emails.map((email) => `${email.locale} ${email.files.html}`)).toEqual([
      "en en/emails/newsletter-clinicians.html",
      "es es/emails/newsletter-clinicians-es.html",
      "en en/emails/awareness-trainees.html",
      "es es/emails/awareness-trainees-es.html",
    ]);
    const spanish = kit.manifest.files.filter((file) => file.locale === "es");
    // Two emails of three files, and the talking points and citations.
    expect(spanish.length).toBe(8);
    for (const file of spanish) expect(file.path).toMatch(/^es\//);
  });

  it("builds a campaign that is not approved as proofs", async () => {
    const kit = await onThisThread("what-leaders-can-do-this-quarter", "collaborative");
    expect(kit.manifest.proof).toBe(true);
    expect(kit.manifest.campaign.status).toBe("draft");
    for (const email of kit.manifest.emails) {
      expect(email.subject).toMatch(/^\[PROOF\] /);
      expect(strFromU8(kit.files.get(email.files.html)!)).toMatch(/Proof for review/);
    }
  });

  it("rejects an unknown campaign or partner with a message that names it", async () => {
    const request = { contentDir: CAMPAIGNS, now: NOW };
    await expect(
      buildKitInWorker({ ...request, campaignId: "no-such-campaign", partnerId: "collaborative" }),
    ).rejects.toThrow(`no campaign "no-such-campaign" in ${CAMPAIGNS}`);
    await expect(
      buildKitInWorker({ ...request, campaignId: "burnout-is-a-system-problem", partnerId: "nobody" }),
    ).rejects.toThrow(`no partner "nobody" in ${path.join(CAMPAIGNS, "_partners")}`);
  });

  it("refuses a campaign whose file has errors, naming the first one and where it is", async () => {
    await withCampaign("help-seeking-without-fear", async (contentDir, file) => {
      await writeFile(file, (await readFile(file, "utf8")).replace(/^(\s+fact: )\S+$/m, "$1no-such-fact"));
      await expect(
        buildKitInWorker({ contentDir, campaignId: "help-seeking-without-fear", partnerId: "collaborative" }),
      ).rejects.toThrow(
        /^campaign "help-seeking-without-fear" has errors to fix first: .*no-such-fact.* \(campaigns\/help-seeking-without-fear\/campaign\.yaml line \d+\)$/,
      );
    });
  });

  it("rejects a kit with nothing in its parts with EmptyKitError, as buildKit does", async () => {
    await withCampaign("crisis-and-peer-support", async (contentDir, file) => {
      const campaign = parse(await readFile(file, "utf8"));
      campaign.materials = campaign.materials.filter((m: { kind: string }) => m.kind === "web-banner");
      campaign.status = "draft";
      delete campaign.approval;
      await writeFile(file, stringify(campaign));
      const failed = buildKitInWorker({
        contentDir,
        campaignId: "crisis-and-peer-support",
        partnerId: "collaborative",
        parts: ["emails", "social"],
      });
      await expect(failed).rejects.toBeInstanceOf(EmptyKitError);
      await expect(failed).rejects.toThrow(/^this campaign has nothing a kit carries yet/);
    });
  });

  it("rejects with the renderer's own error class and message", async () => {
    await withCampaign("help-seeking-without-fear", async (contentDir, file) => {
      await writeFile(
        file,
        (await readFile(file, "utf8")).replace(/^partners: .*$/m, "partners: [collaborative]"),
      );
      const failed = buildKitInWorker({
        contentDir,
        campaignId: "help-seeking-without-fear",
        partnerId: "example-health",
      });
      await expect(failed).rejects.toBeInstanceOf(EmailRenderError);
      await expect(failed).rejects.toThrow(
        'partner "example-health" is not one of campaign "help-seeking-without-fear"\'s partners',
      );
    });
  });
});

/** A throwaway content folder with the library, the partners and one seed campaign, whose file `edit` gets. */
async function withCampaign(id: string, edit: (contentDir: string, file: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "chorus-kit-"));
  try {
    const contentDir = path.join(dir, "campaigns");
    for (const entry of ["_library", "_partners", id])
      await cp(path.join(CAMPAIGNS, entry), path.join(contentDir, entry), { recursive: true });
    await edit(contentDir, path.join(contentDir, id, "campaign.yaml"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
