import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleDraft } from "../article.ts";
import { parseMarkdownArticle } from "../markdown-article.ts";

/** Test support only (it reads files): the repository's sample knowledge base as articles. */
export function loadSampleKnowledgeBase(dir = join(import.meta.dirname, "../../../../sample-kb")): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file, i) => {
      const parsed = parseMarkdownArticle(file, readFileSync(join(dir, file), "utf8"));
      if (!parsed.ok) throw new Error(`${parsed.error.file}:${parsed.error.line}: ${parsed.error.message}`);
      return toArticle(parsed.draft, i);
    });
}

export function toArticle(draft: ArticleDraft, i: number): Article {
  return { ...draft, id: `a${i + 1}`, version: 1 };
}

export function article(fields: Partial<Article> & Pick<Article, "title" | "body">, i = 0): Article {
  return { id: `t${i}`, slug: `t${i}`, language: "en", tags: [], sampleQuestions: [], version: 1, ...fields };
}
