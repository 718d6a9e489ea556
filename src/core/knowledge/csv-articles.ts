import { parse } from "csv-parse/sync";
import type { ArticleDraft } from "./article.ts";
import { checkFields } from "./article-fields.ts";
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS, type ImportError } from "./import-error.ts";

export type CsvImportResult = { ok: true; drafts: ArticleDraft[] } | { ok: false; errors: ImportError[] };

const FILE = "articles.csv";

/**
 * Articles from a CSV with a header row: title and body required; language, tags (comma
 * separated), url and questions (separated by newlines or `|`) optional; slug optional,
 * derived from the title otherwise. Every bad row is reported, with its line, so a person
 * fixes the file once; nothing is returned unless every row is good.
 */
export function parseArticlesCsv(content: string, fileName: string = FILE): CsvImportResult {
  let records: string[][];
  try {
    records = parse(content.replace(/^\uFEFF/, ""), { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    return { ok: false, errors: [{ file: fileName, line: err.lines ?? 1, message: `broken CSV: ${err.message ?? String(e)}` }] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const missing = ["title", "body"].filter((c) => col(c) < 0);
  if (missing.length > 0) return { ok: false, errors: [{ file: fileName, line: 1, message: `missing column(s): ${missing.join(", ")}` }] };
  const questionsCol = col("questions") >= 0 ? col("questions") : col("sample_questions");
  const errors: ImportError[] = [];
  const drafts: ArticleDraft[] = [];
  records.slice(1).forEach((row, i) => {
    // Data rows start on line 2; quoted newlines make this approximate, so say "row" too.
    const line = i + 2;
    const cell = (c: number): string => (c >= 0 ? (row[c] ?? "").trim() : "");
    const title = cell(col("title"));
    const body = cell(col("body"));
    const fail = (message: string): void => void errors.push({ file: fileName, line, message: `row ${i + 1}: ${message}` });
    if (title === "") return fail("title is empty");
    if (title.length > MAX_TITLE_CHARS) return fail(`title is longer than ${MAX_TITLE_CHARS} characters`);
    if (body === "") return fail("body is empty");
    if (body.length > MAX_ARTICLE_CHARS) return fail(`body is too large (at most ${MAX_ARTICLE_CHARS} characters)`);
    const checked = checkFields({ language: cell(col("language")), tags: cell(col("tags")), url: cell(col("url")), questions: cell(questionsCol) });
    if (!checked.ok) return fail(checked.message);
    const slug = cell(col("slug")) || slugify(title);
    if (slug === "") return fail("cannot derive a slug from the title: add a slug column");
    drafts.push({ slug, title, body, ...checked.fields });
  });
  if (drafts.length === 0 && errors.length === 0) errors.push({ file: fileName, line: 1, message: "no articles in the file" });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drafts };
}

export function slugify(title: string): string {
  return title
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
