import { count, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Article, ArticleDraft } from "../../core/knowledge/article.ts";
import type { ArticleStore, ImportSummary } from "../../ports/article-store.ts";
import type { DrizzleDb } from "./database.ts";
import { articleVersions, articles } from "./schema.ts";

export class SqlArticleStore implements ArticleStore {
  constructor(private readonly db: DrizzleDb) {}

  async upsertMany(drafts: ArticleDraft[]): Promise<ImportSummary> {
    const now = new Date();
    return this.db.transaction(async (tx) => {
      const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0 };
      const existing = new Map((await tx.select().from(articles)).map((row) => [row.slug, row]));
      for (const draft of drafts) {
        const before = existing.get(draft.slug);
        if (before && sameContent(before, draft)) {
          summary.unchanged += 1;
          continue;
        }
        const id = before?.id ?? randomUUID();
        const version = (before?.version ?? 0) + 1;
        const row = {
          id,
          slug: draft.slug,
          title: draft.title,
          body: draft.body,
          language: draft.language,
          tags: draft.tags,
          url: draft.url ?? null,
          sampleQuestions: draft.sampleQuestions,
          version,
          retired: draft.retired ?? false,
          updatedAt: now,
        };
        if (before) {
          await tx.update(articles).set(row).where(eq(articles.id, id));
          summary.updated += 1;
        } else {
          await tx.insert(articles).values(row);
          summary.created += 1;
        }
        await tx.insert(articleVersions).values({
          articleId: id,
          version,
          title: draft.title,
          body: draft.body,
          language: draft.language,
          createdAt: now,
        });
      }
      return summary;
    });
  }

  async listActive(): Promise<Article[]> {
    const rows = await this.db.select().from(articles).where(eq(articles.retired, false));
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      body: row.body,
      language: row.language,
      tags: row.tags,
      url: row.url ?? undefined,
      sampleQuestions: row.sampleQuestions,
      version: row.version,
      retired: row.retired,
    }));
  }

  async count(): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(articles).where(eq(articles.retired, false));
    return Number(rows[0]?.n ?? 0);
  }
}

function sameContent(row: typeof articles.$inferSelect, draft: ArticleDraft): boolean {
  return (
    row.title === draft.title &&
    row.body === draft.body &&
    row.language === draft.language &&
    JSON.stringify(row.tags) === JSON.stringify(draft.tags) &&
    (row.url ?? undefined) === draft.url &&
    JSON.stringify(row.sampleQuestions) === JSON.stringify(draft.sampleQuestions) &&
    row.retired === (draft.retired ?? false)
  );
}
