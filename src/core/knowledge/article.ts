/** An article of the firm's knowledge base: the only thing the assistant may say. */
export interface Article {
  id: string;
  /** Stable key from the import (file name without extension); re-import updates in place. */
  slug: string;
  title: string;
  /** Markdown body, without front matter and without the title heading. */
  body: string;
  language: string;
  tags: string[];
  url?: string;
  sampleQuestions: string[];
  /** Bumped on every change, so an answer can be traced to the exact text behind it. */
  version: number;
  retired?: boolean;
}

/** What an import produces before the store gives it an id and a version. */
export type ArticleDraft = Omit<Article, "id" | "version">;
