// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
// Scheduled sends in Chromium, as a communicator in New York schedules a September campaign: from the Send
// panel at 1440×900 (one scroll, results where the eye is), listed in the Outbox in local time, cancelled,
// started at its time by the builder, and picked up again after the builder restarts.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserApp, expectNoAxeViolations, SHOTS, startServer } from "./browser.js";

const CAMPAIGN = "crisis-and-peer-support";
const EMAIL = "newsletter-clinicians";
const SUBJECT = "Support for you, any hour of the day";
const SUBJECT_ES = "Apoyo para ti, a cualquier hora del día";
const LIST = "email,name\nana@example.org,Ana López\nben@example.org,Ben Okafor\nnot-an-address,Cy\n";

const app = browserApp();

async function newPage() {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: "America/New_York",
  });
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { page, errors, context };
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SHOTS, `schedule-${name}.png`), fullPage });

/** The element is wholly on the screen (the page is where the eye is, not below it). */
async function expectOnScreen(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, "element has a box").not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

/**
 * Schedule the Spanish email to `list` through the API, `ms` from now (the form chooses minutes; these tests
 * need seconds).
 */
async function scheduleSoon(ms: number, list = LIST): Promise<{ sendId: string; dueAt: string }> {
  const at = new Date(Date.now() + ms).toISOString();
  const response = await fetch(
    `${app.server.url}/api/campaigns/${CAMPAIGN}/schedules?material=${EMAIL}-es&partner=example-health&at=${encodeURIComponent(at)}&skipInvalid=1`,
    { method: "POST", headers: { "content-type": "text/csv" }, body: list },
  );
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as any;
}

async function outboxFiles(sendId: string): Promise<string[]> {
  return (await readdir(path.join(app.env.chorusDir, "outbox", sendId)).catch(() => [] as string[])).filter(
    (f) => f.endsWith(".eml"),
  );
}

