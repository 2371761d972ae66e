import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { CallToActionContent } from "../call-to-action/call-to-action.js";
import { cx } from "../internal/cx.js";
import { Heading, type HeadingLevel } from "../internal/heading.js";

export interface HeroProps extends Omit<ComponentPropsWithoutRef<"section">, "title" | "children"> {
  /** The campaign title. */
  title: string;
  /**
   * One or two sentences of public copy under the title: the campaign's `lead`. Never its `summary`,
   * which is an internal brief for reviewers.
   */
  lead?: string;
  /** Small line above the title, e.g. the observance and date. */
  eyebrow?: string;
  action?: CallToActionContent;
  /** Slot for a PartnerLockup or other branding shown above the title. */
  branding?: ReactNode;
  headingLevel?: HeadingLevel;
}

export function Hero({
  title,
  lead,
  eyebrow,
  action,
  branding,
  headingLevel = 1,
  className,
  ...props
}: HeroProps) {
  return (
    <section {...props} className={cx("chorus-hero chorus-reset", className)}>
      <div className="chorus-hero__inner">
        {branding ? <div className="chorus-hero__branding">{branding}</div> : null}
        {eyebrow ? <p className="chorus-hero__eyebrow">{eyebrow}</p> : null}
        <Heading level={headingLevel} className="chorus-heading chorus-hero__title">
          {title}
        </Heading>
        {lead ? <p className="chorus-hero__lead">{lead}</p> : null}
        {action ? (
          <p className="chorus-hero__action">
            <a className="chorus-button" href={action.url}>
              {action.label}
            </a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
