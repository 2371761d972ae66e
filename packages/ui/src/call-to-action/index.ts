export { CallToAction, type CallToActionContent, type CallToActionProps } from "./call-to-action.js";
