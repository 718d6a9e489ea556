import { DEFAULT_ANSWER_THRESHOLD } from "./build-knowledge-index.ts";
import type { KnowledgeIndex } from "./knowledge-index.ts";

export interface MatchDecision {
  /** The article the assistant would answer from, or null when it hands over. */
  articleId: string | null;
  /** Confidence of the best article, answered or not. */
  score: number;
}

/**
 * The assistant's first decision in one place, shared by `tandem kb match` and the
 * evaluation so a benchmark measures exactly what a customer gets: answer from the top
 * article, or hand over when it is not confident enough.
 */
export function decideMatch(index: KnowledgeIndex, query: string, options: { language?: string; threshold?: number } = {}): MatchDecision {
  const best = index.match(query, { limit: 1, ...(options.language ? { language: options.language } : {}) })[0];
  if (!best) return { articleId: null, score: 0 };
  const threshold = options.threshold ?? DEFAULT_ANSWER_THRESHOLD;
  return { articleId: best.score >= threshold ? best.article.id : null, score: best.score };
}
