import type { Block } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";

/** A campaign quote block; `attribution.consent: true` is required by the type and the schema. */
export type QuoteContent = Omit<Extract<Block, { type: "quote" }>, "type">;

export interface QuoteProps extends Omit<ComponentPropsWithoutRef<"figure">, "children"> {
  quote: QuoteContent;
}

export function Quote({ quote, className, ...props }: QuoteProps) {
  if (quote.attribution?.consent !== true) {
    throw new Error(
      `Quote from "${quote.attribution?.name ?? "unknown"}" cannot be shown: quotes are only used with the person's consent (attribution.consent: true).`,
    );
  }
  return (
    <figure {...props} className={cx("chorus-quote chorus-reset", className)}>
      <blockquote className="chorus-quote__text">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption className="chorus-quote__attribution">
        <span className="chorus-quote__name">{quote.attribution.name}</span>
        {quote.attribution.role ? <span className="chorus-quote__role">{quote.attribution.role}</span> : null}
      </figcaption>
    </figure>
  );
}
