import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Img } from "@react-email/img";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import type { EmailModel, ResolvedBlock, ResolvedResource } from "../model.js";
import { STRINGS } from "../strings.js";
import { TextLink } from "./text-link.js";

type Colors = EmailModel["colors"]["light"];

const body = (c: Colors) => ({ margin: "0 0 16px", fontSize: "16px", lineHeight: "26px", color: c.fg });

/** A bordered panel on the surface colour: resource cards and event details. */
function Card({
  model,
  padding,
  margin,
  children,
}: {
  model: EmailModel;
  padding: string;
  margin: string;
  children: ReactNode;
}) {
  const c = model.colors.light;
  return (
    <Section
      className="c-surface"
      style={{
        backgroundColor: c.surface,
        border: `1px solid ${c.border}`,
        borderRadius: "6px",
        padding,
        margin,
      }}
    >
      {children}
    </Section>
  );
}

export function CtaButton({ label, url, model }: { label: string; url: string; model: EmailModel }) {
  const c = model.colors.light;
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button
        href={url}
        className="c-button"
        style={{
          backgroundColor: c.brand,
          color: c["brand-fg"],
          fontSize: "16px",
          fontWeight: 700,
          lineHeight: "24px",
          textDecoration: "none",
          borderRadius: "6px",
          padding: "12px 22px",
          display: "inline-block",
        }}
      >
        {label}
      </Button>
    </Section>
  );
}

function ResourceItem({ resource, model }: { resource: ResolvedResource; model: EmailModel }) {
  const c = model.colors.light;
  const strings = STRINGS[model.lang];
  const action = { color: c.link, fontWeight: 700, textDecoration: "underline" };
  return (
    <Card model={model} padding="14px 16px" margin="0 0 10px">
      <Text
        className="c-fg"
        style={{ margin: "0 0 4px", fontSize: "16px", lineHeight: "22px", fontWeight: 700, color: c.fg }}
      >
        {resource.name}
      </Text>
      <Text className="c-fg" style={{ margin: "0 0 6px", fontSize: "15px", lineHeight: "22px", color: c.fg }}>
        {resource.description}
      </Text>
      <Text className="c-fg" style={{ margin: 0, fontSize: "15px", lineHeight: "22px", color: c.fg }}>
        {resource.phone ? (
          <>
            {`${strings.call} `}
            <Link href={`tel:${resource.phone.replace(/[^0-9+]/g, "")}`} className="c-link" style={action}>
              {resource.phone}
            </Link>
            {" · "}
          </>
        ) : null}
        {resource.sms ? (
          <>
            {`${strings.text(resource.sms.keyword)} `}
            <Link
              href={`sms:${resource.sms.number}${resource.sms.keyword ? `?&body=${encodeURIComponent(resource.sms.keyword)}` : ""}`}
              className="c-link"
              style={action}
            >
              {resource.sms.number}
            </Link>
            {" · "}
          </>
        ) : null}
        <Link href={resource.url} className="c-link" style={action}>
          {`${strings.visit} ${new URL(resource.url).hostname.replace(/^www\./, "")}`}
        </Link>
      </Text>
      <Text
        className="c-muted"
        style={{ margin: "4px 0 0", fontSize: "13px", lineHeight: "18px", color: c.muted }}
      >
        {resource.hours}
      </Text>
    </Card>
  );
}

