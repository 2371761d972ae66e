import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { FileLock } from "@chorus/content/node";
import { isMissing, readJsonLines, syncDir, writeFileAtomic } from "./fs-util.js";
import { type CampaignLike, emailProblems, type PartnerLike, sendRefusals } from "./guards.js";
import { foldJournal, Journal } from "./journal.js";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  emptySummary,
  type ImportSummary,
  importRecipients,
  isValidEmail,
} from "./recipients.js";
import { type SendRefusal, unsafeEmails } from "./refusals.js";
import type { SuppressionList } from "./suppressions.js";
import type { FieldSpec, OutgoingEmail, Recipient, RenderedEmail, Renderer } from "./types.js";

export type TransportName = "outbox" | "resend";

/** A send, fixed before the first email leaves: who gets what, in which batch, under which keys. */
export interface SendPlan {
  version: 1;
  sendId: string;
  createdAt: string;
  campaignId: string;
  materialId: string;
  partnerId: string;
  transport: TransportName;
  /** A test send of a (possibly draft) campaign to one address; subjects carry "[PROOF]". */
  proof: boolean;
  batchSize: number;
  recipients: number;
  batches: number;
  /** Batch `i` is sent with the idempotency key `<prefix>/<i>`. */
  idempotencyPrefix: string;
  sendingDomains: string[];
  source: { file: string; bytes: number; sha256: string } | { proof: string };
  import: {
    rows: number;
    invalidRows: number;
    suppressed: number;
    skippedInvalid: boolean;
    /** Addresses skipped because an earlier send of this email from this partner reached them. */
    alreadySent?: number;
  };
}

/** Where a send keeps its files: `<chorusDir>/sends/<send-id>/`. */
export function sendPaths(chorusDir: string, sendId: string) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(sendId)) throw new Error(`"${sendId}" is not a send id`);
  const dir = path.join(chorusDir, "sends", sendId);
  return {
    dir,
    plan: path.join(dir, "plan.json"),
    recipients: path.join(dir, "recipients.jsonl"),
    importReport: path.join(dir, "import.json"),
    journal: path.join(dir, "journal.jsonl"),
    lock: path.join(dir, "send.lock"),
    reportJson: path.join(dir, "report.json"),
    reportText: path.join(dir, "report.txt"),
    outbox: path.join(chorusDir, "outbox", sendId),
  };
}

export function newSendId(campaignId: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")
    .replace("T", "-");
  return `${campaignId}-${stamp}-${randomBytes(2).toString("hex")}`;
}

export async function readPlan(chorusDir: string, sendId: string): Promise<SendPlan> {
  const paths = sendPaths(chorusDir, sendId);
  try {
    return JSON.parse(await readFile(paths.plan, "utf8")) as SendPlan;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`no send "${sendId}" in ${chorusDir}`);
    throw error;
  }
}

