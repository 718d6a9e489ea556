import type { ArticleDraft } from "./article.ts";
import type { ImportError } from "./import-error.ts";

export type ValidateImportResult = { ok: true; drafts: ArticleDraft[] } | { ok: false; errors: ImportError[] };

/** A draft with where it came from, so a duplicate can name both files. */
export interface SourcedDraft {
  draft: ArticleDraft;
  file?: string;
  line?: number;
}

/**
 * Checks a whole import before anything is stored: the caller applies all of it or none
 * of it. Two articles with the same slug would overwrite each other; two with the same
 * title (in one language) would confuse the customer and the classifier alike.
 */
export function validateImport(drafts: ReadonlyArray<ArticleDraft | SourcedDraft>): ValidateImportResult {
  const sourced: SourcedDraft[] = drafts.map((d) => ("draft" in d ? d : { draft: d }));
  const errors: ImportError[] = [];
  const bySlug = new Map<string, SourcedDraft>();
  const byTitle = new Map<string, SourcedDraft>();
  if (sourced.length === 0) errors.push({ file: "(import)", line: 1, message: "nothing to import" });
  for (const s of sourced) {
    const where = { file: s.file ?? s.draft.slug, line: s.line ?? 1 };
    const slugKey = s.draft.slug.toLowerCase();
    const sameSlug = bySlug.get(slugKey);
    if (sameSlug) errors.push({ ...where, message: `duplicate slug "${s.draft.slug}" (also ${sameSlug.file ?? sameSlug.draft.slug})` });
    else bySlug.set(slugKey, s);
    const titleKey = `${s.draft.language}\u0000${s.draft.title.trim().toLowerCase()}`;
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle) errors.push({ ...where, message: `duplicate title "${s.draft.title}" (also ${sameTitle.file ?? sameTitle.draft.slug})` });
    else byTitle.set(titleKey, s);
    if (s.draft.title.trim() === "") errors.push({ ...where, message: "title is empty" });
    if (s.draft.body.trim() === "") errors.push({ ...where, message: "body is empty" });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drafts: sourced.map((s) => s.draft) };
}
