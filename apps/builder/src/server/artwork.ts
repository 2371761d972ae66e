import { createHash } from "node:crypto";
import type { ContentSet, LoadedCampaign, LoadResult } from "@chorus/content";
import { type CardSize, GraphicContrastError, GraphicFitError, GraphicInputError } from "@chorus/graphics";
import {
  type CampaignCard,
  type CampaignPrint,
  campaignBannerHtml,
  campaignPrintHtml,
  KitAssetError,
  type PartnerLook,
  partnerLook,
  renderCardInWorker,
  Slots,
} from "@chorus/kit/node";
import { BannerFitError, type PageSize, PdfPrinter, PrintFitError } from "@chorus/print";
import type { ContentStore } from "./store.js";

const REFUSALS = new Set([
  "GraphicFitError",
  "GraphicInputError",
  "GraphicContrastError",
  "PrintFitError",
  "BannerFitError",
  "KitAssetError",
]);

/**
 * Errors that mean "change the content": words that do not fit a card, page or banner (each message names the
 * material, the size and what to shorten), colours that cannot be read, a logo file that cannot be read. The
 * person is answered 422 with the message; everything else is the server's problem.
 */
export function isArtworkRefusal(error: unknown): boolean {
  return (
    // From a worker thread (a whole kit) the error comes back as its name and message.
    (error instanceof Error && REFUSALS.has(error.name)) ||
    error instanceof GraphicFitError ||
    error instanceof GraphicInputError ||
    error instanceof GraphicContrastError ||
    error instanceof PrintFitError ||
    error instanceof BannerFitError ||
    error instanceof KitAssetError
  );
}

/**
 * The image or PDF cannot be made now, through no fault of the content: no Chromium on the server, the builder
 * stopping, a render that took too long. Answered 503 with the message.
 */
export class ArtworkUnavailableError extends Error {
  override name = "ArtworkUnavailableError";
}

/** An image or PDF made, or the words of the refusal to make it (kept too: asking again gives the same answer). */
export type Made = { bytes: Uint8Array } | { refusal: string };

interface InFlight {
  promise: Promise<Made>;
  controller: AbortController;
  waiters: number;
}

/**
 * Rendered bytes in memory, least recently used first out once they pass `maxBytes`. Keys name the saved
 * content's fingerprint, so an edit never serves the old image. A key being made is made once: the requests
 * asking for it meanwhile wait for the same render, and it is stopped only when all of them have gone.
 */
