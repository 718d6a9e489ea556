import snowball from "snowball-stemmers";
import type { SupportedLanguage } from "../../languages.ts";
import { stemPolish } from "./polish-stemmer.ts";

const SNOWBALL_NAMES: Record<Exclude<SupportedLanguage, "pl">, string> = {
  en: "english", sv: "swedish", de: "german", fr: "french", es: "spanish", nl: "dutch",
  it: "italian", fi: "finnish", da: "danish", no: "norwegian", pt: "portuguese",
};

export type Stem = (word: string) => string;

const CACHE_LIMIT = 50_000;

/**
 * One stemmer per language, memoised: Snowball costs a few microseconds a word, and
 * queries repeat the same few thousand words, so the cache is what keeps matching fast.
 */
export function stemmerFor(language: SupportedLanguage): Stem {
  const existing = stemmers.get(language);
  if (existing) return existing;
  const raw: Stem = language === "pl" ? stemPolish : bindSnowball(SNOWBALL_NAMES[language]);
  const cache = new Map<string, string>();
  const stem: Stem = (word) => {
    let out = cache.get(word);
    if (out === undefined) {
      out = foldDiacritics(raw(word));
      // A bounded cache: a stream of unique garbage must not grow memory without end.
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, out);
    }
    return out;
  };
  stemmers.set(language, stem);
  return stem;
}

const stemmers = new Map<SupportedLanguage, Stem>();

function bindSnowball(name: string): Stem {
  const stemmer = snowball.newStemmer(name);
  return (word) => stemmer.stem(word);
}

const SPECIAL_FOLDS: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", ł: "l", đ: "d", œ: "oe" };

/**
 * Folds after stemming: the stemmer needs the diacritics, while customers often type
 * without them ("zahler" for "Zähler", "mataren" for "mätaren").
 */
export function foldDiacritics(text: string): string {
  // Fast path: plain ASCII needs no work.
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßøæłđœ]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}
