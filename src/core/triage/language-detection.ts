import { eld } from "eld/extrasmall";
import { normaliseLanguage, SUPPORTED_LANGUAGES, type SupportedLanguage } from "../languages.ts";

/**
 * eld's smallest database: it loads in ~150 ms at import (the medium one takes ~400 ms)
 * and tells our twelve languages apart as well on customer messages. Limiting it to
 * them stops a Danish message being read as, say, Afrikaans.
 */
const detector = eld.newInstance();
detector.setLanguageSubset([...SUPPORTED_LANGUAGES]);

export interface LanguageReading {
  /** The language the text is treated as. */
  primary: SupportedLanguage;
  /** Every lexicon to read the text with, primary first. */
  lexicons: SupportedLanguage[];
}

/** Danish and Norwegian are written almost alike and detectors confuse them; read both. */
const NEIGHBOURS: Partial<Record<SupportedLanguage, SupportedLanguage[]>> = {
  da: ["no"],
  no: ["da"],
};

/** Detection cost grows with length; the opening of a message tells the language as well as all of it. */
const DETECT_CHARS = 100;

export function readLanguage(text: string, hint: string | undefined, tokens?: readonly string[]): LanguageReading {
  const hinted = normaliseLanguage(hint);
  let primary: SupportedLanguage = hinted ?? "en";
  if (!hinted && !(tokens && looksEnglish(text, tokens))) {
    const detected = normaliseLanguage(detector.detect(text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text).language);
    if (detected) primary = detected;
  }
  return { primary, lexicons: LEXICON_SETS[primary] };
}

/**
 * Every lexicon a text is read with, primary first. English is always included because
 * English loanwords ("chatbot", "ok", "please") turn up in every language.
 */
const LEXICON_SETS = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((l) => [l, [...new Set<SupportedLanguage>([l, ...(NEIGHBOURS[l] ?? []), "en"])]]),
) as Record<SupportedLanguage, SupportedLanguage[]>;

/**
 * English words that are not also everyday words in our other languages ("to" and "my"
 * are Polish, "of" Dutch, "for" Danish, "me" Spanish…). A message full of them, with no
 * accented letters, is English: no need to spend ~30 µs on the detector.
 */
const ENGLISH_ONLY = new Set([
  "the", "and", "you", "your", "this", "that", "with", "can", "have", "has", "what", "how", "please", "would",
  "could", "will", "there", "they", "when", "where", "are", "it", "our", "been", "not", "from", "hello", "thanks",
  "thank", "its", "im", "dont", "cant", "should", "about", "just", "know", "get", "got",
]);
const ACCENTED = /[\u00c0-\u024f]/;

function looksEnglish(text: string, tokens: readonly string[]): boolean {
  if (tokens.length < 3 || ACCENTED.test(text)) return false;
  let hits = 0;
  for (const t of tokens) if (ENGLISH_ONLY.has(t)) hits++;
  return hits >= 2 && hits / tokens.length >= 0.2;
}
