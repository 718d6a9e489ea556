/** Where and why an import failed: the file and line are what a person fixes. */
export interface ImportError {
  file: string;
  line: number;
  message: string;
}

export type ParseResult<T> = { ok: true; draft: T } | { ok: false; error: ImportError };

/** Limits that keep one bad file from bloating the index or the assistant's replies. */
export const MAX_ARTICLE_CHARS = 100_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_QUESTIONS = 200;
export const DEFAULT_ARTICLE_LANGUAGE = "en";
