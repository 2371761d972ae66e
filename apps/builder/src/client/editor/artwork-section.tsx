import { createContext, useContext, useEffect, useId, useRef, useState } from "react";
import { ApiError, type ArtworkListing, api, download, readJson } from "../api.js";

const LANGUAGES: Record<string, string> = { en: "English", es: "Spanish" };

const CARD_KINDS: Record<string, string> = {
  fact: "Fact",
  "key-message": "Key message",
  "call-to-action": "Call to action",
  "crisis-resource": "Crisis line",
};

/**
 * Images asked of the server at once from this page. The server draws and prints in line anyway; keeping
 * the browser's own line short leaves its connections free for saving and the other tabs.
 */
const MAX_IMAGE_REQUESTS = 3;
let imageRequests = 0;
const waitingForImages: (() => void)[] = [];

async function inLine<T>(task: () => Promise<T>): Promise<T> {
  if (imageRequests >= MAX_IMAGE_REQUESTS) await new Promise<void>((go) => waitingForImages.push(go));
  imageRequests++;
  try {
    return await task();
  } finally {
    imageRequests--;
    waitingForImages.shift()?.();
  }
}

/** An image from the API as a data URL (the page's CSP allows data: images), or the server's refusal. */
async function fetchImage(url: string, signal: AbortSignal): Promise<string> {
  const response = await inLine(() => fetch(url, { signal }));
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ApiError["body"];
    throw new ApiError(response.status, body.error ?? `the server answered ${response.status}`, body);
  }
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Whether an element has come near the screen (images are drawn only when someone can see them). */
function useNearScreen<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

/** While the whole kit is being made, thumbnails wait: the kit gets the server's cores first. */
const Paused = createContext(false);

type ImageState =
  | { state: "waiting" }
  | { state: "ready"; src: string }
  | { state: "refused"; message: string }
  | { state: "failed"; message: string };

/**
 * A card, post image or banner as the server draws it, once it is near the screen. Words that do not fit
 * show what to shorten in its place; any other failure can be tried again.
 */
function ArtworkImage({
  url,
  alt,
  width,
  height,
  what,
  lang,
}: {
  url: string;
  alt: string;
  width: number;
  height: number;
  /** "card", "image", "banner": how the messages name it. */
  what: string;
  lang: string;
}) {
  const [ref, near] = useNearScreen<HTMLDivElement>();
  const paused = useContext(Paused);
  const [image, setImage] = useState<ImageState>({ state: "waiting" });
  const [attempt, setAttempt] = useState(0);
  /** The address of the image (or refusal) shown: a pause and its end do not ask for it again. */
  const shown = useRef<string>(undefined);
  useEffect(() => {
    if (!near || paused || shown.current === url) return;
    const controller = new AbortController();
    setImage({ state: "waiting" });
    fetchImage(url, controller.signal).then(
      (src) => {
        shown.current = url;
        setImage({ state: "ready", src });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        const refused = error instanceof ApiError && error.status === 422;
        // Words that do not fit stay so until the campaign is saved again; other failures can be retried.
        if (refused) shown.current = url;
        setImage(refused ? { state: "refused", message } : { state: "failed", message });
      },
    );
    return () => controller.abort();
    // `attempt` asks again after a failure.
  }, [url, near, paused, attempt]);
  return (
    <div ref={ref} className="artwork__image" data-state={image.state}>
      {image.state === "ready" ? (
        <img src={image.src} alt={alt} width={width} height={height} lang={lang} />
      ) : image.state === "refused" ? (
        <div className="notice notice--error artwork__refusal">
          <p>
            <strong>The words do not fit this {what}.</strong>
          </p>
          <p>{image.message}</p>
        </div>
      ) : image.state === "failed" ? (
        <div className="notice notice--error artwork__refusal">
          <p>
            The {what} could not be drawn: {image.message}
          </p>
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      ) : (
        <div
          className="artwork__placeholder"
          style={{ aspectRatio: `${width} / ${height}` }}
          aria-busy="true"
        >
          <span>Drawing the {what}…</span>
        </div>
      )}
    </div>
  );
}

/**
 * A button that copies text, says so in a live region, and when the browser refuses the clipboard shows the
 * text selected, to copy by hand.
 */
function CopyButton({
  text,
  label,
  context,
  done,
}: {
  text: string;
  label: string;
  context: string;
  done: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "refused">("idle");
  const fallback = useRef<HTMLTextAreaElement>(null);
  const fallbackId = useId();
  useEffect(() => {
    if (state !== "refused") return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);
  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("refused");
    }
  }
  return (
    <div className="copy">
      <button type="button" className="button button--small" onClick={copy}>
        {label}
        <span className="visually-hidden"> {context}</span>
      </button>
      <span role="status" className="copy__status">
        {state === "copied" ? done : ""}
      </span>
      {state === "refused" ? (
        <div className="copy__fallback">
          <label htmlFor={fallbackId}>
            This browser did not let the builder copy. The text is selected here: copy it with Ctrl+C (⌘C on a
            Mac).
          </label>
          <textarea
            id={fallbackId}
            ref={fallback}
            readOnly
            value={text}
            rows={Math.min(8, text.split("\n").length + 1)}
          />
        </div>
      ) : null}
    </div>
  );
}

