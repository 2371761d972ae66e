import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "@chorus/content/node";
import { CampaignSender } from "../campaign-sender.js";
import type { SendRefusalCode } from "../refusals.js";
import { resolveSendTarget } from "../target.js";

/** A throwaway copy of the seed content, laid out as a face expects it: `campaigns/` and `.chorus/` in `dir`. */
export interface RefusalWorkspace {
  dir: string;
  /** `<dir>/campaigns`. */
  contentDir: string;
  /** `<dir>/.chorus`. */
  chorusDir: string;
}

/** Copy the seed campaigns folder (`campaigns/` of the repository) into a new temporary folder. */
export async function refusalWorkspace(
  seed: string,
): Promise<RefusalWorkspace & { cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "chorus-refusal-"));
  const contentDir = path.join(dir, "campaigns");
  await cp(seed, contentDir, { recursive: true });
  return {
    dir,
    contentDir,
    chorusDir: path.join(dir, ".chorus"),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** One thing every face must refuse to send, set up from the seed content. */
export interface RefusalCase {
  /** What is refused, as a test names it. */
  name: string;
  campaignId: string;
  materialId: string;
  partnerId: string;
  /** The sends refused: to a list (a recipients CSV), a proof to one address, or both. */
  kinds: readonly ("list" | "proof")[];
  /** The refusal's code in `@chorus/send`: each face words its own sentence and next step from it. */
  code: SendRefusalCode;
  /** Recipients CSV for a list send (default `LIST`). */
  list?: string;
  /** The address of a proof (default `PROOF_TO`). */
  proofTo?: string;
  /** A detail of the content that every face's refusal shows (the colour, the field, the send). */
  mentions?: RegExp;
  /** Change the workspace before the send (its content, or earlier sends in its `.chorus`). */
  setup?(workspace: RefusalWorkspace): Promise<void>;
}

export const LIST = "email,firstName\nana@example.org,Ana\nben@example.org,Ben\n";
export const PROOF_TO = "reviewer@example.org";

const APPROVED = {
  campaignId: "crisis-and-peer-support",
  materialId: "newsletter-clinicians",
  partnerId: "example-health",
} as const;
const DRAFT = {
  campaignId: "what-leaders-can-do-this-quarter",
  materialId: "briefing-leaders",
  partnerId: "collaborative",
} as const;

/** Replace the first `from` in a content file of the workspace (a test fails loudly when the seed changed). */
async function edit(workspace: RefusalWorkspace, file: string, from: string | RegExp, to: string) {
  const full = path.join(workspace.contentDir, file);
  const text = await readFile(full, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the seed changed: ${file} has no ${String(from)}`);
  await writeFile(full, next);
}

/** Send `LIST` of the approved email once, through the outbox, and run it to the end unless `finish` is false. */
async function sendEarlier(workspace: RefusalWorkspace, finish: boolean): Promise<void> {
  const sender = new CampaignSender({ chorusDir: workspace.chorusDir });
  const found = resolveSendTarget(await loadContent(workspace.contentDir), APPROVED);
  if (!found.ok) throw new Error(found.refusals.map((r) => r.message).join("\n"));
  const listFile = path.join(workspace.dir, "earlier.csv");
  await writeFile(listFile, LIST);
  const planned = await sender.plan(found.value, { csv: listFile }, { transport: "outbox" });
  if (planned.status !== "planned") throw new Error(`the earlier send was ${planned.status}`);
  if (finish) await planned.run();
}

/** Schedule `LIST` of the approved email for an hour from now, through the outbox. */
async function scheduleEarlier(workspace: RefusalWorkspace): Promise<void> {
  const sender = new CampaignSender({ chorusDir: workspace.chorusDir });
  const found = resolveSendTarget(await loadContent(workspace.contentDir), APPROVED);
  if (!found.ok) throw new Error(found.refusals.map((r) => r.message).join("\n"));
  const listFile = path.join(workspace.dir, "earlier.csv");
  await writeFile(listFile, LIST);
  const at = new Date(Date.now() + 60 * 60_000).toISOString();
  const scheduled = await sender.schedule(found.value, { csv: listFile }, at, { transport: "outbox" });
  if (scheduled.status !== "scheduled") throw new Error(`the earlier send was ${scheduled.status}`);
}

/**
 * Every refusal both faces (`chorus send`, the builder's send and proof) must give, from the same
 * seed content: where the faces once disagreed, the stricter rule is the rule for both.
 */
export const REFUSAL_CASES = [
  {
    name: "a campaign that is not approved",
    ...DRAFT,
    kinds: ["list"],
    code: "not-approved",
  },
  {
    name: "an archived campaign, even as a proof",
    ...DRAFT,
    kinds: ["list", "proof"],
    code: "archived",
    setup: (w) => edit(w, `${DRAFT.campaignId}/campaign.yaml`, /^status: draft$/m, "status: archived"),
  },
  {
    name: "an approved campaign edited after its approval",
    ...APPROVED,
    kinds: ["list", "proof"],
    code: "edited-after-approval",
    mentions: /changed after it was approved/,
    setup: (w) =>
      edit(w, `${APPROVED.campaignId}/campaign.yaml`, /^title: .*$/m, "title: Edited after approval"),
  },
  {
    name: "a campaign whose file has errors",
    ...DRAFT,
    kinds: ["list", "proof"],
    code: "campaign-has-errors",
    mentions: /no-such-fact/,
    setup: (w) =>
      edit(w, `${DRAFT.campaignId}/campaign.yaml`, "fact: physician-burnout-cost", "fact: no-such-fact"),
  },
  {
    name: "an unknown campaign",
    ...APPROVED,
    campaignId: "no-such-campaign",
    kinds: ["list", "proof"],
    code: "unknown-campaign",
    mentions: /no-such-campaign/,
  },
  {
    name: "an unknown material",
    ...APPROVED,
    materialId: "no-such-email",
    kinds: ["list", "proof"],
    code: "unknown-material",
    mentions: /no-such-email/,
  },
  {
    name: "a material that is not an email",
    campaignId: "help-seeking-without-fear",
    materialId: "bluesky-policymakers",
    partnerId: "collaborative",
    kinds: ["list", "proof"],
    code: "not-an-email",
    mentions: /social-post/,
  },
  {
    name: "an unknown partner",
    ...APPROVED,
    partnerId: "no-such-partner",
    kinds: ["list", "proof"],
    code: "unknown-partner",
    mentions: /no-such-partner/,
  },
  {
    name: "a partner that is not one of the campaign's partners",
    ...APPROVED,
    partnerId: "other-health",
    kinds: ["list", "proof"],
    code: "partner-not-in-campaign",
    mentions: /other-health/,
    async setup(w) {
      const kit = await readFile(path.join(w.contentDir, "_partners", "example-health.yaml"), "utf8");
      await writeFile(
        path.join(w.contentDir, "_partners", "other-health.yaml"),
        kit.replace(/^id: example-health$/m, "id: other-health"),
      );
    },
  },
  {
    name: "a partner whose brand colours are hard to read",
    ...APPROVED,
    kinds: ["list", "proof"],
    code: "brand-contrast",
    mentions: /colors\.text/,
    setup: (w) => edit(w, "_partners/example-health.yaml", /text: "#[0-9A-Fa-f]{6}"/, 'text: "#A0A0A0"'),
  },
  {
    name: "a partner whose sender is not on its sending domains",
    ...APPROVED,
    kinds: ["list", "proof"],
    code: "partner-has-errors",
    mentions: /sendingDomains/,
    setup: (w) =>
      edit(
        w,
        "_partners/example-health.yaml",
        "email: wellbeing@example-health.org",
        "email: news@elsewhere.org",
      ),
  },
  {
    name: "a shared library with errors",
    ...APPROVED,
    kinds: ["list", "proof"],
    code: "library-has-errors",
    mentions: /facts\.yaml/,
    setup: (w) => edit(w, "_library/facts.yaml", "url: https://doi.org/", "url: doi.org/"),
  },
  {
    name: "an email that shows a figure past its review date",
    ...APPROVED,
    // A proof may still go out: reviewing the figure is what it is for.
    kinds: ["list"],
    code: "fact-past-review",
    mentions: /physician-suicide-rate-women.*2026-01-31/,
    setup: (w) =>
      edit(
        w,
        "_library/facts.yaml",
        /(?<entry>- id: physician-suicide-rate-women\n(?:.*\n)*?\s+reviewBy: )\d{4}-\d\d-\d\d/,
        "$<entry>2026-01-31",
      ),
  },
  {
    name: "a list with an invalid address",
    ...APPROVED,
    kinds: ["list"],
    code: "invalid-rows",
    list: "email,firstName\nana@example.org,Ana\nnot-an-address,Ben\n",
  },
  {
    name: "a proof to something that is not one address",
    ...APPROVED,
    kinds: ["proof"],
    code: "invalid-proof-address",
    proofTo: "ana@example.org, ben@example.org",
  },
  {
    name: "a send while an earlier one of the same email is unfinished",
    ...APPROVED,
    kinds: ["list"],
    code: "unfinished-send",
    mentions: /crisis-and-peer-support-\d{8}-\d{6}Z-/,
    setup: (w) => sendEarlier(w, false),
  },
  {
    name: "a send while the same email from the same partner is scheduled",
    ...APPROVED,
    kinds: ["list"],
    code: "scheduled-send",
    mentions: /crisis-and-peer-support-\d{8}-\d{6}Z-/,
    setup: (w) => scheduleEarlier(w),
  },
  {
    name: "a list everyone on which already received this email",
    ...APPROVED,
    kinds: ["list"],
    code: "already-sent",
    mentions: /crisis-and-peer-support-\d{8}-\d{6}Z-/,
    setup: (w) => sendEarlier(w, true),
  },
] as const satisfies readonly RefusalCase[];

/** The codes the table exercises: a face's wording table typed by this fails to compile when one is missing. */
export type RefusalCaseCode = (typeof REFUSAL_CASES)[number]["code"];

/** Every message the outbox holds in a workspace (`<send-id>/<file>.eml`), to check that a refusal sent nothing. */
export async function outboxMessages(workspace: RefusalWorkspace): Promise<string[]> {
  const root = path.join(workspace.chorusDir, "outbox");
  const files: string[] = [];
  for (const send of await readdir(root).catch(() => [] as string[]))
    for (const file of await readdir(path.join(root, send))) files.push(`${send}/${file}`);
  return files.sort();
}
