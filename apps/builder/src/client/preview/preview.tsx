import { campaignPrints, socialPostCopy } from "@chorus/kit";
import { allowedPartners, chosenPartner, type PartnerChoice, PartnerSelect } from "../partner-select.js";
import "@chorus/ui/styles.css";
import type { ContentSet, KeyMessage as KeyMessageContent, Library, PartnerKit } from "@chorus/content";
import { type RenderedEmail, renderMaterial } from "@chorus/emails";
import { formatRatio, themeFromBrandKit } from "@chorus/tokens";
import { ChorusTheme, FactSheet, KeyMessage, WebBanner } from "@chorus/ui";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { CampaignDraft, MaterialDraft } from "../editor/model.js";

type EmailDraft = Extract<MaterialDraft, { kind: "email" }>;
type SocialPostDraft = Extract<MaterialDraft, { kind: "social-post" }>;
type WebBannerDraft = Extract<MaterialDraft, { kind: "web-banner" }>;

import { ScrollText } from "../scroll-text.js";

export interface PreviewProps extends PartnerChoice {
  campaignId: string;
  data: CampaignDraft;
  /** The content with the edited campaign in it; undefined while the campaign has schema errors. */
  content: ContentSet | undefined;
  partners: PartnerKit[];
  library: Library;
  materialIndex: number;
  onSelectMaterial: (index: number) => void;
}

type Width = "desktop" | "mobile";
type Scheme = "light" | "dark";
type Format = "html" | "text";
type View = "email" | "web";

const WIDTHS: Record<Width, number> = { desktop: 640, mobile: 375 };

/**
 * The email as a dark-mode client shows it: the template's own `prefers-color-scheme: dark` rules
 * applied unconditionally (a sandboxed frame cannot be told the reader prefers dark).
 */
export function asDarkMode(html: string): string {
  return html.replace(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/g, "@media all");
}

