import { z } from "zod";
import { Email, HexColor, HttpsUrl, Slug, Text } from "./common.js";

const Domain = z.string().regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, {
  error: "must be a lowercase domain such as mail.example.org",
});

const FontStack = Text.refine((value) => !/[;{}<>]/.test(value), {
  error: "must be a CSS font stack such as 'Source Sans 3', Arial, sans-serif",
});

export const PARTNER_KINDS = ["collaborative", "health-system", "professional-society", "example"] as const;

/** A partner organization's brand kit: what it needs to co-brand and send approved materials. */
export const PartnerKit = z
  .strictObject({
    id: Slug,
    name: Text,
    shortName: Text.optional(),
    kind: z.enum(PARTNER_KINDS, { error: `must be one of: ${PARTNER_KINDS.join(", ")}` }),
    /** True for demonstration kits: shown with an "Example partner" label everywhere. */
    example: z.boolean().default(false),
    logo: z.strictObject({
      /** Path relative to the brand kit file, e.g. `logos/collaborative.svg`. */
      file: Text.refine((value) => /\.(svg|png)$/i.test(value), { error: "must be an .svg or .png file" }),
      alt: Text,
      width: z.int().positive().max(600).optional(),
      height: z.int().positive().max(300).optional(),
    }),
    colors: z.strictObject({
      primary: HexColor,
      secondary: HexColor.optional(),
      accent: HexColor.optional(),
      text: HexColor.optional(),
      background: HexColor.optional(),
    }),
    fonts: z
      .strictObject({
        heading: FontStack,
        body: FontStack,
      })
      .optional(),
    website: HttpsUrl,
    /** Required by CAN-SPAM for every commercial or bulk email; printed in every footer. */
    postalAddress: z.array(Text).min(2, { error: "must have at least two lines (street, city)" }),
    sender: z.strictObject({ name: Text, email: Email }),
    replyTo: Email.optional(),
    unsubscribeUrl: HttpsUrl,
    sendingDomains: z.array(Domain).min(1),
  })
  .refine(
    (kit) =>
      kit.sendingDomains.some(
        (domain) =>
          kit.sender.email.toLowerCase().endsWith(`@${domain}`) || kit.sender.email.endsWith(`.${domain}`),
      ),
    { error: "sender.email must be on one of the partner's sendingDomains", path: ["sender", "email"] },
  );
export type PartnerKit = z.infer<typeof PartnerKit>;
