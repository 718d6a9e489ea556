// One article: its current text and its versions. Any version can be opened to read
// the exact text an answer citing it was built from, which is how a complaint about
// something the assistant said is traced back.
import { useEffect, useRef, useState } from "preact/hooks";
import { dateTime, languageName } from "../agent/format.ts";
import type { ArticleFull, ArticleVersion, ArticleVersionSummary } from "../shared/article-types.ts";
import { ApiError } from "../shared/http.ts";
import type { KnowledgeApi } from "./knowledge-api.ts";
import { RetireDialog } from "./retire-dialog.tsx";

interface Props {
  api: KnowledgeApi;
  id: string;
  version: number | undefined;
  notice: string | undefined;
  onShowVersion: (version: number) => void;
  onEdit: () => void;
  onRetired: (article: ArticleFull) => void;
  onReinstated: (article: ArticleFull) => void;
  onForbidden: () => void;
}

type Loaded = { article: ArticleFull; versions: ArticleVersionSummary[] };

export function ArticleDetail({ api, id, version, notice, onShowVersion, onEdit, onRetired, onReinstated, onForbidden }: Props) {
  const [data, setData] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState("");
  const [generation, setGeneration] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let stopped = false;
    api.get(id).then(
      (loaded) => !stopped && setData(loaded),
      (err: unknown) => !stopped && setError(err instanceof Error ? err.message : "Could not load the article."),
    );
    return () => {
      stopped = true;
    };
  }, [api, id, generation]);

  // After a save or a retire, focus lands on the article so a screen reader hears the result.
  useEffect(() => {
    if (notice && data) heading.current?.focus();
  }, [notice, data]);

  if (error) return <section class="panel" role="alert"><p class="error">{error}</p></section>;
  if (!data) return <section class="panel"><p class="muted">Loading the article…</p></section>;
  const { article, versions } = data;

  const retire = async () => {
    try {
      const retired = await api.retire(article.id);
      setConfirming(false);
      onRetired(retired);
      setGeneration((g) => g + 1);
    } catch (err) {
      if (err instanceof ApiError && err.status === 403) onForbidden();
      else throw err;
    }
  };

  const reinstate = async () => {
    try {
      const back = await api.reinstate(article.id);
      onReinstated(back);
      setGeneration((g) => g + 1);
    } catch (err) {
      if (err instanceof ApiError && err.status === 403) onForbidden();
      else throw err;
    }
  };

  return (
    <section class="panel kb-article" aria-labelledby="kb-article-title" data-article-id={article.id}>
      {notice && (
        <p class="kb-notice" role="status">
          {notice}
        </p>
      )}
      <div class="kb-head">
        <h2 id="kb-article-title" ref={heading} tabIndex={-1}>
          {article.title}
        </h2>
        <div class="kb-actions">
          <button type="button" class="secondary" onClick={onEdit}>
            Edit
          </button>
          {article.retired ? (
            <button type="button" class="secondary" onClick={() => void reinstate()}>
              Bring back
            </button>
          ) : (
            <button type="button" class="ghost danger" onClick={() => setConfirming(true)}>
              Retire…
            </button>
          )}
        </div>
      </div>
      <p class="kb-meta">
        <span class="chip">{languageName(article.language)}</span>
        <span class="chip">Version {article.version}</span>
        {article.retired && <span class="chip retired">Retired</span>}
        {article.tags.map((t) => (
          <span key={t} class="chip tag">
            #{t}
          </span>
        ))}
        {article.url && (
          <a href={article.url} target="_blank" rel="noreferrer">
            {article.url}
          </a>
        )}
      </p>
      <h3>Text</h3>
      {/* Shown verbatim (Markdown unrendered): this is exactly what the assistant quotes from. */}
      <pre class="kb-body">{article.body}</pre>
      {article.sampleQuestions.length > 0 && (
        <>
          <h3>Sample questions</h3>
          <ul class="kb-questions">
            {article.sampleQuestions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </>
      )}
      <h3 id="kb-versions-title">Versions</h3>
      <ol class="kb-versions" aria-labelledby="kb-versions-title" reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <button type="button" class="ghost" aria-pressed={v.version === version} onClick={() => onShowVersion(v.version)}>
              Version {v.version}
            </button>
            <span class="muted">
              {dateTime(v.createdAt)}
              {v.title !== article.title && ` · “${v.title}”`}
              {v.version === article.version && " · current"}
            </span>
          </li>
        ))}
      </ol>
      {version !== undefined && <VersionText api={api} id={article.id} version={version} />}
      {confirming && <RetireDialog title={article.title} onConfirm={retire} onCancel={() => setConfirming(false)} />}
    </section>
  );
}

function VersionText({ api, id, version }: { api: KnowledgeApi; id: string; version: number }) {
  const [text, setText] = useState<ArticleVersion | string | undefined>(undefined);
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    let stopped = false;
    setText(undefined);
    api.version(id, version).then(
      (v) => !stopped && setText(v),
      (err: unknown) => !stopped && setText(err instanceof Error ? err.message : "Could not load that version."),
    );
    return () => {
      stopped = true;
    };
  }, [api, id, version]);
  useEffect(() => {
    if (typeof text === "object") region.current?.scrollIntoView({ block: "nearest" });
  }, [text]);

  if (text === undefined) return <p class="muted">Loading version {version}…</p>;
  if (typeof text === "string") return <p class="error" role="alert">{text}</p>;
  return (
    <section class="kb-version" ref={region} aria-label={`Version ${text.version} text`} data-version={text.version}>
      <h3>
        Version {text.version}: “{text.title}”
      </h3>
      <p class="muted">
        Saved {dateTime(text.createdAt)} · {languageName(text.language)}. Answers that cite version {text.version} were built from exactly this text.
      </p>
      <pre class="kb-body">{text.body}</pre>
    </section>
  );
}
