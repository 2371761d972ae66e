import { useEffect, useState } from "react";

/** The app's few routes, from `location.pathname`. */
export type Route =
  | { page: "list" }
  | { page: "campaign"; id: string }
  | { page: "outbox"; sendId?: string }
  | { page: "people" }
  | { page: "activity" }
  | { page: "missing" };

export function routeOf(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "list" };
  const campaign = pathname.match(/^\/campaigns\/([a-z0-9-]+)\/?$/);
  if (campaign?.[1]) return { page: "campaign", id: campaign[1] };
  const outbox = pathname.match(/^\/outbox(?:\/([A-Za-z0-9._-]+))?\/?$/);
  if (outbox) return outbox[1] ? { page: "outbox", sendId: outbox[1] } : { page: "outbox" };
  if (/^\/people\/?$/.test(pathname)) return { page: "people" };
  if (/^\/activity\/?$/.test(pathname)) return { page: "activity" };
  return { page: "missing" };
}

export function navigate(path: string): void {
  history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(location.pathname));
  useEffect(() => {
    const update = () => setRoute(routeOf(location.pathname));
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return route;
}

/** Handle a click on an in-app link without a page load (modifier clicks open a tab as usual). */
export function linkHandler(path: string) {
  return (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    if (leaveWarning && !window.confirm(leaveWarning)) return;
    navigate(path);
  };
}

let leaveWarning: string | undefined;

/** Ask before in-app links leave a page with unsaved changes (undefined: leave freely). */
export function setLeaveWarning(message: string | undefined): void {
  leaveWarning = message;
}
