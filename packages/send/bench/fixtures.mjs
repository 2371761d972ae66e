// Shared by the benchmark and its child processes: a realistic-size fake renderer and a CSV writer.

import { once } from "node:events";
import { createWriteStream } from "node:fs";

export const partner = {
  id: "example-health",
  postalAddress: ["Example Health System", "500 Sample Avenue", "Springfield, IL 62701"],
  unsubscribeUrl: "https://example-health.org/email/preferences",
  sendingDomains: ["example-health.org"],
  sender: { name: "Example Health Clinician Well-Being", email: "wellbeing@example-health.org" },
};
export const campaign = { id: "burnout-is-a-system-problem", status: "approved" };
export const fields = [{ name: "firstName", required: false, fallback: "colleague" }];

const body =
  "<p>Burnout grows out of the way care is organized. It is not a gap in your grit or your skill.</p>".repeat(
    60,
  );

/** About 6 KiB of HTML and 1 KiB of text per email, like a rendered newsletter. */
export function render(recipient) {
  const name = recipient.firstName ?? "colleague";
  return {
    subject: `${name}, burnout is a system problem`,
    preheader: "What your organization can change",
    html: `<html><body><p>Dear ${name},</p>${body}</body></html>`,
    text: `Dear ${name},\n\n${"Burnout grows out of the way care is organized. ".repeat(20)}`,
    headers: {
      "List-Unsubscribe": `<https://example-health.org/email/preferences?email=${encodeURIComponent(recipient.email)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    from: "Example Health Clinician Well-Being <wellbeing@example-health.org>",
    locale: "en",
  };
}

export async function writeCsv(file, count) {
  const out = createWriteStream(file);
  out.write("email,firstName\n");
  for (let i = 0; i < count; i++) {
    if (!out.write(`clinician${i}@hospital${i % 97}.example.org,Name${i}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
