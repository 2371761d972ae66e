import type { Citation, Fact, Locale } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { localize } from "../internal/locale.js";
import { strings } from "../internal/strings.js";

export interface StatCalloutProps extends Omit<ComponentPropsWithoutRef<"figure">, "children"> {
  /**
   * A fact from the library. The figure, its statement and its citation travel together: there is no
   * prop for a bare number, so a statistic cannot be shown without its source.
   */
  fact: Fact;
  locale?: Locale;
  /** Optional framing sentence written around the figure (a stat block's `lead`). */
  lead?: string;
}

/** Thrown when a fact reaches the component without a usable citation (e.g. from untyped JSON). */
export class MissingCitationError extends Error {
  constructor(factId: string, missing: string) {
    super(
      `StatCallout cannot show fact "${factId}": its citation has no ${missing}. Every statistic must show its source; add the citation to campaigns/_library/facts.yaml.`,
    );
    this.name = "MissingCitationError";
  }
}

/** Runtime guard for content that bypassed the types (JSON from a CMS, `as any`). */
export function assertCited(fact: Fact): Citation {
  const citation = fact?.citation as Partial<Citation> | undefined;
  const id = fact?.id ?? "(no id)";
  if (!citation) throw new MissingCitationError(id, "source at all");
  for (const field of ["title", "publisher", "url"] as const) {
    if (typeof citation[field] !== "string" || citation[field].trim() === "")
      throw new MissingCitationError(id, field);
  }
  if (typeof citation.year !== "number") throw new MissingCitationError(id, "year");
  return citation as Citation;
}

/** Citation style for a callout: up to three authors, then "et al." (the link has the full record). */
export function shortAuthors(authors: string): string {
  const names = authors.split(/,\s*/).filter(Boolean);
  return names.length > 3 ? `${names[0]} et al.` : authors;
}

export function StatCallout({ fact, locale = "en", lead, className, ...props }: StatCalloutProps) {
  const citation = assertCited(fact);
  const statement = localize(fact.statement, locale);
  const t = strings(locale);
  return (
    <figure {...props} data-fact-id={fact.id} className={cx("chorus-stat chorus-reset", className)}>
      {lead ? <p className="chorus-stat__lead">{lead}</p> : null}
      <p className="chorus-stat__value">{fact.value}</p>
      <p lang={statement.lang} className="chorus-stat__statement">
        {statement.text}
      </p>
      <figcaption className="chorus-stat__source">
        {t.source}:{" "}
        <cite>
          <a className="chorus-link" href={citation.url} lang="en">
            {citation.title}
          </a>
        </cite>
        {citation.authors ? (
          <span lang="en">. {shortAuthors(citation.authors).replace(/\.$/, "")}</span>
        ) : null}
        . <span lang="en">{citation.publisher}</span>, {citation.year}.
      </figcaption>
    </figure>
  );
}
