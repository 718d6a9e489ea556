export type { Article, ArticleDraft } from "./article.ts";
export type { KnowledgeIndex, MatchOptions, ArticleMatch } from "./knowledge-index.ts";
export { parseMarkdownArticle, slugOf } from "./markdown-article.ts";
export { parseArticlesCsv, slugify, type CsvImportResult } from "./csv-articles.ts";
export { validateImport, type ValidateImportResult, type SourcedDraft } from "./validate-import.ts";
export { buildKnowledgeIndex, DEFAULT_ANSWER_THRESHOLD, type KnowledgeIndexOptions } from "./build-knowledge-index.ts";
export { buildExamplesKnowledgeBase } from "./examples-knowledge-base.ts";
export { MAX_ARTICLE_CHARS, DEFAULT_ARTICLE_LANGUAGE, type ImportError, type ParseResult } from "./import-error.ts";
export { decideMatch, type MatchDecision } from "./hand-over.ts";
