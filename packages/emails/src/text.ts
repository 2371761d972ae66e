import { citationText } from "@chorus/content";
import { addressLines } from "./components/footer.js";
import type { EmailModel, ResolvedBlock } from "./model.js";
import { STRINGS } from "./strings.js";

/**
 * The plain-text twin of an email, written from the same model rather than scraped from HTML, so
 * it reads like a letter: no shouted headings, links spelled out, citations as numbered notes.
 * Lines are not hard-wrapped; mail clients wrap text to the reader's window.
 */
export function renderText(model: EmailModel): string {
  const { partner } = model;
  const strings = STRINGS[model.lang];
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines, "");

  if (model.proof) {
    push(
      `*** ${strings.proofBanner} ***`,
      `${strings.proofDetails}: ${model.campaign.id} · ${model.proof.materialId} · ${model.proof.partnerId} · ${model.lang} · ${model.proof.status}`,
    );
  }
  push(
    model.collaborative
      ? `${partner.name}, ${strings.inPartnershipWith} ${model.collaborative.name}`
      : partner.name,
  );

  const hero = heroTitle(model);
  if (hero) push(hero, "=".repeat(Math.min(hero.length, 60)));
  if (model.template === "newsletter") {
    const headings = model.blocks.filter((b) => b.type === "heading" && b.level === 2);
    if (headings.length >= 2)
      push(strings.inThisIssue, ...headings.map((h) => `- ${(h as { text: string }).text}`));
  }
  for (const block of model.blocks) push(...blockText(block, model));
  if (model.template === "partner-kit") {
    push(strings.yourKit, ...model.kit.map((item) => `- ${item.title} (${item.audience})`));
  }

  out.push("----");
  if (model.sources.length > 0) {
    push(strings.sources, ...model.sources.map((c, i) => `[${i + 1}] ${citationText(c)} ${c.url}`));
  }
  push(partner.name, ...addressLines(partner));
  push(strings.whyYouGetThis(partner.name), `${strings.unsubscribe}: ${partner.unsubscribeUrl}`);
  if (partner.example) push(strings.examplePartner);
  return `${out.join("\n").trimEnd()}\n`;
}

function heroTitle(model: EmailModel): string | undefined {
  if (model.template === "event-invitation") {
    const event = model.blocks.find((b) => b.type === "event");
    return event?.type === "event" ? event.name : model.headline;
  }
  return model.headline;
}

function blockText(block: ResolvedBlock, model: EmailModel): string[] {
  const strings = STRINGS[model.lang];
  switch (block.type) {
    case "heading":
      return [block.text, (block.level === 2 ? "-" : "·").repeat(Math.min(block.text.length, 60))];
    case "paragraph":
      return [block.text];
    case "key-message":
      return [`> ${block.title}`, `> ${block.text}`];
    case "stat":
      // "62.8% of physicians…" continues the figure; "The same review found…" stands on its own.
      return [
        ...(block.lead ? [block.lead] : []),
        `${block.value}${/^\p{Ll}/u.test(block.statement) ? " " : " — "}${block.statement} [${block.sourceNumber}]`,
      ];
    case "quote":
      return [
        `“${block.text}”`,
        `— ${block.name}${block.role ? `, ${block.role}` : ""}`,
        ...(block.illustrative ? [`(${strings.illustrativeQuote})`] : []),
      ];
    case "resource-list":
      return [
        ...(block.heading ? [block.heading, "-".repeat(Math.min(block.heading.length, 60))] : []),
        ...block.resources.flatMap((r) => {
          const ways = [
            r.phone ? `${strings.call} ${r.phone}` : undefined,
            r.sms ? `${strings.text(r.sms.keyword)} ${r.sms.number}` : undefined,
            r.url,
          ].filter(Boolean);
          return [`* ${r.name}: ${r.description}`, `  ${ways.join(" · ")} (${r.hours})`];
        }),
      ];
    case "call-to-action":
      return [`${block.label}: ${block.url}`];
    case "image":
      return [`[${block.alt}]${block.caption ? ` ${block.caption}` : ""}`];
    case "event":
      return [
        block.name,
        `${strings.when}: ${block.when}`,
        `${strings.where}: ${block.location}`,
        `${strings.register}: ${block.url}`,
        `${strings.addToCalendar}: ${block.calendarUrl}`,
      ];
  }
}
