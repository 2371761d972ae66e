import {
  type CampaignInput,
  TRANSLATION_APPROVAL_CODES,
  untranslatedFields,
  untranslatedMessage,
} from "@chorus/content";
import type { Finding } from "./findings.js";
import { formatPath } from "./paths.js";

const BLOCKING: ReadonlySet<string> = new Set(TRANSLATION_APPROVAL_CODES);

/**
 * Why a campaign cannot be approved yet because of its translations (decision 44), from its findings: each
 * translation that is not reviewed, changed after its review, or behind a change to its source. The message
 * names every one and what to do, in one sentence a person can act on; undefined when nothing waits.
 */
export function translationsBlockingApproval(
  findings: readonly Finding[],
): { message: string; findings: Finding[] } | undefined {
  const waiting = findings.filter((f) => BLOCKING.has(f.code));
  if (waiting.length === 0) return undefined;
  return { message: `Cannot approve yet: ${waiting.map((f) => f.message).join("; ")}.`, findings: waiting };
}

/**
 * `findings` with the fields of material `index` still in its source's language marked ("still in English —
 * translate this"), while it is being translated. Worked out from the material itself rather than taken from
 * the loader, whose marks go while any part of the campaign is incomplete: a translator who empties a field to
 * retype it must not see every other mark disappear meanwhile.
 */
export function withTranslationMarks(
  data: Pick<CampaignInput, "materials" | "keyMessages">,
  findings: readonly Finding[],
  index: number,
): Finding[] {
  const material = data.materials?.[index];
  const translation = material?.translation;
  const source =
    translation?.status === "to-translate"
      ? data.materials?.find((m) => m?.id === translation.of)
      : undefined;
  if (!material || !source) return [...findings];
  const base = formatPath(["materials", index]);
  const inMaterial = (f: Finding) => f.path.startsWith(`${base}.`) || f.path.startsWith(`${base}[`);
  const marks: Finding[] = untranslatedFields(data, material).map((path) => ({
    severity: "warning",
    code: "translation-untranslated",
    category: "content",
    message: untranslatedMessage(source.locale === "es" ? "es" : "en", path),
    file: "",
    line: 0,
    column: 0,
    path: formatPath(["materials", index, ...path]),
  }));
  return [...findings.filter((f) => !(f.code === "translation-untranslated" && inMaterial(f))), ...marks];
}
