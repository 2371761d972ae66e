import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { examplePartner } from "../../test/content.js";
import { Footer } from "./footer.js";

describe("Footer", () => {
  it("prints the organization, its postal address and website", async () => {
    const { container } = render(<Footer organization={examplePartner} />);
    expect(screen.getByRole("contentinfo")).toBeTruthy();
    expect(screen.getByText("500 Sample Avenue")).toBeTruthy();
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
    expect(screen.getByRole("link", { name: "Cancelar suscripción" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Privacidad" })).toBeTruthy();
  });
});
