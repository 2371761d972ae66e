import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { FileLock } from "@chorus/content/node";
import {
  type CampaignLike,
  emailProblems,
  type PartnerLike,
  type ShownFact,
  sendRefusals,
} from "./guards.js";
import { earlierDeliveries } from "./history.js";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  emailAddressProblem,
  emptySummary,
  type ImportSummary,
  importRecipients,
  isValidEmail,
} from "./recipients.js";
import { type SendRefusal, unsafeEmails } from "./refusals.js";
import { type SendSchedule, scheduledRefusal } from "./schedule.js";
import { newSendId, type SendPlan, sendPaths, type TransportName } from "./send-files.js";
import { Staging } from "./staging.js";
import type { SuppressionList } from "./suppressions.js";
import type { FieldSpec, OutgoingEmail, Recipient, RenderedEmail, Renderer } from "./types.js";

export { earlierDeliveries } from "./history.js";
export {
  newSendId,
  planBatches,
  readPlan,
  type SendPlan,
  sendPaths,
  type TransportName,
} from "./send-files.js";

/** The email a recipient gets: the rendered material addressed to them, labelled when a proof. */
export async function composeEmail(
  render: Renderer,
  recipient: Recipient,
  proof: boolean,
): Promise<OutgoingEmail> {
  const rendered: RenderedEmail = await render({ ...recipient.fields, email: recipient.email });
  return {
    to: recipient.name ? mailbox(recipient.name, recipient.email) : recipient.email,
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

/** `Name <address>`, the name quoted when it holds characters a plain display name cannot (a comma, a dot). */
function mailbox(name: string, address: string): string {
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name) ? `${name} <${address}>` : `"${name}" <${address}>`;
}

export interface PlanOptions {
  /** The `.chorus` folder. */
  chorusDir: string;
  campaign: CampaignLike;
  materialId: string;
  /** The email's subject line as written: recorded in the plan, so lists can name the send by it. */
  subject?: string;
  partner: PartnerLike & { sendingDomains: readonly string[] };
  /** The material's personalization fields. */
  fields: readonly FieldSpec[];
  /** The library facts the email shows, with their review dates: a list send is refused once one has passed. */
  facts?: readonly ShownFact[];
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
  /**
   * Plan the send to start later: the schedule is written with the plan (in the same atomic step), and
   * nothing runs until a scheduler or `chorus send --due` claims it at its time.
   */
  schedule?: Omit<SendSchedule, "version" | "sendId">;
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
      /** Sends of this email from this partner scheduled and not started yet. */
      scheduled?: { sendId: string; dueAt: string }[];
    };

/**
 * Check the campaign, partner and recipients, then write the plan: `plan.json`, the valid recipients in
 * send order (`recipients.jsonl`) and the import problems (`import.json`). The first recipient's email is
 * rendered and checked here (a dry run renders every one), so template-level problems (a from-address off
 * the partner's domains, no List-Unsubscribe) stop the send before it starts; every email is checked again
 * just before it leaves. Refuses, writing nothing, when any row is invalid unless `skipInvalid` is set.
 */
export async function planSend(options: PlanOptions): Promise<PlanResult> {
  const proof = "proof" in options.to;
  const refusals = sendRefusals(options.campaign, options.partner, {
    proof,
    email: { id: options.materialId, facts: options.facts ?? [] },
    ...(options.now ? { now: options.now } : {}),
  });
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

/** The steps of a plan, each below: history, staging, intake of the recipients, refusals, the plan itself. */
async function planUnlocked(options: PlanOptions): Promise<PlanResult> {
  const batchSize = options.batchSize ?? 100;
  if (batchSize < 1 || batchSize > 100) throw new Error("batch size must be between 1 and 100");
  if (options.schedule && ("proof" in options.to || options.dryRun))
    throw new Error("only a send to a list can be scheduled");
  const history = await sendHistory(options);
  if (history.unfinished.length > 0 || history.scheduled.length > 0)
    return unfinishedRefusal(history.unfinished, history.scheduled);

  const sendId = options.sendId ?? newSendId(options.campaign.id, options.now);
  const staging = options.dryRun ? undefined : await Staging.open(sendPaths(options.chorusDir, sendId).dir);
  try {
    const intake = new RecipientIntake(options, history.delivered, staging);
    const read = await readRecipients(options, intake);
    if ("refused" in read) {
      await staging?.discard();
      return read.refused;
    }
    const { summary, source } = read;
    const alreadySent = intake.alreadySent();
    const refusals = importRefusals(options, summary, intake, alreadySent);
    const recipients = summary.valid - intake.unsafe.length - alreadySent.count;
    const plan: SendPlan = {
      version: 1,
      sendId,
      createdAt: (options.now ?? new Date()).toISOString(),
      campaignId: options.campaign.id,
      materialId: options.materialId,
      partnerId: options.partner.id,
      ...(options.subject ? { subject: options.subject } : {}),
      transport: options.transport,
      proof: "proof" in options.to,
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
        ...(alreadySent.count > 0 ? { alreadySent: alreadySent.count } : {}),
      },
    };
    if (refusals.length > 0) {
      await staging?.discard();
      return { status: "refused", refusals, import: summary, alreadySent };
    }
    if (!staging) return { status: "dry-run", plan, import: summary, unsafe: intake.unsafe, alreadySent };
    await staging.commit(
      plan,
      summary,
      options.schedule ? { version: 1, sendId, ...options.schedule } : undefined,
    );
    return { status: "planned", plan, import: summary, alreadySent };
  } catch (error) {
    // Nothing half-made is left behind (a full disk, an unreadable file): a staging folder holds
    // recipients' addresses.
    await staging?.discard();
    throw error;
  }
}

/**
 * Earlier sends of this email from this partner: an unfinished one must be resumed, not started over, and
 * addresses a finished one reached are skipped unless `again` is set. Proofs have no history.
 */
async function sendHistory(options: PlanOptions) {
  if ("proof" in options.to)
    return {
      delivered: new Map<string, string>(),
      unfinished: [] as string[],
      scheduled: [] as { sendId: string; dueAt: string }[],
    };
  return earlierDeliveries(options.chorusDir, options.campaign.id, options.materialId, options.partner.id);
}

function unfinishedRefusal(unfinished: string[], scheduled: { sendId: string; dueAt: string }[]): PlanResult {
  return {
    status: "refused",
    refusals: [
      ...unfinished.map(
        (sendId): SendRefusal => ({
          code: "unfinished-send",
          sendId,
          message: `send ${sendId} of this email from this partner is not finished: resume it instead of starting another`,
        }),
      ),
      ...scheduled.map(({ sendId, dueAt }) => scheduledRefusal(sendId, dueAt)),
    ],
    ...(unfinished.length > 0 ? { unfinished } : {}),
    ...(scheduled.length > 0 ? { scheduled } : {}),
  };
}

/**
 * Each valid row the import passes on: skipped when an earlier send reached the address, checked by
 * rendering (the first one, or every one in a dry run), then written to the staging folder in send order.
 */
class RecipientIntake {
  readonly unsafe: { row: number; problems: string[] }[] = [];
  private skipped = 0;
  private readonly skippedSends = new Set<string>();
  private rendered = 0;

  constructor(
    private readonly options: PlanOptions,
    private readonly delivered: ReadonlyMap<string, string>,
    private readonly staging: Staging | undefined,
  ) {}

  readonly accept = async (recipient: Recipient): Promise<void> => {
    const { options } = this;
    const earlier = options.again ? undefined : this.delivered.get(recipient.email.toLowerCase());
    if (earlier) {
      this.skipped++;
      this.skippedSends.add(earlier);
      return;
    }
    // Line breaks in personalization are caught row by row by the import; template-level problems show
    // in the first email.
    if (options.dryRun || this.rendered === 0) {
      this.rendered++;
      const problems = await this.problemsOf(recipient);
      if (problems.length > 0) {
        this.unsafe.push({ row: recipient.row, problems });
        return;
      }
    }
    await this.staging?.addRecipient(`${JSON.stringify(recipient)}\n`);
  };

  private async problemsOf(recipient: Recipient): Promise<string[]> {
    let email: OutgoingEmail;
    try {
      email = await composeEmail(this.options.render, recipient, "proof" in this.options.to);
    } catch (error) {
      return [`could not be rendered: ${(error as Error).message}`];
    }
    return emailProblems(email, this.options.partner.sendingDomains);
  }

  alreadySent(): AlreadySent {
    return { count: this.skipped, sendIds: [...this.skippedSends] };
  }
}

/** The recipients, from the CSV (hashed as it streams) or the one proof address, through `intake`. */
async function readRecipients(
  options: PlanOptions,
  intake: RecipientIntake,
): Promise<{ summary: ImportSummary; source: SendPlan["source"] } | { refused: PlanResult }> {
  if ("proof" in options.to) {
    const address = options.to.proof.trim();
    if (!isValidEmail(address)) {
      const problem = emailAddressProblem(address);
      return {
        refused: {
          status: "refused",
          refusals: [
            {
              code: "invalid-proof-address",
              address,
              message: `"${address}" is not a valid email address for a proof${problem && problem !== "is not a valid email address" ? `: it ${problem}` : ""}`,
            },
          ],
        },
      };
    }
    const summary = emptySummary();
    // A proof shows every personalization slot: the fallback, or the field's name in brackets.
    const fields = Object.fromEntries(options.fields.map((f) => [f.name, f.fallback ?? `[${f.name}]`]));
    summary.rows = summary.valid = 1;
    await intake.accept({ row: 0, email: address, fields });
    return { summary, source: { proof: address } };
  }
  const file = options.to.csv;
  const hash = createHash("sha256");
  const info = await stat(file);
  const chunks = (async function* () {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      yield chunk as Buffer;
    }
  })();
  const summary = await importRecipients(
    chunks,
    {
      fields: options.fields,
      suppressed: (email) => options.suppressions.get(email),
      maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    },
    intake.accept,
  );
  return { summary, source: { file: path.resolve(file), bytes: info.size, sha256: hash.digest("hex") } };
}

/** What stops a send once its recipients are read: the file, invalid rows, unsafe emails, no one left. */
function importRefusals(
  options: PlanOptions,
  summary: ImportSummary,
  intake: RecipientIntake,
  alreadySent: AlreadySent,
): SendRefusal[] {
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
  if (intake.unsafe.length > 0) refusals.push(unsafeEmails(intake.unsafe));
  const recipients = summary.valid - intake.unsafe.length - alreadySent.count;
  if (refusals.length === 0 && recipients === 0) {
    refusals.push(
      alreadySent.count > 0
        ? {
            code: "already-sent",
            ...alreadySent,
            message: `every address on the list already received this email from this partner (send ${alreadySent.sendIds.join(", ")}): nothing to send`,
          }
        : { code: "no-recipients", message: "no recipients left to send to" },
    );
  }
  return refusals;
}
