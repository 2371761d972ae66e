import "@chorus/ui/styles.css";
import type { Locale, PartnerKit } from "@chorus/content";
import { defaultTheme, type Theme, themeFromBrandKit } from "@chorus/tokens";
import { ChorusTheme } from "@chorus/ui";
import type { Decorator, Preview } from "@storybook/react-vite";
import fixtures from "../.generated/fixtures.json";

const partners = fixtures.partners as unknown as { kit: PartnerKit; logo: string }[];
const themes = new Map<string, Theme>(partners.map(({ kit }) => [kit.id, themeFromBrandKit(kit).theme]));

/** Wraps every story in the selected partner's theme, colour scheme and locale. */
const withChorusTheme: Decorator = (Story, context) => {
  const theme = themes.get(context.globals.partner as string) ?? defaultTheme;
  const locale = (context.globals.locale as Locale) ?? "en";
  const scheme = context.globals.scheme === "dark" ? "dark" : "light";
  // Only components that take a locale get one from the toolbar.
  const args = "locale" in (context.argTypes ?? {}) ? { ...context.args, locale } : context.args;
  return (
    <ChorusTheme
      // What the screenshot comparison photographs (.storybook/vitest.setup.ts).
      data-story-root=""
      theme={theme}
      colorScheme={scheme}
      locale={locale}
      style={{ padding: context.parameters.layout === "fullscreen" ? 0 : "1.5rem", minHeight: "100%" }}
    >
      <Story args={args} />
    </ChorusTheme>
  );
};

const preview = {
  decorators: [withChorusTheme],
  globalTypes: {
    partner: {
      description: "Partner theme (from campaigns/_partners)",
      toolbar: {
        title: "Partner",
        icon: "paintbrush",
        items: [
          { value: "chorus-default", title: "Chorus tokens (default)" },
          ...partners.map(({ kit }) => ({ value: kit.id, title: kit.shortName ?? kit.name })),
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Content locale",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "es", title: "Español" },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: "Colour scheme",
      toolbar: {
        title: "Scheme",
        icon: "contrast",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    partner: partners[0]?.kit.id ?? "chorus-default",
    locale: "en",
    scheme: "light",
    viewport: { value: "desktop", isRotated: false },
  },
  parameters: {
    layout: "fullscreen",
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Axe violations fail the story's test run (vitest addon) and show in the a11y panel.
    a11y: { test: "error" },
    viewport: {
      options: {
        mobile: { name: "Mobile (375)", styles: { width: "375px", height: "740px" }, type: "mobile" },
        tablet: { name: "Tablet (768)", styles: { width: "768px", height: "1024px" }, type: "tablet" },
        desktop: { name: "Desktop (1280)", styles: { width: "1280px", height: "860px" }, type: "desktop" },
      },
    },
    backgrounds: {
      options: {
        light: { name: "Light", value: "#FFFFFF" },
        dark: { name: "Dark", value: "#121315" },
      },
    },
    options: {
      storySort: {
        order: [
          "Docs",
          [
            "Getting started for partners",
            "Voice and language",
            "Tokens and theming",
            "Contributing a component",
            "Reviewing graphics and print",
          ],
          "Components",
          "Patterns",
          "Emails",
          "Graphics",
          "Print",
        ],
      },
    },
  },
} satisfies Preview;

export default preview;
