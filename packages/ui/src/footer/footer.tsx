import type { Locale, PartnerKit } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { displayHost, strings } from "../internal/strings.js";

export type FooterOrganization = Pick<PartnerKit, "name" | "website" | "postalAddress">;

export interface FooterProps extends Omit<ComponentPropsWithoutRef<"footer">, "children"> {
  /** The organization publishing the material (a partner kit fits). */
  organization: FooterOrganization;
  locale?: Locale;
  /** Shown for materials that go to a mailing list. */
  unsubscribeUrl?: string;
  /** Extra links, e.g. privacy policy. */
  links?: readonly { label: string; url: string }[];
}

export function Footer({
  organization,
  locale = "en",
  unsubscribeUrl,
  links = [],
  className,
  ...props
}: FooterProps) {
  const t = strings(locale);
  return (
    <footer {...props} className={cx("chorus-footer chorus-reset", className)}>
      <div className="chorus-footer__org">
        <p className="chorus-footer__name">{organization.name}</p>
        <address className="chorus-footer__address">
          {organization.postalAddress.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </address>
      </div>
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style: none drops list semantics in Safari/VoiceOver; the role restores them. */}
      <ul className="chorus-footer__links" role="list">
        <li>
          <a className="chorus-link" href={organization.website}>
            {displayHost(organization.website)}
          </a>
        </li>
        {links.map((link) => (
          <li key={link.url}>
            <a className="chorus-link" href={link.url}>
              {link.label}
            </a>
          </li>
        ))}
        {unsubscribeUrl ? (
          <li>
            <a className="chorus-link" href={unsubscribeUrl}>
              {t.unsubscribe}
            </a>
          </li>
        ) : null}
      </ul>
      <p className="chorus-footer__note">{t.contentFrom}</p>
    </footer>
  );
}
