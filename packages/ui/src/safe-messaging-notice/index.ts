export { SafeMessagingNotice, type SafeMessagingNoticeProps } from "./safe-messaging-notice.js";
