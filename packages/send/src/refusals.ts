/** Where a refusal's cause sits in the content: a content diagnostic, reduced to what a face shows. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  /** Field path inside the file (`colors.text`), empty for the whole file. */
  path: string;
  message: string;
}

/**
 * The data each refusal carries, by code. A face words its own next step from the code and this
 * data (a CLI flag, a button); the package's `message` names the problem and nothing to click or type.
 */
export interface RefusalData {
  /** No campaign with that id (and no campaign file with errors under that name). */
  "unknown-campaign": { campaignId: string };
  /** The campaign's file has errors: nothing of it is rendered, exported or sent. */
  "campaign-has-errors": { campaignId: string; problem: ContentProblem };
  /** The campaign changed after its approval (`approval.fingerprint`): it must be approved again. */
  "edited-after-approval": { campaignId: string; approvedOn: string | undefined; problem: ContentProblem };
  "unknown-material": { campaignId: string; materialId: string };
  "not-an-email": { materialId: string; kind: string };
  "unknown-partner": { partnerId: string };
  /** The partner kit's file has errors (a sender off its sending domains, a missing logo …). */
  "partner-has-errors": { partnerId: string; problems: ContentProblem[] };
  "partner-not-in-campaign": { partnerId: string; campaignId: string; partners: string[] };
  /** The kit's colours fail WCAG contrast somewhere the emails draw them. */
  "brand-contrast": { partnerId: string; partnerName: string; problems: ContentProblem[] };
  /** The shared library (key messages, facts …) has errors. */
  "library-has-errors": { problems: ContentProblem[] };
  "not-approved": { campaignId: string; status: string };
  /** The email shows library facts whose `reviewBy` date has passed: check them against their sources first. */
  "fact-past-review": { campaignId: string; materialId: string; facts: { id: string; reviewBy: string }[] };
  /** Archived campaigns are never sent, not even as a proof. */
  archived: { campaignId: string };
  "no-postal-address": { partnerId: string };
  "no-unsubscribe-url": { partnerId: string };
  "no-sending-domains": { partnerId: string };
  "sender-off-domains": { partnerId: string; sender: string; domains: string[] };
  "invalid-proof-address": { address: string };
  /** The recipients file cannot be read as a list at all (see the import's problems). */
  "unusable-recipients-file": Record<never, never>;
  /** Some rows are invalid and the caller did not choose to send to the valid ones only. */
  "invalid-rows": { invalidRows: number };
  /** Emails that failed the last check before leaving (a line break in a header, a from-address off the domains). */
  "unsafe-emails": { emails: { row?: number; problems: string[] }[] };
  /** Everyone on the list already received this email from this partner. */
  "already-sent": { count: number; sendIds: string[] };
  "no-recipients": Record<never, never>;
  /** An earlier send of this email from this partner must be finished instead. */
  "unfinished-send": { sendId: string };
  "unknown-send": { sendId: string };
  /** An earlier send of this email from this partner is scheduled and has not started: it goes first, or is cancelled. */
  "scheduled-send": { sendId: string; dueAt: string };
  /** The time a send was to be scheduled for cannot be used (not a time, no time zone, past, over a year ahead). */
  "invalid-send-time": { given: string; timeProblem: "not-a-time" | "no-time-zone" | "past" | "too-far" };
  /** The send was planned through Resend and there is no API key to finish it with. */
  "resend-key-missing": { sendId: string | undefined };
}

export type SendRefusalCode = keyof RefusalData;

/** Why something may not be sent: a code, the data a face needs to word it, and a neutral sentence. */
export type SendRefusal = {
  [Code in SendRefusalCode]: { code: Code; message: string } & RefusalData[Code];
}[SendRefusalCode];

/** The refusal with one code, for narrowing (`Refusal<"invalid-rows">`). */
export type Refusal<Code extends SendRefusalCode> = Extract<SendRefusal, { code: Code }>;

/** Thrown where a function cannot return its refusals (`sendBroadcast`). */
export class SendRefused extends Error {
  constructor(readonly refusals: SendRefusal[]) {
    super(refusals.map((r) => r.message).join("\n"));
    this.name = "SendRefused";
  }
}

/** Emails that failed the last check before leaving, the first five named. */
export function unsafeEmails(emails: { row?: number; problems: string[] }[]): SendRefusal {
  const named = emails
    .slice(0, 5)
    .map((u) => `${u.row === undefined ? "" : `row ${u.row}: `}${u.problems.join("; ")}`)
    .join("; ");
  return {
    code: "unsafe-emails",
    emails,
    message: `${emails.length} email${emails.length === 1 ? "" : "s"} cannot be sent safely: ${named}`,
  };
}
