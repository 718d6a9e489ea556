import { buildKnowledgeIndex } from "../core/knowledge/index.ts";
import type { KnowledgeIndex } from "../core/knowledge/knowledge-index.ts";
import type { ArticleStore } from "../ports/article-store.ts";

/**
 * The in-memory index the assistant matches against, rebuilt from the store after every
 * change. Matching never touches the database.
 */
export class LiveKnowledge {
  private index: KnowledgeIndex = buildKnowledgeIndex([]);
  private fingerprint = "";
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: ArticleStore) {}

  readonly current = (): KnowledgeIndex => this.index;

  async reload(): Promise<void> {
    const [fingerprint, articles] = await Promise.all([this.store.fingerprint(), this.store.listActive()]);
    this.index = buildKnowledgeIndex(articles);
    this.fingerprint = fingerprint;
  }

  /**
   * Another process (a second server, `tandem kb import` against PostgreSQL) may change
   * the articles; a cheap fingerprint query tells when to rebuild.
   */
  watch(everyMs = 10_000): void {
    this.timer = setInterval(() => {
      void this.store
        .fingerprint()
        .then((latest) => (latest === this.fingerprint ? undefined : this.reload()))
        .catch(() => undefined);
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
