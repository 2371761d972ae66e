import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { Hero } from "./hero.js";

describe("Hero", () => {
  it("gives the page its h1, summary and main action", async () => {
    const { container } = render(
      <Hero
        eyebrow="National Physician Suicide Awareness Day · September 17"
        title="It is safe to ask for help"
        summary="Clinicians deserve care too."
        action={{ label: "Find support", url: "https://988lifeline.org" }}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "It is safe to ask for help" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Find support" }).getAttribute("href")).toBe(
      "https://988lifeline.org",
    );
    expect(screen.getByText(/Awareness Day/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("renders without optional parts at a lower heading level", async () => {
    const { container } = render(<Hero title="Burnout is a system problem" headingLevel={2} />);
    expect(screen.getByRole("heading", { level: 2 })).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
    await expectNoAxeViolations(container);
  });
});
