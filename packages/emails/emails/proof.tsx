import type { EmailModel } from "../src/model";
import { ProofEmail } from "../src/templates/templates";
import models from "./preview-models.json";

/** Preview of the proof template with content from campaigns/ (run `pnpm --filter @chorus/emails dev`). */
export default function Preview({ model }: { model: EmailModel }) {
  return <ProofEmail model={model} />;
}

Preview.PreviewProps = { model: models.proof as unknown as EmailModel };