export class ArtworkCache {
  readonly #entries = new Map<string, Made>();
  readonly #inFlight = new Map<string, InFlight>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** The bytes under `key`, made by `make` when they are not kept. Rejects when `signal` aborts. */
  get(key: string, make: (signal: AbortSignal) => Promise<Uint8Array>, signal?: AbortSignal): Promise<Made> {
    // A request already gone (the browser stopped asking before the route got here) starts nothing.
    if (signal?.aborted) return Promise.reject(signal.reason);
    const kept = this.#entries.get(key);
    if (kept) {
      // Most recently used goes last.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return Promise.resolve(kept);
    }
    let shared = this.#inFlight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const entry: InFlight = { controller, waiters: 0, promise: Promise.resolve({ refusal: "" }) };
      entry.promise = (async (): Promise<Made> => {
        try {
          const made: Made = await make(controller.signal).then(
            (bytes) => ({ bytes }),
            (error: unknown) => {
              if (isArtworkRefusal(error)) return { refusal: (error as Error).message };
              throw error;
            },
          );
          this.#keep(key, made);
          return made;
        } finally {
          if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
        }
      })();
      // Stopped because everyone left, the making rejects with nobody waiting: that is no error of the
      // server's, and an unhandled rejection would stop the whole process.
      entry.promise.catch(() => {});
      this.#inFlight.set(key, entry);
      shared = entry;
    }
    return this.#wait(key, shared, signal);
  }

  #wait(key: string, shared: InFlight, signal: AbortSignal | undefined): Promise<Made> {
    shared.waiters++;
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = () => {
        if (settled) return false;
        settled = true;
        shared.waiters--;
        signal?.removeEventListener("abort", leave);
        return true;
      };
      const leave = () => {
        if (!settle()) return;
        if (shared.waiters === 0) {
          // Nobody waits for it any more: stop it, and let the next request start afresh.
          if (this.#inFlight.get(key) === shared) this.#inFlight.delete(key);
          shared.controller.abort(signal?.reason);
        }
        reject(signal?.reason);
      };
      if (signal?.aborted) {
        leave();
        return;
      }
      signal?.addEventListener("abort", leave, { once: true });
      shared.promise.then(
        (made) => settle() && resolve(made),
        (error: unknown) => settle() && reject(error),
      );
    });
  }

  #keep(key: string, made: Made): void {
    const size = "bytes" in made ? made.bytes.byteLength : made.refusal.length * 2;
    // One file larger than a quarter of the memory would push out everything else: it is made each time.
    if (size > this.maxBytes / 4) return;
    this.#entries.delete(key);
    this.#entries.set(key, made);
    this.#bytes += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= "bytes" in entry ? entry.bytes.byteLength : entry.refusal.length * 2;
    }
  }

  /** Bytes kept now (for tests and the log). */
  get bytes(): number {
    return this.#bytes;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}

/** PDFs and banner PNGs printed at once; more wait in line, so ten clicks never open ten tabs. */
export const MAX_PRINTS = 2;
/** Chromium is closed after this long without printing (it holds some 150 MB), and launched again when asked. */
const PRINTER_IDLE_MS = 5 * 60_000;

/**
 * The server's one Chromium for PDFs and banner images: launched on the first print, shared by every request
 * (at most `MAX_PRINTS` at once), closed when idle and when the server stops.
 */
export class SharedPrinter {
  readonly #slots = new Slots(MAX_PRINTS);
  #printer: Promise<PdfPrinter> | undefined;
  #active = 0;
  #idle: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(private readonly launch: () => Promise<PdfPrinter> = () => PdfPrinter.launch()) {}

  /** Run `task` with the printer once a place is free; `signal` takes a waiting task out of the line. */
  use<T>(task: (printer: PdfPrinter) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.#slots.run(async () => {
      if (this.#closed)
        throw new ArtworkUnavailableError("the builder is stopping: try again once it is back");
      this.#active++;
      clearTimeout(this.#idle);
      try {
        const printer = await this.#launched();
        try {
          return await task(printer);
        } catch (error) {
          // A refusal of the content leaves Chromium as it was; anything else (a crash) starts a new one next.
          if (!isArtworkRefusal(error) && !(error instanceof TypeError)) this.#drop(printer);
          throw error;
        }
      } finally {
        this.#active--;
        if (this.#active === 0 && !this.#closed) {
          this.#idle = setTimeout(() => void this.#closeBrowser(), PRINTER_IDLE_MS);
          this.#idle.unref();
        }
      }
    }, signal);
  }

  #launched(): Promise<PdfPrinter> {
    if (!this.#printer) {
      const launching = this.launch().catch((error: unknown) => {
        if (this.#printer === launching) this.#printer = undefined;
        throw new ArtworkUnavailableError(
          `PDFs and banner images cannot be made on this builder's server right now: ${(error as Error).message}`,
        );
      });
      this.#printer = launching;
    }
    return this.#printer;
  }

  #drop(printer: PdfPrinter): void {
    void this.#printer?.then((current) => {
      if (current !== printer) return;
      this.#printer = undefined;
      void printer.close().catch(() => undefined);
    });
  }

  async #closeBrowser(): Promise<void> {
    const printer = this.#printer;
    this.#printer = undefined;
    await (await printer?.catch(() => undefined))?.close();
  }

  /** Whether Chromium is running now (for tests). */
  get running(): boolean {
    return this.#printer !== undefined;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#idle);
    await this.#closeBrowser();
  }
}

/**
 * What the builder draws and prints from the saved content: social cards (in worker threads, @chorus/kit),
 * printed materials and web banners (the shared Chromium), each kept in memory by the content's fingerprint.
 */
export class Artwork {
  readonly cache: ArtworkCache;
  /**
   * Whole kits (zips of some 5–15 MB): the people of one organization exporting the same saved campaign on the
   * same day get the kit built once, and ten clicks on Export build it once.
   */
  readonly kits = new ArtworkCache(64 * 1024 * 1024);
  readonly printer: SharedPrinter;
  /** Looks and fingerprints of one load of the content, by partner and campaign. */
  readonly #looks = new WeakMap<ContentSet, Map<string, Promise<PartnerLook>>>();
  readonly #fingerprints = new WeakMap<ContentSet, Map<string, string>>();
  #loading: Promise<LoadResult> | undefined;
  #queued: Promise<LoadResult> | undefined;

