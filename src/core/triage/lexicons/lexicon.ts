import type { SupportedLanguage } from "../../languages.ts";
import type { TextSignal } from "../signals.ts";

/** A phrase (syntax in text/phrase-matcher.ts) and optionally its strength in (0, 1]; default 1. */
export type LexiconEntry = string | readonly [phrase: string, strength: number];

export interface LanguageLexicon {
  language: SupportedLanguage;
  /** Words that, within two words before a negatable phrase, cancel it ("not angry"). */
  negators: readonly string[];
  /** Words that, just before an affect phrase, soften it: "a bit stressed" is informal impatience. */
  softeners?: readonly string[];
  phrases: Partial<Record<TextSignal, readonly LexiconEntry[]>>;
  /**
   * Phrases that cancel an overlapping match of a signal: "my phone died" is not a
   * bereavement, "emergency credit" is hardship rather than illness.
   */
  suppressors?: Partial<Record<TextSignal, readonly string[]>>;
}

/** Signals a preceding negation can cancel. Others carry their negation inside the phrase ("can't pay"). */
export const NEGATABLE: ReadonlySet<TextSignal> = new Set<TextSignal>([
  "anger",
  "distress",
  "weakNegative",
  "complaint",
  "illness",
  "failure",
  "dissatisfaction",
]);

/**
 * More phrases for a language, kept in `more/<language>.ts` beside the base file so no
 * file grows past a readable size. Merged into the base lexicon by `extendLexicon`.
 */
export interface LexiconExtension {
  negators?: readonly string[];
  softeners?: readonly string[];
  phrases: Partial<Record<TextSignal, readonly LexiconEntry[]>>;
  suppressors?: Partial<Record<TextSignal, readonly string[]>>;
}

/** The base lexicon with the extension's words, phrases and suppressors appended. */
export function extendLexicon(base: LanguageLexicon, more: LexiconExtension): LanguageLexicon {
  const phrases: Partial<Record<TextSignal, readonly LexiconEntry[]>> = { ...base.phrases };
  for (const [signal, entries] of Object.entries(more.phrases) as [TextSignal, readonly LexiconEntry[]][]) {
    phrases[signal] = [...(phrases[signal] ?? []), ...entries];
  }
  const suppressors: Partial<Record<TextSignal, readonly string[]>> = { ...(base.suppressors ?? {}) };
  for (const [signal, entries] of Object.entries(more.suppressors ?? {}) as [TextSignal, readonly string[]][]) {
    suppressors[signal] = [...(suppressors[signal] ?? []), ...entries];
  }
  return {
    language: base.language,
    negators: [...new Set([...base.negators, ...(more.negators ?? [])])],
    softeners: [...new Set([...(base.softeners ?? []), ...(more.softeners ?? [])])],
    phrases,
    suppressors,
  };
}
