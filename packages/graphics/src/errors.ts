import { type ColorRole, formatRatio } from "@chorus/tokens";
import { type CardSize, describeSize } from "./sizes.js";

function prefixed(label: string | undefined, sentence: string): string {
  return label ? `${label}: ${sentence}` : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A text that does not fit its card even at the smallest legible size. */
export class GraphicFitError extends Error {
  readonly code = "does-not-fit";
  /** The content field (`statement`, `text`, `description`, …) or `brand name` / `collaborative name`. */
  readonly field: string;
  /** The size id, e.g. "link". */
  readonly size: string;
  /** The smallest font size tried, in px. */
  readonly fontSize: number;
  /** About how many characters to cut. */
  readonly shortenBy: number;
  constructor(options: {
    label?: string;
    field: string;
    size: CardSize;
    fontSize: number;
    shortenBy: number;
  }) {
    super(
      prefixed(
        options.label,
        `the ${options.field} does not fit the ${describeSize(options.size)} even at ${options.fontSize} px: shorten it by about ${options.shortenBy} characters`,
      ),
    );
    this.name = "GraphicFitError";
    this.field = options.field;
    this.size = options.size.id;
    this.fontSize = options.fontSize;
    this.shortenBy = options.shortenBy;
  }
}

/** One text/background pair of a card below its WCAG minimum. */
export interface GraphicContrastFailure {
  /** The text on the card, e.g. "statement" or "source line". */
  field: string;
  fgRole: ColorRole;
  bgRole: ColorRole;
  fg: string;
  bg: string;
  ratio: number;
  minimum: number;
  /** The nearest shade of the text colour (same hue) that passes, when there is one. */
  suggestion: string | undefined;
}

/** The theme's colours would put text on the card below 4.5:1 (3:1 for bold text of 24 px and more). */
export class GraphicContrastError extends Error {
  readonly code = "low-contrast";
  readonly scheme: "light" | "dark";
  readonly failures: readonly GraphicContrastFailure[];
  constructor(options: {
    label?: string;
    themeName: string;
    scheme: "light" | "dark";
    failures: readonly GraphicContrastFailure[];
  }) {
    const describe = (failure: GraphicContrastFailure) =>
      `${failure.field} in ${failure.fgRole} ${failure.fg} on ${failure.bgRole} ${failure.bg} is ${formatRatio(
        failure.ratio,
        failure.minimum,
      )}, needs ${failure.minimum}:1${
        failure.suggestion ? ` (nearest passing ${failure.fgRole}: ${failure.suggestion})` : ""
      }`;
    super(
      prefixed(
        options.label,
        `the theme "${options.themeName}" (${options.scheme}) puts text below WCAG contrast on this card: ${options.failures
          .map(describe)
          .join("; ")}`,
      ),
    );
    this.name = "GraphicContrastError";
    this.scheme = options.scheme;
    this.failures = options.failures;
  }
}

/**
 * Input a card cannot be made from: an empty field, a character no shipped font has, an unreadable logo, a
 * crisis line on a size with no room for one.
 */
export class GraphicInputError extends Error {
  readonly code: "empty-text" | "unsupported-character" | "invalid-logo" | "no-room-for-crisis-line";
  readonly field: string;
  constructor(options: {
    label?: string;
    code: GraphicInputError["code"];
    field: string;
    message: string;
  }) {
    super(prefixed(options.label, options.message));
    this.name = "GraphicInputError";
    this.code = options.code;
    this.field = options.field;
  }
}
