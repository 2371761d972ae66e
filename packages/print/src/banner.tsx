import type { WebBannerMaterial } from "@chorus/ui/web-banner";
import { BANNER_SIZES, WebBanner } from "@chorus/ui/web-banner";
import { PrintFrame } from "./components.js";
import { dataUrl, webDocument } from "./document.js";
import type { PrintInput } from "./types.js";
import { checkInput, describe, requireAction, requireText } from "./validate.js";

/** What a web banner says: a web-banner material's size, headline, body and call to action. */
export type BannerContent = Pick<WebBannerMaterial, "size" | "headline" | "body" | "cta">;

/** A banner's pixel size, for `PdfPrinter.snapshot`. */
export function bannerSize(content: Pick<BannerContent, "size">): { width: number; height: number } {
  const size = BANNER_SIZES[content.size];
  if (!size)
    throw new TypeError(
      `"${content.size}" is not a standard IAB banner size (${Object.keys(BANNER_SIZES).join(", ")}).`,
    );
  return { width: size.width, height: size.height };
}

/**
 * A web banner as a complete, self-contained HTML page: @chorus/ui's WebBanner (the builder's preview) in
 * the brand's theme, with its logo and the shipped font inlined, so it can be put in an iframe on a
 * partner's site or opened from the kit as it is. `PdfPrinter.snapshot` makes its PNG.
 */
export function bannerHtml(input: PrintInput<BannerContent>): string {
  const what = describe("Web banner", input);
  checkInput(what, input);
  const { content, brand, locale, theme } = input;
  const { width, height } = bannerSize(content);
  requireText(content.headline, what, "content.headline");
  requireAction(content.cta, what, "content.cta");
  const logo = brand.logo
    ? { src: dataUrl(brand.logo.data, brand.logo.type), alt: brand.logo.alt }
    : undefined;
  return webDocument({
    locale,
    title: input.title,
    label: input.label ?? input.title,
    kind: "Web banner",
    box: ".chorus-banner",
    fields: [
      [".chorus-banner__headline", "the headline"],
      [".chorus-banner__body", "the body"],
      [".chorus-banner__cta", "the button text"],
    ],
    width,
    height,
    body: (
      <PrintFrame theme={theme} locale={locale} className="web-root">
        <WebBanner banner={content} {...(logo ? { logo } : {})} />
      </PrintFrame>
    ),
  });
}
