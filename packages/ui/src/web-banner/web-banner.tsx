import type { Material } from "@chorus/content";
import type { ComponentPropsWithoutRef, CSSProperties } from "react";
import { cx } from "../internal/cx.js";

export type WebBannerMaterial = Extract<Material, { kind: "web-banner" }>;
export type BannerSize = WebBannerMaterial["size"];

/** Standard IAB sizes in px, and the layout each one uses. */
export const BANNER_SIZES: Record<BannerSize, { width: number; height: number; layout: BannerLayout }> = {
  "300x250": { width: 300, height: 250, layout: "box" },
  "728x90": { width: 728, height: 90, layout: "strip" },
  "160x600": { width: 160, height: 600, layout: "tower" },
  "300x600": { width: 300, height: 600, layout: "tower" },
  "320x50": { width: 320, height: 50, layout: "mini" },
  "970x250": { width: 970, height: 250, layout: "billboard" },
};
export type BannerLayout = "box" | "strip" | "tower" | "mini" | "billboard";

export interface WebBannerProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The banner material from a campaign: size, headline, body, cta. */
  banner: Pick<WebBannerMaterial, "size" | "headline" | "body" | "cta">;
  /** Logo shown in the banner (the partner's, or the collaborative's). */
  logo?: { src: string; alt: string };
}

export function WebBanner({ banner, logo, className, style, ...props }: WebBannerProps) {
  const size = BANNER_SIZES[banner.size];
  if (!size)
    throw new Error(
      `WebBanner: "${banner.size}" is not a standard IAB size (${Object.keys(BANNER_SIZES).join(", ")})`,
    );
  const dimensions = { width: `${size.width}px`, height: `${size.height}px` } as CSSProperties;
  return (
    <div
      {...props}
      data-size={banner.size}
      data-layout={size.layout}
      className={cx("chorus-banner chorus-reset", className)}
      style={{ ...dimensions, ...style }}
    >
      {logo && size.layout !== "mini" ? (
        <img className="chorus-banner__logo" src={logo.src} alt={logo.alt} />
      ) : null}
      <div className="chorus-banner__copy">
        <p className="chorus-heading chorus-banner__headline">{banner.headline}</p>
        {banner.body && size.layout !== "mini" && size.layout !== "strip" ? (
          <p className="chorus-banner__body">{banner.body}</p>
        ) : null}
      </div>
      <a className="chorus-button chorus-banner__cta" href={banner.cta.url}>
        {banner.cta.label}
      </a>
    </div>
  );
}
