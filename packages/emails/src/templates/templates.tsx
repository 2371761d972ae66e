import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import { Blocks } from "../components/blocks.js";
import { EmailLayout } from "../components/layout.js";
import type { EmailModel, EmailTemplate, ResolvedBlock } from "../model.js";
import { STRINGS } from "../strings.js";

export interface TemplateProps {
  model: EmailModel;
}

function Content({ children }: { children: ReactNode }) {
  return (
    <Section className="c-pad" style={{ padding: "8px 32px 0" }}>
      {children}
    </Section>
  );
}

/** A coloured band that names the campaign moment: the awareness day, the event, the ask. */
function Hero({ model, kicker, title }: { model: EmailModel; kicker?: string | undefined; title: string }) {
  const c = model.colors.light;
  return (
    <Section
      className="c-hero c-pad"
      style={{ backgroundColor: c["brand-subtle"], padding: "24px 32px", margin: "8px 0 16px" }}
    >
      {kicker ? (
        <Text
          className="c-brand"
          style={{ margin: "0 0 6px", fontSize: "14px", lineHeight: "20px", fontWeight: 700, color: c.brand }}
        >
          {kicker}
        </Text>
      ) : null}
      <Heading
        as="h1"
        className="c-hero-text"
        style={{
          margin: 0,
          fontFamily: model.fonts.heading,
          fontSize: "28px",
          lineHeight: "36px",
          fontWeight: 800,
          color: c.fg,
        }}
      >
        {title}
      </Heading>
    </Section>
  );
}

/** The page's one h1 when no hero carries it: the email's headline. */
function Title({ model }: { model: EmailModel }) {
  const c = model.colors.light;
  return (
    <Heading
      as="h1"
      className="c-fg"
      style={{
        margin: "8px 0 16px",
        fontFamily: model.fonts.heading,
        fontSize: "26px",
        lineHeight: "34px",
        fontWeight: 800,
        color: c.fg,
      }}
    >
      {model.headline}
    </Heading>
  );
}

/** Several sections, each opened by a heading, with a short table of contents when there are two or more. */
export function NewsletterEmail({ model }: TemplateProps) {
  const c = model.colors.light;
  const sections: ResolvedBlock[][] = [[]];
  for (const block of model.blocks) {
    if (block.type === "heading" && block.level === 2 && sections.at(-1)!.length > 0) sections.push([]);
    sections.at(-1)!.push(block);
  }
  const headings = model.blocks.filter(
    (b): b is Extract<ResolvedBlock, { type: "heading" }> => b.type === "heading" && b.level === 2,
  );
  return (
    <EmailLayout model={model}>
      <Content>
        <Title model={model} />
        {headings.length >= 2 ? (
          <Section
            className="c-surface"
            style={{
              backgroundColor: c.surface,
              padding: "12px 16px",
              margin: "0 0 20px",
              borderRadius: "6px",
            }}
          >
            <Text
              className="c-fg"
              style={{
                margin: "0 0 4px",
                fontSize: "14px",
                lineHeight: "20px",
                fontWeight: 700,
                color: c.fg,
              }}
            >
              {STRINGS[model.lang].inThisIssue}
            </Text>
            {headings.map((heading) => (
              <Text
                key={heading.text}
                className="c-fg"
                style={{ margin: 0, fontSize: "14px", lineHeight: "22px", color: c.fg }}
              >
                {`• ${heading.text}`}
              </Text>
            ))}
          </Section>
        ) : null}
        {sections.map((section, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are a fixed split of the blocks
          <Section key={index}>
            {index > 0 ? <Hr style={{ borderColor: c.border, margin: "8px 0 20px" }} /> : null}
            <Blocks blocks={section} model={model} />
          </Section>
        ))}
      </Content>
    </EmailLayout>
  );
}

/** A day or week of action: the observance in a hero band, then the message. */
export function AwarenessEmail({ model }: TemplateProps) {
  return (
    <EmailLayout model={model}>
      <Hero model={model} kicker={model.campaign.observance} title={model.headline} />
      <Content>
        <Blocks blocks={model.blocks} model={model} />
      </Content>
    </EmailLayout>
  );
}

/** Policy or advocacy: the ask up front, the reasons, then the ask again. */
export function CallToActionEmail({ model }: TemplateProps) {
  const firstCta = model.blocks.find((b) => b.type === "call-to-action");
  return (
    <EmailLayout model={model}>
      <Hero
        model={model}
        kicker={firstCta?.type === "call-to-action" ? firstCta.label : undefined}
        title={model.headline}
      />
      <Content>
        <Blocks blocks={model.blocks} model={model} />
      </Content>
    </EmailLayout>
  );
}

/** An invitation: the event name in the hero, details card from the event block. */
export function EventInvitationEmail({ model }: TemplateProps) {
  const event = model.blocks.find((b) => b.type === "event");
  return (
    <EmailLayout model={model}>
      <Hero
        model={model}
        kicker={event?.type === "event" ? event.when : model.campaign.observance}
        title={event?.type === "event" ? event.name : model.headline}
      />
      <Content>
        <Blocks blocks={model.blocks} model={model} />
      </Content>
    </EmailLayout>
  );
}

/** "Here is your campaign kit": what a partner gets, and the approved pieces in it. */
export function PartnerKitEmail({ model }: TemplateProps) {
  const c = model.colors.light;
  return (
    <EmailLayout model={model}>
      <Content>
        <Title model={model} />
        <Blocks blocks={model.blocks} model={model} />
        <Heading
          as="h2"
          className="c-fg"
          style={{ margin: "8px 0 12px", fontSize: "20px", lineHeight: "28px", fontWeight: 700, color: c.fg }}
        >
          {STRINGS[model.lang].yourKit}
        </Heading>
        {model.kit.map((item) => (
          <Text
            key={item.id}
            className="c-fg"
            style={{ margin: "0 0 6px", fontSize: "15px", lineHeight: "22px", color: c.fg }}
          >
            {`• ${item.title} (${item.audience})`}
          </Text>
        ))}
      </Content>
    </EmailLayout>
  );
}

/** A reviewer's proof: the proof banner with what is being reviewed, then the content as written. */
export function ProofEmail({ model }: TemplateProps) {
  const proofModel: EmailModel = model.proof
    ? model
    : {
        ...model,
        proof: { status: model.campaign.status, partnerId: model.partner.id, materialId: model.material.id },
      };
  return (
    <EmailLayout model={proofModel}>
      <Content>
        <Title model={proofModel} />
        <Blocks blocks={proofModel.blocks} model={proofModel} />
      </Content>
    </EmailLayout>
  );
}

export const TEMPLATES: Record<EmailTemplate, (props: TemplateProps) => ReactNode> = {
  newsletter: NewsletterEmail,
  awareness: AwarenessEmail,
  "call-to-action": CallToActionEmail,
  "event-invitation": EventInvitationEmail,
  "partner-kit": PartnerKitEmail,
  proof: ProofEmail,
};
