export { Quote, type QuoteContent, type QuoteProps } from "./quote.js";
