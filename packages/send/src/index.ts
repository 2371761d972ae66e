// The public API, by name: what the CLI, the builder, @chorus/kit and partners use (README.md).
export { type BroadcastResult, type BroadcastStatus, readBroadcastStatus } from "./broadcast.js";
export {
  type CampaignPlanResult,
  type CampaignScheduleResult,
  CampaignSender,
  type CampaignSenderOptions,
  type PlanRequest,
  type ReadySend,
  type RunControls,
  type ScheduleRequest,
  type SendSummary,
  type StartScheduledResult,
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
export { emailAddressProblem, formatProblems, type ImportSummary, isValidEmail } from "./recipients.js";
export { type ContentProblem, type SendRefusal, type SendRefusalCode, SendRefused } from "./refusals.js";
export { formatReport, readReport, type SendReport } from "./report.js";
export {
  type CancelResult,
  type ClaimResult,
  claimSchedule,
  formatUtc,
  LONGEST_SCHEDULE_MS,
  listSchedules,
  parseSendTime,
  readScheduleState,
  type ScheduledSend,
  type ScheduleOutcome,
  type SendSchedule,
  type SendTimeProblem,
} from "./schedule.js";
export {
  DEFAULT_RESCAN_MS,
  LATE_AFTER_MS,
  MAX_TIMER_MS,
  type SchedulerClock,
  type SchedulerOptions,
  SendScheduler,
  type StartedSchedule,
} from "./scheduler.js";
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
