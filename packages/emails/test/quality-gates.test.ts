import { type ContentSet, localized, PLACEHOLDER_PATTERN } from "@chorus/content";
import { caniemail } from "caniemail";
import { beforeAll, describe, expect, it } from "vitest";
import {
  escapeHtml,
  MAX_FIELD_LENGTH,
  personalizationFields,
  type Recipient,
  recipientValues,
  STRINGS,
} from "../src/index.js";
import {
  expectedMatrixNames,
  type MatrixEntry,
  matrixName,
  personalizeMatrix,
  renderMatrix,
} from "./matrix.js";

/** Gmail clips messages larger than this, hiding the footer (and its unsubscribe link). */
const GMAIL_CLIP_BYTES = 102 * 1024;

const CLIENTS: Parameters<typeof caniemail>[0]["clients"] = [
  "gmail.*",
  "outlook.windows",
  "apple-mail.*",
  "yahoo.*",
];

/**
 * Features caniemail marks unsupported in at least one of those clients that the templates use
 * knowingly, each as an enhancement with a safe fallback. Anything else unsupported fails the gate.
 */
const ENHANCEMENTS: Record<string, string> = {
  "@media": "dark-mode and narrow-screen tweaks only; the single 600px column reads without them",
  "<style> element": "holds only the @media enhancements above",
  "display:none": "hides the preheader; max-height:0 and opacity hide it where display is dropped",
  opacity: "hides the preheader together with display:none and max-height:0",
  overflow: "hides the preheader together with max-height:0",
  "height property": "height:auto on images and max-height on the preheader; width attributes still apply",
  "target attribute": "clients that ignore target open links in a new tab anyway",
  "text-decoration-line": "links stay underlined by default where it is dropped",
  outline: "React Email's image reset; no visual role",
  "border-radius": "rounded corners on buttons and cards; square corners where dropped",
  "<body> element": "the background colour is repeated on the container",
  "aria-label attribute":
    "names the email's article for screen readers; where stripped, the subject names it",
};

/**
 * Real-looking recipients for the personalized matrix: names with HTML's special characters, in a
 * right-to-left script, as long as a field may be, and none at all (the fallback), with addresses
 * that need escaping in the unsubscribe link.
 */
const RECIPIENTS: Record<string, Recipient> = {
  "an HTML-special name": { email: "o'neil&co@example.org", firstName: `Sam "Doc" O'Neil <MD> & Co` },
  "a right-to-left name": { email: "maryam.haddad@example.org", firstName: "مريم حداد" },
  "the longest name": {
    email: "anne-marie@example.org",
    firstName: "Dr. Anne-Marie Zoë Nguyễn-Fernández 👩🏽‍⚕️ ".repeat(5).slice(0, MAX_FIELD_LENGTH).trim(),
  },
  "no name (the fallback)": { email: "colleague@example.org" },
};

interface Matrix {
  entries: MatrixEntry[];
  /** The entry names that "every campaign × email material × partner" means for this matrix. */
  expectedNames: string[];
  /** The entries caniemail checks (the slowest gate, about 40 ms an email). */
  caniemailEntries: MatrixEntry[];
}

let content: ContentSet;
const matrices: Partial<Record<"template" | "personalized", Matrix>> = {};

