// Issue 17's trial, whole, as a hospital communications officer would run it in Chromium: a new Suicide
// Prevention Awareness Month campaign for nurses, its email in English and a linked Spanish version, approved,
// a proof of the Spanish email, and the English one scheduled for a September morning, seen in the Outbox.
// Once on a 1440×900 laptop screen and once on a 390×844 phone; each step leaves a screenshot in
// test-results/day-<width>-*.png.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { browserApp, expectNoAxeViolations, SHOTS } from "./browser.js";

const LIST = "email,name\nana.nurse@example-health.org,Ana López\nben.nurse@example-health.org,Ben Okafor\n";

const app = browserApp();

/** Nothing on the page is wider than the screen; a failure names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page) {
  const { overflow, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls sideways of its own (a wide table), sticking out is that box's business.
    const scrolls = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (/auto|scroll|hidden/.test(getComputedStyle(parent).overflowX)) return true;
      return false;
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !scrolls(element))
      .slice(0, 8)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} “${(element.textContent ?? "").slice(0, 40)}”`,
      );
    return { overflow: document.documentElement.scrollWidth - width, wide };
  });
  expect(overflow, `wider than the screen: ${wide.join("; ")}`).toBeLessThanOrEqual(0);
}

describe("a communicator's day", () => {
  it.each([
    { width: 1440, height: 900, title: "September for our nurses" },
    { width: 390, height: 844, title: "September for nurses on the go" },
  ])(
    "builds a September campaign for nurses in English and Spanish, approves it, sends a proof and schedules the send, at $width×$height",
    {
      timeout: 300_000,
    },
    async ({ width, height, title }) => {
      const context = await app.browser.newContext({
        viewport: { width, height },
        timezoneId: "America/Chicago",
        acceptDownloads: true,
      });
      context.setDefaultTimeout(45_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      let step = 0;
      const shot = async (name: string) => {
        step++;
        await page.screenshot({
          path: path.join(SHOTS, `day-${width}-${String(step).padStart(2, "0")}-${name}.png`),
        });
      };
      const id = title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      const file = async () =>
        parseYaml(await readFile(path.join(app.env.contentDir, id, "campaign.yaml"), "utf8"));

      // 1. A new campaign from the September starter: valid at once, dated in September.
      await page.goto(app.server.url);
      await page.getByLabel("Title").fill(title);
      await page.getByRole("radio", { name: "Suicide Prevention Awareness Month" }).check();
      await shot("starter");
      await page.getByRole("button", { name: "Create campaign" }).click();
      await page.waitForURL(new RegExp(`/campaigns/${id}$`));
      await expect.poll(() => page.getByText("ready for approval").count()).toBe(1);
      expect(await page.title()).toBe(`${title} · Edit campaign · Chorus campaign builder`);
      const created = await file();
      expect(created.dates.start).toMatch(/^\d{4}-09-01$/);
      await shot("created");

      // 2. For nurses: the campaign's audience and its email's.
      await page.getByRole("checkbox", { name: "nurses" }).check();
      for (const other of ["clinicians", "physicians", "trainees", "leaders", "public"]) {
        const box = page.getByRole("checkbox", { name: other, exact: true });
        if ((await box.count()) === 1 && (await box.isChecked())) await box.uncheck();
      }
      // Every material written for clinicians is now flagged: the checklist leads to each, one at a time.
      const misfit = page.locator(".checklist__findings li", {
        hasText: /is not one of the campaign's audiences/,
      });
      await expect.poll(() => misfit.count()).toBeGreaterThan(0);
      await shot("audience-flagged");
      for (let i = 0; i < 10 && (await misfit.count()) > 0; i++) {
        await misfit
          .first()
          .getByRole("button", { name: /^Go to material \d+ › audience$/ })
          .click();
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
        await page.locator("select:focus").selectOption("nurses");
      }
      expect(await misfit.count()).toBe(0);
      // And in Spanish too.
      await page.getByRole("checkbox", { name: "Spanish" }).check();
      await expectNoSidewaysScroll(page);
      await shot("for-nurses");

      // 3. The Spanish version of the email, linked to the English, with what is still in English marked.
      await page
        .getByRole("button", { name: /^Email: / })
        .first()
        .click();
      await page.getByRole("button", { name: "Make the Spanish version" }).click();
      const panel = page.getByRole("region", { name: /^Spanish version of/ });
      await panel.waitFor();
      const marks = page.locator(".finding", { hasText: "still in English — translate this" });
      await expect.poll(() => marks.count()).toBeGreaterThan(3);
      await shot("spanish-made");
      await page
        .getByRole("textbox", { name: "Subject line", exact: true })
        .fill("En septiembre, el apoyo está a una llamada");
      await page
        .getByRole("textbox", { name: "Preheader", exact: true })
        .fill("Guarda el 988 y pregunta a tus colegas cómo están.");
      await panel.getByRole("button", { name: "Mark as translated" }).click();
      await expect.poll(() => panel.getByText("Translated, waiting for review").count()).toBe(1);
      await panel.getByRole("button", { name: "Mark as reviewed…" }).click();
      await panel.getByLabel("Reviewed by (your name)").fill("Lucía Torres");
      await panel.getByRole("button", { name: "Confirm review" }).click();
      await expect.poll(() => panel.getByText(/^Reviewed$/).count()).toBe(1);
      await panel.evaluate((element) => element.scrollIntoView({ block: "start" }));
      await expectNoSidewaysScroll(page);
      await shot("spanish-reviewed");
      await expect
        .poll(() => page.locator(".checklist__summary").textContent(), { timeout: 5_000 })
        .toBe("ready for approval once saved");

      // 4. Saved with Ctrl+S, then reviewed and approved.
      await page.keyboard.press("Control+s");
      await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
      const saved = await file();
      expect(saved.audiences).toEqual(["nurses"]);
      expect(saved.locales).toEqual(["en", "es"]);
      const spanish = saved.materials.find((m: { locale: string }) => m.locale === "es");
      expect(spanish.translation).toMatchObject({ status: "reviewed", reviewed: { by: "Lucía Torres" } });
      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.getByRole("button", { name: "Approve…" }).click();
      await page.getByLabel("Approved by (your name)").fill("Dana Reviewer");
      await page.getByRole("button", { name: "Confirm approval" }).click();
      await expect.poll(() => page.getByText(/Approved by Dana Reviewer on/).count()).toBe(1);
      expect((await file()).status).toBe("approved");
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot("approved");
      await expectNoAxeViolations(page, `approved campaign at ${width}px`);

      // 5. A proof of the Spanish email to the reviewer, from the partner that sends it.
      await page.getByRole("link", { name: "Preview, export and send" }).click();
      await page.getByRole("tab", { name: "Send" }).click();
      const send = page.getByRole("tabpanel");
      await send.getByLabel("Partner", { exact: true }).selectOption("example-health");
      await send.getByLabel("Email", { exact: true }).selectOption(spanish.id);
      await send.getByLabel("Email address").fill("lucia.torres@example-health.org");
      await send.getByRole("button", { name: "Send proof" }).click();
      const proof = send.getByText("Proof sent to lucia.torres@example-health.org (written to the outbox).");
      await expect.poll(() => proof.count()).toBe(1);
      expect(await proof.boundingBox().then((box) => box!.y >= 0 && box!.y + box!.height <= height)).toBe(
        true,
      );
      await expectNoSidewaysScroll(page);
      await shot("proof-sent");

      // 6. The English email scheduled for 8:00 on September 1 of next year, Chicago time.
      const english = saved.materials.find(
        (m: { locale: string; kind: string }) => m.locale === "en" && m.kind === "email",
      );
      await send.getByLabel("Email", { exact: true }).selectOption(english.id);
      const csv = path.join(app.env.dir, `nurses-${width}.csv`);
      await writeFile(csv, LIST);
      await send.getByLabel(/Recipients \(CSV/).setInputFiles(csv);
      await expect.poll(() => send.getByText(/2 rows, 2 ready to send/).count()).toBe(1);
      await send.getByLabel("Schedule for a later time").check();
      const year = new Date().getFullYear() + 1;
      await send.getByLabel("Day and time").fill(`${year}-09-01T08:00`);
      const schedule = send.getByRole("button", { name: /^Schedule: send to 2 recipients on .* CDT$/ });
      await expect.poll(() => schedule.count()).toBe(1);
      await schedule.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await shot("schedule-form");
      await schedule.click();
      const scheduled = send.getByText(/^Scheduled: “.+” goes to 2 recipients on/);
      await expect.poll(() => scheduled.count()).toBe(1);
      expect(await scheduled.textContent()).toContain(`${year}`);
      await shot("scheduled");

      // 7. The Outbox lists it by its subject, at 8:00 AM Chicago time, with a way to cancel it.
      await page.goto(`${app.server.url}/outbox`);
      const list = page.getByRole("region", { name: "Scheduled sends" });
      const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // The row names the email by its subject, and the campaign it is from.
      const row = list.getByRole("row", {
        name: new RegExp(`${literal(english.subject)}.*${literal(title)}`),
      });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toMatch(/8:00/);
      expect(await row.getByRole("button", { name: /^Cancel “/ }).count()).toBe(1);
      await expectNoSidewaysScroll(page);
      await row.scrollIntoViewIfNeeded();
      await shot("outbox");
      await expectNoAxeViolations(page, `outbox with a scheduled send at ${width}px`);

      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
