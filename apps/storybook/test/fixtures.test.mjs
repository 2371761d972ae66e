// The graphics and print fixture scripts record what the kit refuses to make (so the stories can show the
// refusal) instead of stopping, and accepting a screenshot change moves exactly the reviewed image.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SOCIAL_SIZES } from "@chorus/graphics";
import { campaignCards, campaignPrints } from "@chorus/kit";
import { campaignPrintHtml, partnerLook } from "@chorus/kit/node";
import { PdfPrinter } from "@chorus/print";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadCampaigns, repoRoot } from "../scripts/fixture-cache.mjs";
import { drawOrRefuse } from "../scripts/generate-graphics-fixtures.mjs";
import { fitSteps, pageMargin, printOrRefuse } from "../scripts/generate-print-fixtures.mjs";
import { acceptChanges, changePath, pendingChanges, referencePath } from "../scripts/screenshot-files.mjs";

const { content, campaigns } = await loadCampaigns();
const campaign = campaigns.find((c) => c.id === "crisis-and-peer-support") ?? campaigns[0];
const look = await partnerLook(content, "example-health", repoRoot);

describe("graphics fixtures", () => {
  const card = campaignCards(campaign, content.library, "en").find((c) => c.content.kind === "key-message");
  const link = SOCIAL_SIZES.find((size) => size.id === "link");

  test("a card that fits is drawn, with its alt text", async () => {
    const drawn = await drawOrRefuse(look, campaign.id, card, link);
    expect(drawn.refused).toBeUndefined();
    expect([...drawn.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect(drawn.alt).toContain(card.content.text);
  });

  test("a card whose text cannot fit is recorded with @chorus/graphics' refusal, not thrown", async () => {
    const long = { ...card, content: { kind: "key-message", text: `${card.content.text} `.repeat(12) } };
    const drawn = await drawOrRefuse(look, campaign.id, long, link);
    expect(drawn.png).toBeUndefined();
    expect(drawn.refused.error).toBe("GraphicFitError");
    expect(drawn.refused.message).toMatch(
      /does not fit the 1200×627 link card .*shorten it by about \d+ characters/,
    );
  });
});

describe("print fixtures", () => {
  let printer;
  beforeAll(async () => {
    printer = await PdfPrinter.launch();
  });
  afterAll(async () => {
    await printer?.close();
  });
  const poster = campaignPrints(campaign, content.library, "en", look.partner).find(
    (p) => p.kind === "poster",
  );

  test("a poster that fits is recorded with the type scale it is printed at", async () => {
    const html = campaignPrintHtml(look, campaign.id, poster, "letter");
    expect(fitSteps(html)).toEqual([1, 0.93, 0.86]);
    expect(pageMargin(html)).toBe("0");
    expect(await printOrRefuse(printer, html, "letter")).toEqual({ fit: 1 });
  });

  test("a poster that does not fit its page is recorded with the printer's refusal, not thrown", async () => {
    const long = { ...poster, content: { ...poster.content, body: `${poster.content.body} `.repeat(15) } };
    const html = campaignPrintHtml(look, campaign.id, long, "letter");
    const result = await printOrRefuse(printer, html, "letter");
    expect(result.refused.error).toBe("PrintFitError");
    expect(result.refused.message).toMatch(
      /does not fit on one US Letter .* page even with its type 14 % smaller/,
    );
  });
});

describe("accepting a screenshot change", () => {
  let root;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "storybook-accept-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test("makes each reviewed image its story's reference and clears the change, only for the stories named", async () => {
    const put = async (file, text) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    };
    await put(referencePath(root, "a__one"), "old one");
    await put(changePath(root, "a__one", "actual"), "new one");
    await put(changePath(root, "a__one", "diff"), "diff one");
    await put(referencePath(root, "a__two"), "old two");
    await put(changePath(root, "a__two", "actual"), "new two");
    // A story with no reference yet, on CI.
    await put(changePath(root, "b__three", "reference"), "first three");

    expect((await pendingChanges(root)).map((c) => [c.name, c.isNew])).toEqual([
      ["a__one", false],
      ["a__two", false],
      ["b__three", true],
    ]);
    const accepted = await acceptChanges(root, { only: ["a__one", "b__three"] });
    expect(accepted.map((c) => c.name)).toEqual(["a__one", "b__three"]);
    expect(await readFile(referencePath(root, "a__one"), "utf8")).toBe("new one");
    expect(await readFile(referencePath(root, "b__three"), "utf8")).toBe("first three");
    expect(await readFile(referencePath(root, "a__two"), "utf8")).toBe("old two");
    expect((await pendingChanges(root)).map((c) => c.name)).toEqual(["a__two"]);
  });
});
