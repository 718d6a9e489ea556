import { and, asc, count, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Article, ArticleDraft } from "../../core/knowledge/article.ts";
import type { ArticleStore, ArticleVersion, ImportSummary } from "../../ports/article-store.ts";
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
    return (await this.db.select().from(articles).where(eq(articles.retired, false))).map(toArticle);
  }

  async listAll(): Promise<Article[]> {
    return (await this.db.select().from(articles).orderBy(asc(articles.title))).map(toArticle);
  }

  async get(id: string): Promise<Article | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await this.db.select().from(articles).where(eq(articles.id, id));
    return rows[0] ? toArticle(rows[0]) : undefined;
  }

  async getVersion(id: string, version: number): Promise<ArticleVersion | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await this.db
      .select()
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, id), eq(articleVersions.version, version)));
    return rows[0];
  }

  async versions(id: string): Promise<ArticleVersion[]> {
    if (!UUID.test(id)) return [];
    return this.db.select().from(articleVersions).where(eq(articleVersions.articleId, id)).orderBy(asc(articleVersions.version));
  }

  async fingerprint(): Promise<string> {
    const rows = await this.db
      .select({ n: count(), latest: sql<string>`coalesce(max(${articles.updatedAt})::text, '')`, versions: sql<number>`coalesce(sum(${articles.version}), 0)::int` })
      .from(articles);
    const row = rows[0];
    return `${row?.n ?? 0}|${row?.latest ?? ""}|${row?.versions ?? 0}`;
  }

  async count(): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(articles).where(eq(articles.retired, false));
    return Number(rows[0]?.n ?? 0);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toArticle(row: typeof articles.$inferSelect): Article {
  return {
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
  };
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
