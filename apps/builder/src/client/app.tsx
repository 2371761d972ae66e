import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import { type Answer, ApiError, api, readJson } from "./api.js";
import { CampaignList } from "./campaign-list.js";
import { linkHandler, type Route, useRoute } from "./router.js";
import { SignInPage, signOut } from "./sign-in.js";

type Me = Answer<typeof api.me.$get>;

const EditorPage = lazy(() => import("./editor/editor-page.js"));
const OutboxPage = lazy(() => import("./outbox-page.js"));
const PeoplePage = lazy(() => import("./people-page.js"));
const ActivityPage = lazy(() => import("./activity-page.js"));

function titleOf(route: Route): string {
  switch (route.page) {
    case "list":
      return "Campaigns";
    case "campaign":
      return "Edit campaign";
    case "outbox":
      return "Outbox";
    case "people":
      return "People";
    case "activity":
      return "Activity";
    default:
      return "Page not found";
  }
}

/**
 * Who is signed in: the local user, a person in team mode, no one yet (team mode's sign-in page), or a
 * builder that cannot answer, which says so in its own words.
 */
function useMe(): Me | "signed-out" | { blocked: string } | undefined {
  const [me, setMe] = useState<Me | "signed-out" | { blocked: string }>();
  useEffect(() => {
    readJson(api.me.$get()).then(setMe, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setMe("signed-out");
      else setMe({ blocked: error instanceof Error ? error.message : String(error) });
    });
  }, []);
  return me;
}

export function App() {
  const me = useMe();
  if (me === undefined) return <p className="loading">Loading…</p>;
  if (me === "signed-out" || "blocked" in me) {
    return (
      <>
        <header className="site-header">
          <span className="brand">
            <img className="brand__mark" src="/favicon.svg" alt="" width="28" height="28" />
            Chorus <span className="brand__sub">campaign builder</span>
          </span>
        </header>
        <main id="main" tabIndex={-1}>
          {me === "signed-out" ? (
            <SignInPage />
          ) : (
            <p className="notice notice--error" role="alert">
              {me.blocked}
            </p>
          )}
        </main>
      </>
    );
  }
  return <Builder me={me} />;
}

function Builder({ me }: { me: Me }) {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // The page's kind names the window first (in the layout phase, before any page's own effects run), so a page
  // that knows more (the campaign, the send) names it after, and wins.
  useLayoutEffect(() => {
    document.title = `${titleOf(route)} · Chorus campaign builder`;
  }, [route]);
  useEffect(() => {
    // Move focus to the new page's content after client-side navigation, as a page load would.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [route]);
  const current = (page: Route["page"]) => (route.page === page ? { "aria-current": "page" as const } : {});
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href="/" onClick={linkHandler("/")}>
          <img className="brand__mark" src="/favicon.svg" alt="" width="28" height="28" />
          Chorus <span className="brand__sub">campaign builder</span>
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a
                href="/"
                onClick={linkHandler("/")}
                {...current("list")}
                {...(route.page === "campaign" ? { "aria-current": "true" as const } : {})}
              >
                Campaigns
              </a>
            </li>
            <li>
              <a href="/outbox" onClick={linkHandler("/outbox")} {...current("outbox")}>
                Outbox
              </a>
            </li>
            {me.can.managePeople ? (
              <li>
                <a href="/people" onClick={linkHandler("/people")} {...current("people")}>
                  People
                </a>
              </li>
            ) : null}
            {me.can.readAudit ? (
              <li>
                <a href="/activity" onClick={linkHandler("/activity")} {...current("activity")}>
                  Activity
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
        {me.person ? (
          <div className="session">
            <span>
              {me.person.name} <span className="session__org">· {me.person.orgName}</span>
            </span>
            <button type="button" className="button button--small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        ) : null}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.page === "list" ? <CampaignList canCreate={me.can.editCampaigns} /> : null}
          {route.page === "campaign" ? (
            <EditorPage
              key={route.id}
              id={route.id}
              can={{ edit: me.can.editCampaigns, approve: me.can.approve, review: me.can.review }}
              {...(me.person && !me.person.home ? { ownPartner: me.person.orgId } : {})}
            />
          ) : null}
          {route.page === "outbox" ? <OutboxPage sendId={route.sendId} /> : null}
          {route.page === "people" && me.can.managePeople ? <PeoplePage me={me} /> : null}
          {route.page === "activity" && me.can.readAudit ? <ActivityPage /> : null}
          {route.page === "missing" ? (
            <section>
              <h1>Page not found</h1>
              <p>
                <a href="/" onClick={linkHandler("/")}>
                  Go to the campaign list
                </a>
              </p>
            </section>
          ) : null}
        </Suspense>
      </main>
    </>
  );
}
