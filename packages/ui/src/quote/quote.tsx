import type { Block, Locale } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { strings } from "../internal/strings.js";

/**
 * A campaign quote block: a person's own words (with `attribution.consent: true` and a `source`), or a
 * written example marked `illustrative: true`.
 */
export type QuoteContent = Omit<Extract<Block, { type: "quote" }>, "type">;

export interface QuoteProps extends Omit<ComponentPropsWithoutRef<"figure">, "children"> {
  quote: QuoteContent;
  /** The language of the label an illustrative quote carries. */
  locale?: Locale;
}

/**
 * A quote with its attribution. A written example says so under its attribution, so no reader takes it
 * for a real person's words; a real person's quote is shown only with their recorded consent and a
 * source, the same rule as the content schema (for content that reached the component without it).
 */
export function Quote({ quote, locale = "en", className, ...props }: QuoteProps) {
  const illustrative = quote.illustrative === true;
  if (!illustrative) {
    const missing =
      quote.attribution?.consent !== true
        ? "the person's consent (attribution.consent: true)"
        : !quote.attribution.source?.trim()
          ? "a source (attribution.source)"
          : undefined;
    if (missing) {
      throw new Error(
        `Quote from "${quote.attribution?.name ?? "unknown"}" cannot be shown: a real person's quote needs ${missing}, or mark a written example illustrative: true.`,
      );
    }
  }
  return (
    <figure
      {...props}
      data-kind={illustrative ? "illustrative" : "real"}
      className={cx("chorus-quote chorus-reset", className)}
    >
      <blockquote className="chorus-quote__text">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption className="chorus-quote__attribution">
        <span className="chorus-quote__name">{quote.attribution.name}</span>
        {quote.attribution.role ? <span className="chorus-quote__role">{quote.attribution.role}</span> : null}
        {illustrative ? (
          <span className="chorus-quote__note">{strings(locale).illustrativeQuote}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
