// Wire shapes of the knowledge-base API (/api/v1/articles) as the browser apps see them.

/** The languages the desk can stem and match; anything else is refused as invalid_article. */
export const ARTICLE_LANGUAGES = ["en", "sv", "de", "fr", "es", "nl", "pl", "it", "fi", "da", "no", "pt"] as const;

export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  language: string;
  tags: string[];
  url?: string;
  sampleQuestions: string[];
  version: number;
  retired: boolean;
}

export interface ArticleFull extends ArticleSummary {
  body: string;
}

export interface ArticleVersionSummary {
  version: number;
  title: string;
  createdAt: string;
}

/** One version's exact text: what an answer citing this version was built from. */
export interface ArticleVersion {
  articleId: string;
  version: number;
  title: string;
  body: string;
  language: string;
  createdAt: string;
}

export interface ArticleInput {
  title: string;
  body: string;
  language?: string;
  tags?: string[];
  url?: string;
  sampleQuestions?: string[];
}
