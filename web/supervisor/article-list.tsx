// Every article at a glance, filtered on the page (a knowledge base is hundreds of
// articles, not millions, and the list already holds them all).
import { useMemo, useState } from "preact/hooks";
import { languageName } from "../agent/format.ts";
import type { ArticleSummary } from "../shared/article-types.ts";
import { routeHash } from "./use-hash-route.ts";
import type { ArticlesState } from "./use-articles.ts";

interface Props {
  state: ArticlesState;
  selectedId: string | undefined;
  onNew: () => void;
}

const matches = (a: ArticleSummary, words: string[]) => {
  const haystack = [a.title, ...a.tags, ...a.sampleQuestions].join(" ").toLowerCase();
  return words.every((w) => haystack.includes(w));
};

export function ArticleList({ state, selectedId, onNew }: Props) {
  const [text, setText] = useState("");
  const [language, setLanguage] = useState("");
  const [showRetired, setShowRetired] = useState(false);
  const all = state.state === "ready" ? state.articles : [];
  const languages = useMemo(() => [...new Set(all.map((a) => a.language))].sort(), [all]);
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = all
    .filter((a) => (showRetired || !a.retired) && (!language || a.language === language) && matches(a, words))
    .sort((a, b) => a.title.localeCompare(b.title));

  return (
    <section class="panel kb-list" aria-labelledby="kb-list-title">
      <div class="kb-head">
        <h2 id="kb-list-title">Articles ({shown.length})</h2>
        <button type="button" class="primary" onClick={onNew}>
          New article
        </button>
      </div>
      <div class="kb-filters" role="search">
        <label for="kb-filter" class="sr">
          Filter articles
        </label>
        <input id="kb-filter" type="search" placeholder="Filter by title, tag or question" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <label for="kb-filter-language" class="sr">
          Only articles in
        </label>
        <select id="kb-filter-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          <option value="">All languages</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.currentTarget.checked)} /> Show retired
        </label>
      </div>
      {state.state === "loading" && <p class="muted">Loading the articles…</p>}
      {state.state === "failed" && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.state === "ready" && shown.length === 0 && <p class="muted">No article matches.</p>}
      {shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Language</th>
              <th scope="col">Tags</th>
              <th scope="col">Version</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id} data-article-id={a.id} class={[a.id === selectedId && "selected", a.retired && "dim"].filter(Boolean).join(" ") || undefined}>
                <td>
                  <a href={routeHash({ view: "article", id: a.id })} aria-current={a.id === selectedId ? "true" : undefined}>
                    {a.title}
                  </a>
                  {a.retired && <span class="chip retired">Retired</span>}
                </td>
                <td>{languageName(a.language)}</td>
                <td>{a.tags.join(", ") || "–"}</td>
                <td>{a.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
