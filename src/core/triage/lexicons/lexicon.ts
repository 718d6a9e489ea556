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
