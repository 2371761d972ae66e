import { render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { CallToAction } from "./call-to-action.js";

const action = { label: "Take the pledge", url: "https://chorus-collaborative.org/pledge" };

describe("CallToAction", () => {
  it("renders a single link styled as a button", async () => {
    const { container } = render(<CallToAction action={action} />);
    const link = screen.getByRole("link", { name: "Take the pledge" });
    expect(link.getAttribute("href")).toBe(action.url);
    expect(link.getAttribute("data-variant")).toBe("primary");
    expect(screen.queryByRole("heading")).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("renders a panel with heading and description", async () => {
    const { container } = render(
      <CallToAction
        action={action}
        heading="Make it safe to ask for help"
        description="Ten minutes, one pledge."
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Make it safe to ask for help" })).toBeTruthy();
    expect(screen.getByText("Ten minutes, one pledge.")).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("is reachable with the keyboard", async () => {
    const user = userEvent.setup();
    render(<CallToAction action={action} variant="secondary" />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("link", { name: "Take the pledge" }));
  });
});