describe("scheduling a send in the builder", () => {
  it("schedules from the Send panel in one scroll, lists it in the Outbox in local time, and cancels it", {
    timeout: 180_000,
  }, async () => {
    const { page, errors, context } = await newPage();
    await page.goto(`${app.server.url}/campaigns/${CAMPAIGN}`);
    await page.getByRole("tab", { name: "Send" }).click();
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("Partner", { exact: true }).selectOption("example-health");

    // One scroll: the column beside the form is not a scroll area of its own while sending.
    const column = page.locator(".side");
    expect(await column.evaluate((el) => getComputedStyle(el).overflowY)).toBe("visible");

    // A proof's result shows by its button, on the screen, saying what is wrong with the address.
    await panel.getByLabel("Email address").fill("ana@example");
    await panel.getByRole("button", { name: "Send proof" }).click();
    const proofResult = panel.getByText("“ana@example” is missing the part after the dot, such as .org");
    await expect.poll(() => proofResult.count()).toBe(1);
    await expectOnScreen(page, proofResult);
    await shot(page, "01-proof-result");

    const csv = path.join(app.env.dir, "september.csv");
    await writeFile(csv, LIST);
    await panel.getByLabel(/Recipients \(CSV/).setInputFiles(csv);
    await expect.poll(() => panel.getByText(/3 rows, 2 ready to send, 1 with problems/).count()).toBe(1);
    await panel.getByLabel("Skip the rows with problems and send to the others").check();
    await panel.getByLabel("Schedule for a later time").check();
    const time = panel.getByLabel("Day and time");
    // The zone is said next to the time.
    await expect
      .poll(() => panel.getByText(/In your time zone: America\/New_York \(E[SD]T\)/).count())
      .toBe(1);
    // Two hours from now, as the browser in New York writes it.
    const local = await page.evaluate(`(() => {
      const d = new Date(Date.now() + 2 * 3600e3);
      const p = (n) => String(n).padStart(2, "0");
      return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + "T" + p(d.getHours()) + ":" + p(d.getMinutes());
    })()`);
    await time.fill(String(local));
    const button = panel.getByRole("button", { name: /^Schedule: send to 2 recipients on .* E[SD]T$/ });
    await expect.poll(() => button.count()).toBe(1);
    await button.scrollIntoViewIfNeeded();
    await shot(page, "02-schedule-form");
    await expectNoAxeViolations(page, "send panel, scheduling");
    await button.click();
    const done = panel.getByText(
      /^Scheduled: “Support for you, any hour of the day” goes to 2 recipients on/,
    );
    await expect.poll(() => done.count()).toBe(1);
    await expectOnScreen(page, done);
    await shot(page, "03-scheduled");

    // A second one, to cancel: another email of the campaign, tomorrow at 9:00 (the form's suggestion).
    await panel.getByLabel("Email", { exact: true }).selectOption("awareness-trainees");
    await panel.getByLabel(/Recipients \(CSV/).setInputFiles(csv);
    await expect.poll(() => panel.getByText(/3 rows, 2 ready to send, 1 with problems/).count()).toBe(1);
    await panel.getByLabel("Skip the rows with problems and send to the others").check();
    await panel.getByLabel("Schedule for a later time").check();
    await panel.getByRole("button", { name: /^Schedule: send to 2 recipients/ }).click();
    await expect.poll(() => panel.getByText(/^Scheduled: /).count()).toBe(1);

    await page.getByRole("link", { name: "Outbox page" }).click();
    const scheduled = page.getByRole("region", { name: "Scheduled sends" });
    await expect.poll(() => scheduled.getByRole("row").count()).toBe(3);
    const first = scheduled.getByRole("row", { name: new RegExp(SUBJECT) });
    expect(await first.textContent()).toMatch(
      /Crisis and peer support for clinicians.*Example Health System \(sample partner\).*2 \(1 row with problems skipped\).*E[SD]T/,
    );
    expect(await page.getByText("Nothing has been sent yet.").count()).toBe(1);
    await shot(page, "04-outbox-scheduled");
    await expectNoAxeViolations(page, "outbox with scheduled sends");

    // Cancel the other one, asked again first.
    const other = scheduled.getByRole("row").nth(2);
    const otherSubject = (await other.getByRole("rowheader").textContent())!;
    await other.getByRole("button", { name: /^Cancel “/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Keep it");
    await shot(page, "05-cancel-asked");
    await expectNoAxeViolations(page, "cancel asked");
    await other.getByRole("button", { name: "Yes, cancel it" }).click();
    await expect
      .poll(() => scheduled.getByRole("status").textContent())
      .toMatch(
        new RegExp(
          `^Cancelled: “${otherSubject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}” will not be sent on`,
        ),
      );
    await expect.poll(() => scheduled.getByRole("row").count()).toBe(2);
    await shot(page, "06-cancelled");
    // The browser logs the one refusal this test provokes: the proof to "ana@example" (422).
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await context.close();
  });

  it("starts a send at its time by itself, and the Outbox shows it sent", { timeout: 120_000 }, async () => {
    const { page, errors, context } = await newPage();
    const { sendId } = await scheduleSoon(6_000);
    await page.goto(`${app.server.url}/outbox`);
    const scheduled = page.getByRole("region", { name: "Scheduled sends" });
    await expect.poll(() => scheduled.getByRole("rowheader", { name: SUBJECT_ES }).count()).toBe(1);
    // No reload: the page looks again once the time has come.
    const sent = page.getByRole("row", { name: /Scheduled for .* 2 of 2, 1 row with problems skipped/ });
    await expect.poll(() => sent.count(), { timeout: 40_000 }).toBe(1);
    expect(await outboxFiles(sendId)).toHaveLength(2);
    await shot(page, "07-started-at-its-time");
    // The list's names are in the To line.
    await sent.getByRole("link").click();
    await expect
      .poll(() => page.getByRole("button", { name: /To: Ana López <ana@example\.org>/ }).count())
      .toBe(1);
    await expect.poll(() => page.getByText(/1 row of the list had problems and was skipped/).count()).toBe(1);
    await shot(page, "08-sent-message-list");
    await expectNoAxeViolations(page, "a scheduled send's messages");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("picks up after a restart a send whose time came while the builder was stopped", {
    timeout: 120_000,
  }, async () => {
    // Due in a few seconds, and the builder stops before then (a laptop closed, a restart).
    const { sendId, dueAt } = await scheduleSoon(4_000, "email\nlee@example.org\nsam@example.org\n");
    await app.server.stop();
    while (Date.now() <= Date.parse(dueAt) + 500) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await outboxFiles(sendId)).toEqual([]);
    app.server = await startServer({ CHORUS_CONTENT_DIR: app.env.contentDir, CHORUS_DIR: app.env.chorusDir });

    const { page, errors, context } = await newPage();
    await page.goto(`${app.server.url}/outbox`);
    const row = page.getByRole("row", { name: new RegExp(`${SUBJECT_ES}.*Scheduled for .* 2 of 2 \\w`) });
    await expect.poll(() => row.count(), { timeout: 40_000 }).toBe(1);
    expect(await outboxFiles(sendId)).toHaveLength(2);
    // The one scheduled two hours ahead is still waiting.
    await expect
      .poll(() => page.getByRole("region", { name: "Scheduled sends" }).getByRole("row").count())
      .toBe(2);
    await shot(page, "09-after-restart", true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
