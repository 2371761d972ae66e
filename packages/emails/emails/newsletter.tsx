import type { EmailModel } from "../src/model";
import { NewsletterEmail } from "../src/templates/templates";
import models from "./preview-models.json";

/** Preview of the newsletter template with content from campaigns/ (run `pnpm --filter @chorus/emails dev`). */
export default function Preview({ model }: { model: EmailModel }) {
  return <NewsletterEmail model={model} />;
}

Preview.PreviewProps = { model: models.newsletter as unknown as EmailModel };
