import type { Locale } from "@chorus/content";
import { type ComponentPropsWithoutRef, useId } from "react";
import { cx } from "../internal/cx.js";
import { Heading, type HeadingLevel } from "../internal/heading.js";
import { strings } from "../internal/strings.js";

export interface SafeMessagingNoticeProps extends Omit<ComponentPropsWithoutRef<"aside">, "children"> {
  locale?: Locale;
  headingLevel?: HeadingLevel;
}

/**
 * The 988 notice every material that mentions suicide or crisis must carry (safe-messaging guidelines).
 * The wording is fixed and reviewed; partners cannot change it, only its heading level.
 */
export function SafeMessagingNotice({
  locale = "en",
  headingLevel = 2,
  className,
  ...props
}: SafeMessagingNoticeProps) {
  const t = strings(locale);
  const headingId = useId();
  return (
    <aside
      {...props}
      aria-labelledby={headingId}
      className={cx("chorus-safe-messaging chorus-reset", className)}
    >
      <Heading level={headingLevel} id={headingId} className="chorus-heading chorus-safe-messaging__heading">
        {t.helpHeading}
      </Heading>
      <p className="chorus-safe-messaging__text">{t.helpText}</p>
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style: none drops list semantics in Safari/VoiceOver; the role restores them. */}
      <ul className="chorus-safe-messaging__actions" role="list">
        <li>
          <a className="chorus-button" data-action="call" href="tel:988">
            {t.callOrText}
          </a>
        </li>
        <li>
          <a className="chorus-link" data-action="chat" href="https://988lifeline.org/chat/">
            {t.chat}
          </a>
        </li>
      </ul>
    </aside>
  );
}
