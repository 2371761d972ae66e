import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { Quote, type QuoteContent } from "./quote.js";

const quote: QuoteContent = {
  text: "Talking to a peer was the first time I felt I was not failing alone.",
  attribution: {
    name: "Dr. Maya R.",
    role: "Emergency physician",
    consent: true,
    source: "Interview with the collaborative, 2026-10-02",
  },
};

const illustrative: QuoteContent = {
  illustrative: true,
  text: "After a hard night in the ICU, a peer supporter called me the next day.",
  attribution: { name: "An ICU nurse in the South" },
};

describe("Quote", () => {
  it("renders a real person's quote in a blockquote with their attribution as the caption", async () => {
    const { container } = render(<Quote quote={quote} />);
    const figure = screen.getByRole("figure");
    expect(figure.getAttribute("data-kind")).toBe("real");
    expect(figure.querySelector("figcaption")?.textContent).toBe("Dr. Maya R.Emergency physician");
    expect(figure.querySelector("blockquote")?.textContent).toBe(quote.text);
    expect(screen.getByText("Emergency physician")).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("omits the role line when there is no role", () => {
    render(<Quote quote={{ ...quote, attribution: { ...quote.attribution, role: undefined } }} />);
    expect(screen.getByRole("figure").querySelector(".chorus-quote__role")).toBeNull();
  });

  it("labels a written example as illustrative, under its attribution, in the page's language", async () => {
    const { container, rerender } = render(<Quote quote={illustrative} />);
    const figure = screen.getByRole("figure");
    expect(figure.getAttribute("data-kind")).toBe("illustrative");
    expect(figure.querySelector("figcaption")?.textContent).toBe(
      "An ICU nurse in the SouthAn illustration written for this campaign, not a real person's words.",
    );
    await expectNoAxeViolations(container);
    rerender(<Quote quote={illustrative} locale="es" />);
    expect(
      screen.getByText("Un ejemplo escrito para esta campaña; no son palabras de una persona real."),
    ).toBeTruthy();
  });

  it("refuses a real person's quote without recorded consent", () => {
    const unconsented = {
      ...quote,
      attribution: { name: "Dr. Maya R.", consent: false, source: "Interview" },
    } as unknown as QuoteContent;
    expect(() => render(<Quote quote={unconsented} />)).toThrow(
      `Quote from "Dr. Maya R." cannot be shown: a real person's quote needs the person's consent (attribution.consent: true), or mark a written example illustrative: true.`,
    );
  });

  it("refuses a real person's quote without a source", () => {
    const unsourced: QuoteContent = { ...quote, attribution: { name: "Dr. Maya R.", consent: true } };
    expect(() => render(<Quote quote={unsourced} />)).toThrow(
      `Quote from "Dr. Maya R." cannot be shown: a real person's quote needs a source (attribution.source), or mark a written example illustrative: true.`,
    );
  });
});
