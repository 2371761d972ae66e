import type { Library } from "@chorus/content";
import { localized } from "@chorus/content";
import { useId, useMemo, useState } from "react";

export type LibraryKind = "keyMessages" | "facts" | "resources";

const NOUN: Record<LibraryKind, string> = {
  keyMessages: "key messages",
  facts: "facts",
  resources: "resources",
};

interface Item {
  id: string;
  title: string;
  detail: string;
  citation?: string;
}

function itemsOf(library: Library, kind: LibraryKind, locale: "en" | "es"): Item[] {
  if (kind === "keyMessages") {
    return library.keyMessages.map((m) => ({ id: m.id, title: localized(m.text, locale), detail: m.id }));
  }
  if (kind === "facts") {
    return library.facts.map((f) => ({
      id: f.id,
      title: `${f.value} — ${localized(f.statement, locale)}`,
      detail: f.id,
      citation: `${f.citation.publisher}, ${f.citation.year}: ${f.citation.title}`,
    }));
  }
  return library.resources.map((r) => ({
    id: r.id,
    title: localized(r.name, locale),
    detail: `${r.kind.replace(/-/g, " ")}${"description" in r && r.description ? ` — ${localized(r.description as { en: string; es?: string }, locale)}` : ""}`,
  }));
}

/** Search the shared library and pick an approved item; facts show the citation that comes along. */
export function LibraryPicker({
  library,
  kind,
  locale = "en",
  exclude = [],
  onPick,
  onClose,
}: {
  library: Library;
  kind: LibraryKind;
  locale?: "en" | "es";
  exclude?: readonly string[];
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState("");
  const searchId = useId();
  const all = useMemo(() => itemsOf(library, kind, locale), [library, kind, locale]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = all.filter(
    (item) =>
      !exclude.includes(item.id) &&
      words.every((w) => `${item.title} ${item.detail} ${item.citation ?? ""}`.toLowerCase().includes(w)),
  );
  return (
    <section className="picker" aria-label={`Pick from the library: ${NOUN[kind]}`}>
      <div className="picker__head">
        <label htmlFor={searchId}>Search the library’s {NOUN[kind]}</label>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        // The picker opens on a deliberate click; typing can start at once.
        // biome-ignore lint/a11y/noAutofocus: focus moves into the picker the author just opened
        autoFocus
      />
      <p className="hint" role="status">
        {matches.length} of {all.length} {NOUN[kind]}
      </p>
      <ul className="picker__list">
        {matches.map((item) => (
          <li key={item.id}>
            <div>
              <p className="picker__title">{item.title}</p>
              {item.citation ? <p className="picker__citation">Source: {item.citation}</p> : null}
              <p className="picker__id">{item.detail}</p>
            </div>
            <button type="button" className="button button--small" onClick={() => onPick(item.id)}>
              Add<span className="visually-hidden"> {item.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
