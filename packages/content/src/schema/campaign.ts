import { z } from "zod";
import { Audience, HttpsUrl, IsoDate, IsoDateTime, Locale, LocalizedText, Slug, Text } from "./common.js";

/** `{{firstName}}`-style personalization placeholders inside material text. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

const Link = z.strictObject({ label: Text, url: HttpsUrl });

export const HeadingBlock = z.strictObject({
  type: z.literal("heading"),
  text: Text,
  level: z.union([z.literal(2), z.literal(3)]).default(2),
});

export const ParagraphBlock = z.strictObject({
  type: z.literal("paragraph"),
  text: Text,
});

/** An approved key message: `ref` points at the library or at the campaign's own inline messages. */
export const KeyMessageBlock = z.strictObject({
  type: z.literal("key-message"),
  ref: Slug,
});

export const StatBlock = z.strictObject(
  {
    type: z.literal("stat"),
    /** The library fact this stat shows. Its value and citation come from the library, never from here. */
    fact: Slug,
    /** Optional framing sentence written around the figure. */
    lead: Text.optional(),
  },
  { error: "a stat must reference a library fact (with its citation) through `fact`" },
);

/**
 * A quote. Either a person's own words, shared with their written consent and a record of where they
 * said them, or a written example (`illustrative: true`) that every material labels as such, so no
 * reader takes it for a real person's words.
 */
export const QuoteBlock = z
  .strictObject({
    type: z.literal("quote"),
    text: Text,
    /** Written by the campaign team to illustrate a point: no real person said it. */
    illustrative: z.boolean().optional(),
    attribution: z.strictObject({
      /** The person, or for an illustrative quote the kind of person it speaks for ("An ICU nurse"). */
      name: Text,
      role: Text.optional(),
      /** The person agreed in writing to this use of their words in this campaign. */
      consent: z
        .literal(true, { error: "must be true: quotes are only used with the person's consent" })
        .optional(),
      /** Where and when the person said it (an interview, a talk, a publication). */
      source: Text.optional(),
    }),
  })
  .superRefine((quote, ctx) => {
    if (quote.illustrative) return;
    if (quote.attribution.consent !== true) {
      ctx.addIssue({
        code: "custom",
        path: ["attribution", "consent"],
        message:
          "a real person's quote needs their consent: set consent: true once they have agreed in writing, or mark a written example illustrative: true",
      });
    }
    if (!quote.attribution.source) {
      ctx.addIssue({
        code: "custom",
        path: ["attribution", "source"],
        message:
          "a real person's quote needs its source (where and when they said it), or mark a written example illustrative: true",
      });
    }
  });

export const ResourceListBlock = z.strictObject({
  type: z.literal("resource-list"),
  heading: Text.optional(),
  resources: z.array(Slug).min(1, { error: "must list at least one resource id" }),
});

export const CallToActionBlock = z
  .strictObject({
    type: z.literal("call-to-action"),
    /** The id of one of the campaign's `callsToAction`. */
    cta: Slug.optional(),
    label: Text.optional(),
    url: HttpsUrl.optional(),
  })
  .refine((block) => (block.cta ? !block.label && !block.url : Boolean(block.label && block.url)), {
    error: "a call-to-action needs either `cta` (an id from callsToAction) or both `label` and `url`",
  });

export const ImageBlock = z.strictObject({
  type: z.literal("image"),
  src: HttpsUrl,
  alt: z
    .string({ error: "alt text is required: describe what the image shows" })
    .trim()
    .min(1, { error: "alt text is required: describe what the image shows" }),
  width: z.int().positive().max(1200).optional(),
  height: z.int().positive().max(2000).optional(),
  caption: Text.optional(),
});

export const EventBlock = z
  .strictObject({
    type: z.literal("event"),
    name: Text,
    start: IsoDateTime,
    end: IsoDateTime,
    /** IANA time zone the times are shown in, e.g. America/New_York. */
    timeZone: Text,
    location: Text,
    /** Registration or joining link. */
    url: HttpsUrl,
  })
  .refine((event) => Date.parse(event.end) > Date.parse(event.start), {
    error: "end must be after start",
    path: ["end"],
  });

export const Block = z.discriminatedUnion(
  "type",
  [
    HeadingBlock,
    ParagraphBlock,
    KeyMessageBlock,
    StatBlock,
    QuoteBlock,
    ResourceListBlock,
    CallToActionBlock,
    ImageBlock,
    EventBlock,
  ],
  {
    error:
      "must be a block with type heading, paragraph, key-message, stat, quote, resource-list, call-to-action, image or event",
  },
);
export type Block = z.infer<typeof Block>;
export type BlockType = Block["type"];

export const EMAIL_TEMPLATES = [
  "newsletter",
  "awareness",
  "call-to-action",
  "event-invitation",
  "partner-kit",
  "proof",
] as const;

export const PersonalizationField = z.strictObject({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: "must be a field name such as firstName" }),
  /** Required fields must be present for every recipient; others fall back. */
  required: z.boolean().default(false),
  fallback: z.string().optional(),
});

