import type { Locale, PartnerKit } from "@chorus/content";
import type { ComponentPropsWithoutRef } from "react";
import { cx } from "../internal/cx.js";
import { strings } from "../internal/strings.js";

/** One organization in a lockup: its name and a logo the consumer can serve. */
export interface LockupBrand {
  name: string;
  logo: { src: string; alt: string; width?: number | undefined; height?: number | undefined };
  /** Demonstration kits get a visible "Example partner" label. */
  example?: boolean | undefined;
}

/**
 * A lockup brand from a brand kit. `logoSrc` is where the consumer serves `kit.logo.file`
 * (a URL or data: URI), because the kit only knows the file's path in the repository.
 */
export function lockupBrandFromKit(kit: PartnerKit, logoSrc: string): LockupBrand {
  return {
    name: kit.name,
    logo: { src: logoSrc, alt: kit.logo.alt, width: kit.logo.width, height: kit.logo.height },
    example: kit.example,
  };
}

export interface PartnerLockupProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  collaborative: LockupBrand;
  partner: LockupBrand;
  locale?: Locale;
  /** `stacked` puts the partner under the collaborative (narrow spaces, banners). */
  layout?: "inline" | "stacked";
}

function Logo({ brand }: { brand: LockupBrand }) {
  return (
    <span className="chorus-lockup__brand">
      <img
        className="chorus-lockup__logo"
        src={brand.logo.src}
        alt={brand.logo.alt}
        width={brand.logo.width}
        height={brand.logo.height}
      />
    </span>
  );
}

/** Collaborative and partner logos with clear space between them and the "in partnership with" line. */
export function PartnerLockup({
  collaborative,
  partner,
  locale = "en",
  layout = "inline",
  className,
  ...props
}: PartnerLockupProps) {
  const t = strings(locale);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups two logos.
    <div
      {...props}
      role="group"
      aria-label={`${collaborative.name} ${t.inPartnershipWith} ${partner.name}`}
      data-layout={layout}
      className={cx("chorus-lockup chorus-reset", className)}
    >
      <Logo brand={collaborative} />
      <span className="chorus-lockup__divider" aria-hidden="true" />
      <span className="chorus-lockup__partner">
        <span className="chorus-lockup__with">{t.inPartnershipWith}</span>
        <Logo brand={partner} />
        {partner.example ? <span className="chorus-lockup__example">{t.examplePartner}</span> : null}
      </span>
    </div>
  );
}
