// Where the knowledge page is, kept in the URL's hash so a link can point at one
// article or one exact version (e.g. from an answer's citation) and Back works.
import { useEffect, useState } from "preact/hooks";

export type KnowledgeRoute =
  | { view: "list" }
  | { view: "new" }
  | { view: "article"; id: string; version?: number }
  | { view: "edit"; id: string };

export function parseRoute(hash: string): KnowledgeRoute {
  const [kind, rawId, extra, n] = hash.replace(/^#\/?/, "").split("/");
  const id = rawId ? decodeURIComponent(rawId) : "";
  if (kind === "new") return { view: "new" };
  if (kind === "article" && id && extra === "edit") return { view: "edit", id };
  if (kind === "article" && id && extra === "v" && n && /^\d+$/.test(n)) return { view: "article", id, version: Number(n) };
  if (kind === "article" && id) return { view: "article", id };
  return { view: "list" };
}

export function routeHash(route: KnowledgeRoute): string {
  switch (route.view) {
    case "list":
      return "#/";
    case "new":
      return "#/new";
    case "edit":
      return `#/article/${encodeURIComponent(route.id)}/edit`;
    case "article":
      return `#/article/${encodeURIComponent(route.id)}${route.version ? `/v/${route.version}` : ""}`;
  }
}

export function useHashRoute(): [KnowledgeRoute, (route: KnowledgeRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const go = (next: KnowledgeRoute) => {
    location.hash = routeHash(next); // hashchange sets the state, so Back and links agree
  };
  return [route, go];
}
