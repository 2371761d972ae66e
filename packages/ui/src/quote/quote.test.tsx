import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { Quote, type QuoteContent } from "./quote.js";

const quote: QuoteContent = {
  text: "Talking to a peer was the first time I felt I was not failing alone.",
  attribution: { name: "Dr. Maya R.", role: "Emergency physician", consent: true },
};

describe("Quote", () => {
  it("renders the quote in a blockquote with its attribution as the caption", async () => {
    const { container } = render(<Quote quote={quote} />);
    const figure = screen.getByRole("figure");
    expect(figure.querySelector("figcaption")?.textContent).toBe("Dr. Maya R.Emergency physician");
    expect(figure.querySelector("blockquote")?.textContent).toBe(quote.text);
    expect(screen.getByText("Emergency physician")).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("omits the role line when there is no role", () => {
    render(<Quote quote={{ ...quote, attribution: { name: "A resident", consent: true } }} />);
    expect(screen.getByRole("figure").querySelector(".chorus-quote__role")).toBeNull();
  });

  it("refuses a quote without recorded consent", () => {
    const unconsented = {
      ...quote,
      attribution: { name: "Dr. Maya R.", consent: false },
    } as unknown as QuoteContent;
    expect(() => render(<Quote quote={unconsented} />)).toThrow(
      `Quote from "Dr. Maya R." cannot be shown: quotes are only used with the person's consent`,
    );
  });
});
