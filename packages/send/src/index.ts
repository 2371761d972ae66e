// The public API, by name: what the CLI, the builder, @chorus/kit and partners use (README.md).
export { type BroadcastResult, type BroadcastStatus, readBroadcastStatus } from "./broadcast.js";
export {
  type CampaignPlanResult,
  CampaignSender,
  type CampaignSenderOptions,
  type PlanRequest,
  type ReadySend,
  type RunControls,
  type SendSummary,
} from "./campaign-sender.js";
export { buildEml, messageIdFor } from "./eml.js";
export type { ShownFact } from "./guards.js";
export { SendInProgressError } from "./journal.js";
export { deliverMessage, type MessageOptions } from "./message.js";
export { type OutboxEntry, type ParsedEml, parseEml } from "./outbox-reader.js";
export {
  type PlanOptions,
  type PlanResult,
  planSend,
  readPlan,
  type SendPlan,
  sendPaths,
  type TransportName,
} from "./plan.js";
export { formatProgress } from "./progress.js";
export { formatProblems, type ImportSummary } from "./recipients.js";
export { type ContentProblem, type SendRefusal, type SendRefusalCode, SendRefused } from "./refusals.js";
export { formatReport, readReport, type SendReport } from "./report.js";
export { type Progress, type RunOptions, type RunResult, runSend } from "./sender.js";
export { SuppressionList } from "./suppressions.js";
export {
  factsShown,
  type Resolved,
  resolveCampaign,
  resolveEmail,
  resolvePartner,
  resolveSendTarget,
  type SendIds,
  type SendTarget,
} from "./target.js";
export { OutboxTransport } from "./transports/outbox.js";
export { ResendTransport } from "./transports/resend.js";
export type { BatchOutcome, BatchRequest, Transport } from "./transports/transport.js";
export type { OutgoingEmail, RenderedEmail, Renderer } from "./types.js";
export {
  createWebhookHandler,
  verifyWebhook,
  type WebhookHeaders,
  type WebhookResult,
  type WebhookVerification,
} from "./webhooks.js";
