export { type Actor, access, type Decision } from "./access.js";
export {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEvent,
  type AuditInput,
  type AuditQuery,
  type AuditVerification,
  appendAudit,
  GENESIS,
  readAudit,
  verifyAuditTrail,
} from "./audit.js";
export {
  AUTH_BASE_PATH,
  CLIENT_IP_HEADER,
  createTeamAuth,
  SIGN_IN_LINK_MINUTES,
  SIGN_IN_REQUESTS_PER_NETWORK,
  SIGN_IN_REQUESTS_PER_WINDOW,
  type SignInLink,
  type TeamAuth,
  type TeamAuthOptions,
} from "./auth.js";
export {
  type DatabaseLocation,
  openTeamDatabase,
  TeamDatabaseBusyError,
  type TeamDb,
  teamDatabaseLocation,
} from "./db.js";
export { MIGRATIONS, migrateToLatest } from "./migrations/index.js";
export { type AddPerson, People, PeopleError, type Person } from "./people.js";
export {
  type CommentThread,
  Review,
  ReviewError,
  reviewProgress,
  type StageDecision,
  type StageDefinition,
  type StageProgress,
} from "./review.js";
export { ROLES, type Role, type TeamDatabase } from "./schema.js";
