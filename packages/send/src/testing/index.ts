export {
  LIST,
  outboxMessages,
  PROOF_TO,
  REFUSAL_CASES,
  type RefusalCase,
  type RefusalCaseCode,
  type RefusalWorkspace,
  refusalWorkspace,
} from "./refusals.js";
export {
  type AcceptedEmail,
  type FaultRates,
  type QueuedFault,
  type ResendServerOptions,
  ResendTestServer,
  startResendServer,
} from "./resend-server.js";
export { signWebhook } from "./webhooks.js";
