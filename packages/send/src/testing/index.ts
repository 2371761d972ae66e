export {
  type AcceptedEmail,
  type FaultRates,
  type QueuedFault,
  type ResendServerOptions,
  ResendTestServer,
  startResendServer,
} from "./resend-server.js";
