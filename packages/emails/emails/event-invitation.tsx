import type { EmailModel } from "../src/model";
import { EventInvitationEmail } from "../src/templates/templates";
import models from "./preview-models.json";

/** Preview of the event-invitation template with content from campaigns/ (run `pnpm --filter @chorus/emails dev`). */
export default function Preview({ model }: { model: EmailModel }) {
  return <EventInvitationEmail model={model} />;
}

Preview.PreviewProps = { model: models["event-invitation"] as unknown as EmailModel };
