// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import path from "node:path";
import { parseEml } from "@chorus/send";
import { openTeamDatabase, People } from "@chorus/team";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import {
  BUNDLE_CANARY,
  buildApp,
  contrastOf,
  downloadKit,
  E2E_BUILD,
  expectNoAxeViolations,
  launchBrowser,
  type RunningServer,
  startServer,
} from "./browser.js";
import { APP_ROOT, addOtherPartner, tempContent, writeCampaignKeeping } from "./helpers.js";

const SHOTS = path.join(APP_ROOT, "test-results");
const CANARY = BUNDLE_CANARY;

let env: Awaited<ReturnType<typeof tempContent>>;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  // Built with a Resend key in the environment, so the bundle scan below has something to find if it leaks.
  await buildApp();
  env = await tempContent();
  server = await startServer({
    CHORUS_CONTENT_DIR: env.contentDir,
    CHORUS_DIR: env.chorusDir,
    RESEND_API_KEY: "",
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await env?.cleanup();
});

/** Each material tab's error count reads "1 error" or "N errors" (its words are visually hidden). */
async function expectTabCountsAgree(page: Page) {
  const counts = await page
    .locator("button.material-tab .count")
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? ""));
  expect(counts.length).toBeGreaterThan(0);
  for (const count of counts) {
    const [, n, word] = /^(\d+) (errors?)$/.exec(count) ?? [];
    expect(word, count).toBe(Number(n) === 1 ? "error" : "errors");
  }
}

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

async function newPage(width = 1280, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  // Every wait has a bound well inside the test's own timeout, so a stuck step names itself. CI runs these
  // beside other packages' browser tests on 2 cores, where a step can take several times as long.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { page, errors, context };
}

