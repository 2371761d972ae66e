import { createHash } from "node:crypto";
import path from "node:path";
import { OutboxTransport } from "./transports/outbox.js";
import { ResendTransport } from "./transports/resend.js";
import type { OutgoingEmail } from "./types.js";

export interface MessageOptions {
  /** The `.chorus` folder: without a Resend key, messages are written to `<chorusDir>/messages/`. */
  chorusDir: string;
  resendApiKey?: string | undefined;
  /** Resend's address (tests point it at a local Resend-compatible server). */
  resendBaseUrl?: string | undefined;
  now?: () => Date;
}

/**
 * One message that is not a campaign send (a sign-in link): through Resend when there is an API key, else
 * as an `.eml` file in `<chorusDir>/messages/<time>-<key hash>/`, kept apart from the sends' outboxes so
 * no one's outbox page shows another person's sign-in link. `key` makes a retry the same message (Resend's
 * idempotency key). Throws with the provider's reason when the message was not accepted.
 */
export async function deliverMessage(
  options: MessageOptions,
  email: OutgoingEmail,
  key: string,
): Promise<{ via: "outbox" | "resend"; dir?: string }> {
  const now = options.now ?? (() => new Date());
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 16);
  const stamp = now()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const dir = path.join(options.chorusDir, "messages", `${stamp}-${hash}`);
  const transport = options.resendApiKey
    ? new ResendTransport({
        apiKey: options.resendApiKey,
        timeoutMs: 15_000,
        ...(options.resendBaseUrl ? { baseUrl: options.resendBaseUrl } : {}),
      })
    : new OutboxTransport(dir, now);
  const outcome = await transport.sendBatch({
    emails: [email],
    idempotencyKey: `chorus/message/${hash}`,
    batch: 0,
  });
  if (outcome.kind !== "accepted" || outcome.rejected.length > 0) {
    const reason = outcome.kind === "accepted" ? outcome.rejected[0]!.message : outcome.reason;
    throw new Error(`the message to ${email.to} was not sent: ${reason}`);
  }
  return transport.name === "outbox" ? { via: "outbox", dir } : { via: "resend" };
}
