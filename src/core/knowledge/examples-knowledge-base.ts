import type { Article } from "./article.ts";

/**
 * Benchmark mode (`tandem kb match --examples`): each category of a labelled file
 * becomes an article whose sample questions are its rows. The article id is the
 * category itself, so a match can be compared with the label directly.
 */
export function buildExamplesKnowledgeBase(rows: ReadonlyArray<{ text: string; category: string }>, language = "en"): Article[] {
  const byCategory = new Map<string, string[]>();
  for (const { text, category } of rows) {
    const list = byCategory.get(category);
    if (list) list.push(text);
    else byCategory.set(category, [text]);
  }
  return [...byCategory].map(([category, questions]) => {
    const title = category.replace(/[_?]+/g, " ").trim();
    return {
      id: category,
      slug: category,
      title,
      body: title,
      language,
      tags: [],
      sampleQuestions: questions,
      version: 1,
    };
  });
}
