import type { Locale, Resource } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading.js";
import { strings } from "../internal/strings.js";
import { ResourceCard } from "./resource-card.js";

export interface ResourceListProps extends Omit<ComponentPropsWithoutRef<"section">, "children"> {
  resources: readonly Resource[];
  /** Defaults to "Where to find support" in the locale. */
  heading?: string;
  locale?: Locale;
  headingLevel?: HeadingLevel;
}

/** Support resources as cards, crisis lines first so the most urgent help is never below the fold. */
export function ResourceList({
  resources,
  heading,
  locale = "en",
  headingLevel = 2,
  className,
  ...props
}: ResourceListProps) {
  const ordered = [...resources].sort((a, b) => Number(b.kind === "crisis") - Number(a.kind === "crisis"));
  return (
    <section {...props} className={cx("chorus-resource-list chorus-reset", className)}>
      <Heading level={headingLevel} className="chorus-heading chorus-resource-list__heading">
        {heading ?? strings(locale).resourcesHeading}
      </Heading>
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style: none drops list semantics in Safari/VoiceOver; the role restores them. */}
      <ul className="chorus-resource-list__items" role="list">
        {ordered.map((resource) => (
          <li key={resource.id}>
            <ResourceCard resource={resource} locale={locale} headingLevel={nextLevel(headingLevel)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
