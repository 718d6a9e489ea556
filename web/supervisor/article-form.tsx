// Write or edit an article. The desk is the one judge of what is valid (the same
// checks as an import), so its error is shown beside the field it is about.
import { useEffect, useRef, useState } from "preact/hooks";
import { languageName } from "../agent/format.ts";
import { ARTICLE_LANGUAGES, type ArticleFull, type ArticleInput } from "../shared/article-types.ts";
import { ApiError } from "../shared/http.ts";
import type { KnowledgeApi } from "./knowledge-api.ts";

interface Props {
  api: KnowledgeApi;
  /** Absent for a new article. */
  editId?: string;
  onSaved: (article: ArticleFull) => void;
  onCancel: () => void;
  onForbidden: () => void;
}

interface Fields {
  title: string;
  body: string;
  language: string;
  tags: string;
  url: string;
  questions: string;
}

const EMPTY: Fields = { title: "", body: "", language: "en", tags: "", url: "", questions: "" };

const fromArticle = (a: ArticleFull): Fields => ({
  title: a.title,
  body: a.body,
  language: a.language,
  tags: a.tags.join(", "),
  url: a.url ?? "",
  questions: a.sampleQuestions.join("\n"),
});

const toInput = (f: Fields): ArticleInput => ({
  title: f.title,
  body: f.body,
  language: f.language,
  tags: f.tags.split(",").map((t) => t.trim()).filter(Boolean),
  ...(f.url.trim() ? { url: f.url.trim() } : {}),
  sampleQuestions: f.questions.split("\n").map((q) => q.trim()).filter(Boolean),
});

/** A duplicate is about the title; anything else the desk explains in its message, which names the field. */
type Problem = { field: "title" | "form"; message: string };

export function ArticleForm({ api, editId, onSaved, onCancel, onForbidden }: Props) {
  const [fields, setFields] = useState<Fields | undefined>(editId ? undefined : EMPTY);
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!editId) return;
    let stopped = false;
    api.get(editId).then(
      ({ article }) => {
        if (stopped) return;
        setFields(fromArticle(article));
        setVersion(article.version);
      },
      (err: unknown) => !stopped && setProblem({ field: "form", message: err instanceof Error ? err.message : "Could not load the article." }),
    );
    return () => {
      stopped = true;
    };
  }, [api, editId]);

  const loaded = fields !== undefined;
  useEffect(() => {
    if (loaded) first.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (problem?.field === "title") first.current?.focus();
    else if (problem) alert.current?.focus();
  }, [problem]);

  if (!fields) {
    return <section class="panel">{problem ? <p class="error" role="alert">{problem.message}</p> : <p class="muted">Loading the article…</p>}</section>;
  }
  const set = (key: keyof Fields) => (e: Event) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const input = toInput(fields);
      onSaved(editId ? await api.update(editId, input) : await api.create(input));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 403) return onForbidden();
      const message = err instanceof Error ? err.message : "Could not save the article.";
      setProblem({ field: err instanceof ApiError && err.code === "article_exists" ? "title" : "form", message });
    }
  };

  const titleError = problem?.field === "title";
  return (
    <section class="panel kb-form-panel" aria-labelledby="kb-form-title">
      <h2 id="kb-form-title">{editId ? `Edit “${fields.title || "article"}”` : "New article"}</h2>
      {editId && <p class="muted">Saving makes version {version + 1}; version {version} stays readable.</p>}
      <form class="kb-form" onSubmit={(e) => void submit(e)} noValidate>
        <label for="kb-title">Title</label>
        <input id="kb-title" ref={first} value={fields.title} onInput={set("title")} aria-required="true" aria-invalid={titleError || undefined} aria-describedby={titleError ? "kb-title-error" : undefined} />
        {titleError && (
          <p id="kb-title-error" class="field-error" role="alert">
            {problem.message}
          </p>
        )}
        <label for="kb-language">Language</label>
        <select id="kb-language" value={fields.language} onChange={set("language")}>
          {ARTICLE_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)} ({code})
            </option>
          ))}
        </select>
        <label for="kb-body">Text (Markdown)</label>
        <textarea id="kb-body" rows={12} value={fields.body} onInput={set("body")} aria-required="true" aria-describedby="kb-body-hint" />
        <p id="kb-body-hint" class="hint">The assistant replies with passages of this text, word for word: say only what the firm stands behind.</p>
        <label for="kb-questions">Sample questions</label>
        <textarea id="kb-questions" rows={4} value={fields.questions} onInput={set("questions")} aria-describedby="kb-questions-hint" />
        <p id="kb-questions-hint" class="hint">One per line, the way customers ask. They teach the matcher when to use this article.</p>
        <label for="kb-tags">Tags</label>
        <input id="kb-tags" value={fields.tags} onInput={set("tags")} aria-describedby="kb-tags-hint" />
        <p id="kb-tags-hint" class="hint">Separated by commas.</p>
        <label for="kb-url">Web address (optional)</label>
        <input id="kb-url" inputMode="url" value={fields.url} onInput={set("url")} placeholder="https://" />
        {problem && !titleError && (
          <p class="form-error" role="alert" tabIndex={-1} ref={alert}>
            {problem.message}
          </p>
        )}
        <div class="kb-actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? "Saving…" : editId ? "Save new version" : "Save article"}
          </button>
          <button type="button" class="ghost" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