  constructor(
    private readonly store: ContentStore,
    /** The folder a partner's logo path is relative to: the content root's parent. */
    private readonly baseDir: string,
    options: { maxCacheBytes?: number; printer?: SharedPrinter } = {},
  ) {
    this.cache = new ArtworkCache(options.maxCacheBytes ?? 96 * 1024 * 1024);
    this.printer = options.printer ?? new SharedPrinter();
  }

  /**
   * The saved content, read after this call: requests that ask while a read is under way share the next one
   * (one read for thirty thumbnails asked at once, instead of thirty reads on the server's thread).
   */
  load(): Promise<LoadResult> {
    if (!this.#loading) return this.#start();
    this.#queued ??= this.#loading.then(
      () => this.#startQueued(),
      () => this.#startQueued(),
    );
    return this.#queued;
  }

  #startQueued(): Promise<LoadResult> {
    this.#queued = undefined;
    return this.#start();
  }

  #start(): Promise<LoadResult> {
    const loading = this.store.load();
    this.#loading = loading;
    const done = () => {
      if (this.#loading === loading) this.#loading = undefined;
    };
    loading.then(done, done);
    return loading;
  }

  /** A partner's look (theme, brand and logos), read once per load of the content. */
  look(content: ContentSet, partnerId: string): Promise<PartnerLook> {
    const looks = this.#looks.get(content) ?? new Map<string, Promise<PartnerLook>>();
    this.#looks.set(content, looks);
    let look = looks.get(partnerId);
    if (!look) {
      look = partnerLook(content, partnerId, this.baseDir);
      looks.set(partnerId, look);
    }
    return look;
  }

  /**
   * What a campaign's artwork for a partner is made from, as one hash: the campaign, the library, the
   * partner's and the collaborative's brand kits and their logos' bytes. Part of every cache key.
   */
  fingerprint(content: ContentSet, loaded: LoadedCampaign, look: PartnerLook): string {
    const byCampaign = this.#fingerprints.get(content) ?? new Map<string, string>();
    this.#fingerprints.set(content, byCampaign);
    const at = `${loaded.campaign.id}/${look.partner.id}`;
    let hash = byCampaign.get(at);
    if (!hash) {
      const digest = createHash("sha256")
        .update(JSON.stringify([loaded.campaign, content.library, look.partner, look.collaborative?.name]))
        .update(JSON.stringify(look.theme));
      for (const logo of look.logoFiles) digest.update(logo.file).update(logo.data);
      hash = digest.digest("hex").slice(0, 32);
      byCampaign.set(at, hash);
    }
    return hash;
  }

  /** One card at one size (a PNG), drawn in a worker thread. */
  card(
    key: string,
    look: PartnerLook,
    campaignId: string,
    card: CampaignCard,
    size: CardSize,
    signal?: AbortSignal,
  ) {
    return this.cache.get(
      `card|${key}|${card.locale}|${card.id}|${size.id}`,
      async (stop) => (await renderCardInWorker(look, campaignId, card, size, { signal: stop })).png,
      signal,
    );
  }

  /** A printed material at one paper size (a PDF dated `date`), printed by the shared Chromium. */
  print(
    key: string,
    look: PartnerLook,
    campaignId: string,
    print: CampaignPrint,
    size: PageSize,
    date: Date,
    signal?: AbortSignal,
  ) {
    return this.cache.get(
      `print|${key}|${print.locale}|${print.id}|${size}`,
      (stop) =>
        this.printer.use(
          (printer) => printer.print(campaignPrintHtml(look, campaignId, print, size), { size, date }),
          stop,
        ),
      signal,
    );
  }

  /** A web banner's image (a PNG of its page at its exact size), taken by the shared Chromium. */
  banner(
    key: string,
    look: PartnerLook,
    campaignId: string,
    banner: Parameters<typeof campaignBannerHtml>[2],
    signal?: AbortSignal,
  ) {
    return this.cache.get(
      `banner|${key}|${banner.locale}|${banner.id}`,
      (stop) =>
        this.printer.use((printer) => printer.snapshot(campaignBannerHtml(look, campaignId, banner)), stop),
      signal,
    );
  }

  /** Stop printing (close Chromium) and forget what was kept: the server is stopping. */
  async close(): Promise<void> {
    this.cache.clear();
    this.kits.clear();
    await this.printer.close();
  }
}
