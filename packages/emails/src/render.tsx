import type { ContentSet, EmailMaterial } from "@chorus/content";
import { render } from "@react-email/render";
import { type EmailModel, type ResolveOptions, resolveEmail } from "./model.js";
import {
  escapeHtml,
  fillPlaceholders,
  type PersonalizationFieldSpec,
  personalizationFields,
  type Recipient,
  recipientValues,
  replaceSentinels,
  sentinelValues,
} from "./personalize.js";
import { TEMPLATES } from "./templates/templates.js";
import { renderText } from "./text.js";

export interface RenderedEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
  /** Extra message headers: List-Unsubscribe (RFC 8058 one-click) and Chorus's own identifiers. */
  headers: Record<string, string>;
  /** `"Name" <address>` of the partner's sender. */
  from: string;
  replyTo?: string;
  locale: string;
}

export interface RenderOptions extends ResolveOptions {
  /** The recipient's fields (`email` plus any personalization fields). Omitted: fallbacks are used. */
  recipient?: Recipient;
}

/** Render the model's HTML with React Email. */
export async function renderHtml(model: EmailModel): Promise<string> {
  const Template = TEMPLATES[model.template];
  return render(<Template model={model} />);
}

function unsubscribeUrl(base: string, campaignId: string, email: string | undefined): string {
  const url = new URL(base);
  url.searchParams.set("campaign", campaignId);
  if (email) url.searchParams.set("email", email);
  return url.toString();
}

function headersFor(model: EmailModel, unsubscribe: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribe}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "X-Chorus-Campaign": model.campaign.id,
    "X-Chorus-Material": model.material.id,
  };
}

/** Put recipient values into every personalizable text of a model. */
export function personalizeModel(
  model: EmailModel,
  values: Record<string, string>,
  unsubscribe: string,
): EmailModel {
  const fill = (text: string) => fillPlaceholders(text, values);
  return {
    ...model,
    subject: fill(model.subject),
    preheader: fill(model.preheader),
    headline: fill(model.headline),
    partner: { ...model.partner, unsubscribeUrl: unsubscribe },
    blocks: model.blocks.map((block) => {
      switch (block.type) {
        case "heading":
        case "paragraph":
        case "quote":
          return { ...block, text: fill(block.text) };
        default:
          return block;
      }
    }),
  };
}

/** The resolved model and the material's personalization fields (both paths start here). */
function resolveWithFields(
  content: ContentSet,
  campaignId: string,
  materialId: string,
  partnerId: string,
  options: ResolveOptions,
): { model: EmailModel; fields: PersonalizationFieldSpec[] } {
  const model = resolveEmail(content, campaignId, materialId, partnerId, options);
  // resolveEmail has checked that the campaign and its email material exist.
  const material = content.campaigns
    .find((c) => c.campaign.id === campaignId)!
    .campaign.materials.find((m) => m.id === materialId) as EmailMaterial;
  return { model, fields: personalizationFields(material) };
}

/**
 * Render one email material of a campaign for one partner and (optionally) one recipient:
 * subject, preheader, HTML, plain text and headers. Throws `EmailRenderError` or
 * `PersonalizationError` with a clear message before rendering anything wrong.
 */
export async function renderMaterial(
  content: ContentSet,
  campaignId: string,
  materialId: string,
  partnerId: string,
  options: RenderOptions = {},
): Promise<RenderedEmail> {
  const { model, fields } = resolveWithFields(content, campaignId, materialId, partnerId, options);
  const { values, unsubscribe, personal } = personalizeFor(model, fields, options.recipient);
  return finish(model, values, await renderHtml(personal), renderText(personal), unsubscribe);
}

/** One recipient's checked values, unsubscribe link and personalized model (both paths use this). */
function personalizeFor(
  model: EmailModel,
  fields: PersonalizationFieldSpec[],
  recipient: Recipient = {},
): { values: Record<string, string>; unsubscribe: string; personal: EmailModel } {
  const values = recipientValues(fields, recipient);
  const unsubscribe = unsubscribeUrl(model.partner.unsubscribeUrl, model.campaign.id, recipient.email);
  return { values, unsubscribe, personal: personalizeModel(model, values, unsubscribe) };
}

/** The rendered email around its HTML and text: subject and preheader personalized, headers, sender. */
function finish(
  model: EmailModel,
  values: Record<string, string>,
  html: string,
  text: string,
  unsubscribe: string,
): RenderedEmail {
  const subject = fillPlaceholders(model.subject, values);
  return {
    subject: model.proof ? `[PROOF] ${subject}` : subject,
    preheader: fillPlaceholders(model.preheader, values),
    html,
    text,
    headers: headersFor(model, unsubscribe),
    from: model.partner.from,
    ...(model.partner.replyTo ? { replyTo: model.partner.replyTo } : {}),
    locale: model.lang,
  };
}

/** A material rendered once, ready to be personalized per recipient by string substitution. */
export interface PreparedMaterial {
  fields: PersonalizationFieldSpec[];
  /** Personalize for one recipient: byte-identical to `renderMaterial` for the same recipient. */
  forRecipient(recipient?: Recipient): RenderedEmail;
}

const UNSUBSCRIBE_FIELD = "chorusUnsubscribeUrl";

/**
 * The fast path for sends: render the HTML once with stand-ins for every personal value (fields
 * and the per-recipient unsubscribe link), then fill them in per recipient, escaped exactly as React
 * would. Thousands of personalized emails per second instead of hundreds.
 *
 * Only the React render is shared. The plain text is written per recipient from the personalized
 * model, as `renderMaterial` writes it: it is cheap, and it measures its texts (a heading's
 * underline is as long as the heading), which a stand-in of another length would get wrong. The
 * HTML templates must not depend on a value's length or content; the byte-identity property test
 * holds them to that.
 */
export async function prepareMaterial(
  content: ContentSet,
  campaignId: string,
  materialId: string,
  partnerId: string,
  options: ResolveOptions = {},
): Promise<PreparedMaterial> {
  const { model, fields } = resolveWithFields(content, campaignId, materialId, partnerId, options);
  const sentinels = sentinelValues([...fields, { name: UNSUBSCRIBE_FIELD, required: false }]);
  const template = personalizeModel(model, sentinels, sentinels[UNSUBSCRIBE_FIELD]!);
  const html = await renderHtml(template);

  return {
    fields,
    forRecipient(recipient = {}) {
      const { values, unsubscribe, personal } = personalizeFor(model, fields, recipient);
      const all = { ...values, [UNSUBSCRIBE_FIELD]: unsubscribe };
      return finish(
        model,
        values,
        replaceSentinels(html, all, escapeHtml),
        renderText(personal),
        unsubscribe,
      );
    },
  };
}
