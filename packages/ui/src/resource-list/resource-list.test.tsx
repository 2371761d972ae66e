import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { crisisText, lifeline, physicianLine } from "../../test/content.js";
import { ResourceCard } from "./resource-card.js";
import { ResourceList } from "./resource-list.js";

describe("ResourceCard", () => {
  it("offers call, text and web actions for 988", async () => {
    const { container } = render(<ResourceCard resource={lifeline} />);
    expect(screen.getByRole("link", { name: "Call 988" }).getAttribute("href")).toBe("tel:988");
    expect(screen.getByRole("link", { name: "Text 988" }).getAttribute("href")).toBe("sms:988");
    expect(screen.getByRole("link", { name: "Visit 988lifeline.org" }).getAttribute("href")).toBe(
      "https://988lifeline.org",
    );
    await expectNoAxeViolations(container);
  });

  it("writes the kind in words, not only as a colour", () => {
    render(<ResourceCard resource={lifeline} />);
    expect(screen.getByText("Crisis line")).toBeTruthy();
    expect(screen.getByRole("article").getAttribute("data-kind")).toBe("crisis");
  });

  it("pre-fills the keyword in the sms: link and says it in the label", () => {
    render(<ResourceCard resource={crisisText} />);
    const text = screen.getByRole("link", { name: "Text HOME to 741741" });
    expect(text.getAttribute("href")).toBe("sms:741741?&body=HOME");
    expect(screen.queryByRole("link", { name: /^Call/ })).toBeNull();
  });

  it("texts each language's own keyword: 988 takes AYUDA for Spanish, and nothing in English", () => {
    const { unmount } = render(<ResourceCard resource={lifeline} locale="es" />);
    expect(screen.getByRole("link", { name: "Envía AYUDA al 988" }).getAttribute("href")).toBe(
      "sms:988?&body=AYUDA",
    );
    unmount();
    render(
      <ResourceCard
        resource={{ ...crisisText, sms: { number: "741741", keyword: { en: "HOME", es: "AYUDA" } } }}
      />,
    );
    expect(screen.getByRole("link", { name: "Text HOME to 741741" }).getAttribute("href")).toBe(
      "sms:741741?&body=HOME",
    );
  });

  it("dials digits only for formatted numbers", () => {
    render(<ResourceCard resource={physicianLine} />);
    expect(screen.getByRole("link", { name: "Call 1-888-409-0141" }).getAttribute("href")).toBe(
      "tel:18884090141",
    );
  });

  it("tells Spanish readers when a service answers only in English", async () => {
    const { container } = render(<ResourceCard resource={physicianLine} locale="es" />);
    expect(screen.getByText("Este servicio atiende en inglés.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Llama al 1-888-409-0141" })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

describe("ResourceList", () => {
  it("lists crisis lines first under a heading, each card one level below", async () => {
    const { container } = render(<ResourceList resources={[physicianLine, lifeline, crisisText]} />);
    expect(screen.getByRole("heading", { level: 2, name: "Where to find support" })).toBeTruthy();
    const [cards] = screen.getAllByRole("list");
    expect(within(cards!).getAllByRole("article")).toHaveLength(3);
    const names = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(names).toEqual(["988 Suicide & Crisis Lifeline", "Crisis Text Line", "Physician Support Line"]);
    await expectNoAxeViolations(container);
  });

  it("uses the given heading and locale", () => {
    render(<ResourceList resources={[lifeline]} heading="Apoyo" locale="es" headingLevel={3} />);
    expect(screen.getByRole("heading", { level: 3, name: "Apoyo" })).toBeTruthy();
    expect(
      screen.getByRole("heading", { level: 4, name: "988 Línea de Prevención del Suicidio y Crisis" }),
    ).toBeTruthy();
  });
});
