import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { SafeMessagingNotice } from "./safe-messaging-notice.js";

describe("SafeMessagingNotice", () => {
  it("is a labelled complementary region with 988 call and chat links", async () => {
    const { container } = render(<SafeMessagingNotice />);
    expect(screen.getByRole("complementary", { name: "Help is available" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Call or text 988" }).getAttribute("href")).toBe("tel:988");
    expect(screen.getByRole("link", { name: "Chat at 988lifeline.org" }).getAttribute("href")).toBe(
      "https://988lifeline.org/chat/",
    );
    await expectNoAxeViolations(container);
  });

  it("uses safe-messaging wording (no 'commit' suicide language)", () => {
    const { container } = render(<SafeMessagingNotice />);
    expect(container.textContent).not.toMatch(/commit/i);
  });

  it("speaks Spanish", async () => {
    const { container } = render(<SafeMessagingNotice locale="es" headingLevel={3} />);
    expect(screen.getByRole("heading", { level: 3, name: "Hay ayuda disponible" })).toBeTruthy();
    expect(screen.getByRole("complementary", { name: "Hay ayuda disponible" })).toBeTruthy();
    expect(screen.getByText(/^Si tienes pensamientos suicidas/)).toBeTruthy();
    expect(screen.getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Llama o envía un mensaje de texto al 988", "tel:988"],
      ["Chatea en 988lifeline.org", "https://988lifeline.org/chat/"],
    ]);
    expect(container.textContent).not.toMatch(/Help is available|Call or text|Chat at/);
    await expectNoAxeViolations(container);
  });
});
