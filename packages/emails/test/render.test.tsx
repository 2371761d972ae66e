import { type ContentSet, EmailMaterial } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EmailRenderError,
  emailTargets,
  escapeHtml,
  MAX_FIELD_LENGTH,
  PersonalizationError,
  prepareMaterial,
  type Recipient,
  type RenderedEmail,
  renderMaterial,
} from "../src/index.js";
import { campaignsDir, expectedMatrixNames, matrixName } from "./matrix.js";

// Loaded at collection time so the fast-path property can be one test per campaign × material × partner.
const { content } = await loadContent(campaignsDir);

/** The first email material in campaigns/ that personalizes with firstName. */
function personalizedMaterial(): { campaignId: string; material: EmailMaterial } {
  for (const { campaign } of content.campaigns) {
    for (const material of campaign.materials) {
      if (material.kind === "email" && material.personalization.some((f) => f.name === "firstName")) {
        return { campaignId: campaign.id, material };
      }
    }
  }
  throw new Error("no personalized material in campaigns/");
}

/**
 * A copy of the content a test may change: the library and the campaigns are copied, the loaded files'
 * sources are shared (one that was asked for a position holds a YAML parser, which cannot be cloned).
 */
function copyOf(original: ContentSet): ContentSet {
  return {
    library: structuredClone(original.library),
    partners: original.partners,
    campaigns: original.campaigns.map((loaded) => ({
      ...loaded,
      campaign: structuredClone(loaded.campaign),
    })),
  };
}

/** A copy of the content in which every personalization field of one material is required. */
function requiringEveryField(campaignId: string, materialId: string): ContentSet {
  const strict = copyOf(content);
  const target = strict.campaigns
    .find((c) => c.campaign.id === campaignId)!
    .campaign.materials.find((m) => m.id === materialId)!;
  if (target.kind !== "email") throw new Error("expected an email");
  target.personalization = target.personalization.map((f) => ({ ...f, required: true }));
  return strict;
}

