/** What a communicator calls each field (the form's own labels), by its key in the content file. */
const FIELD_NAMES: Record<string, string> = {
  materials: "material",
  blocks: "block",
  callsToAction: "call to action",
  keyMessages: "key message",
  personalization: "personal field",
  resources: "resource",
  facts: "fact",
  cta: "button",
  url: "link",
  label: "button text",
  subject: "subject line",
  preheader: "preheader",
  headline: "headline",
  heading: "heading",
  text: "text",
  title: "title",
  summary: "summary",
  attribution: "quote’s source",
  name: "name",
  consent: "consent",
  dates: "dates",
  start: "start",
  end: "end",
  audiences: "audiences",
  audience: "audience",
  locales: "languages",
  locale: "language",
  approval: "approval",
  fingerprint: "approved content",
  image: "image",
  alt: "alt text",
  src: "image link",
  fact: "fact",
  message: "key message",
  link: "link",
  platform: "platform",
  template: "template",
  fallback: "fallback",
};

/**
 * Lists of plain choices (ticked boxes, not entries of their own): an item is named by its list, since
 * "languages 2" reads as the name of a field.
 */
const CHOICE_LISTS = new Set(["locales", "audiences", "partners"]);

/** A field path in words: `callsToAction[0].url` → "call to action 1 › link"; `locales[1]` → "languages". */
export function where(path: string): string {
  const parts: string[] = [];
  for (const [, key, index] of path.matchAll(/([^.[\]]+)(?:\[(\d+)\])?/g)) {
    if (!key) continue;
    const name = FIELD_NAMES[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    parts.push(index === undefined || CHOICE_LISTS.has(key) ? name : `${name} ${Number(index) + 1}`);
  }
  return parts.join(" › ");
}
