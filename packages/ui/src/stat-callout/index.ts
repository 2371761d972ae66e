export {
  assertCited,
  MissingCitationError,
  StatCallout,
  type StatCalloutProps,
  shortAuthors,
} from "./stat-callout.js";
