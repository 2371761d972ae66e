import type { Definition as DefinitionContent, Locale } from "@chorus/content";
import { cx } from "../internal/cx.js";
import { localize } from "../internal/locale.js";
import { strings } from "../internal/strings.js";

export interface DefinitionProps {
  definition: DefinitionContent;
  locale?: Locale;
  /**
   * `block`: term and meaning always visible (glossaries, fact sheets).
   * `disclosure`: the term opens to show its meaning (a native <details>, works without JavaScript).
   */
  variant?: "block" | "disclosure";
  defaultOpen?: boolean;
  className?: string;
}

export function Definition({
  definition,
  locale = "en",
  variant = "block",
  defaultOpen = false,
  className,
}: DefinitionProps) {
  const term = localize(definition.term, locale);
  const meaning = localize(definition.definition, locale);
  const source = definition.source ? (
    <span className="chorus-definition__source">
      {strings(locale).source}:{" "}
      <cite lang="en">
        <a className="chorus-link" href={definition.source.url}>
          {definition.source.title}
        </a>
      </cite>
      , {definition.source.year}.
    </span>
  ) : null;

  if (variant === "disclosure") {
    return (
      <details
        className={cx("chorus-definition chorus-reset", className)}
        data-variant="disclosure"
        data-definition-id={definition.id}
        open={defaultOpen || undefined}
      >
        <summary className="chorus-definition__summary chorus-focusable">
          <dfn lang={term.lang} className="chorus-definition__term">
            {term.text}
          </dfn>
        </summary>
        <p lang={meaning.lang} className="chorus-definition__meaning">
          {meaning.text} {source}
        </p>
      </details>
    );
  }
  return (
    <dl
      className={cx("chorus-definition chorus-reset", className)}
      data-variant="block"
      data-definition-id={definition.id}
    >
      <dt>
        <dfn lang={term.lang} className="chorus-definition__term">
          {term.text}
        </dfn>
      </dt>
      <dd lang={meaning.lang} className="chorus-definition__meaning">
        {meaning.text} {source}
      </dd>
    </dl>
  );
}