describe("renderMaterial", () => {
  it("puts the recipient's name in, escaped in HTML and verbatim in text", async () => {
    const { campaignId, material } = personalizedMaterial();
    const email = await renderMaterial(content, campaignId, material.id, "collaborative", {
      recipient: { email: "a@example.org", firstName: `Zoë <script>alert("x")</script> & 'co'` },
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(
      "Zoë &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;co&#x27;",
    );
    expect(email.text).toContain(`Zoë <script>alert("x")</script> & 'co'`);
  });

  it("uses the field's fallback when the recipient has no value", async () => {
    const { campaignId, material } = personalizedMaterial();
    const { fallback } = material.personalization.find((f) => f.name === "firstName")!;
    expect(fallback).toMatch(/\S/);
    const asking = material.blocks.flatMap((b) =>
      b.type === "paragraph" && b.text.includes("{{firstName}}") ? [b.text] : [],
    );
    expect(asking).not.toEqual([]);
    const email = await renderMaterial(content, campaignId, material.id, "collaborative", {
      recipient: { email: "a@example.org" },
    });
    for (const text of asking) {
      const filled = text.replaceAll("{{firstName}}", fallback!);
      expect(email.text).toContain(filled);
      expect(email.html).toContain(escapeHtml(filled));
    }
    expect(email.text).not.toMatch(/\{\{|\}\}/);
  });

  it("refuses a missing required field before rendering", async () => {
    const { campaignId, material } = personalizedMaterial();
    await expect(
      renderMaterial(requiringEveryField(campaignId, material.id), campaignId, material.id, "collaborative", {
        recipient: {},
      }),
    ).rejects.toThrow(new PersonalizationError('required field "firstName" is missing for this recipient'));
  });

  it("refuses line breaks in personal values (they would forge headers in the subject)", async () => {
    const { campaignId, material } = personalizedMaterial();
    await expect(
      renderMaterial(content, campaignId, material.id, "collaborative", {
        recipient: { firstName: "Sam\r\nBcc: victim@example.org" },
      }),
    ).rejects.toThrow(/line break or control character/);
  });

  it("names what is wrong when asked for something that does not exist", async () => {
    const { campaignId, material } = personalizedMaterial();
    await expect(renderMaterial(content, "nope", material.id, "collaborative")).rejects.toThrow(
      new EmailRenderError('unknown campaign "nope"'),
    );
    await expect(renderMaterial(content, campaignId, "nope", "collaborative")).rejects.toThrow(
      /has no material "nope"/,
    );
    await expect(renderMaterial(content, campaignId, material.id, "nobody")).rejects.toThrow(
      /unknown partner "nobody"/,
    );
    const banner = content.campaigns
      .flatMap((c) => c.campaign.materials.map((m) => [c.campaign.id, m] as const))
      .find(([, m]) => m.kind !== "email")!;
    await expect(renderMaterial(content, banner[0], banner[1].id, "collaborative")).rejects.toThrow(
      /not an email/,
    );
  });

  it("labels proofs in the subject, the HTML and the text", async () => {
    const { campaignId, material } = personalizedMaterial();
    const email = await renderMaterial(content, campaignId, material.id, "collaborative", { proof: true });
    expect(email.subject).toMatch(/^\[PROOF\] /);
    expect(email.html).toContain("Proof for review");
    expect(email.text).toMatch(/^\*\*\* Proof for review/);
  });

  it("co-brands partner emails with the collaborative, and not the collaborative's own", async () => {
    const { campaignId, material } = personalizedMaterial();
    const partner = await renderMaterial(content, campaignId, material.id, "example-health");
    expect(partner.text.split("\n")[0]).toMatch(/in partnership with Clinician Well-Being Collaborative$/);
    expect(partner.from).toMatch(/<[^>]+@example-health\.org>$/);
    const own = await renderMaterial(content, campaignId, material.id, "collaborative");
    expect(own.text.split("\n")[0]).not.toMatch(/in partnership with/);
  });

  it("writes Spanish emails with Spanish template words", async () => {
    const spanish = content.campaigns
      .flatMap((c) => c.campaign.materials.map((m) => [c.campaign.id, m] as const))
      .find(([, m]) => m.kind === "email" && m.locale === "es");
    expect(spanish).toBeDefined();
    const email = await renderMaterial(content, spanish![0], spanish![1].id, "collaborative");
    expect(email.html).toContain('<html dir="ltr" lang="es">');
    expect(email.text).toContain("Cancelar la suscripción");
    expect(email.locale).toBe("es");
  });

  it("labels a quote the campaign team wrote as illustrative, in both languages, in the HTML and the text", async () => {
    for (const [materialId, label] of [
      ["newsletter-clinicians", "An illustration written for this campaign, not a real person's words."],
      [
        "newsletter-clinicians-es",
        "Un ejemplo escrito para esta campaña; no son palabras de una persona real.",
      ],
    ] as const) {
      const email = await renderMaterial(content, "crisis-and-peer-support", materialId, "collaborative");
      expect(email.html).toContain(escapeHtml(label));
      // Right under the quote's attribution, so it cannot be read as anyone's words.
      const lines = email.text.split("\n");
      const at = lines.indexOf(`(${label})`);
      expect(at, email.text).toBeGreaterThan(1);
      expect(lines[at - 1]).toMatch(/^— /);
      expect(lines[at - 2]).toMatch(/^“.*”$/);
    }
  });

  it("shows a real person's quote with their name and no illustrative label", async () => {
    const real = copyOf(content);
    const material = real.campaigns
      .find((c) => c.campaign.id === "crisis-and-peer-support")!
      .campaign.materials.find((m) => m.id === "newsletter-clinicians")!;
    if (material.kind !== "email") throw new Error("expected an email");
    material.blocks = material.blocks.map((block) =>
      block.type === "quote"
        ? {
            type: "quote",
            text: "Calling a peer line was the first step back.",
            attribution: { name: "Dana Rivera, RN", consent: true, source: "Interview, 2026-10-02" },
          }
        : block,
    );
    const email = await renderMaterial(
      real,
      "crisis-and-peer-support",
      "newsletter-clinicians",
      "collaborative",
    );
    expect(email.text).toContain("“Calling a peer line was the first step back.”\n— Dana Rivera, RN\n");
    expect(email.text).not.toContain("not a real person's words");
  });

  it("gives each language its own text keyword: AYUDA in Spanish, HOME in English", async () => {
    const [english, spanish] = await Promise.all(
      ["newsletter-clinicians", "newsletter-clinicians-es"].map((id) =>
        renderMaterial(content, "crisis-and-peer-support", id, "collaborative"),
      ),
    );
    expect(english!.text).toContain("Text HOME to 741741");
    expect(english!.html).toContain('href="sms:741741?&amp;body=HOME"');
    expect(english!.text).toMatch(/Call 988 · Text 988 ·/);
    expect(spanish!.text).toContain("Envía AYUDA por texto al 741741");
    expect(spanish!.text).toContain("Envía AYUDA por texto al 988");
    expect(spanish!.html).toContain('href="sms:988?&amp;body=AYUDA"');
  });

  it("never shows the campaign's internal brief (its summary) in any email", async () => {
    const targets = emailTargets(content);
    expect(targets.length).toBeGreaterThan(0);
    for (const { campaign, material, partner } of targets) {
      const email = await renderMaterial(content, campaign.id, material.id, partner.id);
      const where = `${campaign.id}/${material.id}/${partner.id}`;
      for (const sentence of campaign.summary.split(/(?<=[.!?])\s+/)) {
        expect(email.html, where).not.toContain(escapeHtml(sentence));
        expect(email.text, where).not.toContain(sentence);
      }
    }
  });
});

/** One text of an email material where the content loader accepts `{{field}}` placeholders. */
interface PersonalizableText {
  path: string;
  text: string;
  set(material: EmailMaterial, text: string): void;
}

/**
 * Every text the loader checks placeholders in (and `personalizeModel` fills): subject, preheader,
 * headline, and heading, paragraph and quote blocks. A material without a headline shows its
 * subject there, so its variant gets a headline made from the subject.
 */
function personalizableTexts(material: EmailMaterial): PersonalizableText[] {
  const texts: PersonalizableText[] = [
    {
      path: "subject",
      text: material.subject,
      set: (m, text) => {
        m.subject = text;
      },
    },
    {
      path: "preheader",
      text: material.preheader,
      set: (m, text) => {
        m.preheader = text;
      },
    },
    {
      path: "headline",
      text: material.headline ?? material.subject,
      set: (m, text) => {
        m.headline = text;
      },
    },
  ];
  material.blocks.forEach((block, index) => {
    if (block.type === "heading" || block.type === "paragraph" || block.type === "quote") {
      texts.push({
        path: `blocks[${index}] ${block.type}`,
        text: block.text,
        set: (m, text) => {
          (m.blocks[index] as typeof block).text = text;
        },
      });
    }
  });
  return texts;
}

type Field = EmailMaterial["personalization"][number];

/**
 * How a field sits in a text (the i-th personalizable one, each with fields of its own so every text
 * gets its own values): inside the sentence, one field with a fallback and one without; or alone,
 * a field without a fallback, so the whole text can render empty.
 */
const SHAPES = {
  inline: (text: string, i: number) => ({
    text: `{{name${i}}}, ${text} {{org${i}}}`,
    fields: [
      { name: `name${i}`, required: false, fallback: "colleague" },
      { name: `org${i}`, required: false },
    ] as Field[],
  }),
  alone: (_text: string, i: number) => ({
    text: `{{org${i}}}`,
    fields: [{ name: `org${i}`, required: false }] as Field[],
  }),
};
type Shape = keyof typeof SHAPES;

/** The content set with one material swapped for a variant of it. */
function withMaterial(set: ContentSet, campaignId: string, material: EmailMaterial): ContentSet {
  return {
    ...set,
    campaigns: set.campaigns.map((loaded) =>
      loaded.campaign.id !== campaignId
        ? loaded
        : {
            ...loaded,
            campaign: {
              ...loaded.campaign,
              materials: loaded.campaign.materials.map((m) => (m.id === material.id ? material : m)),
            },
          },
    ),
  };
}

interface Target {
  name: string;
  campaignId: string;
  material: EmailMaterial;
  partnerId: string;
}

/**
 * The target's material with fields placed in `shape` in every personalizable text (or, to find
 * the culprit after a failure, in the one text at index `only`): valid content, as the schema checks.
 */
function personalizedContent(target: Target, shape: Shape, only?: number) {
  const material = structuredClone(target.material);
  const fields: Field[] = [...material.personalization];
  personalizableTexts(material).forEach((text, i) => {
    if (only !== undefined && i !== only) return;
    const placed = SHAPES[shape](text.text, i);
    text.set(material, placed.text);
    fields.push(...placed.fields);
  });
  material.personalization = fields;
  // Parsed so a variant that breaks the schema's limits (a subject over 120 characters) fails here.
  const valid = EmailMaterial.parse(material) as EmailMaterial;
  return { content: withMaterial(content, target.campaignId, valid), fields: fields.map((f) => f.name) };
}

// Values with control characters or line breaks are refused (tested apart), so the property draws the rest.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are exactly what the property must avoid
const REFUSED = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** The longest prefix, in whole code points, that the field-length check accepts after trimming. */
function withinLimit(value: string): string {
  let kept = "";
  for (const char of value) {
    if ((kept + char).trim().length > MAX_FIELD_LENGTH) break;
    kept += char;
  }
  return kept;
}

/** Characters that change length, direction or escaping: HTML specials, RTL, emoji, combining marks. */
const tricky = fc.constantFrom(
  "<",
  ">",
  "&",
  '"',
  "'",
  " ",
  "\u00a0",
  "=",
  "م",
  "ש",
  "\u05b8", // Hebrew vowel point (combining)
  "\u0301", // combining acute accent
  "\u200f", // right-to-left mark
  "👩🏽‍⚕️",
  "🙂",
  "\uE000", // the delimiters of the fast path's own stand-ins
  "\uE001",
  "$&", // a String.replace pattern
  "{{name0}}",
);
const unit = fc.oneof(tricky, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));
const NAMES = [
  "",
  "   ",
  "Zoë",
  "Zoe\u0308",
  "Nguyễn Thị Minh Khai",
  "محمد عبد الله",
  "שָׂרָה לֵוִי",
  "李小龍",
  "Dr. 👩🏽‍⚕️ Sam",
  "O'Brien",
  `Sam "Doc" <b>Lee</b> & Co`,
  "&amp; &#x27;",
  "\uE000org0\uE001",
  "W".repeat(MAX_FIELD_LENGTH),
  "שלום ".repeat(MAX_FIELD_LENGTH / 5),
];
const value = fc
  .oneof(
    fc.constantFrom(...NAMES),
    fc.string({ unit, maxLength: 30 }),
    fc.string({ unit, minLength: 40, maxLength: MAX_FIELD_LENGTH }),
  )
  .map(withinLimit)
  .filter((s) => !REFUSED.test(s));

function recipientWith(fields: string[]): fc.Arbitrary<Recipient> {
  const model: Record<string, fc.Arbitrary<string>> = { email: fc.emailAddress() };
  for (const name of fields) model[name] = value;
  return fc.record(model);
}

/** The parts of two renders that differ, by name (html, text, subject, headers…). */
function differingParts(fast: RenderedEmail, full: RenderedEmail): string[] {
  const keys = new Set([...Object.keys(fast), ...Object.keys(full)] as (keyof RenderedEmail)[]);
  return [...keys].filter((key) => JSON.stringify(fast[key]) !== JSON.stringify(full[key]));
}

async function differences(set: ContentSet, target: Target, recipient: Recipient): Promise<string[]> {
  const args = [set, target.campaignId, target.material.id, target.partnerId] as const;
  const fast = (await prepareMaterial(...args)).forRecipient(recipient);
  return differingParts(fast, await renderMaterial(...args, { recipient }));
}

/** After a failure: which texts, personalized one at a time with the failing values, differ. */
async function culprits(target: Target, shape: Shape, recipient: Recipient): Promise<string[]> {
  const found: string[] = [];
  for (const [i, text] of personalizableTexts(target.material).entries()) {
    const parts = await differences(personalizedContent(target, shape, i).content, target, recipient);
    const own = new Set(SHAPES[shape](text.text, i).fields.map((field) => field.name));
    const values = Object.fromEntries(Object.entries(recipient).filter(([name]) => own.has(name)));
    if (parts.length > 0) found.push(`${text.path}: ${parts.join(", ")} for ${JSON.stringify(values)}`);
  }
  return found;
}

const NUM_RUNS = 4;

const targets: Target[] = emailTargets(content).map(({ campaign, material, partner }) => ({
  name: matrixName(campaign.id, material, partner.id),
  campaignId: campaign.id,
  material,
  partnerId: partner.id,
}));

describe("the fast path for sends", () => {
  it("is checked on every campaign × email material × partner × locale", () => {
    expect(targets.map((t) => t.name).sort()).toEqual(expectedMatrixNames(content).sort());
  });

  // One prepare per target and shape, then one full React render per drawn recipient: sized so the
  // whole matrix takes a few seconds on two CI cores. Seeds are fixed, so a failure replays.
  it.each(targets.map((target, index) => [target.name, target, index] as const))(
    "is byte-identical to a full render for the same recipient, with fields in every personalizable text: %s (property)",
    async (_name, target, index) => {
      const mismatches: string[] = [];
      for (const [s, shape] of (Object.keys(SHAPES) as Shape[]).entries()) {
        const variant = personalizedContent(target, shape);
        const args = [variant.content, target.campaignId, target.material.id, target.partnerId] as const;
        const prepared = await prepareMaterial(...args);
        const result = await fc.check(
          fc.asyncProperty(recipientWith(variant.fields), async (recipient) => {
            const full = await renderMaterial(...args, { recipient });
            const fast = prepared.forRecipient(recipient);
            return differingParts(fast, full).length === 0;
          }),
          { numRuns: NUM_RUNS, seed: 7919 * index + s, endOnFailure: true },
        );
        if (result.failed) {
          const recipient = result.counterexample![0];
          const found = await culprits(target, shape, recipient);
          mismatches.push(...(found.length > 0 ? found : [`all texts together (${shape}): differ`]));
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  it("refuses a recipient's fields exactly as the full render does", async () => {
    const { campaignId, material } = personalizedMaterial();
    const strict = requiringEveryField(campaignId, material.id);
    const prepared = await prepareMaterial(strict, campaignId, material.id, "example-health");
    const refused: Recipient[] = [
      { email: "a@example.org", firstName: "a\nb" },
      { email: "a@example.org", firstName: "Sam\u2028Bcc: victim@example.org" },
      { email: "a@example.org", firstName: "x".repeat(MAX_FIELD_LENGTH + 1) },
      { email: "a@example.org", firstName: "   " },
      { email: "a@example.org" },
    ];
    for (const recipient of refused) {
      const error: unknown = await renderMaterial(strict, campaignId, material.id, "example-health", {
        recipient,
      }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, JSON.stringify(recipient)).toBeInstanceOf(PersonalizationError);
      expect(() => prepared.forRecipient(recipient), JSON.stringify(recipient)).toThrow(error as Error);
    }
  });
});