beforeAll(async () => {
  let templateEntries: MatrixEntry[];
  ({ content, entries: templateEntries } = await renderMatrix());
  const names = expectedMatrixNames(content);
  matrices.template = { entries: templateEntries, expectedNames: names, caniemailEntries: templateEntries };
  const personalized = await personalizeMatrix(content, RECIPIENTS);
  matrices.personalized = {
    entries: personalized,
    expectedNames: names.flatMap((name) => Object.keys(RECIPIENTS).map((label) => `${name} for ${label}`)),
    // caniemail reads markup and CSS, which escaped values cannot change: the recipient with HTML's
    // special characters in name and address checks that the escaping holds, at a quarter of the cost.
    caniemailEntries: personalized.filter((e) => e.recipient === RECIPIENTS["an HTML-special name"]),
  };
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

function textsOf(entry: MatrixEntry): string[] {
  const m = entry.material;
  const texts = [m.subject, m.preheader, ...(m.headline ? [m.headline] : [])];
  for (const block of m.blocks) if ("text" in block && typeof block.text === "string") texts.push(block.text);
  return texts;
}

// The same gates on the template render (for a sample recipient) and on what recipients get: the
// fast path's output for real-looking recipients.
describe.each([
  ["every campaign × email material × partner in campaigns/", "template"],
  [
    "what recipients get: every campaign × email material × partner, personalized through the fast path",
    "personalized",
  ],
] as const)("%s", (_title, matrix) => {
  let entries: MatrixEntry[];
  let expectedNames: string[];
  let caniemailEntries: MatrixEntry[];
  beforeAll(() => {
    ({ entries, expectedNames, caniemailEntries } = matrices[matrix]!);
  });

  it("renders one email per email material, allowed partner (and recipient), each once", () => {
    expect(entries.map((e) => e.name).sort()).toEqual([...expectedNames].sort());
  });

  it("stays under Gmail's 102 KB clipping limit", () => {
    const sizes = entries.map((e) => ({ name: e.name, bytes: Buffer.byteLength(e.rendered.html) }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(
      `largest email: ${largest.name} (${(largest.bytes / 1024).toFixed(1)} KB of ${GMAIL_CLIP_BYTES / 1024} KB)`,
    );
    for (const { name, bytes } of sizes) expect(bytes, name).toBeLessThan(GMAIL_CLIP_BYTES);
  });

  it("uses no CSS or HTML that Gmail, Outlook (Windows), Apple Mail or Yahoo drop, beyond known enhancements", () => {
    const checked = caniemailEntries.map((e) => matrixName(e.campaignId, e.material, e.partnerId));
    expect(checked.sort()).toEqual(expectedMatrixNames(content).sort());
    const unexpected: string[] = [];
    for (const entry of caniemailEntries) {
      const result = caniemail({ clients: CLIENTS, html: entry.rendered.html });
      for (const [client, issues] of result.issues.errors) {
        for (const issue of issues) {
          if (!(issue.title in ENHANCEMENTS))
            unexpected.push(`${entry.name}: ${issue.title} unsupported in ${client}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("declares lang, dir and colour schemes, and carries the preheader", () => {
    for (const { name, material, rendered } of entries) {
      expect(rendered.html, name).toContain(`<html dir="ltr" lang="${material.locale}">`);
      expect(rendered.html, name).toContain('<meta name="color-scheme" content="light dark"');
      expect(rendered.html, name).toContain("prefers-color-scheme: dark");
      expect(rendered.preheader, name).not.toBe("");
      expect(rendered.html, name).toMatch(
        new RegExp(`<div [^>]*data-skip-in-text="true"[^>]*>${escapeRegExp(escapeHtml(rendered.preheader))}`),
      );
    }
  });

  it("shows the recipient's values where the copy asks for them: escaped in HTML, verbatim in text", () => {
    let shown = 0;
    for (const entry of entries) {
      const { name, material, recipient, rendered } = entry;
      const asked = new Set(
        textsOf(entry).flatMap((text) => [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1])),
      );
      for (const [field, value] of Object.entries(
        recipientValues(personalizationFields(material), recipient),
      )) {
        if (!asked.has(field)) continue;
        shown++;
        expect(rendered.text, name).toContain(value);
        expect(rendered.html, name).toContain(escapeHtml(value));
        if (escapeHtml(value) !== value) expect(rendered.html, name).not.toContain(value);
      }
    }
    expect(shown).toBeGreaterThan(0);
  });

  it("fills every personalization field: no {{…}} left in subject, preheader, HTML or text", () => {
    for (const { name, rendered } of entries) {
      for (const part of [rendered.subject, rendered.preheader, rendered.html, rendered.text]) {
        expect(part, name).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it("shows the citation of every stat in both HTML and plain text", () => {
    for (const { name, material, rendered } of entries) {
      for (const block of material.blocks) {
        if (block.type !== "stat") continue;
        const fact = content.library.facts.find((f) => f.id === block.fact)!;
        for (const shown of [fact.citation.url, fact.citation.title, fact.value]) {
          expect(rendered.html, name).toContain(escapeHtml(shown));
          expect(rendered.text, name).toContain(shown);
        }
      }
    }
  });

  it("includes a crisis resource whenever the copy mentions suicide or crisis", () => {
    const crisisResources = content.library.resources.filter((r) => r.kind === "crisis");
    let checked = 0;
    for (const entry of entries) {
      if (!textsOf(entry).some((text) => /suicid|self-harm|crisis/i.test(text))) continue;
      checked++;
      const present = crisisResources.filter(
        (r) =>
          entry.rendered.html.includes(escapeHtml(localized(r.name, entry.material.locale as "en" | "es"))) &&
          entry.rendered.text.includes(r.url),
      );
      expect(present.length, entry.name).toBeGreaterThan(0);
      expect(entry.rendered.text, entry.name).toMatch(/Call 988|Llama al 988/);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("links only to absolute https URLs (plus tel: and sms: for support lines)", () => {
    for (const { name, rendered } of entries) {
      for (const href of hrefs(rendered.html)) {
        expect(href, name).toMatch(/^(https:\/\/[^\s/]+\.[^\s]+|tel:\+?[0-9]+|sms:[0-9]+(\?&body=\w+)?)$/);
      }
    }
  });

  it("gives every image alt text", () => {
    for (const { name, rendered } of entries) {
      for (const img of rendered.html.match(/<img\b[^>]*>/g) ?? []) {
        expect(img, name).toMatch(/\balt="[^"]+"/);
      }
    }
  });

  it("carries the unsubscribe link and the partner's postal address in HTML and text", () => {
    for (const { name, partnerId, recipient, rendered } of entries) {
      const partner = content.partners.find((p) => p.partner.id === partnerId)!.partner;
      const unsubscribe = rendered.headers["List-Unsubscribe"]!.slice(1, -1);
      expect(unsubscribe, name).toMatch(new RegExp(`^${escapeRegExp(partner.unsubscribeUrl)}\\?`));
      expect(new URL(unsubscribe).searchParams.get("email"), name).toBe(recipient.email);
      expect(hrefs(rendered.html), name).toContain(unsubscribe);
      expect(rendered.text, name).toContain(unsubscribe);
      for (const line of partner.postalAddress) {
        expect(rendered.html, name).toContain(line.replace(/&/g, "&amp;"));
        expect(rendered.text, name).toContain(line);
      }
    }
  });

  it("sends RFC 8058 one-click unsubscribe headers", () => {
    for (const { name, rendered } of entries) {
      expect(rendered.headers["List-Unsubscribe"], name).toMatch(/^<https:\/\/[^>]+>$/);
      expect(rendered.headers["List-Unsubscribe-Post"], name).toBe("List-Unsubscribe=One-Click");
    }
  });

  it("labels example partners as such in every email they send", () => {
    const example = entries.filter(
      (e) => content.partners.find((p) => p.partner.id === e.partnerId)?.partner.example,
    );
    expect(example.length).toBeGreaterThan(0);
    for (const { name, material, rendered } of example) {
      const notice = STRINGS[material.locale].examplePartner;
      expect(rendered.html, name).toContain(escapeHtml(notice));
      expect(rendered.text, name).toContain(notice);
    }
  });
});
