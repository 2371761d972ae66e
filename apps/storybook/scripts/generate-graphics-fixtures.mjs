// Builds .generated/graphics.json and .generated/graphics/*.png: every social card the kits carry
// (@chorus/kit's campaignCards), for each partner and language, drawn at every social and banner size with the
// kit's own renderCampaignCard (@chorus/graphics: satori and resvg, Node only), through renderCardInWorker: two
// cards at once, in worker threads. Storybook shows the PNGs with their alt text. A card that cannot be drawn at
// a size (its text does not fit, a colour fails contrast) is recorded with the refusal's message, which the story
// shows instead of the image.
//
// Drawn images are kept between runs, named by a hash of everything that makes them (the card's words, the
// partner's look, the size and the code that draws), so a second run only draws what changed.
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BANNER_SIZES, SOCIAL_SIZES } from "@chorus/graphics";
import { campaignCards } from "@chorus/kit";
import * as kitNode from "@chorus/kit/node";
import {
  codeFingerprint,
  generatedDir,
  loadCampaigns,
  readJson,
  repoRoot,
  sha256,
  writeWhole,
} from "./fixture-cache.mjs";

const { partnerLook } = kitNode;
/**
 * The kit's renderCampaignCard, in its worker threads (two cards at once) where this build of @chorus/kit has
 * them (renderCardInWorker), on this thread otherwise.
 */
const draw = kitNode.renderCardInWorker ?? kitNode.renderCampaignCard;

/** The refusals @chorus/graphics documents; anything else is a bug and stops the script. */
export const CARD_REFUSALS = new Set(["GraphicFitError", "GraphicContrastError", "GraphicInputError"]);

const SIZES = [
  ...SOCIAL_SIZES.map((size) => ({ ...size, group: "social" })),
  ...BANNER_SIZES.map((size) => ({ ...size, group: "banner" })),
];

/**
 * One card at one size, drawn in a worker thread: `{ png, alt, fontSize }`, or `{ refused: { error, message } }`
 * when @chorus/graphics refuses it.
 */
export async function drawOrRefuse(look, campaignId, card, size) {
  try {
    const rendered = await draw(look, campaignId, card, size);
    return { png: rendered.png, alt: rendered.alt, fontSize: rendered.fontSize };
  } catch (error) {
    if (error instanceof Error && CARD_REFUSALS.has(error.name)) {
      return { refused: { error: error.name, message: error.message } };
    }
    throw error;
  }
}

/** The distinct cards of every campaign in `locale`: a card several campaigns share is drawn once. */
function distinctCards(campaigns, library, locale) {
  const cards = new Map();
  for (const campaign of campaigns) {
    for (const card of campaignCards(campaign, library, locale)) {
      const key = sha256(card.id, card.content);
      const entry = cards.get(key) ?? { card, campaigns: [] };
      entry.campaigns.push(campaign.id);
      cards.set(key, entry);
    }
  }
  return [...cards.values()];
}

async function main() {
  const started = performance.now();
  const { content, partners, campaigns } = await loadCampaigns();
  const imagesDir = path.join(generatedDir, "graphics");
  await mkdir(imagesDir, { recursive: true });
  const cacheFile = path.join(generatedDir, "graphics-cache.json");
  const cache = await readJson(cacheFile, {});
  const nextCache = {};
  const code = await codeFingerprint(["@chorus/graphics", "@chorus/kit", "@chorus/tokens"]);
  const cards = [];
  /** Cards being drawn (renderCardInWorker queues them, two threads at a time). */
  const drawing = [];
  let refused = 0;
  for (const partner of partners) {
    const look = await partnerLook(content, partner.id, repoRoot);
    const lookKey = sha256(look.theme, look.brand, look.collaborative ?? null);
    for (const locale of ["en", "es"]) {
      for (const { card, campaigns: usedBy } of distinctCards(campaigns, content.library, locale)) {
        const entry = {
          partner: partner.id,
          locale,
          id: card.id,
          kind: card.content.kind,
          campaigns: usedBy,
          alt: undefined,
          renders: {},
        };
        for (const size of SIZES) {
          const key = sha256(code, lookKey, locale, card.id, card.content, size).slice(0, 24);
          const file = `${key}.png`;
          const record = (result) => {
            nextCache[key] = result;
            if (result.refused) refused++;
            else entry.alt ??= result.alt;
            entry.renders[size.id] = result.refused
              ? { refused: result.refused }
              : { file: result.file, fontSize: result.fontSize };
          };
          const cached = cache[key];
          if (cached?.refused || (cached && (await exists(path.join(imagesDir, file))))) {
            record(cached);
            continue;
          }
          drawing.push(
            drawOrRefuse(look, usedBy[0], card, size).then(async (outcome) => {
              if (outcome.refused) return record({ refused: outcome.refused });
              await writeWhole(path.join(imagesDir, file), outcome.png);
              record({ file, alt: outcome.alt, fontSize: outcome.fontSize });
            }),
          );
        }
        cards.push(entry);
      }
    }
  }
  await Promise.all(drawing);
  // Sizes in the same order as the size table, whichever finished first.
  for (const entry of cards) {
    entry.renders = Object.fromEntries(
      SIZES.flatMap((size) => (entry.renders[size.id] ? [[size.id, entry.renders[size.id]]] : [])),
    );
  }
  // Images no card uses any more.
  const used = new Set(Object.values(nextCache).flatMap((result) => (result.file ? [result.file] : [])));
  for (const file of await readdir(imagesDir)) {
    if (!used.has(file)) await rm(path.join(imagesDir, file), { force: true });
  }
  await writeWhole(cacheFile, `${JSON.stringify(nextCache)}\n`);
  const fixtures = {
    source: "campaigns/ (generated by apps/storybook/scripts/generate-graphics-fixtures.mjs)",
    sizes: SIZES,
    partners: partners.map(({ id, name, shortName }) => ({ id, name, shortName: shortName ?? name })),
    cards,
  };
  await writeWhole(path.join(generatedDir, "graphics.json"), `${JSON.stringify(fixtures, null, 1)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `graphics: ${cards.length} cards × ${SIZES.length} sizes, ${refused} refused, ${drawing.length} drawn now (others kept) in ${seconds}s`,
  );
}

function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

// Run as a script; imported by the tests for drawOrRefuse.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
