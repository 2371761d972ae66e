#!/usr/bin/env node
// Writes emails/preview-models.json: one resolved model per template, from the real campaigns/,
// so the React Email preview server shows approved content rather than lorem ipsum.
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadContent } from "@chorus/content/node";
import { personalizationFields, personalizeModel, recipientValues, resolveEmail } from "../dist/index.js";

const campaigns = fileURLToPath(new URL("../../../campaigns", import.meta.url));
const { content } = await loadContent(campaigns);
const models = {};
for (const { campaign } of content.campaigns) {
  for (const material of campaign.materials) {
    if (material.kind !== "email" || models[material.template]) continue;
    const model = resolveEmail(content, campaign.id, material.id, "example-health");
    const values = recipientValues(personalizationFields(material), {
      firstName: "Sam",
      email: "sam@example.org",
    });
    models[material.template] = personalizeModel(model, values, model.partner.unsubscribeUrl);
  }
}
const out = new URL("../emails/preview-models.json", import.meta.url);
await writeFile(out, `${JSON.stringify(models, null, 2)}\n`);
console.log(`wrote emails/preview-models.json (${Object.keys(models).join(", ")})`);
