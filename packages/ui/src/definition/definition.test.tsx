import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { burnoutDefinition } from "../../test/content.js";
import { Definition } from "./definition.js";

describe("Definition", () => {
  it("pairs the term and its meaning in a description list, with the source", async () => {
    const { container } = render(<Definition definition={burnoutDefinition} />);
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toContain("Burnout");
    expect(container.querySelector("dt dfn")?.textContent).toBe("Burnout");
    expect(screen.getByRole("definition").textContent).toMatch(/^A work-related syndrome/);
    expect(
      screen.getByRole("link", { name: "Taking Action Against Clinician Burnout" }).getAttribute("href"),
    ).toBe(burnoutDefinition.source!.url);
    await expectNoAxeViolations(container);
  });

  it("opens and closes as a disclosure", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Definition definition={burnoutDefinition} variant="disclosure" locale="es" />,
    );
    const details = container.querySelector("details")!;
    expect(details.open).toBe(false);
    await expectNoAxeViolations(container);
    await user.click(screen.getByText("Agotamiento profesional (burnout)"));
    expect(details.open).toBe(true);
    await expectNoAxeViolations(container);
  });

  it("can start open", () => {
    const { container } = render(
      <Definition definition={burnoutDefinition} variant="disclosure" defaultOpen />,
    );
    expect(container.querySelector("details")?.open).toBe(true);
  });
});
