import { z } from "zod";
import { Campaign } from "./schema/campaign.js";
import { LibraryFile } from "./schema/library.js";
import { PartnerKit } from "./schema/partner.js";

/** The JSON Schemas editors use to autocomplete content files, generated from the zod schemas. */
export function contentJsonSchemas(): Record<"campaign" | "library" | "partner", unknown> {
  const make = (schema: z.ZodType, title: string) => ({
    ...(z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as object),
    title,
  });
  return {
    campaign: make(Campaign, "Chorus campaign"),
    library: make(LibraryFile, "Chorus shared library file"),
    partner: make(PartnerKit, "Chorus partner brand kit"),
  };
}

export function serializeJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