export function Block({ block, model }: { block: ResolvedBlock; model: EmailModel }) {
  const c = model.colors.light;
  switch (block.type) {
    case "heading":
      return (
        <Heading
          as={block.level === 2 ? "h2" : "h3"}
          className="c-fg"
          style={{
            margin: "8px 0 12px",
            fontFamily: model.fonts.heading,
            fontSize: block.level === 2 ? "22px" : "18px",
            lineHeight: block.level === 2 ? "30px" : "26px",
            fontWeight: 700,
            color: c.fg,
          }}
        >
          {block.text}
        </Heading>
      );
    case "paragraph":
      return (
        <Text className="c-fg" style={body(c)}>
          {block.text}
        </Text>
      );
    case "key-message":
      return (
        <Section
          className="c-subtle"
          style={{
            backgroundColor: c["brand-subtle"],
            borderLeft: `4px solid ${c.brand}`,
            padding: "16px 20px",
            margin: "0 0 20px",
          }}
        >
          <Text
            className="c-brand"
            style={{
              margin: "0 0 6px",
              fontSize: "13px",
              lineHeight: "18px",
              fontWeight: 700,
              color: c.brand,
            }}
          >
            {block.title}
          </Text>
          <Text
            className="c-fg"
            style={{ margin: 0, fontSize: "18px", lineHeight: "27px", fontWeight: 600, color: c.fg }}
          >
            {block.text}
          </Text>
        </Section>
      );
    case "stat":
      return (
        <Section style={{ margin: "0 0 20px" }}>
          {block.lead ? (
            <Text className="c-fg" style={{ ...body(c), margin: "0 0 6px" }}>
              {block.lead}
            </Text>
          ) : null}
          <Text
            className="c-brand"
            style={{ margin: 0, fontSize: "36px", lineHeight: "44px", fontWeight: 800, color: c.brand }}
          >
            {block.value}
          </Text>
          <Text
            className="c-fg"
            style={{ margin: "2px 0 0", fontSize: "16px", lineHeight: "24px", color: c.fg }}
          >
            {`${block.statement} [${block.sourceNumber}]`}
          </Text>
          <Text
            className="c-muted"
            style={{ margin: "4px 0 0", fontSize: "12px", lineHeight: "18px", color: c.muted }}
          >
            {`${STRINGS[model.lang].source}: ${block.citation.publisher}, ${block.citation.year}`}
          </Text>
        </Section>
      );
    case "quote":
      return (
        <Section
          style={{ margin: "0 0 20px", borderLeft: `3px solid ${c.border}`, padding: "4px 0 4px 18px" }}
        >
          <Text
            className="c-fg"
            style={{
              margin: "0 0 6px",
              fontSize: "17px",
              lineHeight: "26px",
              fontStyle: "italic",
              color: c.fg,
            }}
          >
            {`“${block.text}”`}
          </Text>
          <Text
            className="c-muted"
            style={{ margin: 0, fontSize: "14px", lineHeight: "20px", color: c.muted }}
          >
            {`— ${block.name}${block.role ? `, ${block.role}` : ""}`}
          </Text>
          {block.illustrative ? (
            <Text
              className="c-muted"
              style={{ margin: "4px 0 0", fontSize: "12px", lineHeight: "18px", color: c.muted }}
            >
              {STRINGS[model.lang].illustrativeQuote}
            </Text>
          ) : null}
        </Section>
      );
    case "resource-list":
      return (
        <Section style={{ margin: "0 0 20px" }}>
          {block.heading ? (
            <Heading
              as="h2"
              className="c-fg"
              style={{
                margin: "8px 0 12px",
                fontSize: "20px",
                lineHeight: "28px",
                fontWeight: 700,
                color: c.fg,
              }}
            >
              {block.heading}
            </Heading>
          ) : null}
          {block.resources.map((resource) => (
            <ResourceItem key={resource.id} resource={resource} model={model} />
          ))}
        </Section>
      );
    case "call-to-action":
      return <CtaButton label={block.label} url={block.url} model={model} />;
    case "image":
      return (
        <Section style={{ margin: "0 0 20px" }}>
          <Img
            src={block.src}
            alt={block.alt}
            width={block.width ?? 536}
            {...(block.height ? { height: block.height } : {})}
            style={{
              display: "block",
              width: "100%",
              maxWidth: `${block.width ?? 536}px`,
              height: "auto",
              border: 0,
            }}
          />
          {block.caption ? (
            <Text
              className="c-muted"
              style={{ margin: "6px 0 0", fontSize: "13px", lineHeight: "18px", color: c.muted }}
            >
              {block.caption}
            </Text>
          ) : null}
        </Section>
      );
    case "event":
      return (
        <Card model={model} padding="16px 20px" margin="0 0 20px">
          <Text
            className="c-fg"
            style={{ margin: "0 0 8px", fontSize: "18px", lineHeight: "26px", fontWeight: 700, color: c.fg }}
          >
            {block.name}
          </Text>
          <Text
            className="c-fg"
            style={{ margin: "0 0 4px", fontSize: "15px", lineHeight: "22px", color: c.fg }}
          >
            <strong>{`${STRINGS[model.lang].when}: `}</strong>
            {block.when}
          </Text>
          <Text
            className="c-fg"
            style={{ margin: "0 0 12px", fontSize: "15px", lineHeight: "22px", color: c.fg }}
          >
            <strong>{`${STRINGS[model.lang].where}: `}</strong>
            {block.location}
          </Text>
          <CtaButton label={STRINGS[model.lang].register} url={block.url} model={model} />
          <Text style={{ margin: 0, fontSize: "14px", lineHeight: "20px" }}>
            <TextLink href={block.calendarUrl} color={c.link}>
              {STRINGS[model.lang].addToCalendar}
            </TextLink>
          </Text>
        </Card>
      );
  }
}

export function Blocks({ blocks, model }: { blocks: ResolvedBlock[]; model: EmailModel }) {
  return (
    <>
      {blocks.map((block, index) => (
        // Blocks have no ids of their own; their order is fixed for one render.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <Block key={index} block={block} model={model} />
      ))}
    </>
  );
}