/** Where a translation stands: being translated, translated (waiting for review), or reviewed. */
export const TRANSLATION_STATUSES = ["to-translate", "translated", "reviewed"] as const;

const FINGERPRINT = /^[0-9a-f]{16}$/;

/**
 * A material written as a translation of another material of the campaign (its source, in another
 * language): the link, the source as it was when the translation was last brought up to date (a
 * fingerprint, so a later change to the source is noticed), and the translation's own review.
 */
export const Translation = z
  .strictObject(
    {
      /** The id of the material this translates. */
      of: Slug,
      /** `translationFingerprint` of the source when this translation was made or last marked up to date. */
      source: z
        .string({ error: "must be the 16-character fingerprint of the material this translates" })
        .regex(FINGERPRINT, {
          error:
            "must be the 16-character fingerprint of the material this translates, written when the translation was made or last marked up to date",
        }),
      status: z.enum(TRANSLATION_STATUSES, { error: `must be one of: ${TRANSLATION_STATUSES.join(", ")}` }),
      /** Who reviewed the translation, when, and the `translationFingerprint` of the text they read. */
      reviewed: z
        .strictObject({
          by: Text,
          at: IsoDateTime,
          fingerprint: z
            .string({ error: "must be the 16-character fingerprint of the translation as it was reviewed" })
            .regex(FINGERPRINT, {
              error: "must be the 16-character fingerprint of the translation as it was reviewed",
            }),
        })
        .optional(),
    },
    {
      error:
        "must be a translation record: { of: <material id>, source: <fingerprint>, status: to-translate }",
    },
  )
  .superRefine((translation, ctx) => {
    if (translation.status === "reviewed" && !translation.reviewed) {
      ctx.addIssue({
        code: "custom",
        path: ["reviewed"],
        message:
          "a reviewed translation records who reviewed it, when, and what they read (reviewed.by, reviewed.at, reviewed.fingerprint): mark it reviewed in the builder",
      });
    }
    if (translation.status !== "reviewed" && translation.reviewed) {
      ctx.addIssue({
        code: "custom",
        path: ["reviewed"],
        message: `only a reviewed translation has a review record: set status: reviewed, or remove reviewed`,
      });
    }
  });
export type Translation = z.infer<typeof Translation>;

const MaterialBase = {
  id: Slug,
  title: Text.optional(),
  audience: Audience,
  locale: Locale,
  /** Set when this material translates another material of the campaign. */
  translation: Translation.optional(),
};

export const EmailMaterial = z.strictObject({
  ...MaterialBase,
  kind: z.literal("email"),
  template: z.enum(EMAIL_TEMPLATES, { error: `must be one of: ${EMAIL_TEMPLATES.join(", ")}` }),
  subject: Text.max(120, { error: "must be at most 120 characters (long subjects are cut off in inboxes)" }),
  preheader: Text.max(150, { error: "must be at most 150 characters" }),
  /** The big heading at the top of the email; defaults to the subject. */
  headline: Text.max(120, { error: "must be at most 120 characters" }).optional(),
  personalization: z.array(PersonalizationField).default([]),
  blocks: z.array(Block).min(1, { error: "must have at least one block" }),
});

export const IAB_SIZES = ["300x250", "728x90", "160x600", "300x600", "320x50", "970x250"] as const;

export const WebBannerMaterial = z.strictObject({
  ...MaterialBase,
  kind: z.literal("web-banner"),
  size: z.enum(IAB_SIZES, { error: `must be a standard IAB size: ${IAB_SIZES.join(", ")}` }),
  headline: Text.max(90, { error: "must be at most 90 characters to fit a banner" }),
  body: Text.max(140).optional(),
  cta: Link,
  image: z.strictObject({ src: HttpsUrl, alt: Text }).optional(),
});

export const SOCIAL_PLATFORMS = ["linkedin", "instagram", "facebook", "x", "bluesky"] as const;

/** The longest post each platform takes, in characters (X and Bluesky count a link as about 23). */
export const SOCIAL_TEXT_LIMITS = {
  x: 280,
  bluesky: 300,
  instagram: 2200,
  linkedin: 3000,
  facebook: 63206,
} as const satisfies Record<(typeof SOCIAL_PLATFORMS)[number], number>;
const LINK_LENGTH = 24;

/** A social post's length as the platforms count it: its characters, and about 24 for a link. */
export function socialPostLength(post: { text: string; link?: string | undefined }): number {
  return [...post.text].length + (post.link ? LINK_LENGTH : 0);
}
export const SOCIAL_PLATFORM_NAMES = {
  x: "X",
  bluesky: "Bluesky",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  facebook: "Facebook",
} as const satisfies Record<(typeof SOCIAL_PLATFORMS)[number], string>;

export const SocialPostMaterial = z.strictObject({
  ...MaterialBase,
  kind: z.literal("social-post"),
  platform: z.enum(SOCIAL_PLATFORMS, { error: `must be one of: ${SOCIAL_PLATFORMS.join(", ")}` }),
  text: Text,
  link: HttpsUrl.optional(),
  /** Library facts quoted in the post; their citations travel with it. */
  facts: z.array(Slug).optional(),
  image: z.strictObject({ src: HttpsUrl, alt: Text }).optional(),
});

