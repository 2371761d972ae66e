// Cards drawn in worker threads (`renderCardInWorker`): the same PNG and alt text as on the caller's thread, the
// same error class and message for words that do not fit, at most MAX_CARD_WORKERS threads however many cards
// are asked for at once (kept between cards), and a cancelled card leaves the queue or stops its thread.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as WorkerThreads from "node:worker_threads";
import type { ContentSet, LoadedCampaign } from "@chorus/content";
import { loadContent } from "@chorus/content/node";
import { GraphicFitError, SOCIAL_SIZES } from "@chorus/graphics";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  type CampaignCard,
  campaignCards,
  MAX_CARD_WORKERS,
  type PartnerLook,
  partnerLook,
  renderCampaignCard,
  renderCardInWorker,
} from "../src/node.js";

// Counts the threads that exist at any moment (created, not yet exited), the cards handed to them and the answers
// they send back, and lets a test act the moment a card is handed to a thread (`onCard`).
const threads = vi.hoisted(() => ({
  started: 0,
  running: 0,
  most: 0,
  exited: 0,
  cards: 0,
  answers: 0,
  onCard: undefined as (() => void) | undefined,
}));
vi.mock("node:worker_threads", async (importOriginal) => {
  const original = await importOriginal<typeof WorkerThreads>();
  class CountedWorker extends original.Worker {
    constructor(...args: ConstructorParameters<typeof original.Worker>) {
      super(...args);
      threads.started++;
      threads.running++;
      threads.most = Math.max(threads.most, threads.running);
      this.on("message", () => {
        threads.answers++;
      });
      this.once("exit", () => {
        threads.running--;
        threads.exited++;
      });
    }
    // Each card handed to a thread.
    override postMessage(...args: Parameters<WorkerThreads.Worker["postMessage"]>) {
      threads.cards++;
      super.postMessage(...args);
      threads.onCard?.();
    }
  }
  return { ...original, Worker: CountedWorker };
});

const CAMPAIGNS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../campaigns");
const CAMPAIGN = "crisis-and-peer-support";
const size = (id: string) => SOCIAL_SIZES.find((s) => s.id === id)!;

let content: ContentSet;
let loaded: LoadedCampaign;
let look: PartnerLook;
let cards: CampaignCard[];

