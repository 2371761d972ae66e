export {
  type BroadcastOptions,
  type BroadcastPlan,
  type BroadcastResult,
  type BroadcastStatus,
  readBroadcastStatus,
  sendBroadcast,
} from "./broadcast.js";
export { type CsvRecord, readCsvRecords } from "./csv.js";
export {
  buildEml,
  encodeMailbox,
  encodeQuotedPrintable,
  encodeText,
  formatDate,
  messageIdFor,
} from "./eml.js";
export {
  addressOf,
  type CampaignLike,
  emailProblems,
  hasLineBreak,
  onDomains,
  type PartnerLike,
  SendRefused,
  sendRefusals,
} from "./guards.js";
export {
  foldJournal,
  Journal,
  type JournalEvent,
  type JournalState,
  type JournalSync,
  SendInProgressError,
  SendLock,
} from "./journal.js";
export {
  type AlreadySent,
  composeEmail,
  earlierDeliveries,
  newSendId,
  type PlanOptions,
  type PlanResult,
  planBatches,
  planSend,
  readPlan,
  type SendPlan,
  sendPaths,
  type TransportName,
} from "./plan.js";
export { formatProgress } from "./progress.js";
export {
  type BackoffOptions,
  backoffDelay,
  ErrorWindow,
  type ErrorWindowOptions,
  TokenBucket,
} from "./rate.js";
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  formatProblems,
  type ImportOptions,
  type ImportSummary,
  importRecipients,
  isValidEmail,
  type RecipientProblem,
  type RecipientProblemCode,
  type SkippedRecipient,
} from "./recipients.js";
export { buildReport, formatReport, readReport, type SendReport, writeReport } from "./report.js";
export {
  DEFAULT_PAUSE,
  DEFAULT_REQUESTS_PER_SECOND,
  DEFAULT_RETRY,
  type Progress,
  type RetryOptions,
  type RunOptions,
  type RunResult,
  runSend,
} from "./sender.js";
export { type Suppression, SuppressionList, type SuppressionReason } from "./suppressions.js";
export { OutboxTransport } from "./transports/outbox.js";
export {
  classifyResendError,
  RESEND_IDEMPOTENCY_WINDOW_MS,
  ResendTransport,
  type ResendTransportOptions,
  retryAfterMs,
} from "./transports/resend.js";
export type { BatchOutcome, BatchRequest, Transport } from "./transports/transport.js";
export {
  type Clock,
  type FieldSpec,
  type OutgoingEmail,
  type Recipient,
  type RenderedEmail,
  type Renderer,
  systemClock,
} from "./types.js";
export {
  createWebhookHandler,
  type ResendWebhookEvent,
  signWebhook,
  verifyWebhook,
  WEBHOOK_TOLERANCE_SECONDS,
  type WebhookHeaders,
  type WebhookResult,
  type WebhookVerification,
} from "./webhooks.js";
