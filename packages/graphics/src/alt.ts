import { displayUrl } from "./layouts.js";
import { normalizeText } from "./measure.js";
import { STRINGS } from "./strings.js";
import type { CardInput } from "./types.js";

/** Ends a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const clean = normalizeText(text);
  return /[.!?…:;]$/.test(clean) ? clean : `${clean}.`;
}

/**
 * Alternative text for a card: what it says, in its own words and language (screen readers already
 * announce that it is an image). The brand leads where the card speaks for it; a crisis resource leads
 * with the resource itself.
 */
export function cardAltText(input: CardInput): string {
  const content = input.content;
  const brand = normalizeText(input.brand.name);
  const url = (value: string) => displayUrl(value).replace(/\u200B/g, "");
  const crisis =
    content.kind !== "crisis-resource" && content.crisisLine ? ` ${sentence(content.crisisLine)}` : "";
  switch (content.kind) {
    case "fact":
      return `${brand}: ${sentence(`${normalizeText(content.figure)} ${normalizeText(content.statement)}`)} ${
        STRINGS[input.locale].source
      }: ${sentence(content.source)}${crisis}`;
    case "key-message":
      return `${brand}: ${sentence(content.text)}${crisis}`;
    case "call-to-action":
      return `${brand}: ${sentence(content.text)} ${normalizeText(content.action)}: ${url(content.url)}${crisis}`;
    case "crisis-resource":
      return [
        `${normalizeText(content.name)}: ${sentence(content.contact)}`,
        sentence(content.description),
        ...(content.url ? [url(content.url)] : []),
      ].join(" ");
  }
}
