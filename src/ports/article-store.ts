import type { Article, ArticleDraft } from "../core/knowledge/article.ts";

export interface ArticleStore {
  /**
   * Inserts new articles and updates changed ones (matched by slug), all or nothing.
   * A changed article gets a new version; an unchanged one keeps its version.
   */
  upsertMany(drafts: ArticleDraft[]): Promise<ImportSummary>;
  listActive(): Promise<Article[]>;
  /** Every article, retired ones too (for the people who keep the knowledge base). */
  listAll(): Promise<Article[]>;
  get(id: string): Promise<Article | undefined>;
  /** The exact text of one version: what an answer that cited it was built from. */
  getVersion(id: string, version: number): Promise<ArticleVersion | undefined>;
  versions(id: string): Promise<ArticleVersion[]>;
  count(): Promise<number>;
  /** Changes whenever any article changes: other processes poll it to refresh their index. */
  fingerprint(): Promise<string>;
}

export interface ArticleVersion {
  articleId: string;
  version: number;
  title: string;
  body: string;
  language: string;
  createdAt: Date;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}
