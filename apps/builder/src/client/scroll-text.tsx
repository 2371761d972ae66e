import type { CSSProperties } from "react";

/** Long text in a scrolling box that keyboard users can focus and scroll. */
export function ScrollText({
  text,
  label,
  className,
  style,
}: {
  text: string;
  label: string;
  className?: string;
  style?: CSSProperties;
}) {
  return (
    <section aria-label={label}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <pre className={className} style={style} tabIndex={0}>
        {text}
      </pre>
    </section>
  );
}
