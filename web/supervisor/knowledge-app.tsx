// The knowledge base page for supervisors: the articles the assistant answers from,
// each change a new version. Agents may read articles through the API (their drafts
// cite them), but this page is where the text is changed, so it is refused to them.
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { Agent } from "../agent/agent-types.ts";
import { ArticleDetail } from "./article-detail.tsx";
import { ArticleForm } from "./article-form.tsx";
import { ArticleList } from "./article-list.tsx";
import { ForSupervisorsOnly, SignInFirst } from "./gate.tsx";
import { KnowledgeApi } from "./knowledge-api.ts";
import { SupervisorNav } from "./supervisor-nav.tsx";
import { useArticles } from "./use-articles.ts";
import { useHashRoute } from "./use-hash-route.ts";

type Auth = { state: "checking" } | { state: "signed-out" } | { state: "signed-in"; agent: Agent } | { state: "forbidden"; agent?: Agent };

export function KnowledgeApp() {
  const api = useMemo(() => new KnowledgeApi(), []);
  const [auth, setAuth] = useState<Auth>({ state: "checking" });
  useEffect(() => {
    api.me().then(
      (agent) => setAuth(agent.role === "agent" ? { state: "forbidden", agent } : { state: "signed-in", agent }),
      () => setAuth({ state: "signed-out" }),
    );
  }, [api]);
  const [articles, reload] = useArticles(api, auth.state === "signed-in");
  const [route, go] = useHashRoute();
  // Said once, by the article just saved, which also takes the focus.
  const [notice, setNotice] = useState<{ id: string; text: string } | undefined>(undefined);
  const forbidden = useCallback(() => setAuth((a) => ({ state: "forbidden", agent: a.state === "signed-in" ? a.agent : undefined })), []);

  if (auth.state === "checking") return <p class="loading">Loading…</p>;
  if (auth.state === "signed-out" || articles.state === "signed-out") return <SignInFirst />;
  if (auth.state === "forbidden") return <ForSupervisorsOnly name={auth.agent?.name ?? "someone"} what="an article changed" />;
  const me = auth.agent;

  const saved = (id: string, text: string) => {
    setNotice({ id, text });
    reload();
    go({ view: "article", id });
  };
  const selectedId = route.view === "article" || route.view === "edit" ? route.id : undefined;

  return (
    <div class="sup">
      <header class="topbar">
        <strong class="brand">
          <span class="mark" aria-hidden="true">◐</span> Tandem <span class="muted">knowledge base</span>
        </strong>
        <SupervisorNav current="/supervisor/knowledge/" />
        <span class="who">
          {me.name} <span class="muted">· {me.role}</span>
        </span>
      </header>
      <main class="kb-main">
        <ArticleList state={articles} selectedId={selectedId} onNew={() => go({ view: "new" })} />
        <div class="kb-side">
          {route.view === "list" && (
            <section class="panel kb-empty">
              <p class="muted">Open an article to see its text and its versions, or write a new one.</p>
            </section>
          )}
          {route.view === "new" && (
            <ArticleForm api={api} onSaved={(a) => saved(a.id, `“${a.title}” saved as version ${a.version}.`)} onCancel={() => go({ view: "list" })} onForbidden={forbidden} />
          )}
          {route.view === "edit" && (
            <ArticleForm
              key={route.id}
              api={api}
              editId={route.id}
              onSaved={(a) => saved(a.id, `Saved as version ${a.version}.`)}
              onCancel={() => go({ view: "article", id: route.id })}
              onForbidden={forbidden}
            />
          )}
          {route.view === "article" && (
            <ArticleDetail
              key={route.id}
              api={api}
              id={route.id}
              version={route.version}
              notice={notice?.id === route.id ? notice.text : undefined}
              onShowVersion={(version) => go({ view: "article", id: route.id, version })}
              onEdit={() => go({ view: "edit", id: route.id })}
              onRetired={(a) => {
                setNotice({ id: a.id, text: `“${a.title}” is retired: the assistant no longer answers from it.` });
                reload();
              }}
              onReinstated={(a) => {
                setNotice({ id: a.id, text: `“${a.title}” is back: the assistant answers from it again.` });
                reload();
              }}
              onForbidden={forbidden}
            />
          )}
        </div>
      </main>
    </div>
  );
}
