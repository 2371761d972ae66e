import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { examplePartner, logo } from "../../test/content.js";
import { lockupBrandFromKit, PartnerLockup } from "./partner-lockup.js";

const collaborative = {
  name: "Clinician Well-Being Collaborative",
  logo: { src: logo("Collaborative"), alt: "Clinician Well-Being Collaborative logo" },
};

describe("PartnerLockup", () => {
  it("groups both logos under one accessible name with the partnership line", async () => {
    const partner = lockupBrandFromKit(examplePartner, logo("Example"));
    const { container } = render(<PartnerLockup collaborative={collaborative} partner={partner} />);
    expect(
      screen.getByRole("group", {
        name: "Clinician Well-Being Collaborative in partnership with Example Health System (sample partner)",
      }),
    ).toBeTruthy();
    expect(screen.getByRole("img", { name: "Clinician Well-Being Collaborative logo" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "Example Health System logo (sample partner)" })).toBeTruthy();
    expect(screen.getByText("in partnership with")).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("labels example partners visibly", () => {
    render(
      <PartnerLockup collaborative={collaborative} partner={lockupBrandFromKit(examplePartner, logo("E"))} />,
    );
    expect(screen.getByText("Example partner")).toBeTruthy();
  });

  it("translates the partnership line", () => {
    const partner = { ...lockupBrandFromKit(examplePartner, logo("E")), example: false };
    render(<PartnerLockup collaborative={collaborative} partner={partner} locale="es" layout="stacked" />);
    expect(screen.getByText("en colaboración con")).toBeTruthy();
    expect(screen.queryByText("Socio de ejemplo")).toBeNull();
  });
});
