import { type Locale, type Resource, smsKeyword } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { Heading, type HeadingLevel } from "../internal/heading.js";
import { localize } from "../internal/locale.js";
import { displayHost, strings } from "../internal/strings.js";

export interface ResourceCardProps
  extends Omit<ComponentPropsWithoutRef<"article">, "children" | "resource"> {
  resource: Resource;
  locale?: Locale;
  headingLevel?: HeadingLevel;
}

/** `tel:` wants digits only: "1-888-409-0141" → "tel:18884090141". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}

/** `sms:` with the keyword for `locale` pre-filled where phones support it. */
export function smsHref(sms: NonNullable<Resource["sms"]>, locale: Locale = "en"): string {
  const keyword = smsKeyword(sms, locale);
  return keyword ? `sms:${sms.number}?&body=${encodeURIComponent(keyword)}` : `sms:${sms.number}`;
}

export function ResourceCard({
  resource,
  locale = "en",
  headingLevel = 3,
  className,
  ...props
}: ResourceCardProps) {
  const t = strings(locale);
  const name = localize(resource.name, locale);
  const description = localize(resource.description, locale);
  const hours = localize(resource.hours, locale);
  const answersInLocale = resource.serves.includes(locale);
  return (
    <article
      {...props}
      data-kind={resource.kind}
      data-resource-id={resource.id}
      className={cx("chorus-resource chorus-reset", className)}
    >
      {/* The kind is written out, never shown by colour alone. */}
      <p className="chorus-resource__kind">{t.kinds[resource.kind]}</p>
      <Heading level={headingLevel} lang={name.lang} className="chorus-heading chorus-resource__name">
        {name.text}
      </Heading>
      <p lang={description.lang} className="chorus-resource__description">
        {description.text}
      </p>
      <p className="chorus-resource__hours">
        <span className="chorus-resource__label">{t.hours}:</span> <span lang={hours.lang}>{hours.text}</span>
      </p>
      {answersInLocale ? null : <p className="chorus-resource__language">{t.servesOnlyEnglish}</p>}
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style: none drops list semantics in Safari/VoiceOver; the role restores them. */}
      <ul className="chorus-resource__actions" role="list">
        {resource.phone ? (
          <li>
            <a className="chorus-button" data-action="call" href={telHref(resource.phone)}>
              {t.call(resource.phone)}
            </a>
          </li>
        ) : null}
        {resource.sms ? (
          <li>
            <a
              className="chorus-button"
              data-variant={resource.phone ? "secondary" : undefined}
              data-action="text"
              href={smsHref(resource.sms, locale)}
            >
              {t.text(resource.sms.number, smsKeyword(resource.sms, locale))}
            </a>
          </li>
        ) : null}
        <li>
          <a className="chorus-link chorus-resource__web" data-action="visit" href={resource.url}>
            {t.visit(displayHost(resource.url))}
          </a>
        </li>
      </ul>
    </article>
  );
}
