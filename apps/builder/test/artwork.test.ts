// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
// The builder's graphics and print routes, in local mode: the listing of a campaign's cards, posts, printed
// materials and banners for a partner and language, each file as a download (PNG at its exact size, PDF,
// banner HTML with its own strict CSP), words that do not fit answered 422 with what to shorten, malformed
// sizes and languages 400, and many cards asked at once while the server keeps answering. Who may ask for what
// in team mode is in team.test.ts's matrix.
import { once } from "node:events";
import { readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { GraphicFitError, SOCIAL_SIZES } from "@chorus/graphics";
import type { PdfPrinter } from "@chorus/print";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { createApp } from "../src/server/app.js";
import { ArtworkCache, MAX_PRINTS, SharedPrinter } from "../src/server/artwork.js";
import {
  expectAnsweredThroughout,
  HEALTH_PROBE,
  type HealthProbeReport,
  tempContent,
  testConfig,
  writeCampaignKeeping,
} from "./helpers.js";

// Counts the cards drawn (each in a worker thread), to tell a drawing from a card kept or shared.
const drawn = vi.hoisted(() => ({ cards: 0 }));
vi.mock("@chorus/kit/node", async (importOriginal) => {
  const original = await importOriginal<typeof import("@chorus/kit/node")>();
  return {
    ...original,
    renderCardInWorker: (...args: Parameters<typeof original.renderCardInWorker>) => {
      drawn.cards++;
      return original.renderCardInWorker(...args);
    },
  };
});

const BILINGUAL = "crisis-and-peer-support";
const WITH_POST = "help-seeking-without-fear";
const PARTNER = "example-health";

let env: Awaited<ReturnType<typeof tempContent>>;
let builder: ReturnType<typeof createApp>;

beforeAll(async () => {
  env = await tempContent();
  builder = createApp(testConfig(env.contentDir, env.chorusDir));
});
afterAll(async () => {
  await builder?.close();
  await env?.cleanup();
});

const call = (url: string, init?: RequestInit) => builder.app.request(`http://127.0.0.1${url}`, init);

async function listing(id: string, locale: string, partner = PARTNER) {
  const response = await call(`/api/campaigns/${id}/artwork?partner=${partner}&locale=${locale}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as any;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function download(url: string) {
  const response = await call(url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: () => new TextDecoder().decode(bytes) };
}

/** Changes a campaign's file on disk (a save the builder did not make). */
async function edit(id: string, change: (campaign: any) => void) {
  const file = path.join(env.contentDir, id, "campaign.yaml");
  const campaign = parse(await readFile(file, "utf8"));
  change(campaign);
  await writeFile(file, stringify(campaign));
}

describe("the listing of a campaign's graphics and print", () => {
  it("lists the cards with their alt text, the posts, the printed materials and the banners of one language", async () => {
    const en = await listing(BILINGUAL, "en");
    expect(en.partner).toEqual({ id: PARTNER, name: "Example Health System (sample partner)" });
    expect(en.locale).toBe("en");
    expect(en.campaign).toMatchObject({ id: BILINGUAL, status: "approved", proof: false });
    expect(en.sizes.map((s: any) => s.id)).toEqual(SOCIAL_SIZES.map((s) => s.id));
    expect(en.sizes[0]).toEqual({ ...SOCIAL_SIZES[0], platforms: [...SOCIAL_SIZES[0]!.platforms] });
    expect(en.cards.length).toBeGreaterThan(4);
    for (const card of en.cards) {
      expect(card.id).toMatch(/^(fact|message|cta|resource)-[a-z0-9-]+$/);
      // Alt text says what the card says (a crisis line's card: the line), starting with who posts it.
      expect(card.alt, card.id).toMatch(
        card.kind === "crisis-resource"
          ? /^[^:]+: (Call|Text) /
          : /^Example Health System \(sample partner\): \S/,
      );
      expect(Object.keys(card.files)).toEqual(SOCIAL_SIZES.map((s) => s.id));
      expect(card.files.story).toBe(
        `/api/campaigns/${BILINGUAL}/artwork/cards/${card.id}/story?partner=${PARTNER}&locale=en`,
      );
    }
    expect(en.prints.map((p: any) => [p.id, p.files.map((f: any) => f.size)])).toEqual([
      ["poster", ["letter", "a4", "tabloid"]],
      ["flyer", ["letter", "a4"]],
      ["fact-sheet", ["letter", "a4"]],
    ]);
    expect(en.prints[0].files[0]).toEqual({
      size: "letter",
      label: "US Letter (8.5 × 11 in)",
      file: `/api/campaigns/${BILINGUAL}/artwork/prints/poster/letter?partner=${PARTNER}&locale=en`,
    });
    expect(en.banners).toEqual([
      expect.objectContaining({
        material: "banner-support",
        size: "300x250",
        width: 300,
        height: 250,
        files: {
          html: `/api/campaigns/${BILINGUAL}/artwork/banners/banner-support/html?partner=${PARTNER}`,
          png: `/api/campaigns/${BILINGUAL}/artwork/banners/banner-support/png?partner=${PARTNER}`,
        },
      }),
    ]);
    // The other language has its own words and its own banner.
    const es = await listing(BILINGUAL, "es");
    expect(es.banners.map((b: any) => b.material)).toEqual(["banner-support-es"]);
    expect(es.cards.find((c: any) => c.kind === "fact").alt).toContain("Fuente:");
    expect(es.prints[0].title).toMatch(/\(Póster\)$/);
  });

  it("gives each post its text, the alt text of the image the kit draws for it, and the sources of its figures", async () => {
    const en = await listing(WITH_POST, "en", "collaborative");
    expect(en.campaign.proof).toBe(true);
    const [post] = en.posts;
    expect(post).toMatchObject({ material: "bluesky-policymakers", platform: "Bluesky", limit: 300 });
    expect(post.post).toMatch(
      /^No clinician should have to choose.*\n\nhttps:\/\/drlornabreen\.org\/removebarriers\/$/s,
    );
    expect(post.sources[0]).toMatch(/Source: .*https:\/\//);
    expect(post.image).toEqual({
      drawn: true,
      card: "fact-licensure-reluctance",
      alt: en.cards.find((c: any) => c.id === "fact-licensure-reluctance").alt,
      width: 1200,
      height: 675,
      file: `/api/campaigns/${WITH_POST}/artwork/posts/bluesky-policymakers/image?partner=collaborative`,
    });
    // A post with a picture of its own gets no drawn image: its own alt text is listed.
    const burnout = await listing("burnout-is-a-system-problem", "en");
    expect(burnout.posts[0].image).toMatchObject({ drawn: false, src: expect.stringMatching(/^https:/) });
    expect(burnout.posts[0].image.alt.length).toBeGreaterThan(10);
  });

  it("refuses a malformed language or size with a 400 naming it, and a language the campaign lacks with a 404", async () => {
    const answers = [
      [`/api/campaigns/${BILINGUAL}/artwork?partner=${PARTNER}&locale=fr`, 400, '"fr" is not a language'],
      [`/api/campaigns/${BILINGUAL}/artwork?partner=${PARTNER}`, 400, "is not a language"],
      [
        `/api/campaigns/${BILINGUAL}/artwork/cards/fact-x/huge?partner=${PARTNER}&locale=en`,
        400,
        '"huge" is not a card size: use square, portrait, story, x, link',
      ],
      [
        `/api/campaigns/${BILINGUAL}/artwork/prints/poster/a3?partner=${PARTNER}&locale=en`,
        400,
        '"a3" is not a paper size: use letter, a4, tabloid',
      ],
      [
        `/api/campaigns/${BILINGUAL}/artwork/banners/banner-support/gif?partner=${PARTNER}`,
        400,
        "format must be html or png",
      ],
      [
        `/api/campaigns/${BILINGUAL}/artwork/cards/Not_A_Card/square?partner=${PARTNER}&locale=en`,
        400,
        '"Not_A_Card" is not a card id',
      ],
      [`/api/campaigns/${BILINGUAL}/artwork?locale=en`, 400, "choose a partner (?partner=…)"],
      [
        `/api/campaigns/${WITH_POST}/artwork?partner=${PARTNER}&locale=es`,
        404,
        `campaign "${WITH_POST}" has no Spanish version: its languages are English`,
      ],
      [
        `/api/campaigns/${BILINGUAL}/artwork/cards/fact-nothing-like-it/square?partner=${PARTNER}&locale=en`,
        404,
        'no card "fact-nothing-like-it" in English',
      ],
      [
        `/api/campaigns/${BILINGUAL}/artwork/prints/flyer/tabloid?partner=${PARTNER}&locale=en`,
        404,
        "is printed on US Letter (8.5 × 11 in) and A4 (210 × 297 mm) only, not Tabloid",
      ],
      [
        `/api/campaigns/${BILINGUAL}/artwork/banners/newsletter-clinicians/png?partner=${PARTNER}`,
        404,
        'has no web banner "newsletter-clinicians"',
      ],
      [
        `/api/campaigns/burnout-is-a-system-problem/artwork/posts/linkedin-clinicians/image?partner=${PARTNER}`,
        404,
        "has its own picture",
      ],
      [
        `/api/campaigns/no-such-campaign/artwork?partner=${PARTNER}&locale=en`,
        404,
        'no campaign "no-such-campaign"',
      ],
    ] as const;
    for (const [url, status, message] of answers) {
      const response = await call(url);
      const body = (await response.json()) as { error: string };
      expect({ url, status: response.status }).toEqual({ url, status });
      expect(body.error, url).toContain(message);
    }
  });
});

describe("the files", () => {
  it("serves a card as a PNG at the size asked for, named clearly, and keeps it for the next request", async () => {
    const { cards } = await listing(BILINGUAL, "es");
    const card = cards.find((c: any) => c.kind === "fact");
    const first = await download(card.files.portrait);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("content-type")).toBe("image/png");
    expect(first.response.headers.get("content-disposition")).toBe(
      `attachment; filename="${BILINGUAL}-${card.id}-portrait-es-${PARTNER}.png"`,
    );
    expect(pngSize(first.bytes)).toEqual({ width: 1080, height: 1350 });
    const kept = builder.artwork.cache.bytes;
    expect(kept).toBeGreaterThanOrEqual(first.bytes.byteLength);
    const before = drawn.cards;
    const again = await download(card.files.portrait);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(drawn.cards).toBe(before);
    expect(builder.artwork.cache.bytes).toBe(kept);
    // Every size of the table, at its own width and height.
    const link = await download(card.files.link);
    expect(pngSize(link.bytes)).toEqual({ width: 1200, height: 627 });
  });

  it("serves a post's image at its platform's size", async () => {
    const { posts } = await listing(WITH_POST, "en", "collaborative");
    const image = await download(posts[0].image.file);
    expect(image.response.status).toBe(200);
    expect(image.response.headers.get("content-disposition")).toBe(
      `attachment; filename="${WITH_POST}-bluesky-policymakers-collaborative.png"`,
    );
    expect(pngSize(image.bytes)).toEqual({ width: 1200, height: 675 });
  });

  it("serves a printed material as a PDF per paper size, and a banner as inert HTML and as a PNG", {
    timeout: 90_000,
  }, async () => {
    const { prints, banners } = await listing(BILINGUAL, "en");
    const poster = await download(prints[0].files[0].file);
    expect(poster.response.status, poster.text().slice(0, 300)).toBe(200);
    expect(poster.response.headers.get("content-type")).toBe("application/pdf");
    expect(poster.response.headers.get("content-disposition")).toBe(
      `attachment; filename="${BILINGUAL}-poster-letter-en-${PARTNER}.pdf"`,
    );
    expect(poster.text().slice(0, 5)).toBe("%PDF-");
    // US Letter, portrait: 612 × 792 points.
    expect(poster.text()).toMatch(/\/MediaBox\s*\[\s*0 0 612 792\s*\]/);

    const html = await download(banners[0].files.html);
    expect(html.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.response.headers.get("content-disposition")).toBe(
      `attachment; filename="${BILINGUAL}-banner-support-${PARTNER}.html"`,
    );
    expect(html.response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; sandbox",
    );
    expect(html.text()).toContain(banners[0].headline);
    expect(html.text()).not.toMatch(/<script/i);
    const png = await download(banners[0].files.png);
    expect(png.response.status, png.text().slice(0, 300)).toBe(200);
    expect(png.response.headers.get("content-disposition")).toBe(
      `attachment; filename="${BILINGUAL}-banner-support-${PARTNER}.png"`,
    );
    expect(pngSize(png.bytes)).toEqual({ width: 300, height: 250 });
    // One Chromium for the whole server, launched on the first print.
    expect(builder.artwork.printer.running).toBe(true);
  });

  it("answers words that do not fit with a 422 saying what to shorten, and draws again once they are shortened", {
    timeout: 90_000,
  }, async () => {
    const long =
      "Support is here for every clinician at any hour, and asking for it is part of good practice. ".repeat(
        24,
      );
    // A draft copy: an edit to the approved campaign would need its review again first.
    await writeCampaignKeeping(env.contentDir, BILINGUAL, "too-long", ["email", "web-banner"]);
    await edit("too-long", (campaign) => {
      campaign.keyMessages = [{ id: "too-long-to-fit", text: long.trim() }, ...campaign.keyMessages];
      // Within the schema's limits (90 and 140 characters), but more than a 300×250 box holds.
      Object.assign(
        campaign.materials.find((m: any) => m.id === "banner-support"),
        {
          headline: "You care for everyone, every shift, every night and every weekend. Who cares for you?",
          body: "Free, confidential crisis lines are open day and night, and peer support lines for clinicians listen without judging, any hour you call.",
        },
      );
    });
    const { cards, prints, banners, version } = await listing("too-long", "en");
    const card = cards.find((c: any) => c.id === "message-too-long-to-fit");
    const refused = await call(card.files.square);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /card message-too-long-to-fit \(en\) for example-health: the text does not fit the 1080×1080 square card .*shorten it by about \d+ characters/,
    );
    const poster = await call(prints.find((p: any) => p.id === "poster").files[0].file);
    expect(poster.status).toBe(422);
    expect(((await poster.json()) as { error: string }).error).toMatch(
      /^Poster "too-long\/poster \(en\) for example-health" does not fit on one US Letter \(8\.5 × 11 in\) page.*Shorten the headline/,
    );
    const banner = await call(banners[0].files.png);
    expect(banner.status).toBe(422);
    expect(((await banner.json()) as { error: string }).error).toMatch(
      /^Web banner "too-long\/banner-support \(en\) for example-health" does not fit its 300×250 box\. Shorten the (body|headline)/,
    );

    // Shortened, the same card is drawn (a new fingerprint: nothing kept from before is served).
    await edit("too-long", (campaign) => {
      campaign.keyMessages[0].text = "Support is here for every clinician, at any hour.";
    });
    expect((await listing("too-long", "en")).version).not.toBe(version);
    const drawn = await download(card.files.square);
    expect(drawn.response.status).toBe(200);
    expect(pngSize(drawn.bytes)).toEqual({ width: 1080, height: 1080 });
  });
});

describe("many cards at once", () => {
  it("answers other requests all along while it draws twenty cards asked for at the same moment", {
    timeout: 120_000,
  }, async () => {
    const other = createApp(testConfig(env.contentDir, env.chorusDir));
    const server = serve({ fetch: other.app.fetch, hostname: "127.0.0.1", port: 0 });
    await once(server, "listening");
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const probe = new Worker(HEALTH_PROBE, { eval: true, workerData: `${origin}/api/health` });
    try {
      const { cards } = (await (
        await fetch(`${origin}/api/campaigns/${BILINGUAL}/artwork?partner=collaborative&locale=es`)
      ).json()) as any;
      // Four cards at every size, and the first of them asked for twice more: twenty requests, twenty-two files.
      const urls: string[] = cards
        .slice(0, 4)
        .flatMap((card: any) => Object.values(card.files) as string[])
        .concat(Array(2).fill(cards[0].files.story));
      expect(urls).toHaveLength(22);
      const before = drawn.cards;
      probe.postMessage("measure");
      const started = performance.now();
      const answers = await Promise.all(
        urls.map(async (url: string) => {
          const response = await fetch(`${origin}${url}`);
          return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
        }),
      );
      const took = performance.now() - started;
      probe.postMessage("stop");
      const [report] = (await once(probe, "message")) as [HealthProbeReport];
      expect(answers.map((a) => a.status)).toEqual(Array(22).fill(200));
      const byUrl = new Map<string, Uint8Array>(
        urls.map((url: string, i: number) => [url, answers[i]!.bytes]),
      );
      for (const [url, bytes] of byUrl) {
        const size = SOCIAL_SIZES.find((s) => url.includes(`/${s.id}?`))!;
        expect(pngSize(bytes), url).toEqual({ width: size.width, height: size.height });
      }
      // The same card asked three times at once was drawn once, and all three got its bytes.
      expect(
        answers.slice(-2).every((a) => Buffer.from(a.bytes).equals(Buffer.from(byUrl.get(urls[20]!)!))),
      ).toBe(true);
      expect(drawn.cards - before).toBe(20);
      expectAnsweredThroughout(report, 5, `cards took ${Math.round(took)} ms; `);
    } finally {
      await probe.terminate();
      server.close();
      await other.close();
    }
  });
});

describe("the rendered bytes kept in memory", () => {
  const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

  it("keeps no more than its bound, letting the least recently used go first", async () => {
    const cache = new ArtworkCache(100);
    const made: string[] = [];
    const get = (key: string) =>
      cache.get(key, async () => {
        made.push(key);
        return bytes(20);
      });
    for (const key of ["a", "b", "c", "d", "e"]) await get(key);
    expect(cache.bytes).toBe(100);
    await get("a"); // used again: now the most recent
    await get("f"); // 120 bytes would be too many: "b", the least recently used, goes
    expect(cache.bytes).toBe(100);
    for (const key of ["a", "c", "d", "e", "f"]) await get(key);
    expect(made).toEqual(["a", "b", "c", "d", "e", "f"]);
    await get("b");
    expect(made).toEqual(["a", "b", "c", "d", "e", "f", "b"]);
    expect(cache.bytes).toBe(100);
    // A file larger than a quarter of the memory is made each time, never kept.
    expect(await cache.get("big", async () => bytes(60))).toEqual({ bytes: bytes(60) });
    expect(cache.bytes).toBe(100);
    let again = 0;
    await cache.get("big", async () => {
      again++;
      return bytes(60);
    });
    expect(again).toBe(1);
  });

  it("makes a file once for everyone asking at once, keeps a refusal, and stops only when all have gone", async () => {
    const cache = new ArtworkCache(1_000);
    let making = 0;
    let stopped: AbortSignal | undefined;
    let finish: (value: Uint8Array) => void = () => {};
    const make = (signal: AbortSignal) => {
      making++;
      stopped = signal;
      return new Promise<Uint8Array>((resolve) => {
        finish = resolve;
      });
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.get("card", make, first.signal);
    const b = cache.get("card", make, second.signal);
    expect(making).toBe(1);
    first.abort(new Error("gone"));
    await expect(a).rejects.toThrow("gone");
    expect(stopped?.aborted).toBe(false);
    finish(bytes(10, 7));
    expect(await b).toEqual({ bytes: bytes(10, 7) });

    // Everyone gone: the making is stopped, and the next request starts afresh.
    const third = new AbortController();
    const c = cache.get("other", make, third.signal);
    third.abort(new Error("gone too"));
    await expect(c).rejects.toThrow("gone too");
    expect(stopped?.aborted).toBe(true);
    const d = cache.get("other", make);
    expect(making).toBe(3);
    finish(bytes(5));
    expect(await d).toEqual({ bytes: bytes(5) });

    // A request that was gone before it asked starts nothing; one that leaves the moment it asked stops its
    // making without an unhandled rejection (which stopped the builder's process when a browser dropped a
    // thumbnail it had just asked for).
    const gone = new AbortController();
    gone.abort(new Error("gone before asking"));
    await expect(cache.get("never", make, gone.signal)).rejects.toThrow("gone before asking");
    expect(making).toBe(3);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const leaving = new AbortController();
      const e = cache.get(
        "left",
        (signal) => {
          making++;
          return new Promise<Uint8Array>((_, reject) =>
            signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
          );
        },
        leaving.signal,
      );
      leaving.abort(new Error("left at once"));
      await expect(e).rejects.toThrow("left at once");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }

    // Words that do not fit are an answer too; a crash is not kept.
    const tooLong = new GraphicFitError({
      label: "card x",
      field: "text",
      size: SOCIAL_SIZES[0]!,
      fontSize: 28,
      shortenBy: 40,
    });
    expect(await cache.get("refused", async () => Promise.reject(tooLong))).toEqual({
      refusal: tooLong.message,
    });
    expect(await cache.get("refused", async () => bytes(1))).toEqual({ refusal: tooLong.message });
    await expect(cache.get("crash", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("crash", async () => bytes(2))).toEqual({ bytes: bytes(2) });
  });
});

describe("the shared Chromium", () => {
  it("is launched once for ten prints asked at once, prints two at a time, and is closed with the server", async () => {
    let launched = 0;
    let printing = 0;
    let most = 0;
    let closed = false;
    const fake = {
      async print() {
        printing++;
        most = Math.max(most, printing);
        await new Promise((resolve) => setTimeout(resolve, 20));
        printing--;
        return bytes(3);
      },
      async close() {
        closed = true;
      },
    };
    const bytes = (n: number) => new Uint8Array(n);
    const printer = new SharedPrinter(async () => {
      launched++;
      return fake as unknown as PdfPrinter;
    });
    const prints = await Promise.all(
      Array.from({ length: 10 }, () => printer.use((p) => p.print("<html></html>", { size: "letter" }))),
    );
    expect(prints).toHaveLength(10);
    expect(launched).toBe(1);
    expect(MAX_PRINTS).toBe(2);
    expect(most).toBe(2);
    expect(printer.running).toBe(true);
    // A print that waits in line leaves it when its request goes.
    const gone = new AbortController();
    const busy = [
      printer.use((p) => p.print("", { size: "a4" })),
      printer.use((p) => p.print("", { size: "a4" })),
    ];
    const waiting = printer.use((p) => p.print("", { size: "a4" }), gone.signal);
    gone.abort(new Error("the browser went away"));
    await expect(waiting).rejects.toThrow("the browser went away");
    await Promise.all(busy);
    await printer.close();
    expect(closed).toBe(true);
    expect(printer.running).toBe(false);
    await expect(printer.use((p) => p.print("", { size: "letter" }))).rejects.toThrow(
      /the builder is stopping/,
    );
  });
});
