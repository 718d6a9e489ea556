import { normaliseLanguage } from "../languages.ts";
import { DEFAULT_ARTICLE_LANGUAGE, MAX_QUESTIONS } from "./import-error.ts";

/** The optional fields an import may carry, already checked. */
export interface ArticleFields {
  language: string;
  tags: string[];
  url?: string;
  sampleQuestions: string[];
}

export type FieldsResult = { ok: true; fields: ArticleFields } | { ok: false; message: string; key: string };

/**
 * Shared by Markdown front matter and CSV rows so both imports accept and refuse the same
 * things. A missing language falls back to English (documented in docs/knowledge.md); a
 * language we do not support is an error, not a silent fallback: stemming it as English
 * would match badly without anyone noticing.
 */
export function checkFields(raw: {
  language?: unknown;
  tags?: unknown;
  url?: unknown;
  questions?: unknown;
}): FieldsResult {
  let language: string = DEFAULT_ARTICLE_LANGUAGE;
  if (raw.language !== undefined && raw.language !== null && raw.language !== "") {
    if (typeof raw.language !== "string") return { ok: false, key: "language", message: "language must be a text such as \"en\" or \"sv\"" };
    const normalised = normaliseLanguage(raw.language);
    if (!normalised) {
      return {
        ok: false,
        key: "language",
        message: `unknown language "${raw.language}": use one of en, sv, de, fr, es, nl, pl, it, fi, da, no, pt`,
      };
    }
    language = normalised;
  }
  const tags = stringList(raw.tags);
  if (tags === undefined) return { ok: false, key: "tags", message: "tags must be a list of texts or a comma-separated text" };
  const questions = stringList(raw.questions, /\n|\|/);
  if (questions === undefined) return { ok: false, key: "questions", message: "questions must be a list of texts" };
  if (questions.length > MAX_QUESTIONS) return { ok: false, key: "questions", message: `at most ${MAX_QUESTIONS} sample questions per article` };
  let url: string | undefined;
  if (raw.url !== undefined && raw.url !== null && raw.url !== "") {
    if (typeof raw.url !== "string" || !/^https?:\/\/\S+$/.test(raw.url)) {
      return { ok: false, key: "url", message: "url must be an http(s) address" };
    }
    url = raw.url;
  }
  return { ok: true, fields: { language, tags: tags.map((t) => t.toLowerCase()), ...(url ? { url } : {}), sampleQuestions: questions } };
}

function stringList(value: unknown, separator: RegExp = /,/): string[] | undefined {
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string") return value.split(separator).map((s) => s.trim()).filter((s) => s !== "");
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.map((v) => String(v).trim()).filter((s) => s !== "");
  }
  return undefined;
}
