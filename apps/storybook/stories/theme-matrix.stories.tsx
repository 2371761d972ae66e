import type { Fact, KeyMessage as KeyMessageContent, Locale, PartnerKit, Resource } from "@chorus/content";
import { type ColorScheme, themeFromBrandKit } from "@chorus/tokens";
// Imported through the package's public entry, as a partner would.
import {
  CallToAction,
  ChorusTheme,
  KeyMessage,
  ResourceCard,
  SafeMessagingNotice,
  StatCallout,
} from "@chorus/ui";
import type { Meta, StoryObj } from "@storybook/react-vite";
import fixtures from "../.generated/fixtures.json";

const partners = fixtures.partners as unknown as { kit: PartnerKit; logo: string }[];
const library = fixtures.library as unknown as {
  keyMessages: KeyMessageContent[];
  facts: Fact[];
  resources: Resource[];
};

function Sample({ kit, scheme, locale }: { kit: PartnerKit; scheme: ColorScheme; locale: Locale }) {
  const { theme, issues } = themeFromBrandKit(kit);
  return (
    <ChorusTheme
      theme={theme}
      colorScheme={scheme}
      locale={locale}
      style={{ padding: "1.25rem", display: "grid", gap: "1rem" }}
    >
      <h2 style={{ margin: 0, fontSize: "1rem" }}>
        {kit.name} · {scheme} {issues.length > 0 ? `· ${issues.length} contrast issue(s)` : ""}
      </h2>
      <KeyMessage message={library.keyMessages[0]!} locale={locale} headingLevel={3} variant="emphasis" />
      <StatCallout fact={library.facts[0]!} locale={locale} />
      <ResourceCard resource={library.resources[0]!} locale={locale} />
      <SafeMessagingNotice locale={locale} headingLevel={3} />
      <CallToAction action={{ label: "Learn more", url: kit.website }} />
    </ChorusTheme>
  );
}

/**
 * Every partner theme in light and dark, side by side. Its axe run checks colour contrast in real Chromium for
 * all of them at once, so a new brand kit with a failing colour fails the Storybook test run.
 */
const meta = {
  title: "Patterns/Theme matrix",
  // Compared with its reference image (screenshots/reference/).
  tags: ["screenshot"],
  parameters: {
    layout: "fullscreen",
    // The matrix repeats the same 988 notice once per theme on purpose; a real page has one.
    a11y: { test: "error", config: { rules: [{ id: "landmark-unique", enabled: false }] } },
  },
  render: (_args, { globals }) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(22rem, 1fr))" }}>
      {partners.flatMap(({ kit }) =>
        (["light", "dark"] as const).map((scheme) => (
          <Sample
            key={`${kit.id}-${scheme}`}
            kit={kit}
            scheme={scheme}
            locale={(globals.locale as Locale) ?? "en"}
          />
        )),
      )}
    </div>
  ),
} satisfies Meta;
export default meta;

export const AllPartners: StoryObj<typeof meta> = {};
