import { Link } from "@react-email/link";
import type { ReactNode } from "react";

/** An underlined text link in the theme's link colour (the `c-link` class switches it in dark mode). */
export function TextLink({ href, color, children }: { href: string; color: string; children: ReactNode }) {
  return (
    <Link href={href} className="c-link" style={{ color, textDecoration: "underline" }}>
      {children}
    </Link>
  );
}
