import type { ContentSet } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { EmailRenderError, PersonalizationError, prepareMaterial, renderMaterial } from "../src/index.js";
import { campaignsDir } from "./matrix.js";

let content: ContentSet;

/** The first email material in campaigns/ that personalizes with firstName. */
function personalizedMaterial() {
  for (const { campaign } of content.campaigns) {
    for (const material of campaign.materials) {
      if (material.kind === "email" && material.personalization.some((f) => f.name === "firstName")) {
        return { campaignId: campaign.id, material };
      }
    }
  }
  throw new Error("no personalized material in campaigns/");
}

beforeAll(async () => {
  ({ content } = await loadContent(campaignsDir));
});

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
    const fallback =
      material.kind === "email" ? material.personalization.find((f) => f.name === "firstName")!.fallback : "";
    expect(fallback).toBeTruthy();
    const email = await renderMaterial(content, campaignId, material.id, "collaborative", {
      recipient: { email: "a@example.org" },
    });
    expect(email.text).toContain(fallback!);
    expect(email.text).not.toMatch(/\{\{|\}\}/);
  });

  it("refuses a missing required field before rendering", async () => {
    const { campaignId, material } = personalizedMaterial();
    const strict = structuredClone(content);
    const target = strict.campaigns
      .find((c) => c.campaign.id === campaignId)!
      .campaign.materials.find((m) => m.id === material.id)!;
    if (target.kind !== "email") throw new Error("expected an email");
    target.personalization = target.personalization.map((f) => ({ ...f, required: true }));
    await expect(
      renderMaterial(strict, campaignId, material.id, "collaborative", { recipient: {} }),
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
});

describe("the fast path for sends", () => {
  it("is byte-identical to a full render for the same recipient (property)", async () => {
    const { campaignId, material } = personalizedMaterial();
    const prepared = await prepareMaterial(content, campaignId, material.id, "example-health");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are exactly what the property must avoid
    const refused = /[\u0000-\u001f\u007f\u2028\u2029\uE000\uE001]/;
    // Values with control characters are refused (tested apart), so the property draws the others.
    const value = fc.string({ maxLength: 40 }).filter((s) => !refused.test(s));
    await fc.assert(
      fc.asyncProperty(value, fc.emailAddress(), async (firstName, email) => {
        const recipient = { firstName, email };
        const full = await renderMaterial(content, campaignId, material.id, "example-health", { recipient });
        const fast = prepared.forRecipient(recipient);
        expect(fast).toEqual(full);
      }),
      { numRuns: 40, seed: 5 },
    );
  });

  it("checks fields per recipient like the full render", async () => {
    const { campaignId, material } = personalizedMaterial();
    const prepared = await prepareMaterial(content, campaignId, material.id, "example-health");
    expect(() => prepared.forRecipient({ firstName: "a\nb" })).toThrow(PersonalizationError);
  });
});