export const FactSheetMaterial = z.strictObject({
  ...MaterialBase,
  kind: z.literal("fact-sheet"),
  heading: Text,
  /** One or two sentences printed under the heading: public copy, unlike the campaign's `summary`. */
  lead: Text.optional(),
  blocks: z.array(Block).min(1, { error: "must have at least one block" }),
});

export const Material = z.discriminatedUnion(
  "kind",
  [EmailMaterial, WebBannerMaterial, SocialPostMaterial, FactSheetMaterial],
  { error: "must be a material with kind email, web-banner, social-post or fact-sheet" },
);
export type Material = z.infer<typeof Material>;
export type EmailMaterial = z.infer<typeof EmailMaterial>;
export type MaterialKind = Material["kind"];

export const GOALS = ["stigma-reduction", "awareness", "policy-action", "event"] as const;
export const STATUSES = ["draft", "in-review", "approved", "archived"] as const;

/** The roles that hold review stages (team mode): a stage is decided by a person with its role. */
export const REVIEW_ROLES = ["reviewer", "approver"] as const;

/** One review stage: decided, in order, by a person holding `role` who did not make the content. */
export const ReviewStage = z.strictObject({
  id: Slug,
  title: Text.max(60),
  role: z.enum(REVIEW_ROLES, { error: `must be one of: ${REVIEW_ROLES.join(", ")}` }),
});
export type ReviewStage = z.infer<typeof ReviewStage>;

/** A campaign's review when it names none: clinical review, then communications approval. */
export const DEFAULT_REVIEW_STAGES: readonly ReviewStage[] = [
  { id: "clinical-review", title: "Clinical review", role: "reviewer" },
  { id: "communications-approval", title: "Communications approval", role: "approver" },
];

export const Approval = z.strictObject({
  by: Text,
  at: IsoDateTime,
  note: Text.optional(),
  /** Who decided each review stage and when (team mode), in the order the stages ran. */
  stages: z.array(z.strictObject({ id: Slug, title: Text, by: Text, at: IsoDateTime })).optional(),
  /** `approvalFingerprint` of the content approved: an edit made afterwards is caught before sending. */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{16}$/, { error: "must be the 16-character fingerprint written when it was approved" })
    .optional(),
});

export const InlineKeyMessage = z.strictObject({
  id: Slug,
  text: Text,
});

export const Campaign = z
  .strictObject({
    id: Slug,
    title: Text.max(120),
    /** The internal brief for reviewers and partners' staff: never shown in any material. */
    summary: Text,
    /** Public lead text introducing the campaign to its readers (a page's hero, a kit's cover), per locale. */
    lead: LocalizedText.optional(),
    goal: z.enum(GOALS, { error: `must be one of: ${GOALS.join(", ")}` }),
    status: z.enum(STATUSES, { error: `must be one of: ${STATUSES.join(", ")}` }),
    approval: Approval.optional(),
    /** The review stages this campaign passes, in order; `DEFAULT_REVIEW_STAGES` when not named. */
    review: z
      .strictObject({
        stages: z
          .array(ReviewStage)
          .min(1, { error: "must name at least one stage" })
          .max(5, { error: "at most 5 stages" })
          .refine((stages) => new Set(stages.map((s) => s.id)).size === stages.length, {
            error: "each stage needs its own id",
          }),
      })
      .optional(),
    audiences: z.array(Audience).min(1, { error: "must name at least one audience" }),
    locales: z.array(Locale).min(1, { error: "must name at least one locale" }),
    dates: z
      .strictObject({
        start: IsoDate,
        /**
         * The last day the campaign's materials go out. Facts it shows are checked against it (against
         * `start` when there is none): a fact due for review before then is flagged.
         */
        end: IsoDate.optional(),
        /** A named observance the campaign is tied to, e.g. National Physician Suicide Awareness Day. */
        observance: Text.optional(),
      })
      .refine((dates) => !dates.end || dates.end >= dates.start, {
        error: "end must be on or after start",
        path: ["end"],
      }),
    /** Key messages: ids from the library, or inline messages written for this campaign. */
    keyMessages: z.array(z.union([Slug, InlineKeyMessage])).default([]),
    callsToAction: z.array(z.strictObject({ id: Slug, label: Text, url: HttpsUrl })).default([]),
    /** Partner ids allowed to co-brand this campaign; empty means every partner. */
    partners: z.array(Slug).default([]),
    materials: z.array(Material).min(1, { error: "must have at least one material" }),
  })
  .superRefine((campaign, ctx) => {
    if (campaign.status === "approved" && !campaign.approval) {
      ctx.addIssue({
        code: "custom",
        path: ["approval"],
        message: "an approved campaign must record who approved it and when (approval.by, approval.at)",
      });
    }
  });
export type Campaign = z.infer<typeof Campaign>;

/** The stages a campaign's review runs through, in order. */
export function reviewStages(campaign: Pick<Campaign, "review">): readonly ReviewStage[] {
  return campaign.review?.stages ?? DEFAULT_REVIEW_STAGES;
}
export type CampaignInput = z.input<typeof Campaign>;
