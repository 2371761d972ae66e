import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import type { EmailModel } from "../model.js";
import { STRINGS } from "../strings.js";
import { Footer } from "./footer.js";
import { TextLink } from "./text-link.js";

/**
 * Dark mode is a progressive enhancement: clients that honour `prefers-color-scheme` (Apple Mail,
 * Outlook for Mac, iOS) get the theme's dark palette; the rest keep the light palette, which is
 * chosen to survive the automatic inversion Gmail and Outlook apply.
 */
function darkModeCss(model: EmailModel): string {
  const d = model.colors.dark;
  return `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme: dark){
.c-page{background-color:${d.bg}!important}
.c-card{background-color:${d.bg}!important}
.c-fg{color:${d.fg}!important}
.c-muted{color:${d.muted}!important}
.c-brand{color:${d.brand}!important}
.c-link{color:${d.link}!important}
.c-subtle{background-color:${d["brand-subtle"]}!important;border-color:${d.brand}!important}
.c-subtle .c-brand,.c-hero .c-brand{color:${d.fg}!important}
.c-surface{background-color:${d.surface}!important;border-color:${d.border}!important}
.c-hero{background-color:${d["brand-subtle"]}!important}
.c-hero-text{color:${d.fg}!important}
.c-button{background-color:${d.brand}!important;color:${d["brand-fg"]}!important}
.c-proof{background-color:${d["danger-subtle"]}!important;color:${d.fg}!important}
}
@media only screen and (max-width:600px){
.c-card{width:100%!important}
.c-pad{padding-left:20px!important;padding-right:20px!important}
}`;
}

const PREHEADER_PADDING = "\u00a0\u200c".repeat(60);

/** Hidden inbox preview text, padded so clients do not pull body text into the preview line. */
function Preheader({ text }: { text: string }) {
  return (
    <div
      style={{
        display: "none",
        overflow: "hidden",
        lineHeight: "1px",
        opacity: 0,
        maxHeight: 0,
        maxWidth: 0,
      }}
      data-skip-in-text="true"
    >
      {/* One text node: React separates adjacent ones with <!-- --> unless the first is empty, so
          two would make the markup depend on whether this recipient's preheader is empty. */}
      {`${text}${PREHEADER_PADDING}`}
    </div>
  );
}

export function PartnerHeader({ model }: { model: EmailModel }) {
  const { partner, collaborative } = model;
  const strings = STRINGS[model.lang];
  const c = model.colors.light;
  return (
    <Section className="c-pad" style={{ padding: "24px 32px 8px" }}>
      <Text
        className="c-brand"
        style={{ margin: 0, fontSize: "18px", lineHeight: "24px", fontWeight: 700, color: c.brand }}
      >
        <Link href={partner.website} className="c-brand" style={{ color: c.brand, textDecoration: "none" }}>
          {partner.name}
        </Link>
      </Text>
      {collaborative ? (
        <Text
          className="c-muted"
          style={{ margin: "2px 0 0", fontSize: "13px", lineHeight: "18px", color: c.muted }}
        >
          {`${strings.inPartnershipWith} `}
          <TextLink href={collaborative.website} color={c.link}>
            {collaborative.name}
          </TextLink>
        </Text>
      ) : null}
    </Section>
  );
}

function ProofBanner({ model }: { model: EmailModel }) {
  const c = model.colors.light;
  if (!model.proof) return null;
  return (
    <Section className="c-proof c-pad" style={{ backgroundColor: c["danger-subtle"], padding: "12px 32px" }}>
      <Text
        style={{ margin: 0, fontSize: "14px", lineHeight: "20px", fontWeight: 700, color: c.fg }}
        className="c-fg"
      >
        {STRINGS[model.lang].proofBanner}
      </Text>
      <Text style={{ margin: "4px 0 0", fontSize: "13px", lineHeight: "18px", color: c.fg }} className="c-fg">
        {`${STRINGS[model.lang].proofDetails}: ${model.campaign.id} · ${model.proof.materialId} · ${model.proof.partnerId} · ${model.lang} · ${model.proof.status}`}
      </Text>
    </Section>
  );
}

export function EmailLayout({ model, children }: { model: EmailModel; children: ReactNode }) {
  const c = model.colors.light;
  return (
    <Html lang={model.lang} dir={model.dir}>
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{model.subject}</title>
        <style>{darkModeCss(model)}</style>
      </Head>
      <Body
        className="c-page"
        style={{ margin: 0, padding: 0, backgroundColor: c.surface, fontFamily: model.fonts.body }}
      >
        <Preheader text={model.preheader} />
        {/* The page colour sits on a full-width table too: clients that drop <body> keep it, and dark mode can swap it. */}
        <Section className="c-page" style={{ backgroundColor: c.surface, padding: "24px 0" }}>
          <Container
            className="c-card"
            style={{
              width: "600px",
              maxWidth: "600px",
              backgroundColor: c.bg,
              border: `1px solid ${c.border}`,
            }}
          >
            {/* biome-ignore lint/a11y/useSemanticElements: mail clients drop or rename <article>; the role is what screen readers get */}
            <div
              role="article"
              aria-roledescription="email"
              aria-label={model.subject}
              lang={model.lang}
              dir={model.dir}
            >
              <ProofBanner model={model} />
              <PartnerHeader model={model} />
              {children}
              <Footer model={model} />
            </div>
          </Container>
        </Section>
      </Body>
    </Html>
  );
}
