export { citationText } from "@chorus/content";
export {
  type EmailModel,
  EmailRenderError,
  type EmailTemplate,
  type ResolvedBlock,
  type ResolveOptions,
  rendersAsProof,
  resolveEmail,
} from "./model.js";
export {
  escapeHtml,
  MAX_FIELD_LENGTH,
  PersonalizationError,
  type PersonalizationFieldSpec,
  personalizationFields,
  type Recipient,
  recipientValues,
} from "./personalize.js";
export {
  type PreparedMaterial,
  personalizeModel,
  prepareMaterial,
  type RenderedEmail,
  type RenderOptions,
  renderHtml,
  renderMaterial,
} from "./render.js";
export { type EmailStrings, STRINGS } from "./strings.js";
export { type EmailTarget, emailTargets } from "./targets.js";
export {
  AwarenessEmail,
  CallToActionEmail,
  EventInvitationEmail,
  NewsletterEmail,
  PartnerKitEmail,
  ProofEmail,
  TEMPLATES,
  type TemplateProps,
} from "./templates/templates.js";
export { renderText } from "./text.js";