/** The recipients of a planned send in batches, streamed from `recipients.jsonl`. */
export async function* planBatches(
  chorusDir: string,
  plan: SendPlan,
): AsyncGenerator<{ index: number; recipients: Recipient[] }> {
  let batch: Recipient[] = [];
  let index = 0;
  for await (const recipient of readJsonLines<Recipient>(sendPaths(chorusDir, plan.sendId).recipients)) {
    batch.push(recipient);
    if (batch.length === plan.batchSize) {
      yield { index: index++, recipients: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { index, recipients: batch };
}

/** The email a recipient gets: the rendered material addressed to them, labelled when a proof. */
export async function composeEmail(
  render: Renderer,
  recipient: Recipient,
  proof: boolean,
): Promise<OutgoingEmail> {
  const rendered: RenderedEmail = await render({ ...recipient.fields, email: recipient.email });
  return {
    to: recipient.email,
    from: rendered.from,
    ...(rendered.replyTo ? { replyTo: rendered.replyTo } : {}),
    // A renderer may label proofs itself (`renderMaterial(…, { proof: true })`); label once.
    subject:
      proof && !rendered.subject.startsWith("[PROOF]") ? `[PROOF] ${rendered.subject}` : rendered.subject,
    html: rendered.html,
    text: rendered.text,
    headers: rendered.headers,
  };
}

export interface PlanOptions {
  /** The `.chorus` folder. */
  chorusDir: string;
  campaign: CampaignLike;
  materialId: string;
  partner: PartnerLike & { sendingDomains: readonly string[] };
  /** The material's personalization fields. */
  fields: readonly FieldSpec[];
  /** A recipients CSV file, or one proof address. */
  to: { csv: string } | { proof: string };
  transport: TransportName;
  render: Renderer;
  suppressions: SuppressionList;
  /** Send to the valid rows even when some rows are invalid. */
  skipInvalid?: boolean;
  /** Check everything and render every email, but write no plan and send nothing. */
  dryRun?: boolean;
  /**
   * Send again to addresses that already received this email from this partner in an earlier send.
   * Off by default: running the same send twice must not mail anyone twice.
   */
  again?: boolean;
  batchSize?: number;
  sendId?: string;
  maxRows?: number;
  maxBytes?: number;
  now?: Date;
}

/** Addresses a new send skips because an earlier send of the same email from the same partner reached them. */
export interface AlreadySent {
  count: number;
  /** The earlier sends they came from. */
  sendIds: string[];
}

export type PlanResult =
  | { status: "planned"; plan: SendPlan; import: ImportSummary; alreadySent: AlreadySent }
  | {
      status: "dry-run";
      plan: SendPlan;
      import: ImportSummary;
      unsafe: { row: number; problems: string[] }[];
      alreadySent: AlreadySent;
    }
  /**
   * Nothing was written and nothing will be sent. `alreadySent`: every address had this email from an
   * earlier send (send `again` to override); `unfinished`: an earlier send must be resumed instead.
   * Callers word their own way to do that (a CLI flag, a button) from each refusal's code.
   */
  | {
      status: "refused";
      refusals: SendRefusal[];
      import?: ImportSummary;
      alreadySent?: AlreadySent;
      unfinished?: string[];
    };

/**
 * Check the campaign, partner and recipients, then write the plan: `plan.json`, the valid
 * recipients in send order (`recipients.jsonl`) and the import problems (`import.json`). Every
 * recipient is rendered once here, so an email that could not be sent safely (a line break that
 * would land in a header, a from-address outside the partner's domains) stops the send before it
 * starts. Refuses, writing nothing, when any row is invalid unless `skipInvalid` is set.
 */
export async function planSend(options: PlanOptions): Promise<PlanResult> {
  const proof = "proof" in options.to;
  const refusals = sendRefusals(options.campaign, options.partner, { proof });
  if (refusals.length > 0) return { status: "refused", refusals };
  if (proof || options.dryRun) return planUnlocked(options);
  // Reading the earlier sends and writing this plan are one step: of two sends of the same email
  // from the same partner started at once (two tabs, the CLI and the builder), the second waits,
  // then finds the first one's plan unfinished and is refused with its id.
  const lockDir = path.join(options.chorusDir, "locks");
  await mkdir(lockDir, { recursive: true });
  const key = createHash("sha256")
    .update(JSON.stringify([options.campaign.id, options.materialId, options.partner.id]))
    .digest("hex")
    .slice(0, 24);
  return FileLock.with(path.join(lockDir, `plan-${key}.lock`), { waitMs: PLAN_LOCK_WAIT_MS }, () =>
    planUnlocked(options),
  );
}

/** How long a new send waits for another one of the same email and partner to finish planning. */
const PLAN_LOCK_WAIT_MS = 10 * 60_000;

async function planUnlocked(options: PlanOptions): Promise<PlanResult> {
  const proof = "proof" in options.to;

  const batchSize = options.batchSize ?? 100;
  if (batchSize < 1 || batchSize > 100) throw new Error("batch size must be between 1 and 100");

  // Earlier sends of this email from this partner: an unfinished one must be resumed, not
  // started over, and addresses a finished one reached are skipped unless `again` is set.
  const history = proof
    ? { delivered: new Map<string, string>(), unfinished: [] as string[] }
    : await earlierDeliveries(options.chorusDir, options.campaign.id, options.materialId, options.partner.id);
  if (history.unfinished.length > 0) {
    return {
      status: "refused",
      refusals: history.unfinished.map((sendId) => ({
        code: "unfinished-send",
        sendId,
        message: `send ${sendId} of this email from this partner is not finished: resume it instead of starting another`,
      })),
      unfinished: history.unfinished,
    };
  }
  const skippedSends = new Set<string>();
  let alreadySentCount = 0;
  const sendId = options.sendId ?? newSendId(options.campaign.id, options.now);
  const paths = sendPaths(options.chorusDir, sendId);
  const dryRun = options.dryRun ?? false;
  const staging = `${paths.dir}.staging-${process.pid}`;
  const unsafe: { row: number; problems: string[] }[] = [];

  let writer: BufferedWriter | undefined;
  if (!dryRun) {
    try {
      await stat(paths.dir);
      throw new Error(`send "${sendId}" already exists`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    await mkdir(staging, { recursive: true });
  }
  try {
    if (!dryRun) writer = await BufferedWriter.open(path.join(staging, "recipients.jsonl"));

    let rendered = 0;
    const accept = async (recipient: Recipient) => {
      const earlier = options.again ? undefined : history.delivered.get(recipient.email.toLowerCase());
      if (earlier) {
        alreadySentCount++;
        skippedSends.add(earlier);
        return;
      }
      // A dry run renders every email; a real plan renders the first one (template-level problems:
      // a from-address off the partner's domains, no List-Unsubscribe). Line breaks in
      // personalization are caught row by row by the import, and every email is checked again
      // just before it leaves.
      if (dryRun || rendered === 0) {
        rendered++;
        let email: OutgoingEmail;
        try {
          email = await composeEmail(options.render, recipient, proof);
        } catch (error) {
          unsafe.push({
            row: recipient.row,
            problems: [`could not be rendered: ${(error as Error).message}`],
          });
          return;
        }
        const problems = emailProblems(email, options.partner.sendingDomains);
        if (problems.length > 0) {
          unsafe.push({ row: recipient.row, problems });
          return;
        }
      }
      await writer?.write(`${JSON.stringify(recipient)}\n`);
    };

    let summary: ImportSummary;
    let source: SendPlan["source"];
    try {
      if ("proof" in options.to) {
        const address = options.to.proof.trim();
        summary = emptySummary();
        if (!isValidEmail(address)) {
          await cleanup(staging, writer);
          return {
            status: "refused",
            refusals: [
              {
                code: "invalid-proof-address",
                address,
                message: `"${address}" is not a valid email address for a proof`,
              },
            ],
          };
        }
        // A proof shows every personalization slot: the fallback, or the field's name in brackets.
        const fields = Object.fromEntries(options.fields.map((f) => [f.name, f.fallback ?? `[${f.name}]`]));
        summary.rows = summary.valid = 1;
        await accept({ row: 0, email: address, fields });
        source = { proof: address };
      } else {
        const file = options.to.csv;
        const hash = createHash("sha256");
        const info = await stat(file);
        const chunks = (async function* () {
          for await (const chunk of createReadStream(file)) {
            hash.update(chunk as Buffer);
            yield chunk as Buffer;
          }
        })();
        summary = await importRecipients(
          chunks,
          {
            fields: options.fields,
            suppressed: (email) => options.suppressions.get(email),
            maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
            maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
          },
          accept,
        );
        source = { file: path.resolve(file), bytes: info.size, sha256: hash.digest("hex") };
      }
    } catch (error) {
      await cleanup(staging, writer);
      throw error;
    }

    const refusals: SendRefusal[] = [];
    if (summary.fatal) {
      refusals.push({
        code: "unusable-recipients-file",
        message: "the recipients file cannot be used (see the problems listed with it)",
      });
    } else if (summary.problemCount > 0 && !options.skipInvalid) {
      refusals.push({
        code: "invalid-rows",
        invalidRows: summary.invalidRows,
        message: `${summary.invalidRows.toLocaleString("en-US")} row${summary.invalidRows === 1 ? " is" : "s are"} invalid`,
      });
    }
    if (unsafe.length > 0) refusals.push(unsafeEmails(unsafe));
    const recipients = summary.valid - unsafe.length - alreadySentCount;
    const alreadySent: AlreadySent = { count: alreadySentCount, sendIds: [...skippedSends] };
    if (refusals.length === 0 && recipients === 0) {
      refusals.push(
        alreadySentCount > 0
          ? {
              code: "already-sent",
              ...alreadySent,
              message: `every address on the list already received this email from this partner (send ${alreadySent.sendIds.join(", ")}): nothing to send`,
            }
          : { code: "no-recipients", message: "no recipients left to send to" },
      );
    }

    const plan: SendPlan = {
      version: 1,
      sendId,
      createdAt: (options.now ?? new Date()).toISOString(),
      campaignId: options.campaign.id,
      materialId: options.materialId,
      partnerId: options.partner.id,
      transport: options.transport,
      proof,
      batchSize,
      recipients,
      batches: Math.ceil(recipients / batchSize),
      idempotencyPrefix: `chorus/${sendId}`,
      sendingDomains: [...options.partner.sendingDomains],
      source,
      import: {
        rows: summary.rows,
        invalidRows: summary.invalidRows,
        suppressed: summary.suppressedCount,
        skippedInvalid: Boolean(options.skipInvalid) && summary.problemCount > 0,
        ...(alreadySentCount > 0 ? { alreadySent: alreadySentCount } : {}),
      },
    };
    if (dryRun) {
      return refusals.length > 0
        ? { status: "refused", refusals, import: summary, alreadySent }
        : { status: "dry-run", plan, import: summary, unsafe, alreadySent };
    }
    if (refusals.length > 0) {
      await cleanup(staging, writer);
      return { status: "refused", refusals, import: summary, alreadySent };
    }
    await writer!.close();
    await writeFileAtomic(
      path.join(staging, "import.json"),
      `${JSON.stringify({ problems: summary.problems, problemCount: summary.problemCount, suppressed: summary.suppressed }, null, 2)}\n`,
    );
    await writeFileAtomic(path.join(staging, "plan.json"), `${JSON.stringify(plan, null, 2)}\n`);
    await mkdir(path.dirname(paths.dir), { recursive: true });
    // The plan appears all at once: a crash while planning leaves only a staging folder.
    await rename(staging, paths.dir);
    await syncDir(path.dirname(paths.dir));
    return { status: "planned", plan, import: summary, alreadySent };
  } catch (error) {
    // Nothing half-made is left behind (a full disk, an unreadable file): a staging folder holds
    // recipients' addresses.
    if (!dryRun) await cleanup(staging, writer);
    throw error;
  }
}

async function cleanup(staging: string, writer: BufferedWriter | undefined): Promise<void> {
  await writer?.close().catch(() => {});
  await rm(staging, { recursive: true, force: true });
}

/** Appends in 64 KiB writes and fsyncs on close. */
class BufferedWriter {
  private buffer = "";
  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}

  static async open(file: string): Promise<BufferedWriter> {
    return new BufferedWriter(await open(file, "w"));
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 65_536) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer) {
      const data = this.buffer;
      this.buffer = "";
      await this.handle.write(data);
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
  }
}

/**
 * What earlier sends of one email from one partner did: the addresses they delivered to (lowercase →
 * send id), and the sends not finished yet. Proofs do not count. Recipients of a batch the provider
 * accepted count as delivered; a failed batch's do not, so a new send may reach them.
 */
export async function earlierDeliveries(
  chorusDir: string,
  campaignId: string,
  materialId: string,
  partnerId: string,
): Promise<{ delivered: Map<string, string>; unfinished: string[] }> {
  const delivered = new Map<string, string>();
  const unfinished: string[] = [];
  let sendIds: string[];
  try {
    sendIds = (await readdir(path.join(chorusDir, "sends"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.includes(".staging-"))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissing(error)) return { delivered, unfinished };
    throw error;
  }
  for (const sendId of sendIds) {
    let plan: SendPlan;
    try {
      plan = await readPlan(chorusDir, sendId);
    } catch {
      continue; // not a send folder
    }
    if (
      plan.proof ||
      plan.campaignId !== campaignId ||
      plan.materialId !== materialId ||
      plan.partnerId !== partnerId
    ) {
      continue;
    }
    const state = foldJournal(await Journal.read(sendPaths(chorusDir, sendId).journal));
    const settled = state.accepted.size + state.failed.size >= plan.batches;
    if (!state.finished && !settled) unfinished.push(sendId);
    let index = 0;
    for await (const recipient of readJsonLines<Recipient>(sendPaths(chorusDir, sendId).recipients)) {
      if (state.accepted.has(Math.floor(index / plan.batchSize)))
        delivered.set(recipient.email.toLowerCase(), sendId);
      index++;
    }
  }
  return { delivered, unfinished };
}
