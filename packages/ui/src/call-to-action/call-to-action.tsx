import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "../internal/cx.js";
import { Heading, type HeadingLevel } from "../internal/heading.js";

/** A campaign's `callsToAction` entry (or any label + https URL). */
export interface CallToActionContent {
  label: string;
  url: string;
}

export interface CallToActionProps extends Omit<ComponentPropsWithoutRef<"section">, "children"> {
  action: CallToActionContent;
  /** With a heading, the action is shown as a panel; without, as a single button. */
  heading?: string;
  description?: ReactNode;
  headingLevel?: HeadingLevel;
  variant?: "primary" | "secondary";
}

export function CallToAction({
  action,
  heading,
  description,
  headingLevel = 2,
  variant = "primary",
  className,
  ...props
}: CallToActionProps) {
  const button = (
    <a className="chorus-button chorus-cta__action" data-variant={variant} href={action.url}>
      {action.label}
    </a>
  );
  if (!heading && !description) {
    return (
      <div className={cx("chorus-cta chorus-reset", className)} data-layout="button">
        {button}
      </div>
    );
  }
  return (
    <section {...props} className={cx("chorus-cta chorus-reset", className)} data-layout="panel">
      {heading ? (
        <Heading level={headingLevel} className="chorus-heading chorus-cta__heading">
          {heading}
        </Heading>
      ) : null}
      {description ? <p className="chorus-cta__description">{description}</p> : null}
      <div>{button}</div>
    </section>
  );
}
