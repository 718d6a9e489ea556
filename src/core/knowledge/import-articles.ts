import type { ArticleStore, ImportSummary } from "../../ports/article-store.ts";
import type { ImportError } from "./import-error.ts";
import { validateImport, type SourcedDraft } from "./validate-import.ts";

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; errors: ImportError[] };

/**
 * Loads parsed articles into the knowledge base, all or nothing: any problem in any
 * article and nothing is applied. Re-importing updates articles in place (by slug).
 */
export async function importArticles(
  deps: { articles: ArticleStore; onChange?: () => Promise<void> },
  drafts: SourcedDraft[],
): Promise<ImportOutcome> {
  const checked = validateImport(drafts);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const summary = await deps.articles.upsertMany(checked.drafts);
  if (deps.onChange && (summary.created > 0 || summary.updated > 0)) await deps.onChange();
  return { ok: true, summary };
}
