import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../../test/axe.js";
import { logo } from "../../test/content.js";
import { BANNER_SIZES, type BannerSize, WebBanner } from "./web-banner.js";

const banner = {
  headline: "Burnout is a system problem",
  body: "Fix the work, not the worker.",
  cta: { label: "Learn more", url: "https://chorus-collaborative.org/burnout" },
};

describe("WebBanner", () => {
  it.each(Object.keys(BANNER_SIZES) as BannerSize[])("renders %s at its exact IAB size", async (size) => {
    const { container } = render(
      <WebBanner banner={{ ...banner, size }} logo={{ src: logo("Chorus"), alt: "Chorus" }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    const [width, height] = size.split("x");
    expect(root.style.width).toBe(`${width}px`);
    expect(root.style.height).toBe(`${height}px`);
    expect(root.getAttribute("data-size")).toBe(size);
    expect(screen.getByRole("link", { name: "Learn more" }).getAttribute("href")).toBe(banner.cta.url);
    await expectNoAxeViolations(container);
  });

  it("drops the body and logo in the 320x50 mobile slot", () => {
    render(
      <WebBanner banner={{ ...banner, size: "320x50" }} logo={{ src: logo("Chorus"), alt: "Chorus" }} />,
    );
    expect(screen.queryByText(banner.body)).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("rejects a non-standard size", () => {
    expect(() => render(<WebBanner banner={{ ...banner, size: "400x400" as BannerSize }} />)).toThrow(
      'WebBanner: "400x400" is not a standard IAB size',
    );
  });
});