function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset className="segmented">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} htmlFor={`${id}-${o.value}`}>
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span className="segmented__face">{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The email as each partner would send it, rendered in the browser with the same templates the
 * server uses for export and sending. Switching partner, locale, width or scheme re-renders at once.
 */
export default function Preview({
  campaignId,
  data,
  content,
  partners,
  library,
  materialIndex,
  onSelectMaterial,
  partnerId,
  onPartnerChange,
}: PreviewProps) {
  const allowed = allowedPartners(data, partners);
  const partner = chosenPartner(allowed, partnerId);
  const locales: string[] = data.locales?.length ? data.locales : ["en"];
  const materials: MaterialDraft[] = data.materials ?? [];
  const current = materials[materialIndex];
  const [locale, setLocale] = useState<string>(current?.locale ?? locales[0] ?? "en");
  const emails = materials
    .map((m, index) => ({ m, index }))
    .filter((entry): entry is { m: EmailDraft; index: number } => {
      const { m } = entry;
      return m?.kind === "email" && m.locale === locale;
    });
  const selected =
    current?.kind === "email" && current.locale === locale ? { m: current, index: materialIndex } : emails[0];
  const [width, setWidth] = useState<Width>("desktop");
  const [scheme, setScheme] = useState<Scheme>("light");
  const [format, setFormat] = useState<Format>("html");
  const [view, setView] = useState<View>("email");
  const [rendered, setRendered] = useState<RenderedEmail>();
  const [error, setError] = useState<string>();
  const [stale, setStale] = useState(false);
  const sequence = useRef(0);
  const materialSelect = useId();

  // Follow the material being edited into its language.
  const editedLocale: string | undefined = current?.locale;
  useEffect(() => {
    if (editedLocale === "en" || editedLocale === "es") setLocale(editedLocale);
  }, [editedLocale]);

  useEffect(() => {
    if (!selected || !partner) return;
    if (!content) {
      setStale(true);
      return;
    }
    const run = ++sequence.current;
    const proof = data.status !== "approved";
    renderMaterial(content, campaignId, selected.m.id, partner.id, { proof }).then(
      (result) => {
        if (run !== sequence.current) return;
        setRendered(result);
        setError(undefined);
        setStale(false);
      },
      (e: Error) => {
        if (run !== sequence.current) return;
        setError(e.message);
        setStale(true);
      },
    );
  }, [content, campaignId, selected?.m.id, partner, data.status, selected]);

  const derived = useMemo(() => (partner ? themeFromBrandKit(partner) : undefined), [partner]);
  const theme = derived?.theme;

  return (
    <div className="preview">
      <div className="preview__controls">
        <PartnerSelect partners={allowed} value={partner?.id ?? ""} onChange={onPartnerChange} />
        <Segmented
          label="Language"
          value={locale}
          options={locales.map((l) => ({ value: l, label: l === "es" ? "Spanish" : "English" }))}
          onChange={setLocale}
        />
        <Segmented<View>
          label="Show"
          value={view}
          options={[
            { value: "email", label: "Email" },
            { value: "web", label: "Web components" },
          ]}
          onChange={setView}
        />
        <Segmented<Scheme>
          label="Colours"
          value={scheme}
          options={[
            { value: "light", label: "Light" },
            { value: "dark", label: "Dark" },
          ]}
          onChange={setScheme}
        />
      </div>
      {derived?.issues.length ? (
        <div className="notice notice--warning" role="status">
          <p>
            {partner?.name}’s brand colours are hard to read in places, so its emails cannot be exported or
            sent until its brand kit is fixed:
          </p>
          <ul>
            {derived.issues.slice(0, 3).map((issue) => (
              <li key={issue.message}>
                {issue.where}: {issue.fg} on {issue.bg} is {formatRatio(issue.ratio, issue.minimum)},{" "}
                {issue.minimum}:1 needed
              </li>
            ))}
          </ul>
          <p>
            <code>pnpm chorus validate</code> names each colour to change and a shade that passes.
          </p>
        </div>
      ) : null}
      {view === "email" ? (
        <>
          <div className="preview__controls">
            {emails.length > 1 ? (
              <div className="field">
                <label htmlFor={materialSelect}>Email</label>
                <select
                  id={materialSelect}
                  value={selected?.index ?? ""}
                  onChange={(e) => onSelectMaterial(Number(e.target.value))}
                >
                  {emails.map(({ m, index }) => (
                    <option key={m.id} value={index}>
                      {m.title || m.subject || m.id}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <Segmented<Width>
              label="Width"
              value={width}
              options={[
                { value: "desktop", label: "Desktop" },
                { value: "mobile", label: "Mobile" },
              ]}
              onChange={setWidth}
            />

            <Segmented<Format>
              label="Format"
              value={format}
              options={[
                { value: "html", label: "HTML" },
                { value: "text", label: "Plain text" },
              ]}
              onChange={setFormat}
            />
          </div>
          {!selected ? (
            <p className="notice notice--info">
              This campaign has no email in {locale === "es" ? "Spanish" : "English"} yet.
            </p>
          ) : null}
          {stale && selected ? (
            <p className="notice notice--warning" role="status">
              {error
                ? `The preview cannot be updated: ${error}.`
                : "The preview shows the last valid version. Fix the errors marked in red to update it."}
            </p>
          ) : null}
          {rendered && selected ? (
            <div className="inbox" data-width={width} data-scheme={scheme}>
              <dl className="inbox__head">
                <div>
                  <dt>From</dt>
                  <dd>{rendered.from}</dd>
                </div>
                <div>
                  <dt>Subject</dt>
                  <dd className="inbox__subject">{rendered.subject}</dd>
                </div>
                <div>
                  <dt>Preheader</dt>
                  <dd>{rendered.preheader}</dd>
                </div>
              </dl>
              {format === "html" ? (
                <iframe
                  className="inbox__frame"
                  title={`Email preview: ${rendered.subject}`}
                  sandbox=""
                  srcDoc={scheme === "dark" ? asDarkMode(rendered.html) : rendered.html}
                  style={{ width: `${WIDTHS[width]}px`, colorScheme: scheme }}
                />
              ) : (
                <ScrollText
                  className="inbox__text"
                  style={{ maxWidth: `${WIDTHS[width]}px` }}
                  label="Plain-text version"
                  text={rendered.text}
                />
              )}
              {format === "html" ? (
                <p className="hint inbox__note">
                  Emails name the partner in its colours instead of showing its logo: many inboxes hide images
                  until the reader allows them. Web components use the logo.
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      ) : (
        <WebPreview
          campaignId={campaignId}
          content={content}
          data={data}
          library={library}
          partner={partner}
          theme={theme}
          locale={locale === "es" ? "es" : "en"}
          scheme={scheme}
        />
      )}
    </div>
  );
}

/** The partner's logo as a data URL: fetched with the session's cookie, allowed by img-src 'self' data:. */
function useLogo(partnerId: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!partnerId) return;
    let live = true;
    fetch(`/api/partners/${partnerId}/logo`)
      .then((r) => (r.ok ? r.blob() : undefined))
      .then((blob) => {
        if (!blob || !live) return;
        const reader = new FileReader();
        reader.onload = () => live && setUrl(String(reader.result));
        reader.readAsDataURL(blob);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [partnerId]);
  return url;
}

function WebPreview({
  campaignId,
  content,
  data,
  library,
  partner,
  theme,
  locale,
  scheme,
}: {
  campaignId: string;
  /** The content with the edited campaign in it; undefined while the campaign has schema errors. */
  content: ContentSet | undefined;
  data: CampaignDraft;
  library: Library;
  partner: PartnerKit | undefined;
  theme: ReturnType<typeof themeFromBrandKit>["theme"] | undefined;
  locale: "en" | "es";
  scheme: Scheme;
}) {
  const messages = (data.keyMessages ?? []).flatMap((m): KeyMessageContent[] => {
    if (typeof m === "string") return library.keyMessages.filter((k) => k.id === m);
    if (m && typeof m.text === "string" && typeof m.id === "string")
      return [{ id: m.id, title: { en: m.id.replace(/-/g, " ") }, text: { en: m.text } }];
    return [];
  });
  const logo = useLogo(partner?.id);
  const posts = (data.materials ?? []).filter(
    (m): m is SocialPostDraft =>
      m?.kind === "social-post" && m.locale === locale && typeof m.text === "string" && Boolean(m.platform),
  );
  const inLocale = (data.materials ?? []).filter((m) => m?.locale === locale);
  const allBanners = inLocale.filter((m): m is WebBannerDraft => m?.kind === "web-banner");
  const banners = allBanners.filter((m) => Boolean(m.cta?.url) && Boolean(m.headline));
  const sheetsInDraft = inLocale.filter((m) => m?.kind === "fact-sheet").length;
  // A fact sheet as it is printed: its words picked from the library by its blocks (the kit's own choice).
  const loaded = content?.campaigns.find((c) => c.campaign.id === campaignId);
  const sheets =
    loaded && partner
      ? campaignPrints(loaded.campaign, content?.library ?? library, locale, partner).filter(
          (print) => print.kind === "fact-sheet" && print.material,
        )
      : [];
  return (
    <ChorusTheme {...(theme ? { theme } : {})} colorScheme={scheme} locale={locale} className="web-preview">
      {/* The builder's own words stay English inside a Spanish preview. */}
      <h3 lang="en">Key messages</h3>
      {messages.length ? (
        messages.map((message) => (
          <KeyMessage key={message.id} message={message} locale={locale} headingLevel={4} />
        ))
      ) : (
        <p lang="en">No key messages yet.</p>
      )}
      <h3 lang="en">Social posts</h3>
      {posts.length ? (
        posts.map((post) => <SocialPostPreview key={post.id} post={post} library={library} locale={locale} />)
      ) : (
        <p lang="en">This campaign has no social posts in this language.</p>
      )}
      <h3 lang="en">Web banners</h3>
      {banners.length
        ? banners.map((banner) => (
            <div key={banner.id} className="banner-frame">
              <WebBanner
                banner={banner}
                {...(partner && logo ? { logo: { src: logo, alt: partner.logo.alt } } : {})}
              />
            </div>
          ))
        : null}
      {allBanners.length > banners.length ? (
        <p lang="en" className="hint">
          A web banner shows here once it has a headline, button text and button link.
        </p>
      ) : allBanners.length === 0 ? (
        <p lang="en">This campaign has no web banners in this language.</p>
      ) : null}
      <h3 lang="en">Fact sheets</h3>
      {sheets.map((sheet) =>
        sheet.kind === "fact-sheet" ? (
          <div key={sheet.id} className="fact-sheet-frame">
            <FactSheet {...sheet.content} locale={locale} />
          </div>
        ) : null,
      )}
      {sheetsInDraft > sheets.length ? (
        <p lang="en" className="hint">
          {content
            ? "A fact sheet shows here once it is complete."
            : "The fact sheets show here again once the errors marked in red are fixed."}
        </p>
      ) : sheetsInDraft === 0 ? (
        <p lang="en">This campaign has no fact sheets in this language.</p>
      ) : null}
    </ChorusTheme>
  );
}

/** A social post as it will be pasted, its length against the platform's limit, and the sources of its figures. */
function SocialPostPreview({
  post,
  library,
  locale,
}: {
  post: SocialPostDraft;
  library: Library;
  locale: "en" | "es";
}) {
  const copy = socialPostCopy(post, library, locale);
  const [copied, setCopied] = useState(false);
  const over = copy.length > copy.limit;
  return (
    <article
      className="social-post"
      aria-label={`${copy.platform} post${post.title ? `: ${post.title}` : ""}`}
    >
      <p className="social-post__platform" lang="en">
        {copy.platform}
        {post.title ? `: ${post.title}` : ""}{" "}
        <span data-over={over ? "true" : undefined}>
          ({copy.length.toLocaleString("en-US")} of {copy.limit.toLocaleString("en-US")} characters
          {over ? ": too long" : ""})
        </span>
      </p>
      <p className="social-post__text">{copy.post}</p>
      {copy.sources.length ? (
        <div lang="en">
          <p className="social-post__sources-label">Sources of its figures (for whoever posts it):</p>
          <ul className="social-post__sources">
            {copy.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p lang="en">
        <button
          type="button"
          className="button button--small"
          onClick={async () => {
            await navigator.clipboard.writeText(copy.post);
            setCopied(true);
          }}
        >
          Copy the post
        </button>{" "}
        <span role="status">{copied ? "Copied." : ""}</span>
      </p>
    </article>
  );
}
