import type { EmailModel } from "../src/model";
import { CallToActionEmail } from "../src/templates/templates";
import models from "./preview-models.json";

/** Preview of the call-to-action template with content from campaigns/ (run `pnpm --filter @chorus/emails dev`). */
export default function Preview({ model }: { model: EmailModel }) {
  return <CallToActionEmail model={model} />;
}

Preview.PreviewProps = { model: models["call-to-action"] as unknown as EmailModel };
