import type { Diagnostic, LoadedPartner, PathSegment } from "@chorus/content";
import { fromHsl, toHsl } from "./color.js";
import { type ContrastIssue, formatRatio } from "./contrast.js";
import type { ColorRole } from "./semantic.js";
import { themeFromBrandKit } from "./theme.js";

/** Which colour of a brand kit (`colors.<key>`) each theme role comes from. */
type KitColour = "primary" | "accent" | "text" | "background";
const KIT_KEY: Partial<Record<ColorRole, KitColour>> = {
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
      const key = path[1] as KitColour | undefined;
      // For a colour the kit gives, a shade that passes once the whole theme is derived again from it
      // (changing the primary colour also moves the tints derived from it).
      const shade = key ? passingShade(partner, key) : worst.suggestion;
      const fix = shade
        ? `the nearest shade that passes everywhere is ${shade}`
        : "no shade of the same hue passes: pick another colour";
      out.push(
        source.diagnostic(
          path,
          `colour contrast too low for ${places}: ${worst.fg} on ${worst.bg} is ${formatRatio(worst.ratio, worst.minimum)} ` +
            `where ${worst.minimum}:1 is needed${worst.scheme === "dark" ? " (dark mode)" : ""}; ${fix}`,
          "contrast",
        ),
      );
    }
  }
  return out;
}

/** The shade of one kit colour (same hue, nearest lightness) with which no pair drawn from it fails. */
function passingShade(kit: LoadedPartner["partner"], key: KitColour): string | undefined {
  const colour = kit.colors[key];
  if (!colour) return undefined;
  const passes = (candidate: string) =>
    !themeFromBrandKit({ ...kit, colors: { ...kit.colors, [key]: candidate } }).issues.some(
      (issue) => KIT_KEY[issue.adjust] === key,
    );
  const hsl = toHsl(colour);
  for (let delta = 0.005; delta <= 1; delta += 0.005) {
    for (const l of [hsl.l - delta, hsl.l + delta]) {
      if (l < 0 || l > 1) continue;
      const candidate = fromHsl({ ...hsl, l });
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}
