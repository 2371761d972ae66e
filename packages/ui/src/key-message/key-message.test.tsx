import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { englishOnlyMessage, systemMessage } from "../../test/content.js";
import { KeyMessage } from "./key-message.js";

describe("KeyMessage", () => {
  it("shows the approved title as a heading and the approved text", async () => {
    const { container } = render(<KeyMessage message={systemMessage} />);
    expect(screen.getByRole("heading", { level: 2, name: "Burnout is a system problem" })).toBeTruthy();
    expect(screen.getByText(/not from a flaw in the people doing it/)).toBeTruthy();
    expect(screen.getByRole("article").getAttribute("data-message-id")).toBe("burnout-is-a-system-problem");
    await expectNoAxeViolations(container);
  });

  it("renders the Spanish translation when asked", () => {
    render(<KeyMessage message={systemMessage} locale="es" />);
    expect(screen.getByRole("heading", { name: systemMessage.title.es })).toBeTruthy();
    expect(screen.getByText(systemMessage.text.es!)).toBeTruthy();
    expect(screen.queryByText(systemMessage.text.en)).toBeNull();
  });

  it("falls back to the English source and marks it lang=en on a Spanish page", async () => {
    const { container } = render(
      <div lang="es">
        <KeyMessage message={englishOnlyMessage} locale="es" />
      </div>,
    );
    const heading = screen.getByRole("heading", { name: "Asking for help is part of the job" });
    expect(heading.getAttribute("lang")).toBe("en");
    await expectNoAxeViolations(container);
  });

  it("fits the page outline through headingLevel and merges className last", () => {
    render(
      <KeyMessage message={systemMessage} headingLevel={3} className="partner-card" variant="emphasis" />,
    );
    expect(screen.getAllByRole("heading").map((h) => [h.tagName, h.textContent])).toEqual([
      ["H3", "Burnout is a system problem"],
    ]);
    const article = screen.getByRole("article");
    expect(article.className).toBe("chorus-key-message chorus-reset partner-card");
    expect(article.getAttribute("data-variant")).toBe("emphasis");
  });
});
