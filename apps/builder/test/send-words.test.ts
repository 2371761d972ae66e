// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
// The words sending uses (issue 17): sends named by their email's subject, the rows a send skipped, how many
// on a list already had the email, and what is wrong with a proof address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { tempContent, testConfig } from "./helpers.js";

const CAMPAIGN = "crisis-and-peer-support";
const query = "material=newsletter-clinicians&partner=example-health";

let env: Awaited<ReturnType<typeof tempContent>>;
let built: ReturnType<typeof createApp>;
const call = (url: string, init?: RequestInit) => built.app.request(`http://127.0.0.1${url}`, init);
const csv = (body: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "text/csv" },
  body,
});

beforeAll(async () => {
  env = await tempContent();
  built = createApp(testConfig(env.contentDir, env.chorusDir));
});
afterAll(async () => {
  await built.close();
  await env.cleanup();
});

async function finished(sendId: string): Promise<any> {
  for (let i = 0; i < 300; i++) {
    const status = (await (await call(`/api/sends/${sendId}`)).json()) as any;
    if (status.state === "complete") return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`send ${sendId} did not finish`);
}

describe("the words of sending", () => {
  it("says what is wrong with a proof address, naming it", async () => {
    const answers: [string, string][] = [
      ["ana@example", "“ana@example” is missing the part after the dot, such as .org"],
      ["ana.example.org", "“ana.example.org” is missing the @ and the part after it, such as @example.org"],
      ["a@b.org, c@d.org", "enter one email address for the proof: “a@b.org, c@d.org” holds more than one"],
      ["", "enter an email address for the proof"],
    ];
    for (const [to, error] of answers) {
      const response = await call(`/api/campaigns/${CAMPAIGN}/proof`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ to, material: "newsletter-clinicians", partner: "example-health" }),
      });
      expect(response.status, to).toBe(422);
      expect(((await response.json()) as any).error, to).toBe(error);
    }
  });

  it("names a send by its email's subject, with the rows it skipped, and says who already had it", async () => {
    const first = await call(
      `/api/campaigns/${CAMPAIGN}/sends?${query}&skipInvalid=1`,
      csv("email,name\nana@example.org,Ana López\nnot-an-address,Ben\n"),
    );
    expect(first.status).toBe(202);
    const { sendId } = (await first.json()) as any;
    await finished(sendId);
    const { sends } = (await (await call("/api/sends")).json()) as any;
    expect(sends[0]).toMatchObject({
      sendId,
      subject: "Support for you, any hour of the day",
      report: { sent: 1, invalidSkipped: 1, suppressedSkipped: 0 },
    });
    const { messages } = (await (await call(`/api/outbox/${sendId}`)).json()) as any;
    expect(messages.map((m: any) => m.to)).toEqual(["Ana López <ana@example.org>"]);

    // The same list again, grown by one: one already had it, one is new.
    const check = (await (
      await call(
        `/api/campaigns/${CAMPAIGN}/recipients/check?${query}`,
        csv("email\nana@example.org\ncy@example.org\n"),
      )
    ).json()) as any;
    expect(check).toMatchObject({ status: "checked", recipients: 1, alreadySent: 1 });
  });
});
