import type { Fact } from "@chorus/content";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { burnoutFact } from "../../test/content.js";
import { MissingCitationError, StatCallout, shortAuthors } from "./stat-callout.js";

describe("StatCallout", () => {
  it("shows the figure, its statement and a linked citation", async () => {
    const { container } = render(<StatCallout fact={burnoutFact} />);
    const figure = screen.getByRole("figure");
    expect(within(figure).getByText("62.8%")).toBeTruthy();
    expect(within(figure).getByText(burnoutFact.statement.en)).toBeTruthy();
    const source = within(figure).getByRole("link", { name: /Changes in Burnout and Satisfaction/ });
    expect(source.getAttribute("href")).toBe("https://doi.org/10.1016/j.mayocp.2022.09.002");
    expect(figure.querySelector("figcaption")?.textContent).toMatch(
      /^Source: .*Mayo Clinic Proceedings, 2022\.$/,
    );
    await expectNoAxeViolations(container);
  });

  it("keeps the source inside the figure's caption, so it is read with the figure", () => {
    render(<StatCallout fact={burnoutFact} />);
    const caption = screen.getByRole("figure").querySelector("figcaption");
    expect(caption?.contains(screen.getByRole("link"))).toBe(true);
  });

  it("translates the statement and the label, keeping the English citation marked lang=en", async () => {
    const { container } = render(<StatCallout fact={burnoutFact} locale="es" lead="Antes de la pandemia" />);
    expect(screen.getByText(/^A finales de 2021/)).toBeTruthy();
    expect(screen.getByText(/^Fuente:/)).toBeTruthy();
    expect(screen.getByRole("link").getAttribute("lang")).toBe("en");
    expect(screen.getByText("Antes de la pandemia")).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("shortens long author lists to the first author et al.", () => {
    const manyAuthors = {
      ...burnoutFact,
      citation: { ...burnoutFact.citation, authors: "Shanafelt TD, West CP, Dyrbye LN, Trockel M" },
    };
    render(<StatCallout fact={manyAuthors} />);
    expect(screen.getByRole("figure").querySelector("figcaption")?.textContent).toContain(
      ". Shanafelt TD et al.. Mayo".replace("..", "."),
    );
    expect(shortAuthors("Shanafelt TD, West CP")).toBe("Shanafelt TD, West CP");
  });

  it("refuses to render a fact without a citation", () => {
    const { citation: _dropped, ...uncited } = burnoutFact;
    // @ts-expect-error: a Fact without a citation does not type-check; the runtime guard catches untyped JSON.
    expect(() => render(<StatCallout fact={uncited} />)).toThrow(MissingCitationError);
    expect(() => render(<StatCallout fact={uncited as Fact} />)).toThrow(
      'StatCallout cannot show fact "physician-burnout-2021": its citation has no source at all.',
    );
  });

  it("refuses a citation with an empty url or missing year", () => {
    const noUrl = { ...burnoutFact, citation: { ...burnoutFact.citation, url: " " } };
    expect(() => render(<StatCallout fact={noUrl} />)).toThrow("its citation has no url");
    const noYear = {
      ...burnoutFact,
      citation: { ...burnoutFact.citation, year: undefined },
    } as unknown as Fact;
    expect(() => render(<StatCallout fact={noYear} />)).toThrow("its citation has no year");
  });
});
