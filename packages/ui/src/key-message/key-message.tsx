import type { KeyMessage as KeyMessageContent, Locale } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { Heading, type HeadingLevel } from "../internal/heading.js";
import { localize } from "../internal/locale.js";

export interface KeyMessageProps extends Omit<ComponentPropsWithoutRef<"article">, "children"> {
  /** An approved key message from the library: its words are used exactly as approved. */
  message: KeyMessageContent;
  locale?: Locale;
  headingLevel?: HeadingLevel;
  /** `emphasis` fills the card with the brand colour for a single, central message. */
  variant?: "default" | "emphasis";
}

export function KeyMessage({
  message,
  locale = "en",
  headingLevel = 2,
  variant = "default",
  className,
  ...props
}: KeyMessageProps) {
  const title = localize(message.title, locale);
  const text = localize(message.text, locale);
  return (
    <article
      {...props}
      data-variant={variant}
      data-message-id={message.id}
      className={cx("chorus-key-message chorus-reset", className)}
    >
      <Heading level={headingLevel} lang={title.lang} className="chorus-heading chorus-key-message__title">
        {title.text}
      </Heading>
      <p lang={text.lang} className="chorus-key-message__text">
        {text.text}
      </p>
    </article>
  );
}
