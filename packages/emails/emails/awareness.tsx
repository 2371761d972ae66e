import type { EmailModel } from "../src/model";
import { AwarenessEmail } from "../src/templates/templates";
import models from "./preview-models.json";

/** Preview of the awareness template with content from campaigns/ (run `pnpm --filter @chorus/emails dev`). */
export default function Preview({ model }: { model: EmailModel }) {
  return <AwarenessEmail model={model} />;
}

Preview.PreviewProps = { model: models.awareness as unknown as EmailModel };
