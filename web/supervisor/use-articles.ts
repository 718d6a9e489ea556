// The article list for the knowledge page; reloaded after every change the page makes
// (nothing pushes article changes, and supervisors edit rarely enough not to poll).
import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError } from "../shared/http.ts";
import type { ArticleSummary } from "../shared/article-types.ts";
import type { KnowledgeApi } from "./knowledge-api.ts";

export type ArticlesState =
  | { state: "loading" }
  | { state: "ready"; articles: ArticleSummary[] }
  | { state: "failed"; message: string }
  | { state: "signed-out" };

export function useArticles(api: KnowledgeApi, enabled: boolean): [ArticlesState, () => void] {
  const [result, setResult] = useState<ArticlesState>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    // Always with the retired ones: the page filters locally, so the toggle needs no round trip.
    api.list("include").then(
      (articles) => !stopped && setResult({ state: "ready", articles }),
      (err: unknown) => {
        if (stopped) return;
        if (err instanceof ApiError && err.status === 401) setResult({ state: "signed-out" });
        else setResult({ state: "failed", message: err instanceof Error ? err.message : "Could not load the articles." });
      },
    );
    return () => {
      stopped = true;
    };
  }, [api, enabled, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [result, reload];
}
