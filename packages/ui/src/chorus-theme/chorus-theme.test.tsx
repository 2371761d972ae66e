import { defaultTheme, themeFromBrandKit } from "@chorus/tokens";
import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { examplePartner, systemMessage } from "../../test/content.js";
import { KeyMessage } from "../key-message/key-message.js";
import { ChorusTheme } from "./chorus-theme.js";

describe("ChorusTheme", () => {
  it("sets the theme's custom properties on a wrapper", () => {
    const { theme } = themeFromBrandKit(examplePartner);
    render(
      <ChorusTheme theme={theme} locale="es" data-testid="theme">
        <KeyMessage message={systemMessage} locale="es" />
      </ChorusTheme>,
    );
    const wrapper = screen.getByTestId("theme");
    expect(wrapper.style.getPropertyValue("--chorus-brand")).toBe("#6A1B9A");
    expect(wrapper.style.getPropertyValue("--chorus-bg")).toBe("#FAFAFA");
    expect(wrapper.getAttribute("lang")).toBe("es");
    expect(wrapper.getAttribute("data-chorus-theme")).toBe("example-health");
    expect(wrapper.className).toBe("chorus-theme");
  });

  it("switches to the dark values", () => {
    render(<ChorusTheme colorScheme="dark" data-testid="theme" />);
    const wrapper = screen.getByTestId("theme");
    expect(wrapper.getAttribute("data-chorus-scheme")).toBe("dark");
    expect(wrapper.style.getPropertyValue("--chorus-bg")).toBe(defaultTheme.colors.dark.bg);
  });

  it("server-renders the variables inline, with no client code needed", () => {
    const html = renderToString(
      <ChorusTheme>
        <KeyMessage message={systemMessage} />
      </ChorusTheme>,
    );
    expect(html).toContain(`--chorus-brand:${defaultTheme.colors.light.brand}`);
    expect(html).toContain(
      '<h2 class="chorus-heading chorus-key-message__title">Burnout is a system problem</h2>',
    );
  });
});
