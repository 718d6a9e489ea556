import type { SupportedLanguage } from "../../languages.ts";
import { stemmerFor, foldDiacritics } from "./stemming.ts";
import { words } from "./tokenize.ts";
import { functionWords } from "./stopwords.ts";

/** Feature groups of the vector space; each is normalised on its own, then weighted. */
export const FEATURE_GROUPS = ["word", "bigram", "char"] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];
export const WORD = 0;
export const BIGRAM = 1;
export const CHAR = 2;

export interface AnalyzerOptions {
  /** Character n-gram sizes; 3 and 4 catch typos and compounds without blowing up the vocabulary. */
  ngramSizes: readonly number[];
  /** Give function words no character n-grams (set for small knowledge bases, see VectorSpace). */
  functionWordsWithoutNgrams?: boolean;
}

export const DEFAULT_ANALYZER: AnalyzerOptions = { ngramSizes: [3, 4] };

/** Stems of a text in one language: the word channel of BM25 and of the vector space. */
export function stems(text: string, language: SupportedLanguage): string[] {
  const stem = stemmerFor(language);
  return words(text).map(stem);
}

/**
 * Calls `visit` for every feature of a text: stems, pairs of stems, and character
 * n-grams of each word with boundary marks (" word "), which are robust to typos,
 * missing diacritics and compounds ("elmätare" shares most n-grams with "mätare").
 * A query whose language is unknown is stemmed in every language of the knowledge base;
 * each distinct stem counts once per position. Function words are flagged (see
 * stopwords.ts) and give no n-grams. Keys carry no group prefix: each group
 * has its own vocabulary, which saves building a string per feature per query.
 */
export function visitFeatures(
  text: string,
  languages: readonly SupportedLanguage[],
  options: AnalyzerOptions,
  visit: (group: number, key: string, functionWord: boolean) => void,
): void {
  const tokens = words(text);
  const isFunction = new Array<boolean>(tokens.length).fill(false);
  if (languages.length === 1) {
    const stem = stemmerFor(languages[0]!);
    const fw = functionWords(languages[0]!);
    let previous: string | undefined;
    let previousFunction = false;
    tokens.forEach((token, i) => {
      const s = stem(token);
      const f = fw.has(s);
      isFunction[i] = f;
      visit(WORD, s, f);
      if (previous !== undefined) visit(BIGRAM, `${previous} ${s}`, f && previousFunction);
      previous = s;
      previousFunction = f;
    });
  } else {
    for (let i = 0; i < tokens.length; i++) {
      const here = new Map<string, boolean>();
      const pairs = new Map<string, boolean>();
      for (const language of languages) {
        const stem = stemmerFor(language);
        const fw = functionWords(language);
        const s = stem(tokens[i]!);
        const f = fw.has(s);
        if (f) isFunction[i] = true;
        here.set(s, f || (here.get(s) ?? false));
        if (i + 1 < tokens.length) {
          const next = stem(tokens[i + 1]!);
          pairs.set(`${s} ${next}`, f && fw.has(next));
        }
      }
      for (const [s, f] of here) visit(WORD, s, f);
      for (const [p, f] of pairs) visit(BIGRAM, p, f);
    }
  }
  tokens.forEach((token, i) => {
    // In a small knowledge base, "wha" and "hat" would tie every "what …" together.
    if (options.functionWordsWithoutNgrams && isFunction[i]) return;
    const padded = ` ${foldDiacritics(token)} `;
    for (const n of options.ngramSizes) {
      for (let k = 0; k + n <= padded.length; k++) visit(CHAR, padded.slice(k, k + n), false);
    }
  });
}
