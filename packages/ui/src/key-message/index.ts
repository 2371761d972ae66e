export { KeyMessage, type KeyMessageProps } from "./key-message.js";
