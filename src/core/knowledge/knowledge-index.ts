import type { Article } from "./article.ts";

/**
 * The seam between the assistant and retrieval: a query in, the best articles with a
 * calibrated confidence out. Built in memory from the articles; rebuilt when they change.
 */
export interface KnowledgeIndex {
  match(query: string, options?: MatchOptions): ArticleMatch[];
  readonly size: number;
}

export interface MatchOptions {
  /** Prefer articles in this language (ISO 639-1). */
  language?: string;
  /** How many matches at most (default 3). */
  limit?: number;
}

export interface ArticleMatch {
  article: Article;
  /** Confidence in [0, 1] that this article answers the query. */
  score: number;
  /** The passage of the article that answers best, verbatim from the body. */
  passage: string;
}
