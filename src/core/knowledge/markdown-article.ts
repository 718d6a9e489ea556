import { parseDocument } from "yaml";
import type { ArticleDraft } from "./article.ts";
import { checkFields } from "./article-fields.ts";
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS, type ImportError, type ParseResult } from "./import-error.ts";

/**
 * One Markdown file → one article draft. Front matter (a `---` block of YAML) carries
 * language, tags, url and sample questions; the first `# ` heading is the title and the
 * rest is the body. The slug is the file name without its extension, so re-importing a
 * folder updates articles in place.
 */
export function parseMarkdownArticle(fileName: string, content: string): ParseResult<ArticleDraft> {
  const fail = (line: number, message: string): ParseResult<ArticleDraft> => ({ ok: false, error: { file: fileName, line, message } });
  const slug = slugOf(fileName);
  if (slug === "") return fail(1, "the file name gives no slug: use letters, digits and dashes");
  if (content.length > MAX_ARTICLE_CHARS) {
    return fail(1, `article is too large (${content.length} characters, at most ${MAX_ARTICLE_CHARS}): split it into several articles`);
  }
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  let bodyStart = 0;
  let raw: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  if (lines[0]?.trim() === "---") {
    const close = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
    if (close < 0) return fail(1, "front matter opened with --- is never closed with ---");
    const parsed = parseFrontMatter(lines.slice(1, close), fileName);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    raw = parsed.value;
    parsed.keyLines.forEach((line, key) => keyLines.set(key, line));
    bodyStart = close + 1;
  }
  const headingAt = lines.findIndex((l, i) => i >= bodyStart && /^#\s+\S/.test(l));
  if (headingAt < 0) {
    const hasText = lines.slice(bodyStart).some((l) => l.trim() !== "");
    return fail(bodyStart + 1, hasText ? "no title: the article needs a first-level heading (`# Title`)" : "the article is empty");
  }
  const stray = lines.slice(bodyStart, headingAt).findIndex((l) => l.trim() !== "");
  if (stray >= 0) return fail(bodyStart + stray + 1, "text before the title: start the article with its `# Title` heading");
  const title = lines[headingAt]!.replace(/^#\s+/, "").replace(/\s+#*\s*$/, "").trim();
  if (title.length > MAX_TITLE_CHARS) return fail(headingAt + 1, `title is longer than ${MAX_TITLE_CHARS} characters`);
  const body = lines.slice(headingAt + 1).join("\n").trim();
  if (body === "") return fail(headingAt + 1, "the article has a title but no body");
  const questions = raw.questions ?? raw.sample_questions ?? raw["sample questions"] ?? raw.samplequestions;
  const checked = checkFields({ language: raw.language ?? raw.lang, tags: raw.tags, url: raw.url, questions });
  if (!checked.ok) return fail(keyLines.get(checked.key) ?? 1, checked.message);
  return { ok: true, draft: { slug, title, body, ...checked.fields } };
}

export function slugOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return base.replace(/\.[^.]*$/, "").trim();
}

type FrontMatter =
  | { ok: true; value: Record<string, unknown>; keyLines: Map<string, number> }
  | { ok: false; error: ImportError };

function parseFrontMatter(lines: string[], file: string): FrontMatter {
  // Front matter starts on line 2 of the file (line 1 is the opening ---).
  const text = lines.join("\n");
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = text.slice(0, first.pos[0]).split("\n").length + 1;
    return { ok: false, error: { file, line, message: `broken front matter: ${first.message.split("\n")[0]}` } };
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { ok: true, value: {}, keyLines: new Map() };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, error: { file, line: 2, message: "front matter must be `key: value` lines" } };
  }
  const keyLines = new Map<string, number>();
  lines.forEach((l, i) => {
    const m = /^([A-Za-z_][\w ]*?)\s*:/.exec(l);
    if (m?.[1] && !keyLines.has(m[1].toLowerCase())) keyLines.set(m[1].toLowerCase(), i + 2);
  });
  for (const [alias, key] of [["sample_questions", "questions"], ["sample questions", "questions"], ["samplequestions", "questions"], ["lang", "language"]] as const) {
    const at = keyLines.get(alias);
    if (at !== undefined && !keyLines.has(key)) keyLines.set(key, at);
  }
  const lowered: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) lowered[k.toLowerCase()] = v;
  return { ok: true, value: lowered, keyLines };
}
