import type { Article, ArticleDraft } from "../core/knowledge/article.ts";

export interface ArticleStore {
  /**
   * Inserts new articles and updates changed ones (matched by slug), all or nothing.
   * A changed article gets a new version; an unchanged one keeps its version.
   */
  upsertMany(drafts: ArticleDraft[]): Promise<ImportSummary>;
  listActive(): Promise<Article[]>;
  count(): Promise<number>;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}