beforeAll(async () => {
  content = (await loadContent(CAMPAIGNS, { now: new Date("2026-11-23T10:00:00Z") })).content;
  loaded = content.campaigns.find((c) => c.campaign.id === CAMPAIGN)!;
  look = await partnerLook(content, "example-health", path.dirname(CAMPAIGNS));
  cards = campaignCards(loaded.campaign, content.library, "en");
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A key-message card far too long for any size. */
const tooLong = (): CampaignCard => ({
  id: "message-too-long",
  locale: "en",
  content: { kind: "key-message", text: "Burnout is a system problem, not a personal failing. ".repeat(40) },
});

/** Counts from now on; threads kept from earlier tests stay counted as running. */
function reset() {
  Object.assign(threads, { started: 0, most: threads.running, exited: 0, cards: 0, onCard: undefined });
}

describe("renderCardInWorker", () => {
  it("draws the same PNG, SVG and alt text as on the caller's thread", async () => {
    const card = cards.find((c) => c.content.kind === "fact")!;
    const [inWorker, here] = await Promise.all([
      renderCardInWorker(look, CAMPAIGN, card, size("story")),
      renderCampaignCard(look, CAMPAIGN, card, size("story")),
    ]);
    expect(pngSize(inWorker.png)).toEqual({ width: 1080, height: 1920 });
    expect(inWorker.png).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(inWorker.png).equals(Buffer.from(here.png))).toBe(true);
    expect(inWorker.svg).toBe(here.svg);
    expect(inWorker.alt).toBe(here.alt);
    expect(inWorker.size).toEqual(here.size);
  });

  it("refuses words that do not fit with the same class and message as on the caller's thread", async () => {
    const onThisThread = await renderCampaignCard(look, CAMPAIGN, tooLong(), size("link")).catch((e) => e);
    const inWorker = await renderCardInWorker(look, CAMPAIGN, tooLong(), size("link")).catch((e) => e);
    expect(onThisThread).toBeInstanceOf(GraphicFitError);
    expect(inWorker).toBeInstanceOf(GraphicFitError);
    expect(inWorker.name).toBe("GraphicFitError");
    expect(inWorker.message).toBe(onThisThread.message);
    expect(inWorker.message).toMatch(
      /campaign crisis-and-peer-support, card message-too-long \(en\) for example-health: .*shorten it by about \d+ characters/,
    );
    expect({ field: inWorker.field, size: inWorker.size, shortenBy: inWorker.shortenBy }).toEqual({
      field: onThisThread.field,
      size: "link",
      shortenBy: onThisThread.shortenBy,
    });
  });

  it("draws with at most two threads however many cards are asked for at once, and keeps them between cards", async () => {
    reset();
    expect(MAX_CARD_WORKERS).toBe(2);
    const asked = cards
      .slice(0, 4)
      .flatMap((card) => [size("square"), size("link")].map((s) => ({ card, s })));
    const drawn = await Promise.all(asked.map(({ card, s }) => renderCardInWorker(look, CAMPAIGN, card, s)));
    expect(drawn.map((d) => pngSize(d.png))).toEqual(
      asked.map(({ s }) => ({ width: s.width, height: s.height })),
    );
    expect(threads.most).toBeLessThanOrEqual(2);
    // The threads of the tests above are still there, waiting for cards: none or few new ones were started.
    expect(threads.started).toBeLessThanOrEqual(2);
    const again = await renderCardInWorker(look, CAMPAIGN, cards[0]!, size("square"));
    expect(pngSize(again.png)).toEqual({ width: 1080, height: 1080 });
    expect(threads.most).toBeLessThanOrEqual(2);
  });

  it("takes a card cancelled while it waits out of the queue, and answers at once for one cancelled while it draws, keeping its thread", async () => {
    reset();
    const busy = [0, 1].map(() => renderCardInWorker(look, CAMPAIGN, cards[0]!, size("story")));
    const waiting = new AbortController();
    const queued = renderCardInWorker(look, CAMPAIGN, cards[1]!, size("story"), { signal: waiting.signal });
    waiting.abort(new Error("the browser went away"));
    await expect(queued).rejects.toThrow("the browser went away");
    await Promise.all(busy);
    // The cancelled card never reached a thread.
    expect(threads.cards).toBe(2);

    reset();
    const drawing = new AbortController();
    // Cancelled the moment it is handed to a thread (one kept from before), so it is surely still drawing: the
    // thread's answer can only arrive on a later turn of the event loop.
    let answersWhenCancelled = -1;
    threads.onCard = () => {
      threads.onCard = undefined;
      answersWhenCancelled = threads.answers;
      drawing.abort(new Error("the browser went away"));
    };
    const started = renderCardInWorker(look, CAMPAIGN, cards[2]!, size("story"), { signal: drawing.signal });
    await expect(started).rejects.toThrow("the browser went away");
    expect(threads.cards).toBe(1);
    // At once: the caller is told before the thread has answered for the card (no answer came in between).
    expect(answersWhenCancelled).toBeGreaterThanOrEqual(0);
    expect(threads.answers).toBe(answersWhenCancelled);
    // Its thread finishes the card and is kept (cheaper than starting another): the next cards need no new one.
    const next = await Promise.all(
      [size("square"), size("link"), size("x")].map((s) => renderCardInWorker(look, CAMPAIGN, cards[2]!, s)),
    );
    expect(next.map((n) => pngSize(n.png).width)).toEqual([1080, 1200, 1200]);
    expect({ started: threads.started, exited: threads.exited }).toEqual({ started: 0, exited: 0 });
    expect(threads.most).toBeLessThanOrEqual(2);
  });
});
