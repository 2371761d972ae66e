import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import {
  burnoutDefinition,
  burnoutFact,
  examplePartner,
  lifeline,
  logo,
  physicianLine,
  systemMessage,
} from "../../test/content.js";
import { lockupBrandFromKit } from "../partner-lockup/partner-lockup.js";
import { FactSheet } from "./fact-sheet.js";

const lockup = {
  collaborative: {
    name: "Clinician Well-Being Collaborative",
    logo: { src: logo("C"), alt: "Collaborative logo" },
  },
  partner: lockupBrandFromKit(examplePartner, logo("E")),
};

describe("FactSheet", () => {
  it("composes a one-page sheet with one h1 and cited facts", async () => {
    const { container } = render(
      <FactSheet
        title="Burnout is a system problem"
        intro="What health systems can change."
        lockup={lockup}
        facts={[burnoutFact]}
        keyMessages={[systemMessage]}
        definitions={[burnoutDefinition]}
        resources={[physicianLine, lifeline]}
        action={{ label: "Read the playbook", url: "https://chorus-collaborative.org/playbook" }}
        organization={examplePartner}
      />,
    );
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const stats = screen.getByRole("region", { name: "By the numbers" });
    expect(within(stats).getByRole("link", { name: /Changes in Burnout/ })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Key messages" })).toBeTruthy();
    expect(screen.getByRole("group", { name: /in partnership with Example Health/ })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("adds the 988 notice whenever a crisis resource is listed", () => {
    render(<FactSheet title="Support" resources={[lifeline]} organization={examplePartner} />);
    expect(screen.getByRole("complementary", { name: "Help is available" })).toBeTruthy();
  });

  it("omits the notice and empty sections otherwise, and names the organization without a lockup", () => {
    render(
      <FactSheet title="Support" resources={[physicianLine]} organization={examplePartner} locale="es" />,
    );
    expect(screen.queryByRole("complementary")).toBeNull();
    // Only the title and the resources it was given: no figures, key messages or glossary sections.
    expect(screen.getAllByRole("heading").map((h) => [h.tagName, h.textContent])).toEqual([
      ["H1", "Support"],
      ["H2", "Dónde encontrar apoyo"],
      ["H3", "Physician Support Line"],
    ]);
    expect(screen.queryByRole("region", { name: "En cifras" })).toBeNull();
    expect(screen.queryByRole("group", { name: /en colaboración con/ })).toBeNull();
    // Named once in the header, where a lockup would be, and once in the footer.
    const named = screen.getAllByText(examplePartner.name);
    expect(named.map((element) => element.className)).toEqual([
      "chorus-factsheet__org",
      "chorus-footer__name",
    ]);
  });
});
