import type { Diagnostic, LoadedPartner, PathSegment } from "@chorus/content";
import { type ContrastIssue, formatRatio } from "./contrast.js";
import type { ColorRole } from "./semantic.js";
import { themeFromBrandKit } from "./theme.js";

/** Which colour of a brand kit (`colors.<key>`) each theme role comes from. */
const KIT_KEY: Partial<Record<ColorRole, "primary" | "accent" | "text" | "background">> = {
  fg: "text",
  muted: "text",
  bg: "background",
  surface: "background",
  brand: "primary",
  "brand-strong": "primary",
  link: "primary",
  accent: "accent",
};

/**
 * The WCAG contrast problems of each partner brand kit, as content diagnostics at the colour to
 * change (`colors.text`, `colors.primary` …): one per colour, naming every place it fails, the worst
 * ratio and the nearest shade that passes the worst pair. Every pair the components and emails draw
 * is checked, in light and dark, on the theme derived from the kit.
 */
export function brandKitDiagnostics(partners: readonly LoadedPartner[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { partner, source } of partners) {
    const byColour = new Map<string, { path: PathSegment[]; issues: ContrastIssue[] }>();
    for (const issue of themeFromBrandKit(partner).issues) {
      const key = KIT_KEY[issue.adjust];
      // The dark scheme and colours the kit leaves out are derived; point at the colours block.
      const path: PathSegment[] =
        key !== undefined && partner.colors[key] !== undefined ? ["colors", key] : ["colors"];
      const group = byColour.get(path.join(".")) ?? { path, issues: [] };
      group.issues.push(issue);
      byColour.set(path.join("."), group);
    }
    for (const { path, issues } of byColour.values()) {
      const worst = issues.reduce((a, b) => (b.ratio / b.minimum < a.ratio / a.minimum ? b : a));
      const places = [...new Set(issues.map((issue) => issue.where))].join(", ");
      const fix = worst.suggestion
        ? `nearest shade that passes: ${worst.suggestion}`
        : `no shade of the same hue passes: pick another colour`;
      out.push(
        source.diagnostic(
          path,
          `colour contrast too low for ${places}: ${worst.fg} on ${worst.bg} is ${formatRatio(worst.ratio, worst.minimum)} ` +
            `(${worst.pair}, ${worst.scheme}), ${worst.minimum}:1 needed; ${fix}`,
          "contrast",
        ),
      );
    }
  }
  return out;
}