/** A download through the API: the server's file name, or its refusal shown beside the button. */
function DownloadButton({ url, label, context }: { url: string; label: string; context: string }) {
  const [state, setState] = useState<{ kind: "working" | "done" | "error"; text: string }>();
  return (
    <span className="download">
      <button
        type="button"
        className="button button--small"
        disabled={state?.kind === "working"}
        onClick={async () => {
          setState({ kind: "working", text: "Preparing the file…" });
          try {
            const name = await download(url);
            setState({ kind: "done", text: `Downloaded ${name}.` });
          } catch (error) {
            setState({ kind: "error", text: (error as Error).message });
          }
        }}
      >
        {label}
        <span className="visually-hidden"> {context}</span>
      </button>
      <span role="status" className={state?.kind === "error" ? "download__error" : "download__status"}>
        {state?.text ?? ""}
      </span>
    </span>
  );
}

type Listing = ArtworkListing;
type Size = Listing["sizes"][number];

function sizeName(size: Size): string {
  return `${size.label}, ${size.width}×${size.height} (${size.platforms.join(", ")})`;
}

/**
 * The saved campaign's graphics and printed materials for one partner, per language, as its kit has them:
 * card thumbnails at a chosen social size with their alt text, each social post with its image and one-click
 * copy, posters, flyers and fact sheets as PDFs per paper size, and web banners as HTML and PNG.
 */
export function ArtworkSection({
  id,
  partnerId,
  locales,
  saved,
  paused = false,
}: {
  id: string;
  partnerId: string;
  locales: string[];
  /** The saved campaign: a new one (after a save) lists again. */
  saved: unknown;
  /** The whole kit is being made: thumbnails wait until it is done. */
  paused?: boolean;
}) {
  const [listings, setListings] = useState<Listing[]>();
  const [error, setError] = useState<string>();
  const [sizeId, setSizeId] = useState("square");
  const sizeSelect = useId();
  const wanted = locales.filter((l) => l === "en" || l === "es") as ("en" | "es")[];
  const localeKey = wanted.join(",");
  useEffect(() => {
    if (!partnerId) return;
    let live = true;
    setError(undefined);
    Promise.all(
      localeKey
        .split(",")
        .filter(Boolean)
        .map((locale) =>
          readJson(
            api.campaigns[":id"].artwork.$get({
              param: { id },
              query: { partner: partnerId, locale: locale as "en" | "es" },
            }),
          ),
        ),
    ).then(
      (all) => live && setListings(all),
      (e: Error) => {
        if (!live) return;
        setListings(undefined);
        setError(e.message);
      },
    );
    return () => {
      live = false;
    };
  }, [id, partnerId, localeKey, saved]);

  const sizes = listings?.[0]?.sizes ?? [];
  const size = sizes.find((s) => s.id === sizeId) ?? sizes[0];
  return (
    <section className="artwork" aria-labelledby={`${sizeSelect}-heading`}>
      <h4 id={`${sizeSelect}-heading`}>Graphics and print</h4>
      <p className="hint">
        Social media cards, post images, printed materials and web banners for this partner, drawn from the
        saved campaign. Everything here is also in the kit.
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          The graphics cannot be shown: {error}
        </p>
      ) : !listings ? (
        <p className="loading">Loading the graphics…</p>
      ) : (
        <>
          {listings[0]?.campaign.proof ? (
            <p className="notice notice--info">
              This campaign is not approved yet: share these graphics for review only.
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={sizeSelect}>Card size</label>
            <select id={sizeSelect} value={size?.id ?? ""} onChange={(e) => setSizeId(e.target.value)}>
              {sizes.map((s) => (
                <option key={s.id} value={s.id}>
                  {sizeName(s)}
                </option>
              ))}
            </select>
          </div>
          <Paused.Provider value={paused}>
            {listings.map((listing) => (
              <LocaleArtwork key={listing.locale} listing={listing} size={size} many={listings.length > 1} />
            ))}
          </Paused.Provider>
        </>
      )}
    </section>
  );
}