describe("the built app", () => {
  it("never ships the Resend key or its variable name to the browser", async () => {
    const dir = path.join(E2E_BUILD, "client");
    const files = await readdir(dir, { recursive: true });
    let scanned = 0;
    for (const file of files) {
      if (!/\.(js|css|html|json|map)$/.test(file)) continue;
      const text = await readFile(path.join(dir, file), "utf8");
      expect(text, file).not.toContain(CANARY);
      expect(text, file).not.toContain("RESEND_API_KEY");
      scanned++;
    }
    expect(scanned).toBeGreaterThan(3);
  });

  // How fast it starts is measured in `pnpm bench`, not asserted here.
  it("serves the first page as soon as it has started", async () => {
    const probe = await startServer({ CHORUS_CONTENT_DIR: env.contentDir, CHORUS_DIR: env.chorusDir });
    try {
      const response = await fetch(`${probe.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    } finally {
      await probe.stop();
    }
  });
});

describe("a communicator's main flow", () => {
  it("creates, checks, fixes, adds a fact, switches partner, approves, exports and sends", {
    timeout: 240_000,
  }, async () => {
    const { page, errors, context } = await newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByRole("link", { name: "Burnout is a system problem" }).count()).toBe(1);
    await shot(page, "01-campaign-list", true);
    await expectNoAxeViolations(page, "campaign list");

    // Create from a starter: valid from the first second.
    await page.getByLabel("Title").fill("Clinician well-being week 2027");
    await page.getByRole("radio", { name: /Awareness week/ }).check();
    await page.getByRole("button", { name: "Create campaign" }).click();
    await page.waitForURL(/\/campaigns\/clinician-well-being-week-2027$/);
    await expect.poll(() => page.getByText("ready for approval").count()).toBe(1);
    await page.locator("iframe.inbox__frame").waitFor();
    await shot(page, "02-new-campaign");
    await expectNoAxeViolations(page, "editor");

    // A stigmatizing sentence is flagged as it is typed.
    const paragraph = page.getByRole("textbox", { name: "Paragraph" });
    await paragraph.fill("Last spring a colleague committed suicide. We miss her.");
    const fix = page.getByRole("button", { name: "Replace “committed suicide” with “died by suicide”" });
    await expect.poll(() => fix.count()).toBe(1);
    expect(await page.locator("mark[data-severity=error]").first().textContent()).toBe("committed suicide");
    expect(await page.getByText(/errors? to fix/).count()).toBe(1);
    // Listed under safe messaging, not beside a green "passes" there.
    const safeMessaging = page
      .getByRole("region", { name: /^Checklist/ })
      .getByRole("listitem")
      .filter({ hasText: "Safe messaging about suicide" })
      .first();
    await expect.poll(() => safeMessaging.getAttribute("data-state")).toBe("error");
    expect(await safeMessaging.textContent()).toMatch(/committed suicide/);
    // The material's tab counts them for a screen reader too, in words that agree with the number.
    await expectTabCountsAgree(page);
    // "Go to" from the checklist lands on the flagged words themselves, selected.
    await paragraph.evaluate((input: HTMLTextAreaElement) => input.setSelectionRange(0, 0));
    await safeMessaging
      .getByRole("listitem")
      .filter({ hasText: "committed suicide" })
      .getByRole("button", { name: /^Go to / })
      .click();
    await expect
      .poll(() =>
        paragraph.evaluate((input: HTMLTextAreaElement) =>
          input.value.slice(input.selectionStart, input.selectionEnd),
        ),
      )
      .toBe("committed suicide");
    expect(await paragraph.evaluate((input) => input === document.activeElement)).toBe(true);
    await paragraph.scrollIntoViewIfNeeded();
    await shot(page, "03-stigma-flagged");

    // One click fixes it, and the fix can be undone (with its button, or Ctrl+Z right after it).
    await fix.click();
    await expect
      .poll(() => paragraph.inputValue())
      .toBe("Last spring a colleague died by suicide. We miss her.");
    const undone = page
      .getByRole("status")
      .filter({ hasText: "Replaced “committed suicide” with “died by suicide”" });
    await expect.poll(() => undone.count()).toBe(1);
    await undone.getByRole("button", { name: "Undo this fix" }).click();
    await expect
      .poll(() => paragraph.inputValue())
      .toBe("Last spring a colleague committed suicide. We miss her.");
    await fix.click();
    await expect.poll(() => undone.count()).toBe(1);
    await page.keyboard.press("Control+z");
    await expect
      .poll(() => paragraph.inputValue())
      .toBe("Last spring a colleague committed suicide. We miss her.");
    await fix.click();
    await expect
      .poll(() => paragraph.inputValue())
      .toBe("Last spring a colleague died by suicide. We miss her.");
    // The offer lasts until the next edit: undoing then would throw away the typing.
    await paragraph.press("End");
    await paragraph.pressSequentially(" ");
    await expect.poll(() => undone.count()).toBe(0);
    await paragraph.fill("Last spring a colleague died by suicide. We miss her.");
    // One error left (the crisis line): "1 error".
    await expect.poll(() => page.locator("button.material-tab .count").first().textContent()).toBe("1 error");
    await expectTabCountsAgree(page);
    // Mentioning suicide needs a crisis resource: the finding offers 988 as a one-click fix, which lists it
    // in a Resources block of the email.
    const add988 = page
      .locator(".finding")
      .getByRole("button", { name: "Add 988 Suicide & Crisis Lifeline" });
    await expect.poll(() => add988.count()).toBe(1);
    await add988.click();
    await expect.poll(() => add988.count()).toBe(0);
    await shot(page, "04-fixed-with-crisis-line");

    // A stat from the library brings its citation into the preview.
    await page.getByRole("button", { name: "Fact…" }).click();
    await page.getByRole("searchbox").fill("62.8%");
    await page.getByRole("button", { name: /^Add 62\.8%/ }).click();
    await expect.poll(() => page.getByText("ready for approval").count()).toBe(1);
    const frame = page.locator("iframe.inbox__frame");
    await expect
      .poll(async () => (await frame.getAttribute("srcdoc")) ?? "")
      .toContain("Mayo Clinic Proceedings");
    await expect.poll(async () => (await frame.getAttribute("srcdoc")) ?? "").toContain("died by suicide");
    expect(await frame.getAttribute("sandbox")).toBe("");
    await page.getByRole("tab", { name: "Preview" }).scrollIntoViewIfNeeded();
    await shot(page, "05-stat-and-citation-in-preview");

    // Switching partner re-renders at once.
    await page.getByLabel("Partner", { exact: true }).selectOption("example-health");
    await expect.poll(async () => (await frame.getAttribute("srcdoc")) ?? "").toContain("Example Health");
    await page.getByRole("radio", { name: "Mobile" }).check();
    await page.getByRole("radio", { name: "Dark" }).check();
    await expect.poll(async () => (await frame.getAttribute("style")) ?? "").toContain("375px");
    expect(await frame.getAttribute("srcdoc")).toMatch(/@media all\s*\{\s*\.c-page/);
    await shot(page, "06-partner-mobile-dark");
    await page.getByRole("radio", { name: "Plain text" }).check();
    await expect
      .poll(() =>
        page
          .getByRole("region", { name: "Plain-text version" })
          .or(page.locator("pre.inbox__text"))
          .first()
          .textContent(),
      )
      .toContain("died by suicide");
    await shot(page, "06b-plain-text");
    await page.getByRole("radio", { name: "Web components" }).check();
    await expect.poll(() => page.locator(".web-preview article").count()).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Preview" }).scrollIntoViewIfNeeded();
    await shot(page, "06c-web-components");
    await expectNoAxeViolations(page, "web components preview");
    await page.getByRole("radio", { name: "Email" }).check();
    await page.getByRole("radio", { name: "HTML" }).check();
    await page.getByRole("radio", { name: "Desktop" }).check();
    await page.getByRole("radio", { name: "Light" }).check();

    // Save (Ctrl+S, as in any editor), submit for review, approve. The window's title names the campaign.
    expect(await page.title()).toBe(
      "Clinician well-being week 2027 · Edit campaign · Chorus campaign builder",
    );
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    // "Saved" is a disabled button: its words keep 4.5:1 contrast, with the pointer over it too (axe skips
    // disabled elements, so this is measured here).
    const saved = page.getByRole("button", { name: "Saved", exact: true });
    expect(await saved.isDisabled()).toBe(true);
    expect(await contrastOf(saved)).toBeGreaterThanOrEqual(4.5);
    await saved.hover();
    expect(await contrastOf(saved)).toBeGreaterThanOrEqual(4.5);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Approve…" }).count()).toBe(1);
    await page.getByRole("button", { name: "Approve…" }).click();
    await page.getByLabel("Approved by (your name)").fill("Dana Reviewer");
    await page.getByRole("button", { name: "Confirm approval" }).click();
    await expect.poll(() => page.getByText(/Approved by Dana Reviewer on/).count()).toBe(1);
    const file = await readFile(
      path.join(env.contentDir, "clinician-well-being-week-2027/campaign.yaml"),
      "utf8",
    );
    expect(file).toMatch(/status: approved/);
    expect(file).toMatch(/approval:\n {2}by: Dana Reviewer\n {2}at: /);
    expect(file).toContain("died by suicide");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "07-approved");
    await expectNoAxeViolations(page, "approved editor");

    // Export the whole kit for one partner.
    await page.getByRole("tab", { name: "Export" }).click();
    // The partner chosen in the preview carries over: what was previewed is what is exported and sent.
    expect(await page.getByRole("tabpanel").getByLabel("Partner", { exact: true }).inputValue()).toBe(
      "example-health",
    );
    // A whole kit (cards at every size, PDFs, banners) takes seconds to build.
    const download = await downloadKit(page, server);
    expect(download.suggestedFilename()).toBe("clinician-well-being-week-2027-example-health-kit.zip");
    const zipPath = path.join(env.dir, "kit.zip");
    await download.saveAs(zipPath);
    const zip = unzipSync(new Uint8Array(await readFile(zipPath)));
    const manifestName = Object.keys(zip).find((name) => name.endsWith("manifest.json"))!;
    const manifest = JSON.parse(strFromU8(zip[manifestName]!));
    expect(manifest.partner.id).toBe("example-health");
    expect(manifest.proof).toBe(false);
    expect(Object.keys(zip).some((name) => name.endsWith(".eml"))).toBe(true);
    await page.getByRole("tab", { name: "Export" }).scrollIntoViewIfNeeded();
    await shot(page, "08-export");
    await expectNoAxeViolations(page, "export tab");

    // Send to the outbox from a CSV, with row-level validation.
    await page.getByRole("tab", { name: "Send" }).click();
    expect(await page.getByRole("tabpanel").getByLabel("Partner", { exact: true }).inputValue()).toBe(
      "example-health",
    );
    const csvPath = path.join(env.dir, "recipients.csv");
    await writeFile(
      csvPath,
      "email,firstName\nana@example.org,Ana\nben@example.org,Ben\nnot-an-address,Cy\n",
    );
    await page.getByLabel(/Recipients \(CSV/).setInputFiles(csvPath);
    await expect.poll(() => page.getByText(/3 rows, 2 ready to send, 1 with problems/).count()).toBe(1);
    expect(await page.getByRole("table", { name: "Rows with problems" }).getByRole("row").count()).toBe(2);
    await page.getByLabel("Skip the rows with problems and send to the others").check();
    // The confirmation says what goes out, from whom, to how many.
    await expect
      .poll(() => page.locator(".send-summary").textContent())
      .toMatch(
        /send “Burnout is a system problem” from Example Health Clinician Well-Being <wellbeing@example-health\.org> \(Example Health System \(sample partner\)\) to 2 recipients, written to the outbox\./,
      );
    await page.getByRole("tab", { name: "Send" }).scrollIntoViewIfNeeded();
    await shot(page, "09-send-checked");
    await expectNoAxeViolations(page, "send tab");
    await page.getByRole("button", { name: "Confirm: send to 2 recipients" }).click();
    await expect.poll(() => page.getByText("Sent: 2 of 2").count(), { timeout: 15_000 }).toBe(1);
    await shot(page, "10-sent");
    await page.getByRole("link", { name: "See the messages in the outbox" }).click();
    await expect.poll(() => page.getByRole("button", { name: /ana@example\.org/ }).count()).toBe(1);
    await page.getByRole("button", { name: /ana@example\.org/ }).click();
    await expect
      .poll(async () => (await page.locator(".eml iframe").getAttribute("srcdoc")) ?? "")
      .toContain("died by suicide");
    await page.getByRole("button", { name: /Raw \.eml/ }).click();
    await expect.poll(() => page.locator(".eml pre").textContent()).toMatch(/Subject: /);
    await page.getByRole("button", { name: "As the reader sees it" }).click();
    await shot(page, "11-outbox-message");
    await expectNoAxeViolations(page, "outbox send");
    // A message removed from the outbox since the list was shown says so when opened, instead of nothing.
    const errorsBefore = errors.length;
    const outbox = path.join(env.chorusDir, "outbox");
    for (const send of await readdir(outbox))
      for (const name of await readdir(path.join(outbox, send)).catch(() => []))
        if (
          name.endsWith(".eml") &&
          (await readFile(path.join(outbox, send, name), "utf8")).includes("ben@example.org")
        )
          await rm(path.join(outbox, send, name));
    await page.getByRole("button", { name: /ben@example\.org/ }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/Could not open the message to .*ben@example\.org/);
    // The browser logs the two 404s of that message (parsed and raw), and nothing else.
    expect(errors.splice(errorsBefore)).toEqual([
      "Failed to load resource: the server responded with a status of 404 (Not Found)",
      "Failed to load resource: the server responded with a status of 404 (Not Found)",
    ]);
    await page.getByRole("link", { name: "All sends" }).click();
    await expect.poll(() => page.getByRole("table").count()).toBe(1);
    // Sends are listed by campaign title, not file id.
    await expect
      .poll(() => page.getByRole("cell", { name: "Clinician well-being week 2027" }).count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page, "outbox list");

    // The same list again, from the same partner: a calm "nothing to send", no confirm button.
    await page.goto(`${server.url}/campaigns/clinician-well-being-week-2027`);
    await page.getByRole("tab", { name: "Send" }).click();
    await page.getByRole("tabpanel").getByLabel("Partner", { exact: true }).selectOption("example-health");
    await page.getByLabel(/Recipients \(CSV/).setInputFiles(csvPath);
    await expect
      .poll(() =>
        page
          .getByText(
            "Nothing to send: everyone on this list (2 addresses) already received this email from Example Health System (sample partner).",
          )
          .count(),
      )
      .toBe(1);
    expect(await page.getByRole("button", { name: /^Confirm: send/ }).count()).toBe(0);
    // Another email of the campaign: the list is checked again for it, and can be sent.
    await page.getByRole("tabpanel").getByLabel("Partner", { exact: true }).selectOption("collaborative");
    await expect
      .poll(() => page.getByRole("button", { name: "Confirm: send to 2 recipients" }).count())
      .toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("flags a campaign file that cannot be read, and keeps the list working", async () => {
    await mkdir(path.join(env.contentDir, "broken-file"), { recursive: true });
    await writeFile(
      path.join(env.contentDir, "broken-file/campaign.yaml"),
      "id: broken-file\ntitle: [oops\n",
    );
    const { page, context } = await newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByText("Cannot open").count()).toBe(1);
    await page.getByRole("link", { name: "broken-file" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Cannot open this campaign" }).count()).toBe(1);
    await shot(page, "12-broken-file");
    await expectNoAxeViolations(page, "broken file");
    await context.close();
  });

  it("edits an email's personal fields without YAML", async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.url}/campaigns/what-leaders-can-do-this-quarter`);
    const fields = page.getByRole("group", { name: "Personal fields" });
    await expect
      .poll(() => fields.getByRole("textbox", { name: "Field name" }).first().inputValue())
      .toBe("firstName");
    // Without the field, {{firstName}} in the text is an error the checklist names.
    await fields.getByRole("button", { name: "Remove field" }).click();
    await expect.poll(() => page.getByText(/"\{\{firstName\}\}" is not declared/).count()).toBeGreaterThan(0);
    // Adding it back (with its fallback) clears the error and the preview greets the fallback.
    await fields.getByRole("button", { name: "Add a personal field" }).click();
    await expect.poll(() => page.getByText(/"\{\{firstName\}\}" is not declared/).count()).toBe(0);
    await expect.poll(() => fields.getByRole("textbox", { name: "Fallback" }).inputValue()).toBe("colleague");
    await fields.scrollIntoViewIfNeeded();
    await shot(page, "17-personal-fields");
    await expectNoAxeViolations(page, "personal fields");
    await context.close();
  });

  it("cites a figure in a social post by picking its fact from the library", async () => {
    const { page, errors, context } = await newPage();
    await page.goto(`${server.url}/campaigns/what-leaders-can-do-this-quarter`);
    await page.getByRole("button", { name: /^Social post: LinkedIn post for executives/ }).click();
    const post = page.getByRole("textbox", { name: "Post text" });
    await post.press("Control+End");
    await post.pressSequentially(" In 2021, 62.8% of physicians had a burnout symptom.");
    await expect
      .poll(() => page.getByText(/"62\.8%" has no citation in this material/).count())
      .toBeGreaterThan(0);
    const facts = page.getByRole("group", { name: "Facts quoted in this post" });
    await facts.getByRole("button", { name: "Add a fact from the library…" }).click();
    await page.getByRole("searchbox", { name: "Search the library’s facts" }).fill("62.8");
    await page.getByRole("button", { name: /^Add 62\.8%/ }).click();
    await expect.poll(() => facts.getByText(/62\.8% — /).count()).toBe(1);
    await expect.poll(() => page.getByText(/"62\.8%" has no citation/).count()).toBe(0);
    await shot(page, "06b-social-post-fact");
    // The post as it will be pasted, with the sources of its figures, ready to copy.
    await page.getByRole("radio", { name: "Web components" }).check();
    const card = page.getByRole("article", { name: "LinkedIn post: LinkedIn post for executives" });
    await expect.poll(() => card.textContent()).toContain("62.8% of physicians had a burnout symptom");
    expect(await card.textContent()).toMatch(/Source: Mayo Clinic Proceedings, 2022/);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await card.getByRole("button", { name: "Copy the post" }).click();
    await expect.poll(() => card.getByText("Copied.").count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /62\.8% of physicians had a burnout symptom\.\n\nhttps:\/\/chorus-collaborative\.org\/leaders\/this-quarter$/,
    );
    await card.scrollIntoViewIfNeeded();
    await shot(page, "06c-social-post-preview");
    await expectNoAxeViolations(page, "social post preview");
    await page.getByRole("radio", { name: "Email" }).check();
    await expectNoAxeViolations(page, "social post facts");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    const saved = await readFile(
      path.join(env.contentDir, "what-leaders-can-do-this-quarter/campaign.yaml"),
      "utf8",
    );
    // The new fact joins the one the post already quoted, in the same flow list.
    expect(saved).toMatch(/facts: \[\s*physician-burnout-cost,\s*physician-burnout-2021\s*\]/);
    // A new social post starts empty, and the checklist asks for its text.
    await page.getByRole("button", { name: "Add a social post" }).click();
    await expect
      .poll(() => page.getByRole("button", { name: /^Social post: New social post/ }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole("textbox", { name: "Post text" }).inputValue()).toBe("");
    await expect.poll(() => page.getByText(/error.* to fix/).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("chooses which partners may co-brand a campaign, and offers only those", async () => {
    const { page, errors, context } = await newPage();
    await page.goto(`${server.url}/campaigns/what-leaders-can-do-this-quarter`);
    const partners = page.getByRole("group", { name: "Partners" });
    await expect.poll(() => partners.getByRole("checkbox").count()).toBe(2);
    await partners.getByRole("checkbox", { name: "Example Health System (sample partner)" }).uncheck();
    const select = page.getByRole("tabpanel").getByLabel("Partner", { exact: true });
    await expect
      .poll(async () => (await select.locator("option").allTextContents()).join("|"))
      .toBe("Clinician Well-Being Collaborative");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("edits a key message written for this campaign only, with the same checks", async () => {
    const { page, errors, context } = await newPage();
    await page.goto(`${server.url}/campaigns/help-seeking-without-fear`);
    const message = page.getByRole("textbox", {
      name: "This campaign’s key message “one-question-about-now”",
    });
    await expect.poll(() => message.count()).toBe(1);
    await message.press("Control+End");
    await message.pressSequentially(" No more questions that treat them as impaired physicians.");
    // Flagged at this field, like any other copy.
    await expect
      .poll(() => page.locator("#field-keyMessages-4-text-findings").textContent())
      .toMatch(/impaired physicians/i);
    // Library messages stay read-only: no text box for them.
    expect(await page.getByRole("textbox", { name: /getting-care-is-good-practice/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("adds a block where the author chooses, empty and focused", async () => {
    const { page, errors, context } = await newPage();
    await page.goto(`${server.url}/campaigns/what-leaders-can-do-this-quarter`);
    const where = page.getByLabel("Place it");
    await expect.poll(() => where.count()).toBe(1);
    await where.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Paragraph", exact: true }).click();
    await expect.poll(() => page.getByText("Paragraph added as block 2.").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-materials-0-blocks-1-text");
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe("");
    // Empty is not ready: the checklist asks for the text.
    await expect.poll(() => page.getByText(/must not be empty/).count()).toBeGreaterThan(0);
    await page.getByLabel("Place it").scrollIntoViewIfNeeded();
    await shot(page, "06d-add-block-placed");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks before an in-app link leaves unsaved changes", { timeout: 120_000 }, async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.url}/campaigns/help-seeking-without-fear`);
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await title.fill("Help-seeking without fear, edited");
    // `on`, not `once`: with no listener left, Playwright dismisses dialogs by itself, which raced this
    // handler's own dismiss ("No dialog is showing") on a loaded machine.
    let onDialog: (dialog: Dialog) => void = () => {};
    const asked = new Promise<string>((resolve, reject) => {
      onDialog = (dialog) => {
        // On a loaded machine the dialog may already be gone when its dismiss arrives: what it asked is
        // what this test checks, and that the page stayed put (below).
        const message = dialog.message();
        dialog.dismiss().then(
          () => resolve(message),
          (error: Error) => (/No dialog is showing/.test(error.message) ? resolve(message) : reject(error)),
        );
      };
      page.on("dialog", onDialog);
    });
    await page.getByRole("link", { name: "Campaigns" }).first().click();
    expect(await asked).toMatch(/unsaved changes/);
    page.off("dialog", onDialog);
    expect(new URL(page.url()).pathname).toBe("/campaigns/help-seeking-without-fear");
    expect(await title.inputValue()).toBe("Help-seeking without fear, edited");
    await context.close();
  });

  it("keeps the checklist and preview beside the form on a 1024px laptop screen", async () => {
    const { page, context } = await newPage(1024, 768);
    await page.goto(`${server.url}/campaigns/crisis-and-peer-support`);
    await expect.poll(() => page.getByRole("heading", { name: "Campaign details" }).count()).toBe(1);
    const form = await page.getByRole("region", { name: "Campaign details" }).boundingBox();
    const checklist = await page.getByRole("region", { name: /^Checklist/ }).boundingBox();
    expect(checklist!.x).toBeGreaterThan(form!.x + form!.width - 1);
    expect(checklist!.y).toBeLessThan(form!.y + 200);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "13a-editor-1024");
    await context.close();
  });

  it("says beside the language check, passing or not, what the checks often miss", async () => {
    const { page, context } = await newPage(1440, 900);
    await page.goto(`${server.url}/campaigns/crisis-and-peer-support`);
    const checklist = page.getByRole("region", { name: /^Checklist/ });
    const language = checklist
      .getByRole("listitem")
      .filter({ hasText: "Respectful, non-stigmatizing language" });
    await expect.poll(() => language.first().textContent()).toMatch(/passes/);
    const note = language.first().locator(".checklist__note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(
      /often miss stigma about clinicians who seek help, and burnout blamed on the person.*Read for both before you approve/,
    );
    // Only the language group carries it.
    expect(await checklist.locator(".checklist__note").count()).toBe(1);
    await note.scrollIntoViewIfNeeded();
    await shot(page, "13c-checklist-language-note");
    await context.close();
  });

  it("takes a paste longer than a field's limit whole, and says how much is over", async () => {
    const { page, context } = await newPage(1440, 900);
    await page.goto(`${server.url}/campaigns/crisis-and-peer-support`);
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await expect.poll(() => title.inputValue()).toBe("Crisis and peer support for clinicians");
    const pasted = ` — ${"a campaign title far too long for any inbox or poster, ".repeat(3)}end`;
    await title.focus();
    await title.evaluate((input: HTMLTextAreaElement, text) => {
      input.setSelectionRange(input.value.length, input.value.length);
      const data = new DataTransfer();
      data.setData("text/plain", text);
      input.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, pasted);
    const whole = `Crisis and peer support for clinicians${pasted}`;
    expect(whole.length).toBeGreaterThan(120);
    await expect.poll(() => title.inputValue()).toBe(whole);
    expect(await page.locator(".counter").first().textContent()).toBe(
      `${whole.length} of 120 characters: ${whole.length - 120} over the limit, shorten it`,
    );
    await context.close();
  });

  it("works at 768px wide and on a 390px phone", async () => {
    const { page, context } = await newPage(768, 1000);
    await page.goto(`${server.url}/campaigns/crisis-and-peer-support`);
    await expect.poll(() => page.getByRole("heading", { name: "Campaign details" }).count()).toBe(1);
    await shot(page, "13-editor-768");
    await expectNoAxeViolations(page, "editor at 768px");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Each locale: the Spanish email renders in Spanish.
    await page.getByRole("radio", { name: "Spanish" }).check();
    const frame = page.locator("iframe.inbox__frame");
    await expect.poll(async () => (await frame.getAttribute("srcdoc")) ?? "").toContain('lang="es"');
    await frame.scrollIntoViewIfNeeded();
    await shot(page, "13b-spanish-preview-768");

    // A 390×844 phone: nothing wider than the screen, each block's buttons inside its card and clear of its
    // name, the partner choice on screen, and the checklist one link away from the top.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect
      .poll(() =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      )
      .toBeLessThanOrEqual(0);
    const blocks = await page.locator(".block").evaluateAll((cards) =>
      cards.map((card) => {
        const box = card.getBoundingClientRect();
        const name = card.querySelector("legend")!.getBoundingClientRect();
        return [...card.querySelectorAll(".block__tools button")].map((button) => {
          const b = button.getBoundingClientRect();
          const overlapsName =
            b.left < name.right && name.left < b.right && b.top < name.bottom && name.top < b.bottom;
          return { inside: b.left >= box.left && b.right <= box.right, overlapsName };
        });
      }),
    );
    expect(blocks.flat().length).toBeGreaterThan(0);
    expect(blocks.flat().every((b) => b.inside && !b.overlapsName)).toBe(true);
    const partner = await page.getByLabel("Partner", { exact: true }).first().boundingBox();
    expect(partner!.x + partner!.width).toBeLessThanOrEqual(390);
    await shot(page, "13c-editor-390");
    await page
      .getByRole("navigation", { name: "Parts of this campaign" })
      .getByRole("link", { name: /^Checklist/ })
      .click();
    const heading = await page.locator("#checklist-heading").boundingBox();
    expect(heading!.y).toBeGreaterThan(-1); // scrolled to the top, give or take a fraction of a pixel
    expect(heading!.y).toBeLessThan(844);
    await shot(page, "13d-checklist-390");
    await expectNoAxeViolations(page, "editor at 390px");
    await context.close();
  });

  it("keeps a refused save as a draft in the browser and explains a conflict", async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.url}/campaigns/help-seeking-without-fear`);
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await expect.poll(() => title.count()).toBe(1);
    await title.fill("Help-seeking without fear, revised");
    // Someone changes the file in an editor meanwhile.
    const file = path.join(env.contentDir, "help-seeking-without-fear/campaign.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("status: in-review", "status: draft"));
    await page.getByRole("button", { name: "Save changes" }).click();
    await shot(page, "14-conflict");
    await expect.poll(() => page.getByText(/changed somewhere else/).count()).toBeGreaterThan(0);
    expect(await readFile(file, "utf8")).not.toContain("revised");
    await shot(page, "14-conflict");
    await page.getByRole("button", { name: "Load the current version" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Restore my changes" }).count()).toBe(1);
    await page.getByRole("button", { name: "Restore my changes" }).click();
    await expect.poll(() => title.inputValue()).toBe("Help-seeking without fear, revised");
    // An invalid value is refused by the server and kept locally.
    await page.getByRole("textbox", { name: "Subject line" }).fill("");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText(/kept as a draft in this browser/).count()).toBe(1);
    expect(await page.getByRole("alert").textContent()).toMatch(
      /material 1 › subject line: must not be empty/,
    );
    const draft = await page.evaluate(() => localStorage.getItem("chorus-draft:help-seeking-without-fear"));
    expect(draft).toContain("revised");
    await shot(page, "15-refused-save-kept-as-draft");
    await context.close();
  });

  it("keeps the second tab's typing when the first tab saved, to compare and restore", {
    timeout: 120_000,
  }, async () => {
    const { page: first, context } = await newPage(1440, 900);
    const second = await context.newPage();
    const url = `${server.url}/campaigns/help-seeking-without-fear`;
    await Promise.all([first.goto(url), second.goto(url)]);
    const titleOf = (page: typeof first) => page.getByRole("textbox", { name: "Title", exact: true });
    await expect.poll(() => titleOf(first).count()).toBe(1);
    await expect.poll(() => titleOf(second).count()).toBe(1);
    await titleOf(first).fill("Help-seeking without fear, first tab");
    await titleOf(second).fill("Help-seeking without fear, second tab");
    await first.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => first.getByText(/^Saved/).count()).toBeGreaterThan(0);
    // The second tab saves over a version that is gone: refused, and its typing is not lost.
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => second.getByText(/changed somewhere else/).count()).toBeGreaterThan(0);
    await second.getByRole("button", { name: "Load the current version" }).click();
    await expect.poll(() => titleOf(second).inputValue()).toBe("Help-seeking without fear, first tab");
    // Offered back, with what differs from the file now.
    await second.getByText(/Compare: 1 field differs from the file now/).click();
    const compared = second.locator(".draft-compare");
    await expect
      .poll(() => compared.textContent())
      .toContain("Your changes: Help-seeking without fear, second tab");
    expect(await compared.textContent()).toContain("In the file now: Help-seeking without fear, first tab");
    await shot(second, "14b-second-tab-draft-compared");
    await second.getByRole("button", { name: "Restore my changes" }).click();
    await expect.poll(() => titleOf(second).inputValue()).toBe("Help-seeking without fear, second tab");
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => second.getByText(/^Saved/).count()).toBeGreaterThan(0);
    const file = await readFile(path.join(env.contentDir, "help-seeking-without-fear/campaign.yaml"), "utf8");
    expect(file).toContain("title: Help-seeking without fear, second tab");
    await context.close();
  });

  it("finishes, from the outbox page, a send cut off when the builder stopped", {
    timeout: 120_000,
  }, async () => {
    const list = `email\n${Array.from({ length: 1500 }, (_, i) => `restart${i}@example.org`).join("\n")}\n`;
    const started = await fetch(
      `${server.url}/api/campaigns/burnout-is-a-system-problem/sends?material=newsletter-clinicians&partner=example-health`,
      { method: "POST", headers: { "content-type": "text/csv" }, body: list },
    );
    expect(started.status).toBe(202);
    const { sendId } = (await started.json()) as { sendId: string };
    await fetch(`${server.url}/api/sends/${sendId}/pause`, { method: "POST" });
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/sends/${sendId}`)).json()) as any).state)
      .toBe("paused");
    // The builder stops (a laptop closed, a restart) and starts again on the same folders.
    await server.stop();
    server = await startServer({
      CHORUS_CONTENT_DIR: env.contentDir,
      CHORUS_DIR: env.chorusDir,
      RESEND_API_KEY: "",
    });

    const { page, errors, context } = await newPage();
    await page.goto(`${server.url}/outbox`);
    const unfinished = page.getByRole("region", { name: "Unfinished sends" });
    await expect.poll(() => unfinished.count()).toBe(1);
    await expect.poll(() => unfinished.getByText(/0 of 1,500 sent/).count()).toBe(1);
    await expect.poll(() => unfinished.getByText("Paused in the builder.").count()).toBe(1);
    // Named by campaign title, as everywhere else.
    await expect
      .poll(() => unfinished.getByText("Burnout is a system problem", { exact: true }).count())
      .toBe(1);
    // The list of every send shows it too, with how far it got.
    await expect.poll(() => page.getByRole("cell", { name: "0 of 1,500" }).count()).toBe(1);
    await shot(page, "17-unfinished-send");
    await expectNoAxeViolations(page, "unfinished sends");
    await page.getByRole("button", { name: /^Resume sending Burnout is a system problem/ }).click();
    await expect
      .poll(() => page.getByText("Finished: 1,500 of 1,500 sent.").count(), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(() => page.getByRole("cell", { name: "1,500 of 1,500" }).count()).toBe(1);
    // Sends are named by the email's subject, not its id.
    await expect
      .poll(() =>
        page.getByRole("link", { name: "Burnout is not your fault. It is how the work is built." }).count(),
      )
      .toBe(1);
    await shot(page, "18-unfinished-send-finished");
    // A big send lists its first messages and finds any other by address.
    await page.getByRole("link", { name: "Burnout is not your fault. It is how the work is built." }).click();
    await expect
      .poll(() =>
        page.getByText("Showing the first 500 of 1,500 messages: search to find the others").count(),
      )
      .toBe(1);
    await page.getByRole("searchbox", { name: "Find a recipient" }).fill("restart1499@");
    await expect.poll(() => page.getByRole("button", { name: /restart1499@example\.org/ }).count()).toBe(1);
    await expect.poll(() => page.getByText("1 matching of 1,500 messages").count()).toBe(1);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Outbox: “Burnout is not your fault. It is how the work is built.”");
    expect(await page.title()).toBe(
      "Outbox: “Burnout is not your fault. It is how the work is built.” (Burnout is a system problem) · Chorus campaign builder",
    );
    await shot(page, "19-outbox-search");
    await expectNoAxeViolations(page, "outbox search");
    const written = (await readdir(path.join(env.chorusDir, "outbox", sendId))).filter((f) =>
      f.endsWith(".eml"),
    );
    expect(written).toHaveLength(1500);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("team mode", () => {
  // A second builder, in team mode, on content and a team database of its own: a partner's sender and a
  // collaborative author, added as an admin would add them, sign in through the link in their email.
  let team: { env: Awaited<ReturnType<typeof tempContent>>; server: RunningServer; url: string };
  let otherSend: string;

  beforeAll(async () => {
    const teamEnv = await tempContent();
    await addOtherPartner(teamEnv.contentDir);
    const db = await openTeamDatabase({ embedded: path.join(teamEnv.chorusDir, "team-db") });
    const people = new People(db.db, () => new Set(["collaborative", "example-health", "other-health"]));
    await people.add({
      email: "ana@example.org",
      name: "Ana Author",
      orgId: "collaborative",
      roles: ["author"],
    });
    await people.add({
      email: "ben@example.org",
      name: "Ben Sender",
      orgId: "example-health",
      roles: ["sender"],
    });
    await people.add({
      email: "dana@example.org",
      name: "Dana Admin",
      orgId: "collaborative",
      roles: ["admin"],
    });
    await people.add({
      email: "omar@example.org",
      name: "Omar Approver",
      orgId: "collaborative",
      roles: ["approver"],
    });
    await db.close();
    // A send another partner made, whose id the partner's sender must not be able to open.
    otherSend = "crisis-and-peer-support-20261201-090000Z-abcd";
    const sendDir = path.join(teamEnv.chorusDir, "sends", otherSend);
    await mkdir(sendDir, { recursive: true });
    await writeFile(
      path.join(sendDir, "plan.json"),
      JSON.stringify({
        version: 1,
        sendId: otherSend,
        partnerId: "other-health",
        campaignId: "crisis-and-peer-support",
        materialId: "newsletter-clinicians",
        transport: "outbox",
        proof: false,
        batchSize: 100,
        recipients: 0,
        batches: 0,
        idempotencyPrefix: `chorus/${otherSend}`,
        sendingDomains: [],
        createdAt: "2026-12-01T09:00:00Z",
        source: { proof: "x@example.org" },
        import: { rows: 0, invalidRows: 0, suppressed: 0, skippedInvalid: false },
      }),
    );
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const teamServer = await startServer({
      CHORUS_CONTENT_DIR: teamEnv.contentDir,
      CHORUS_DIR: teamEnv.chorusDir,
      CHORUS_MODE: "team",
      CHORUS_AUTH_SECRET: "an-e2e-secret-that-is-long-enough-0123456789",
      CHORUS_PUBLIC_URL: url,
      PORT: String(port),
    });
    team = { env: teamEnv, server: teamServer, url };
  }, 180_000);

  afterAll(async () => {
    await team?.server.stop();
    await team?.env.cleanup();
  });

  /** The sign-in link in the newest message to `email` in .chorus/messages/ (waiting for it to arrive). */
  async function linkFor(email: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const link = await findLink(email).catch(() => undefined);
      if (link) return link;
      if (attempt > 100) throw new Error(`no sign-in link to ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function findLink(email: string): Promise<string | undefined> {
    const root = path.join(team.env.chorusDir, "messages");
    for (const dir of (await readdir(root)).sort().reverse()) {
      for (const file of await readdir(path.join(root, dir))) {
        const parsed = await parseEml(await readFile(path.join(root, dir, file), "utf8"));
        const to = parsed.headers.find((h) => h.name.toLowerCase() === "to")?.value ?? "";
        const link = /https?:\/\/\S+verify\?token=\S+/.exec(parsed.text ?? "")?.[0];
        if (to.includes(email) && link) return link;
      }
    }
    return undefined;
  }

  async function signIn(page: Page, email: string, name: string) {
    await page.goto(team.url);
    await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
    await page.getByLabel("Your work email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("a sign-in link is on its way");
    await page.goto(await linkFor(email));
    await expect.poll(() => page.getByRole("banner").textContent()).toContain(name);
  }

  it("signs a partner's sender in by the emailed link, and shows them approved campaigns read-only", {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await newPage();
    await page.goto(team.url);
    await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, "sign-in page");
    await shot(page, "team-1-sign-in");
    await signIn(page, "ben@example.org", "Ben Sender");
    await expect.poll(() => page.getByRole("banner").textContent()).toContain("Example Health System");
    const rows = page.locator("table.campaigns tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const statuses = await page.locator("table.campaigns tbody tr .status").allTextContents();
    expect(statuses.every((s) => /approved/i.test(s))).toBe(true);
    expect(await page.getByRole("heading", { name: "Start a new campaign" }).count()).toBe(0);
    await shot(page, "team-2-partner-list");
    await page.getByRole("link", { name: "Crisis and peer support for clinicians" }).click();
    await expect.poll(() => page.getByText("approved and shared as it is").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /Save changes|Saved/ }).count()).toBe(0);
    expect(await page.getByRole("form", { name: "Campaign content" }).count()).toBe(0);
    // Their own organization is the partner they preview, export and send as.
    expect(await page.getByLabel("Partner").inputValue()).toBe("example-health");
    await expectNoAxeViolations(page, "read-only campaign");
    await shot(page, "team-3-partner-campaign");
    // Another partner's send is not there for them, even by its address.
    await page.goto(`${team.url}/outbox/${otherSend}`);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/no such send/);
    expect(await page.getByLabel("Find a recipient").count()).toBe(0);
    await shot(page, "team-4-other-partner-send");
    // Signing out ends the session: the API answers 401 again.
    await page.goto(team.url);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
    expect(await page.evaluate(async () => (await fetch("/api/campaigns")).status)).toBe(401);
    // The browser logs the refusals this test provokes (401 signed out, 404 for the other partner's send).
    expect(errors.filter((e) => !/status of (401|404)/.test(e))).toEqual([]);
  });

  it("lets an admin add a reviewer from the People page, and shows the activity with its chain whole", {
    timeout: 120_000,
  }, async () => {
    const { page } = await newPage();
    await signIn(page, "dana@example.org", "Dana Admin");
    await page.getByRole("link", { name: "People" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "People", level: 1 }).isVisible()).toBe(true);
    await page.getByLabel("Email", { exact: true }).fill("rita@example.org");
    await page.getByLabel(/^Name/).fill("Rita Reviewer");
    await page
      .getByRole("group", { name: "Roles" })
      .getByLabel(/^Reviewer/)
      .check();
    await page.getByRole("button", { name: "Add person" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("rita@example.org was added");
    await expect
      .poll(() => page.getByRole("cell", { name: "rita@example.org", exact: true }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(page, "people page");
    await shot(page, "team-6-people");
    // The invitation says where to sign in; Rita then signs in like anyone else.
    const root = path.join(team.env.chorusDir, "messages");
    const texts = await Promise.all(
      (await readdir(root)).map(async (dir) => {
        const [file] = await readdir(path.join(root, dir));
        return (await parseEml(await readFile(path.join(root, dir, file!), "utf8"))).text ?? "";
      }),
    );
    expect(
      texts.some((t) => t.includes("Dana Admin has added you to the Chorus campaign builder, as reviewer")),
    ).toBe(true);
    await page.getByRole("link", { name: "Activity" }).click();
    await expect.poll(() => page.getByText(/The trail is whole: \d+ events/).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole("cell", { name: /added a person: rita@example\.org/ }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(page, "activity page");
    await shot(page, "team-7-activity");
  });

  it("gives the collaborative's author drafts and the editor", {
    timeout: 120_000,
  }, async () => {
    const { page } = await newPage();
    await signIn(page, "ana@example.org", "Ana Author");
    await expect
      .poll(() => page.locator("table.campaigns tbody tr .status").allTextContents())
      .toContain("Draft");
    await page.getByRole("link", { name: "What leaders can do this quarter" }).click();
    await expect.poll(() => page.getByRole("form", { name: "Campaign content" }).isVisible()).toBe(true);
    await shot(page, "team-5-author-editor");
  });

  it("takes a campaign through review: invited people, a comment fixed and resolved, both stages, then the partner sends it", {
    timeout: 240_000,
  }, async () => {
    const CAMPAIGN = "What leaders can do this quarter";
    // An admin invites a reviewer of the collaborative and a member of a partner.
    const admin = await newPage();
    await signIn(admin.page, "dana@example.org", "Dana Admin");
    await admin.page.getByRole("link", { name: "People" }).click();
    const invite = async (email: string, name: string, org: string, role: RegExp) => {
      await admin.page.getByLabel("Organization", { exact: true }).selectOption(org);
      await admin.page.getByLabel("Email", { exact: true }).fill(email);
      await admin.page.getByLabel(/^Name/).fill(name);
      await admin.page.getByRole("group", { name: "Roles" }).getByLabel(role).check();
      await admin.page.getByRole("button", { name: "Add person" }).click();
      await expect.poll(() => admin.page.getByRole("status").textContent()).toContain(`${email} was added`);
    };
    await invite("rory@example.org", "Rory Reviewer", "collaborative", /^Reviewer/);
    await invite("pat@example-health.org", "Pat Partner", "example-health", /^Sender/);
    await admin.context.close();

    // The author submits the draft.
    const author = await newPage();
    await signIn(author.page, "ana@example.org", "Ana Author");
    await author.page.getByRole("link", { name: CAMPAIGN }).click();
    await author.page.getByRole("button", { name: "Submit for review" }).click();
    await expect.poll(() => author.page.locator(".editor-head .status").textContent()).toBe("In review");
    const authorReview = author.page.locator("section.review");
    await expect.poll(() => authorReview.textContent()).toContain("0 of 2 stages approved");
    // Ana holds neither stage's role: no decision is offered to her.
    expect(await author.page.getByRole("button", { name: /^Approve / }).count()).toBe(0);

    // The reviewer reads it, comments on its title, and cannot approve while the comment is open.
    const reviewer = await newPage();
    await signIn(reviewer.page, "rory@example.org", "Rory Reviewer");
    await reviewer.page.getByRole("link", { name: CAMPAIGN }).click();
    await expect.poll(() => reviewer.page.getByText("You review this campaign").isVisible()).toBe(true);
    expect(await reviewer.page.getByRole("form", { name: "Campaign content" }).count()).toBe(0);
    const review = reviewer.page.locator("section.review");
    await review.getByLabel("Comment on").selectOption({ label: "Title" });
    await review
      .getByLabel("Comment", { exact: true })
      .fill("Say which quarter: leaders will read this in January.");
    await review.getByRole("button", { name: "Add comment" }).click();
    await expect.poll(() => review.getByText("1 open", { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => review.getByText("Resolve the 1 open comment first.").isVisible()).toBe(true);
    expect(
      await review.getByRole("button", { name: "Approve clinical review" }).getAttribute("aria-disabled"),
    ).toBe("true");
    await expectNoAxeViolations(reviewer.page, "review panel (reviewer)");
    await shot(reviewer.page, "team-8-reviewer-comment");

    // The author goes to the field, fixes it, saves, answers and resolves the comment.
    await author.page.reload();
    await expect.poll(() => authorReview.getByText("On Title").isVisible()).toBe(true);
    await authorReview.getByRole("button", { name: "Go to Title" }).click();
    await expect.poll(() => author.page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/title/);
    await author.page
      .getByLabel("Title", { exact: true })
      .fill("What leaders can do in the first quarter of 2027");
    await author.page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => author.page.getByRole("button", { name: "Saved" }).isVisible()).toBe(true);
    await authorReview.getByLabel("Reply").fill("Done: the title names the quarter now.");
    await authorReview.getByRole("button", { name: "Reply", exact: true }).click();
    await expect.poll(() => authorReview.getByText("Reply added.").isVisible()).toBe(true);
    await authorReview.getByRole("button", { name: "Resolve" }).click();
    await expect.poll(() => authorReview.getByText("0 open", { exact: true }).isVisible()).toBe(true);
    await authorReview.scrollIntoViewIfNeeded();
    await shot(author.page, "team-9-author-resolved");

    // Both stages approve, each by its own role, in order.
    await reviewer.page.reload();
    await expect.poll(() => review.getByText("Resolved", { exact: false }).count()).toBeGreaterThan(0);
    await review.getByLabel("Note (optional)").fill("Clinically accurate.");
    await review.getByRole("button", { name: "Approve clinical review" }).click();
    await expect.poll(() => review.getByText("Clinical review: approved.").isVisible()).toBe(true);
    await reviewer.context.close();
    const approver = await newPage();
    await signIn(approver.page, "omar@example.org", "Omar Approver");
    await approver.page
      .getByRole("link", { name: "What leaders can do in the first quarter of 2027" })
      .click();
    const approval = approver.page.locator("section.review");
    await expect.poll(() => approval.textContent()).toContain("Approved by Rory Reviewer");
    await approval.getByRole("button", { name: "Approve communications approval" }).click();
    await expect
      .poll(() => approver.page.locator(".editor-head .status").textContent(), { timeout: 15_000 })
      .toBe("Approved");
    await expect
      .poll(() => approver.page.locator(".approval").textContent())
      .toMatch(/Clinical review: Rory Reviewer, .*; Communications approval: Omar Approver, /);
    await expectNoAxeViolations(approver.page, "review panel (approved)");
    await shot(approver.page, "team-10-approved");
    // The campaign's history shows every step, by whom.
    await approval.getByText("History of this campaign").click();
    const history = (await approval.locator(".history").textContent()) ?? "";
    for (const step of [
      "ana@example.org changed a campaign's status: in-review",
      "rory@example.org commented",
      "ana@example.org saved a campaign",
      "ana@example.org resolved a comment",
      "rory@example.org decided a review stage (clinical-review): approved",
      "omar@example.org decided a review stage (communications-approval): approved",
      "omar@example.org changed a campaign's status: approved",
    ])
      expect(history).toContain(step);
    await approver.context.close();
    await author.context.close();

    // The partner member signs in through their own link, exports their kit and sends to their list.
    const partner = await newPage();
    await signIn(partner.page, "pat@example-health.org", "Pat Partner");
    await partner.page
      .getByRole("link", { name: "What leaders can do in the first quarter of 2027" })
      .click();
    expect(await partner.page.locator("section.review").count()).toBe(0);
    await partner.page.getByRole("tab", { name: "Export" }).click();
    const kit = await downloadKit(partner.page, team.server);
    expect(kit.suggestedFilename()).toMatch(/example-health-kit\.zip$/);
    await partner.page.getByRole("tab", { name: "Send" }).click();
    const list = path.join(team.env.dir, "pat-recipients.csv");
    await writeFile(
      list,
      "email,firstName\nclinician.one@example-health.org,Lee\nclinician.two@example-health.org,Sam\n",
    );
    await partner.page.getByLabel(/Recipients \(CSV/).setInputFiles(list);
    await partner.page.getByRole("button", { name: "Confirm: send to 2 recipients" }).click();
    await expect.poll(() => partner.page.getByText("Sent: 2 of 2").count(), { timeout: 15_000 }).toBe(1);
    await shot(partner.page, "team-11-partner-sent");
    // Another partner's send stays out of reach, even by its address.
    await partner.page.goto(`${team.url}/outbox/${otherSend}`);
    await expect.poll(() => partner.page.getByRole("alert").textContent()).toMatch(/no such send/);
    await partner.context.close();
  });
});

/** A port nothing listens on, for a server whose public address must be known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("keyboard only", () => {
  async function tabTo(
    page: Page,
    matches: (el: { tag: string; name: string; role: string | null }) => boolean,
    max = 300,
  ) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      const el = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active) return { tag: "", name: "", role: null };
        const labelled =
          (active.id ? document.querySelector(`label[for="${active.id}"]`)?.textContent : undefined) ??
          active.closest("label")?.textContent ??
          undefined;
        return {
          tag: active.tagName.toLowerCase(),
          name: (active.getAttribute("aria-label") ?? labelled ?? active.textContent ?? "").trim(),
          role: active.getAttribute("role"),
        };
      });
      if (process.env.DEBUG_TAB) console.log(JSON.stringify(el));
      if (matches(el)) return el;
    }
    throw new Error(
      `never reached the element with Tab (last: ${JSON.stringify(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200)))})`,
    );
  }

  it("walks the main flow with Tab, Enter and Space only", { timeout: 120_000 }, async () => {
    const { page, context } = await newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByRole("link", { name: "Burnout is a system problem" }).count()).toBe(1);
    await tabTo(page, (el) => el.tag === "input" && el.name === "Title");
    await page.keyboard.type("Keyboard week");
    await tabTo(page, (el) => el.tag === "button" && el.name === "Create campaign");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/campaigns\/keyboard-week$/);
    await expect.poll(() => page.getByText("ready for approval").count()).toBe(1);
    await tabTo(page, (el) => el.tag === "input" && el.name === "nurses");
    await page.keyboard.press("Space");
    expect(await page.getByRole("checkbox", { name: "nurses" }).isChecked()).toBe(true);
    // The email's text is a few Tab presses from the top of the page, through the links to each part.
    await page.getByRole("link", { name: "Skip to content" }).focus();
    await tabTo(page, (el) => el.tag === "a" && el.name === "Text of this email", 20);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-materials-0-subject");
    await page.getByRole("link", { name: "Skip to content" }).focus();
    await tabTo(page, (el) => el.tag === "a" && el.name === "Checklist", 20);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("checklist-heading");
    await tabTo(page, (el) => el.tag === "textarea" && el.name === "Paragraph");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Last year a colleague committed suicide.");
    await tabTo(
      page,
      (el) => el.tag === "button" && el.name === "Replace “committed suicide” with “died by suicide”",
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("textbox", { name: "Paragraph" }).inputValue())
      .toContain("died by suicide");
    // Talking about suicide needs a crisis line: add 988 from the library, by keyboard.
    await tabTo(page, (el) => el.tag === "button" && el.name === "Resources…");
    await page.keyboard.press("Enter");
    await page.keyboard.type("988");
    await tabTo(page, (el) => el.tag === "button" && el.name.startsWith("Add 988"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("ready for approval").count()).toBe(1);
    await tabTo(page, (el) => el.tag === "button" && el.name === "Save changes");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Submit for review");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("button", { name: "Approve…" }).count()).toBe(1);
    await page.getByRole("button", { name: "Approve…" }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("Kim Keyboard");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText(/Approved by Kim Keyboard on/).count()).toBe(1);
    await tabTo(page, (el) => el.role === "tab" && el.name === "Preview");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Export");
    await shot(page, "16-keyboard-walk");
    await context.close();
  });
});

describe("graphics and print in the Export tab", () => {
  const CAMPAIGN = "graphics-check";
  const TOO_LONG = "graphics-too-long";

  beforeAll(async () => {
    // A draft copy of the campaign with a social post: its post gets a drawn image; it has no banner yet.
    await writeCampaignKeeping(env.contentDir, "help-seeking-without-fear", CAMPAIGN, [
      "email",
      "social-post",
    ]);
    // A draft whose banner says more than its box holds (within the schema's limits).
    await writeCampaignKeeping(env.contentDir, "crisis-and-peer-support", TOO_LONG, ["email", "web-banner"]);
    const file = path.join(env.contentDir, TOO_LONG, "campaign.yaml");
    const campaign = parseYaml(await readFile(file, "utf8"));
    Object.assign(
      campaign.materials.find((m: { id: string }) => m.id === "banner-support"),
      {
        headline: "You care for everyone, every shift, every night and every weekend. Who cares for you?",
        body: "Free, confidential crisis lines are open day and night, and peer support lines for clinicians listen without judging, any hour you call.",
      },
    );
    await writeFile(file, stringifyYaml(campaign));
  });

  /** A PNG's width and height, from its IHDR chunk. */
  function pngSize(bytes: Uint8Array): [number, number] {
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return [view.getUint32(16), view.getUint32(20)];
  }

  async function openExport(page: Page, partner: string) {
    await page.goto(`${server.url}/campaigns/${CAMPAIGN}`);
    await page.getByRole("tab", { name: "Export" }).click();
    await page.getByRole("tabpanel").getByLabel("Partner", { exact: true }).selectOption(partner);
    const section = page.getByRole("region", { name: "Graphics and print" });
    await section.getByRole("heading", { name: "Social media cards" }).scrollIntoViewIfNeeded();
    return section;
  }

  /** Every card thumbnail drawn so far: its alt text, the alt text shown under it, its natural size. */
  const thumbnails = (page: Page) =>
    page.locator(".artwork__grid > li").evaluateAll((items) =>
      items.map((item) => {
        const img = item.querySelector("img");
        return {
          alt: img?.getAttribute("alt") ?? null,
          shown: item.querySelector(".artwork__alt [lang]")?.textContent ?? "",
          size: img ? [img.naturalWidth, img.naturalHeight] : null,
          refused: item.querySelector(".artwork__refusal")?.textContent ?? null,
        };
      }),
    );

  it("previews a partner's cards with alt text, copies a post with its alt text, downloads a PDF and a PNG, and lists a new banner and fact sheet (1440×900)", {
    timeout: 150_000,
  }, async () => {
    const { page, errors, context } = await newPage(1440, 900);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const section = await openExport(page, "example-health");

    // The cards, drawn for the partner at the chosen size, each with its alt text on the image and below it.
    // The first card starts the server's drawing threads: it may take a few seconds on a busy machine.
    await expect
      .poll(async () => (await thumbnails(page)).filter((t) => t.size).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    const cards = await thumbnails(page);
    expect(cards.every((t) => t.refused === null)).toBe(true);
    for (const card of cards.filter((t) => t.size)) {
      expect(card.alt).toBe(card.shown);
      expect(card.alt).toMatch(/^(Example Health System \(sample partner\)|[^:]+): \S/);
      expect(card.size).toEqual([1080, 1080]);
    }
    const sizes = section.getByLabel("Card size");
    expect(await sizes.locator("option").allTextContents()).toContain(
      "Story, 1080×1920 (Instagram Stories, Facebook Stories)",
    );
    await sizes.selectOption("story");
    await expect.poll(async () => (await thumbnails(page))[0]?.size).toEqual([1080, 1920]);
    await shot(page, "20-artwork-1440-cards");

    // One click copies the post and its image's alt text; the confirmation is announced.
    const post = section.locator(".artwork__post").first();
    await post.scrollIntoViewIfNeeded();
    await expect.poll(() => post.locator("img").count()).toBe(1);
    const postText = await post.locator(".artwork__post-text").textContent();
    const postAlt = await post.locator("img").getAttribute("alt");
    expect(postText).toMatch(/^No clinician should have to choose/);
    await post.getByRole("button", { name: /^Copy post text \+ alt text/ }).click();
    await expect
      .poll(() => post.getByRole("status").first().textContent())
      .toBe("Post text and alt text copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${postText}\n\nImage description (alt text):\n${postAlt}`,
    );
    await shot(page, "20-artwork-1440-post");

    // A printed material as a PDF, and a card as a PNG, each under a clear name.
    const poster = section.locator(".artwork__prints li").filter({ hasText: "(Poster)" });
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      poster.getByRole("button", { name: /^Download PDF, US Letter/ }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`${CAMPAIGN}-poster-letter-en-example-health.pdf`);
    const pdfBytes = await readFile((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
    const firstCard = section
      .locator(".artwork__grid > li")
      .filter({ has: page.locator("img") })
      .first();
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      firstCard.getByRole("button", { name: /^Download PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(
      new RegExp(`^${CAMPAIGN}-[a-z0-9-]+-story-en-example-health\\.png$`),
    );
    expect(pngSize(new Uint8Array(await readFile((await png.path())!)))).toEqual([1080, 1920]);
    await expectNoAxeViolations(page, "graphics and print");

    // A web banner and a fact sheet, added in the form with the campaign's own call to action and content.
    expect(
      await section.getByText("This campaign has no web banners in English.", { exact: false }).count(),
    ).toBe(1);
    await page.getByRole("button", { name: "Add a web banner" }).click();
    const material = page.locator(".material");
    await expect.poll(() => material.getByLabel("Button link").inputValue()).toMatch(/^https:\/\//);
    expect(await material.getByLabel("Button text").inputValue()).not.toBe("");
    await material.getByLabel("Headline").fill("Ask about now, not about the past.");
    await page.getByRole("button", { name: "Add a fact sheet" }).click();
    await expect.poll(() => material.getByLabel("Heading", { exact: true }).inputValue()).not.toBe("");
    await material.getByLabel("Heading", { exact: true }).scrollIntoViewIfNeeded();
    await shot(page, "20-artwork-1440-fact-sheet-form");
    // The draft preview shows both.
    await page.getByRole("tab", { name: "Preview" }).click();
    await page.getByRole("radio", { name: "Web components" }).check();
    await expect.poll(() => page.locator(".web-preview .chorus-factsheet").count()).toBe(1);
    expect(await page.locator(".web-preview .banner-frame").count()).toBe(1);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved.", { exact: true }).count()).toBe(1);
    const file = await readFile(path.join(env.contentDir, CAMPAIGN, "campaign.yaml"), "utf8");
    expect(file).toContain("kind: web-banner");
    expect(file).toContain("kind: fact-sheet");

    // The Export tab lists them from the saved campaign: the banner drawn, the fact sheet as a PDF per size.
    await page.getByRole("tab", { name: "Export" }).click();
    const banner = section.locator(".artwork__banner");
    await banner.scrollIntoViewIfNeeded();
    await expect.poll(() => banner.locator("img").count(), { timeout: 30_000 }).toBe(1);
    expect(await banner.locator("img").getAttribute("alt")).toMatch(/^Ask about now, not about the past\./);
    expect(
      await banner.locator("img").evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]),
    ).toEqual([300, 250]);
    const sheet = section.locator(".artwork__prints li").filter({ hasText: "(Fact sheet)" });
    expect(await sheet.getByRole("button", { name: /^Download PDF/ }).count()).toBe(2);
    await banner.scrollIntoViewIfNeeded();
    await shot(page, "20-artwork-1440-banner");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works on a 390×844 phone by keyboard, and shows the text to copy when the clipboard is refused", {
    timeout: 90_000,
  }, async () => {
    const { page, errors, context } = await newPage(390, 844);
    // A browser that refuses the clipboard (as some do outside https, or by policy).
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("refused", "NotAllowedError")) },
      });
    });
    const section = await openExport(page, "collaborative");
    await expect
      .poll(async () => (await thumbnails(page)).filter((t) => t.size).length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const drawn = await thumbnails(page);
    const index = drawn.findIndex((t) => t.size);
    const first = drawn[index];
    expect(first?.alt).toBe(first?.shown);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const copy = section
      .locator(".artwork__grid > li")
      .nth(index)
      .getByRole("button", { name: /^Copy alt text/ });
    await copy.focus();
    await page.keyboard.press("Enter");
    const fallback = section.getByLabel(/This browser did not let the builder copy/);
    await expect.poll(() => fallback.count()).toBe(1);
    expect(await fallback.inputValue()).toBe(first?.alt);
    // Focused and selected, ready for Ctrl+C.
    expect(
      await fallback.evaluate((el: HTMLTextAreaElement) => [
        document.activeElement === el,
        el.selectionStart,
        el.selectionEnd,
      ]),
    ).toEqual([true, 0, first?.alt?.length]);
    await shot(page, "20-artwork-390-fallback");
    await section.locator(".artwork__prints").scrollIntoViewIfNeeded();
    await shot(page, "20-artwork-390-prints");
    await expectNoAxeViolations(page, "graphics and print on a phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);

    // Words that do not fit: the banner's place says what to shorten, instead of a broken image.
    await page.goto(`${server.url}/campaigns/${TOO_LONG}`);
    await page.getByRole("tab", { name: "Export" }).click();
    const banner = page.locator(".artwork__banner").first();
    await banner.scrollIntoViewIfNeeded();
    await expect
      .poll(() => banner.locator(".artwork__refusal").textContent(), { timeout: 30_000 })
      .toMatch(
        /The words do not fit this banner\..*does not fit its 300×250 box\. Shorten the (body|headline)/,
      );
    expect(await banner.locator("img").count()).toBe(0);
    await shot(page, "20-artwork-390-refused");
    // The browser notes the refusal (a 422) in its console; nothing else went wrong.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await context.close();
  });
});
