import type { ArticleStore } from "../../ports/article-store.ts";
import { fail, type Outcome } from "../conversations/desk-deps.ts";
import type { Article, ArticleDraft } from "./article.ts";
import { checkFields } from "./article-fields.ts";
import { slugify } from "./csv-articles.ts";
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS } from "./import-error.ts";

export interface ArticleInput {
  title: string;
  body: string;
  language?: string;
  tags?: string[];
  url?: string;
  sampleQuestions?: string[];
}

type Deps = { articles: ArticleStore; onChange: () => Promise<void> };

/**
 * Supervisors keep the knowledge base by hand too. The same checks as an import apply,
 * every change is a new version (answers keep pointing at the text they were built from),
 * and retiring takes an article out of the assistant's reach without deleting its history.
 */
export async function createArticle(deps: Deps, input: ArticleInput): Promise<Outcome<{ article: Article }>> {
  const draft = toDraft(input, slugify(input.title));
  if (!draft.ok) return draft;
  const sameTitle = (a: Article) => a.title.toLowerCase() === draft.value.title.toLowerCase() && a.language === draft.value.language;
  if ((await deps.articles.listAll()).some((a) => a.slug === draft.value.slug || (!a.retired && sameTitle(a)))) {
    return fail("article_exists", `An article with the title "${input.title}" already exists; edit it instead.`);
  }
  return save(deps, draft.value);
}

export async function updateArticle(deps: Deps, id: string, input: ArticleInput): Promise<Outcome<{ article: Article }>> {
  const existing = await deps.articles.get(id);
  if (!existing) return fail("article_not_found", "There is no such article.");
  const draft = toDraft(input, existing.slug, existing.retired);
  if (!draft.ok) return draft;
  return save(deps, draft.value);
}

export async function retireArticle(deps: Deps, id: string): Promise<Outcome<{ article: Article }>> {
  const existing = await deps.articles.get(id);
  if (!existing) return fail("article_not_found", "There is no such article.");
  const { id: _id, version: _version, ...draft } = existing;
  return save(deps, { ...draft, retired: true });
}

/** Brings a retired article back into the assistant's reach, as a new version. */
export async function reinstateArticle(deps: Deps, id: string): Promise<Outcome<{ article: Article }>> {
  const existing = await deps.articles.get(id);
  if (!existing) return fail("article_not_found", "There is no such article.");
  const { id: _id, version: _version, ...draft } = existing;
  return save(deps, { ...draft, retired: false });
}

async function save(deps: Deps, draft: ArticleDraft): Promise<Outcome<{ article: Article }>> {
  await deps.articles.upsertMany([draft]);
  await deps.onChange();
  const article = (await deps.articles.listAll()).find((a) => a.slug === draft.slug);
  if (!article) return fail("article_not_found", "The article could not be read back.");
  return { ok: true, value: { article } };
}

function toDraft(input: ArticleInput, slug: string, retired = false): Outcome<ArticleDraft> {
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title || title.length > MAX_TITLE_CHARS) return fail("invalid_article", `A title has 1 to ${MAX_TITLE_CHARS} characters.`);
  if (!body || body.length > MAX_ARTICLE_CHARS) return fail("invalid_article", `A body has 1 to ${MAX_ARTICLE_CHARS} characters.`);
  if (!slug) return fail("invalid_article", "The title needs at least one letter or digit.");
  const fields = checkFields({ language: input.language, tags: input.tags, url: input.url, questions: input.sampleQuestions });
  if (!fields.ok) return fail("invalid_article", `${fields.key}: ${fields.message}`);
  return { ok: true, value: { slug, title, body, retired, ...fields.fields } };
}
