import type { Meta, StoryObj } from "@storybook/react-vite";
import emails from "../.generated/emails.json";

interface RenderedFixture {
  campaign: string;
  material: string;
  template: string;
  audience: string;
  locale: string;
  partner: string;
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

const all = emails as RenderedFixture[];

/** Previews never fetch: remote images show their alt text, as in an inbox with images off. */
const PREVIEW_CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">";

function previewHtml(html: string, scheme: "light" | "dark"): string {
  const withCsp = html.replace("<head>", `<head>${PREVIEW_CSP}`);
  // Dark: apply the email's own dark-mode rules unconditionally, as a dark-mode client would.
  return scheme === "dark" ? withCsp.replace("@media (prefers-color-scheme: dark){", "@media all{") : withCsp;
}

interface EmailReviewProps {
  template: string;
  partner: string;
  locale: string;
  scheme: "light" | "dark";
}

function pick({ template, partner, locale }: EmailReviewProps): { email: RenderedFixture; note?: string } {
  const forTemplate = all.filter((e) => e.template === template);
  const exact = forTemplate.find((e) => e.partner === partner && e.locale === locale);
  if (exact) return { email: exact };
  const samePartner = forTemplate.find((e) => e.partner === partner) ?? forTemplate[0]!;
  return {
    email: samePartner,
    note: `No ${locale} version of a ${template} email in campaigns/ yet: showing ${samePartner.locale}.`,
  };
}

const WIDTHS = [
  { name: "Desktop", width: 680 },
  { name: "Mobile", width: 375 },
];

/** One email as a partner would send it: desktop and mobile widths side by side, with its plain text. */
function EmailReview(props: EmailReviewProps) {
  const { email, note } = pick(props);
  const html = previewHtml(email.html, props.scheme);
  const frame = { border: "1px solid var(--chorus-border)", background: "#fff", display: "block" } as const;
  return (
    <section
      style={{
        display: "grid",
        gap: "1rem",
        fontFamily: "var(--chorus-font-body)",
        color: "var(--chorus-fg)",
      }}
    >
      <header>
        <h2 style={{ margin: "0 0 0.25rem", fontSize: "1.125rem" }}>{email.subject}</h2>
        <p style={{ margin: 0, color: "var(--chorus-muted)" }}>
          {`${email.campaign} / ${email.material} · ${email.partner} · ${email.locale} · for ${email.audience}`}
        </p>
        <p style={{ margin: "0.25rem 0 0", color: "var(--chorus-muted)" }}>Preheader: {email.preheader}</p>
        {note ? <p role="note">{note}</p> : null}
      </header>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1.5rem", alignItems: "flex-start" }}>
        {WIDTHS.map(({ name, width }) => (
          <figure key={name} style={{ margin: 0 }}>
            <figcaption>{`${name} (${width} px)`}</figcaption>
            <iframe
              title={`${email.subject}: ${name.toLowerCase()} preview`}
              srcDoc={html}
              sandbox=""
              width={width}
              height={900}
              style={frame}
            />
          </figure>
        ))}
        <figure style={{ margin: 0, flex: "1 1 320px", minWidth: 280 }}>
          <figcaption>Plain text</figcaption>
          <pre
            style={{
              whiteSpace: "pre-wrap",
              maxHeight: 900,
              overflow: "auto",
              margin: 0,
              padding: "1rem",
              background: "var(--chorus-surface)",
              border: "1px solid var(--chorus-border)",
              fontSize: "0.8125rem",
            }}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable text must be reachable by keyboard
            tabIndex={0}
          >
            {email.text}
          </pre>
        </figure>
      </div>
    </section>
  );
}

const templates = [...new Set(all.map((e) => e.template))];

const meta = {
  title: "Emails/Templates",
  component: EmailReview,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    template: { control: "select", options: templates },
    partner: { table: { disable: true } },
    locale: { table: { disable: true } },
    scheme: { table: { disable: true } },
  },
  // The toolbar's partner, locale and scheme choose which rendering to show.
  render: (args, { globals }) => (
    <EmailReview
      {...args}
      partner={
        globals.partner === "chorus-default"
          ? "collaborative"
          : ((globals.partner as string) ?? "collaborative")
      }
      locale={(globals.locale as string) ?? "en"}
      scheme={globals.scheme === "dark" ? "dark" : "light"}
    />
  ),
} satisfies Meta<typeof EmailReview>;

export default meta;
type Story = StoryObj<typeof meta>;

const base = { partner: "collaborative", locale: "en", scheme: "light" as const };

export const Newsletter: Story = { args: { ...base, template: "newsletter" } };
export const Awareness: Story = { args: { ...base, template: "awareness" } };
export const CallToAction: Story = { args: { ...base, template: "call-to-action" } };
export const EventInvitation: Story = { args: { ...base, template: "event-invitation" } };
export const PartnerKit: Story = { args: { ...base, template: "partner-kit" } };
export const Proof: Story = { args: { ...base, template: "proof" } };
