import { citationText } from "@chorus/content";
import { Hr } from "@react-email/hr";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { EmailModel } from "../model.js";
import { STRINGS } from "../strings.js";
import { TextLink } from "./text-link.js";

/** The postal address without a first line that only repeats the organization's name. */
export function addressLines(partner: { name: string; postalAddress: string[] }): string[] {
  const [first, ...rest] = partner.postalAddress;
  return first?.trim() === partner.name.trim() ? rest : partner.postalAddress;
}

export function Footer({ model }: { model: EmailModel }) {
  const c = model.colors.light;
  const { partner } = model;
  const strings = STRINGS[model.lang];
  const small = { margin: "0 0 6px", fontSize: "12px", lineHeight: "18px", color: c.muted };
  return (
    <Section className="c-pad" style={{ padding: "8px 32px 28px" }}>
      <Hr style={{ borderColor: c.border, margin: "16px 0" }} />
      {model.sources.length > 0 ? (
        <Section>
          <Text
            className="c-fg"
            style={{ margin: "0 0 6px", fontSize: "13px", lineHeight: "18px", fontWeight: 700, color: c.fg }}
          >
            {strings.sources}
          </Text>
          {model.sources.map((citation, index) => (
            <Text key={citation.url + citation.title} className="c-muted" style={small}>
              {`[${index + 1}] ${citationText(citation)} `}
              <TextLink href={citation.url} color={c.link}>
                {citation.url}
              </TextLink>
            </Text>
          ))}
          <Hr style={{ borderColor: c.border, margin: "16px 0" }} />
        </Section>
      ) : null}
      <Text className="c-fg" style={{ ...small, fontWeight: 700, color: c.fg }}>
        {partner.name}
      </Text>
      {addressLines(partner).map((line) => (
        <Text key={line} className="c-muted" style={{ ...small, margin: 0 }}>
          {line}
        </Text>
      ))}
      <Text className="c-muted" style={{ ...small, margin: "12px 0 6px" }}>
        {strings.whyYouGetThis(partner.name)}{" "}
        <TextLink href={partner.unsubscribeUrl} color={c.link}>
          {strings.unsubscribe}
        </TextLink>
      </Text>
      {partner.example ? (
        <Text className="c-muted" style={{ ...small, fontStyle: "italic" }}>
          {strings.examplePartner}
        </Text>
      ) : null}
    </Section>
  );
}
