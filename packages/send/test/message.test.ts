import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { deliverMessage } from "../src/index.js";
import { startResendServer } from "../src/testing/index.js";

const email = {
  to: "ana@example.org",
  from: "Chorus <campaigns@mail.chorus-collaborative.org>",
  subject: "Your sign-in link",
  html: "<p>Sign in</p>",
  text: "Sign in",
  headers: {},
};
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("deliverMessage", () => {
  it("writes the message to .chorus/messages/ without a Resend key, apart from the sends' outboxes", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "chorus-message-"));
    const result = await deliverMessage(
      { chorusDir: dir, now: () => new Date("2026-12-04T10:00:00Z") },
      email,
      "sign-in/1",
    );
    expect(result.via).toBe("outbox");
    expect(path.dirname(result.dir!)).toBe(path.join(dir, "messages"));
    const [file] = await readdir(result.dir!);
    const eml = await readFile(path.join(result.dir!, file!), "utf8");
    expect(eml).toMatch(/^From: Chorus <campaigns@mail\.chorus-collaborative\.org>\r?$/m);
    expect(eml).toMatch(/^To: ana@example\.org\r?$/m);
    expect(eml).toMatch(/^Subject: Your sign-in link\r?$/m);
    expect(await readdir(dir)).toEqual(["messages"]);
  });

  it("sends through Resend with a key, once per key, and says why when it was not accepted", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "chorus-message-"));
    const server = await startResendServer();
    const options = { chorusDir: dir, resendApiKey: "re_test", resendBaseUrl: server.url };
    try {
      await deliverMessage(options, email, "sign-in/2");
      await deliverMessage(options, email, "sign-in/2");
      expect(server.accepted.map((m) => [m.to, m.subject])).toEqual([
        ["ana@example.org", "Your sign-in link"],
      ]);
      expect(await readdir(dir)).toEqual([]);
      server.faults = { error: 1 };
      await expect(deliverMessage(options, email, "sign-in/3")).rejects.toThrow(
        /^the message to ana@example\.org was not sent: /,
      );
    } finally {
      await server.close();
    }
  });
});
