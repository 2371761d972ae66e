// A communicator makes the Spanish version of a September email in Chromium (decision 44): the new version opens
// with every field still in English marked and announced, one is translated, the version is marked translated
// and reviewed, the English is edited and the Spanish is flagged as out of date, approval is refused naming it,
// and once it is brought up to date and reviewed again the campaign is approved.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { browserApp, expectNoAxeViolations, SHOTS } from "./browser.js";

const ID = "september-for-nurses";
const MARK = "still in English — translate this";

const app = browserApp();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `translation-${name}.png`) });
}

/** What a screen reader says after a field's name: the text of every element its aria-describedby names. */
function description(page: Page, name: string) {
  return page.getByRole("textbox", { name, exact: true }).evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

async function campaignFile() {
  return parseYaml(await readFile(path.join(app.env.contentDir, ID, "campaign.yaml"), "utf8"));
}

describe("the Spanish version of an email", () => {
  it("is made from the English, translated, reviewed, flagged when the English changes, and holds approval until it is up to date", {
    timeout: 240_000,
  }, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(45_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

    // A new September campaign, in English and Spanish.
    await page.goto(app.server.url);
    await page.getByLabel("Title").fill("September for nurses");
    await page.getByRole("radio", { name: "Suicide Prevention Awareness Month" }).check();
    await page.getByRole("button", { name: "Create campaign" }).click();
    await page.waitForURL(new RegExp(`/campaigns/${ID}$`));
    await expect.poll(() => page.getByRole("button", { name: "Make the Spanish version" }).count()).toBe(0);
    await page.getByRole("checkbox", { name: "Spanish" }).check();

    // An unfinished English email is finished first: the Spanish version starts as a copy of all of it.
    const subject = page.getByRole("textbox", { name: "Subject line", exact: true });
    await subject.fill("");
    await page.getByRole("button", { name: "Make the Spanish version" }).click();
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "Finish the English email first" }).textContent())
      .toBe(
        "Finish the English email first (subject line: must not be empty): the Spanish version starts as a copy of it.",
      );
    await subject.fill("Support is there for you, at any hour");

    // Make the Spanish version of the email: it opens, its heading focused, with what was done said.
    await page.getByRole("button", { name: "Make the Spanish version" }).click();
    const panel = page.getByRole("region", { name: /^Spanish version of/ });
    await panel.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe("Spanish version of “Email: Suicide Prevention Awareness Month email”");
    await expect
      .poll(() => panel.getByRole("status").textContent())
      .toMatch(
        /^The Spanish version is made\. \d+ fields are still in English and marked “still in English — translate this”\. Save to keep it\.$/,
      );
    expect(await panel.getByText("To translate", { exact: true }).count()).toBe(1);

    // Every field to translate is marked beside it, and the mark is part of the field's description.
    const marks = page.locator(".finding", { hasText: MARK });
    const marked = await marks.count();
    expect(marked).toBeGreaterThanOrEqual(6);
    expect(await description(page, "Subject line")).toContain(MARK);
    expect(await page.getByRole("textbox", { name: "Subject line", exact: true }).inputValue()).toBe(
      "Support is there for you, at any hour",
    );
    // The library's messages and facts are kept as references, in Spanish from the library.
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    const saved = await campaignFile();
    const spanish = saved.materials.find((m: { id: string }) => m.id === "suicide-prevention-month-email-es");
    expect(spanish).toMatchObject({
      locale: "es",
      translation: { of: "suicide-prevention-month-email", status: "to-translate" },
    });
    expect(spanish.blocks.filter((b: { type: string }) => b.type === "key-message")).toHaveLength(3);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, "01-made-fields-marked");
    await expectNoAxeViolations(page, "a new Spanish version");

    // Translate one field: its mark goes, the others stay.
    await page
      .getByRole("textbox", { name: "Subject line", exact: true })
      .fill("Hay apoyo para ti, a cualquier hora");
    await expect.poll(() => marks.count()).toBe(marked - 1);
    expect(await description(page, "Subject line")).not.toContain(MARK);
    expect(await description(page, "Preheader")).toContain(MARK);
    await page
      .getByRole("textbox", { name: "Preheader", exact: true })
      .fill("Este septiembre, guarda los números y pregunta a tus colegas cómo están.");
    await expect.poll(() => marks.count()).toBe(marked - 2);
    await shot(page, "02-one-translated");

    // Mark as translated, then as reviewed by a Spanish speaker.
    await panel.getByRole("button", { name: "Mark as translated" }).click();
    await expect.poll(() => panel.getByText("Translated, waiting for review").count()).toBe(1);
    await expect.poll(() => marks.count()).toBe(0);
    await panel.getByRole("button", { name: "Mark as reviewed…" }).click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id ?? ""))
      .not.toBe("");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await panel.getByLabel("Reviewed by (your name)").fill("Ana García");
    await panel.getByRole("button", { name: "Confirm review" }).click();
    await expect.poll(() => panel.getByText(/^Reviewed$/).count()).toBe(1);
    expect(await panel.locator(".translation__status").textContent()).toMatch(
      /^Status: Reviewed by Ana García on /,
    );
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    expect((await campaignFile()).materials.at(-1).translation).toMatchObject({
      status: "reviewed",
      reviewed: { by: "Ana García" },
    });
    await panel.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await shot(page, "03-reviewed");
    await expectNoAxeViolations(page, "a reviewed Spanish version");

    // Edit the English: the Spanish is flagged as out of date, on the English email and on the Spanish one.
    await panel.getByRole("button", { name: /^Open the English email/ }).click();
    await page
      .getByRole("textbox", { name: "Preheader", exact: true })
      .fill("This September, save the numbers, check in on each other, and rest when you can.");
    const offers = page.locator(".translation-offers");
    await expect.poll(() => offers.textContent()).toMatch(/Spanish version: .* — Reviewed — out of date/);
    await offers.scrollIntoViewIfNeeded();
    await shot(page, "04-english-edited");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    await offers.getByRole("button", { name: /\(Spanish\)$/ }).click();
    await expect
      .poll(() => panel.locator(".translation__flag-box").textContent())
      .toContain("Out of date: the English email changed after this version was last brought up to date.");
    expect(await page.locator(".checklist").textContent()).toContain(
      'the English email "suicide-prevention-month-email" changed after its Spanish version "suicide-prevention-month-email-es" was made or last brought up to date',
    );
    await panel.scrollIntoViewIfNeeded();
    await shot(page, "05-spanish-out-of-date");
    await expectNoAxeViolations(page, "an out-of-date Spanish version");

    // Approval waits for it: the checklist says which version and what to do, and Go to leads to it.
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect
      .poll(() => page.getByText("Approval: Fix the 1 error in the checklist first.").count())
      .toBe(1);
    const stale = page.locator(".checklist__findings li", {
      hasText: 'the English email "suicide-prevention-month-email" changed after its Spanish version',
    });
    expect(await stale.getAttribute("data-severity")).toBe("error");
    expect(await page.getByRole("button", { name: "Approve…" }).getAttribute("aria-disabled")).toBe("true");
    await stale.getByRole("button").click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe("Spanish version of “Email: Suicide Prevention Awareness Month email”");
    await page.locator(".editor-head").scrollIntoViewIfNeeded();
    await shot(page, "06-approval-waits");
    // Asked anyway (another tab, an old page), the server refuses in the same words.
    const refused = await page.evaluate(async (id) => {
      const opened = await (await fetch(`/api/campaigns/${id}`)).json();
      const response = await fetch(`/api/campaigns/${id}/status`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: opened.version, status: "approved", by: "Dana Reviewer" }),
      });
      return { status: response.status, body: await response.json() };
    }, ID);
    expect(refused).toMatchObject({
      status: 422,
      body: {
        error:
          'Cannot approve yet: the English email "suicide-prevention-month-email" changed after its Spanish version "suicide-prevention-month-email-es" was made or last brought up to date: update the Spanish to match, then mark it up to date with the English.',
      },
    });

    // Brought up to date, reviewed again, saved: approved.
    await panel.getByRole("button", { name: "Mark as up to date with the English" }).click();
    await expect.poll(() => panel.getByText("Translated, waiting for review").count()).toBe(1);
    expect(await panel.getByRole("status").textContent()).toBe(
      "Marked as up to date with the English. It needs reviewing again. Save to keep it.",
    );
    await panel.getByRole("button", { name: "Mark as reviewed…" }).click();
    await panel.getByRole("button", { name: "Confirm review" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    await page.getByRole("button", { name: "Approve…" }).click();
    await page.getByLabel("Approved by (your name)").fill("Dana Reviewer");
    await page.getByRole("button", { name: "Confirm approval" }).click();
    await expect.poll(() => page.getByText(/Approved by Dana Reviewer on/).count()).toBe(1);
    expect((await campaignFile()).status).toBe("approved");

    // On a phone the panel and its buttons stay inside the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await shot(page, "07-phone");

    // The refused approval is the one request the browser logs as failed.
    expect(errors.filter((error) => !error.includes("status of 422"))).toEqual([]);
    expect(errors.filter((error) => error.includes("status of 422"))).toHaveLength(1);
    await context.close();
  });

  it("links a Spanish email written before translations were linked, for review", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(45_000);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/campaigns/crisis-and-peer-support`);
    const link = page.getByRole("button", {
      name: "Link “Email: Apoyo para ti, a cualquier hora” as the Spanish version",
    });
    await link.waitFor();
    // Not a second Spanish copy: the one written by hand is offered instead.
    expect(await page.getByRole("button", { name: "Make the Spanish version" }).count()).toBe(0);
    await link.click();
    const panel = page.getByRole("region", { name: /^Spanish version of/ });
    await expect
      .poll(() => panel.getByRole("status").textContent())
      .toBe(
        "This is now the Spanish version of the English email, marked translated: a Spanish speaker reviews it next. Save to keep it.",
      );
    expect(await panel.getByText("Translated, waiting for review").count()).toBe(1);
    expect(await page.locator(".translation .finding, .finding", { hasText: MARK }).count()).toBe(0);
    await panel.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await shot(page, "08-linked");
    await expectNoAxeViolations(page, "a linked Spanish version");
    await context.close();
  });
});
