import { buildKnowledgeIndex } from "../core/knowledge/index.ts";
import type { KnowledgeIndex } from "../core/knowledge/knowledge-index.ts";
import type { ArticleStore } from "../ports/article-store.ts";

/**
 * The in-memory index the assistant matches against, rebuilt from the store after every
 * change. Matching never touches the database.
 */
export class LiveKnowledge {
  private index: KnowledgeIndex = buildKnowledgeIndex([]);

  constructor(private readonly store: ArticleStore) {}

  readonly current = (): KnowledgeIndex => this.index;

  async reload(): Promise<void> {
    this.index = buildKnowledgeIndex(await this.store.listActive());
  }
}
