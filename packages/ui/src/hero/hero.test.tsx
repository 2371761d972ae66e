import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { Hero } from "./hero.js";

describe("Hero", () => {
  it("gives the page its h1, public lead and main action", async () => {
    const { container } = render(
      <Hero
        eyebrow="National Physician Suicide Awareness Day · September 17"
        title="It is safe to ask for help"
        lead="Clinicians deserve care too."
        action={{ label: "Find support", url: "https://988lifeline.org" }}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "It is safe to ask for help" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Find support" }).getAttribute("href")).toBe(
      "https://988lifeline.org",
    );
    expect(screen.getByText("Clinicians deserve care too.").tagName).toBe("P");
    expect(screen.getByText("National Physician Suicide Awareness Day · September 17").tagName).toBe("P");
    await expectNoAxeViolations(container);
  });

  it("renders without optional parts at a lower heading level", async () => {
    const { container } = render(<Hero title="Burnout is a system problem" headingLevel={2} />);
    expect(screen.getAllByRole("heading").map((h) => [h.tagName, h.textContent])).toEqual([
      ["H2", "Burnout is a system problem"],
    ]);
    // No eyebrow, lead, branding or action: the section holds the heading alone.
    expect(container.querySelector(".chorus-hero__inner")?.children).toHaveLength(1);
    expect(screen.queryByRole("link")).toBeNull();
    await expectNoAxeViolations(container);
  });
});
