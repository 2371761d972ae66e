import type { EmailModel } from "../src/model";
import { PartnerKitEmail } from "../src/templates/templates";
import models from "./preview-models.json";

/** Preview of the partner-kit template with content from campaigns/ (run `pnpm --filter @chorus/emails dev`). */
export default function Preview({ model }: { model: EmailModel }) {
  return <PartnerKitEmail model={model} />;
}

Preview.PreviewProps = { model: models["partner-kit"] as unknown as EmailModel };
