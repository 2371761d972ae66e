import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { examplePartner } from "../../test/content.js";
import { Footer } from "./footer.js";

describe("Footer", () => {
  it("prints the organization, its postal address and website", async () => {
    const { container } = render(<Footer organization={examplePartner} />);
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByText(examplePartner.name).tagName).toBe("P");
    const address = footer.querySelector("address")!;
    expect([...address.children].map((line) => line.textContent)).toEqual(examplePartner.postalAddress);
    expect(screen.getByRole("link", { name: "example-health.org" }).getAttribute("href")).toBe(
      "https://example-health.org",
    );
    await expectNoAxeViolations(container);
  });

  it("adds unsubscribe and extra links when given", () => {
    render(
      <Footer
        organization={examplePartner}
        locale="es"
        unsubscribeUrl={examplePartner.unsubscribeUrl}
        links={[{ label: "Privacidad", url: "https://example-health.org/privacy" }]}
      />,
    );
    expect(screen.getByRole("link", { name: "Cancelar suscripción" }).getAttribute("href")).toBe(
      examplePartner.unsubscribeUrl,
    );
    expect(screen.getByRole("link", { name: "Privacidad" }).getAttribute("href")).toBe(
      "https://example-health.org/privacy",
    );
  });
});
