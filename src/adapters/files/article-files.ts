import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { parseArticlesCsv, parseMarkdownArticle } from "../../core/knowledge/index.ts";
import type { ImportError } from "../../core/knowledge/import-error.ts";
import type { SourcedDraft } from "../../core/knowledge/validate-import.ts";

export type ReadArticlesResult = { ok: true; drafts: SourcedDraft[] } | { ok: false; errors: ImportError[] };

/**
 * Reads a folder of Markdown articles (recursively) or one CSV file. Every problem in
 * every file is collected, so a firm fixes them all in one go.
 */
export function readArticleFiles(path: string): ReadArticlesResult {
  const stat = statSync(path);
  if (stat.isFile() && extname(path).toLowerCase() === ".csv") {
    const parsed = parseArticlesCsv(readFileSync(path, "utf8"), path);
    if (!parsed.ok) return parsed;
    return { ok: true, drafts: parsed.drafts.map((draft) => ({ draft, file: path })) };
  }
  const files = stat.isDirectory() ? markdownFiles(path) : [path];
  const drafts: SourcedDraft[] = [];
  const errors: ImportError[] = [];
  for (const file of files) {
    const name = stat.isDirectory() ? relative(path, file) : file;
    const parsed = parseMarkdownArticle(name, readFileSync(file, "utf8"));
    if (parsed.ok) drafts.push({ draft: parsed.draft, file: name });
    else errors.push(parsed.error);
  }
  if (files.length === 0) errors.push({ file: path, line: 1, message: "no Markdown (.md) files in this folder" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drafts };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.isFile() && /\.(md|markdown)$/i.test(entry.name) ? [full] : [];
    })
    .sort();
}
