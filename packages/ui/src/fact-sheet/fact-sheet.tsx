import type {
  Definition as DefinitionContent,
  Fact,
  KeyMessage as KeyMessageContent,
  Locale,
  Resource,
} from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { CallToAction, type CallToActionContent } from "../call-to-action/call-to-action.js";
import { Definition } from "../definition/definition.js";
import { Footer, type FooterOrganization } from "../footer/footer.js";
import { cx } from "../internal/cx.js";
import { strings } from "../internal/strings.js";
import { KeyMessage } from "../key-message/key-message.js";
import { type LockupBrand, PartnerLockup } from "../partner-lockup/partner-lockup.js";
import { Quote, type QuoteContent } from "../quote/quote.js";
import { ResourceList } from "../resource-list/resource-list.js";
import { SafeMessagingNotice } from "../safe-messaging-notice/safe-messaging-notice.js";
import { StatCallout } from "../stat-callout/stat-callout.js";

export interface FactSheetProps extends Omit<ComponentPropsWithoutRef<"article">, "children" | "title"> {
  title: string;
  /**
   * Public copy under the title: the fact-sheet material's `lead` (or the campaign's `lead`). Never the
   * campaign's `summary`, which is an internal brief.
   */
  intro?: string;
  locale?: Locale;
  /** Co-branding at the top of the sheet. Without it, the organization's name is shown. */
  lockup?: { collaborative: LockupBrand; partner: LockupBrand };
  keyMessages?: readonly KeyMessageContent[];
  /** Up to three facts fit on the page; each keeps its citation. */
  facts?: readonly Fact[];
  quote?: QuoteContent;
  definitions?: readonly DefinitionContent[];
  resources?: readonly Resource[];
  action?: CallToActionContent;
  /** Who publishes the sheet: printed in the footer with its postal address. */
  organization: FooterOrganization;
}

/**
 * A printable one-page fact sheet composed from the other components. On screen it looks like a
 * page; printed, it fits one US Letter or A4 sheet and prints link addresses after citations.
 */
export function FactSheet({
  title,
  intro,
  locale = "en",
  lockup,
  keyMessages = [],
  facts = [],
  quote,
  definitions = [],
  resources = [],
  action,
  organization,
  className,
  ...props
}: FactSheetProps) {
  const t = strings(locale);
  const mentionsCrisis = resources.some((resource) => resource.kind === "crisis");
  return (
    <article {...props} className={cx("chorus-factsheet chorus-reset", className)}>
      <header className="chorus-factsheet__header">
        {lockup ? (
          <PartnerLockup collaborative={lockup.collaborative} partner={lockup.partner} locale={locale} />
        ) : (
          <p className="chorus-factsheet__org">{organization.name}</p>
        )}
        <h1 className="chorus-heading chorus-factsheet__title">{title}</h1>
        {intro ? <p className="chorus-factsheet__intro">{intro}</p> : null}
      </header>

      {facts.length > 0 ? (
        <section className="chorus-factsheet__section" aria-label={t.byTheNumbers}>
          <div className="chorus-factsheet__facts">
            {facts.map((fact) => (
              <StatCallout key={fact.id} fact={fact} locale={locale} />
            ))}
          </div>
        </section>
      ) : null}

      {keyMessages.length > 0 ? (
        <section className="chorus-factsheet__section">
          <h2 className="chorus-heading chorus-factsheet__heading">{t.keyMessages}</h2>
          <div className="chorus-factsheet__messages">
            {keyMessages.map((message) => (
              <KeyMessage key={message.id} message={message} locale={locale} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}

      {quote ? <Quote quote={quote} locale={locale} className="chorus-factsheet__quote" /> : null}

      {definitions.length > 0 ? (
        <section className="chorus-factsheet__section">
          <h2 className="chorus-heading chorus-factsheet__heading">{t.glossary}</h2>
          <div className="chorus-factsheet__definitions">
            {definitions.map((definition) => (
              <Definition key={definition.id} definition={definition} locale={locale} />
            ))}
          </div>
        </section>
      ) : null}

      {resources.length > 0 ? <ResourceList resources={resources} locale={locale} /> : null}
      {mentionsCrisis ? <SafeMessagingNotice locale={locale} /> : null}
      {action ? <CallToAction action={action} /> : null}
      <Footer organization={organization} locale={locale} />
    </article>
  );
}