function LocaleArtwork({ listing, size, many }: { listing: Listing; size: Size | undefined; many: boolean }) {
  const language = LANGUAGES[listing.locale] ?? listing.locale;
  const headingId = useId();
  const { locale } = listing;
  const [Heading, Sub] = many ? (["h5", "h6"] as const) : (["h5", "h5"] as const);
  return (
    <section className="artwork__locale" aria-labelledby={headingId}>
      {many ? (
        <Heading id={headingId} className="artwork__language">
          In {language}
        </Heading>
      ) : (
        <span id={headingId} className="visually-hidden">
          In {language}
        </span>
      )}

      <Sub>Social media cards</Sub>
      {listing.cards.length === 0 ? (
        <p className="hint">
          This campaign has no facts, key messages, calls to action or crisis lines for cards in {language}.
        </p>
      ) : size ? (
        <ul className="artwork__grid">
          {listing.cards.map((card, index) => {
            const context = `of card ${index + 1} (${CARD_KINDS[card.kind] ?? card.kind}, ${language})`;
            return (
              <li key={card.id} className="artwork__item">
                <ArtworkImage
                  key={`${listing.version}-${size.id}`}
                  url={card.files[size.id]!}
                  alt={card.alt}
                  width={size.width}
                  height={size.height}
                  what="card"
                  lang={locale}
                />
                <p className="artwork__kind">{CARD_KINDS[card.kind] ?? card.kind} card</p>
                <p className="artwork__alt">
                  <span className="artwork__alt-label">Alt text: </span>
                  <span lang={locale}>{card.alt}</span>
                </p>
                <div className="button-row">
                  <DownloadButton url={card.files[size.id]!} label="Download PNG" context={context} />
                  <CopyButton
                    text={card.alt}
                    label="Copy alt text"
                    context={context}
                    done="Alt text copied."
                  />
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}

      <Sub>Social posts</Sub>
      {listing.posts.length === 0 ? (
        <p className="hint">This campaign has no social posts in {language}.</p>
      ) : (
        <ul className="artwork__posts">
          {listing.posts.map((post) => {
            const name = `${post.platform} post${post.title ? `: ${post.title}` : ""}`;
            const alt = post.image?.alt;
            const copied = alt ? `${post.post}\n\nImage description (alt text):\n${alt}` : post.post;
            return (
              <li key={post.material} className="artwork__post">
                <p className="artwork__post-name">
                  <strong>{name}</strong>{" "}
                  <span data-over={post.length > post.limit ? "true" : undefined}>
                    ({post.length.toLocaleString("en-US")} of {post.limit.toLocaleString("en-US")} characters
                    {post.length > post.limit ? ": too long" : ""})
                  </span>
                </p>
                <p className="artwork__post-text" lang={locale}>
                  {post.post}
                </p>
                {post.image?.drawn ? (
                  <div className="artwork__post-image">
                    <ArtworkImage
                      key={listing.version}
                      url={post.image.file}
                      alt={post.image.alt}
                      width={post.image.width}
                      height={post.image.height}
                      what="image"
                      lang={locale}
                    />
                  </div>
                ) : post.image ? (
                  <p className="hint">
                    Goes out with its own picture: <a href={post.image.src}>{post.image.src}</a>
                  </p>
                ) : null}
                {alt ? (
                  <p className="artwork__alt">
                    <span className="artwork__alt-label">Alt text: </span>
                    <span lang={locale}>{alt}</span>
                  </p>
                ) : null}
                {post.sources.length ? (
                  <div>
                    <p className="artwork__alt-label">Sources of its figures (for whoever posts it):</p>
                    <ul className="artwork__sources" lang={locale}>
                      {post.sources.map((source) => (
                        <li key={source}>{source}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <div className="button-row">
                  <CopyButton
                    text={copied}
                    label={alt ? "Copy post text + alt text" : "Copy post text"}
                    context={`of the ${name} (${language})`}
                    done={alt ? "Post text and alt text copied." : "Post text copied."}
                  />
                  {post.image?.drawn ? (
                    <DownloadButton
                      url={post.image.file}
                      label="Download PNG"
                      context={`of the ${name} image (${language})`}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <Sub>Printed materials</Sub>
      {listing.prints.length === 0 ? (
        <p className="hint">This campaign has no printed materials in {language}.</p>
      ) : (
        <ul className="artwork__prints">
          {listing.prints.map((print) => (
            <li key={print.id}>
              <span className="artwork__print-title" lang={locale}>
                {print.title}
              </span>
              <span className="button-row">
                {print.files.map((file) => (
                  <DownloadButton
                    key={file.size}
                    url={file.file}
                    label={`Download PDF, ${file.label}`}
                    context={`of ${print.title}`}
                  />
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}

      <Sub>Web banners</Sub>
      {listing.banners.length === 0 ? (
        <p className="hint">
          This campaign has no web banners in {language}. Add one with “Add a web banner”.
        </p>
      ) : (
        <ul className="artwork__banners">
          {listing.banners.map((banner) => {
            const name = `${banner.size} banner${banner.title ? `: ${banner.title}` : ""}`;
            return (
              <li key={banner.material} className="artwork__banner">
                <p>
                  <strong>{name}</strong>
                </p>
                <div className="artwork__banner-image" style={{ maxWidth: `${banner.width}px` }}>
                  <ArtworkImage
                    key={listing.version}
                    url={banner.files.png}
                    alt={banner.alt}
                    width={banner.width}
                    height={banner.height}
                    what="banner"
                    lang={locale}
                  />
                </div>
                <div className="button-row">
                  <DownloadButton url={banner.files.html} label="Download HTML" context={`of the ${name}`} />
                  <DownloadButton url={banner.files.png} label="Download PNG" context={`of the ${name}`} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
