import type { SupportedLanguage } from "../languages.ts";
import { compiledLexicon } from "./lexicons/index.ts";
import { TEXT_SIGNALS, type TextSignal } from "./signals.ts";
import { tokenize } from "./text/normalise.ts";
import type { PhraseMatch } from "./text/phrase-matcher.ts";

export interface TextReading {
  /** Strength of each text signal in [0, 1]. */
  signals: Record<TextSignal, number>;
  /** Sum of the distinct cues' strengths per signal, for signals where more cues mean more. */
  sums: Record<TextSignal, number>;
  /** Affect words a negation cancelled ("not angry", "not an emergency"): evidence of calm. */
  negatedCount: number;
  /** Capitals and repeated punctuation, in [0, 1]. */
  intensity: number;
  /** Laughing or smiling emoji ("😅", "🙈"): the tokenizer drops them, so they are read here. */
  cheerfulEmoji: boolean;
  tokens: string[];
}

const SIGNAL_COUNT = TEXT_SIGNALS.length;
const SIGNAL_INDEX = new Map<TextSignal, number>(TEXT_SIGNALS.map((s, i) => [s, i]));
/** "a bit worried" keeps a trace of the worry, not all of it. */
const SOFTENED = 0.3;
const CALM_WHEN_NEGATED: ReadonlySet<TextSignal> = new Set<TextSignal>(["anger", "distress", "complaint", "illness"]);

export function readText(text: string, languages: readonly SupportedLanguage[], tokenized?: string[]): TextReading {
  const tokens = tokenized ?? tokenize(text);
  // Per signal and start token, the strongest phrase: the same words matched by two
  // lexicons (or by two overlapping phrases) count once. Hits are few, so plain arrays.
  const keys: number[] = [];
  const strengths: number[] = [];
  let negatedCount = 0;
  const words = functionWords(languages);
  const present = new Set(tokens);
  for (const language of languages) {
    const lexicon = compiledLexicon(language);
    // Negations and softeners of every language read: the English lexicon also matches
    // "stress" in a French message, and "un peu" must soften it there too.
    const hits = lexicon.matcher.match(tokens, words.negators, words.softeners, present);
    if (hits.length === 0) continue;
    const suppressors = lexicon.suppressors.size > 0 ? lexicon.suppressors.match(tokens, lexicon.negators, undefined, present) : [];
    for (const hit of hits) {
      if (suppressors.length > 0 && isSuppressed(hit, suppressors)) continue;
      if (hit.negated) {
        if (CALM_WHEN_NEGATED.has(hit.signal)) negatedCount++;
        continue;
      }
      const key = hit.start * SIGNAL_COUNT + (SIGNAL_INDEX.get(hit.signal) ?? 0);
      const strength = hit.softened ? hit.strength * SOFTENED : hit.strength;
      const at = keys.indexOf(key);
      if (at < 0) {
        keys.push(key);
        strengths.push(strength);
      } else if ((strengths[at] as number) < strength) strengths[at] = strength;
    }
  }
  const missing = new Float64Array(SIGNAL_COUNT).fill(1);
  const total = new Float64Array(SIGNAL_COUNT);
  // Noisy-or: several cues of one signal add up, but never past 1.
  for (let i = 0; i < keys.length; i++) {
    const s = (keys[i] as number) % SIGNAL_COUNT;
    const strength = strengths[i] as number;
    missing[s] = (missing[s] as number) * (1 - strength);
    total[s] = (total[s] as number) + strength;
  }
  const signals = {} as Record<TextSignal, number>;
  const sums = {} as Record<TextSignal, number>;
  for (let s = 0; s < SIGNAL_COUNT; s++) {
    const name = TEXT_SIGNALS[s] as TextSignal;
    signals[name] = 1 - (missing[s] as number);
    sums[name] = total[s] as number;
  }
  return { signals, sums, negatedCount, intensity: intensityOf(text), cheerfulEmoji: CHEERFUL_EMOJI.test(text), tokens };
}

/** Keyed by the (stable) lexicon list itself, so the hot path builds no key string. */
const functionWordCache = new Map<readonly SupportedLanguage[], { negators: ReadonlySet<string>; softeners: ReadonlySet<string> }>();

function functionWords(languages: readonly SupportedLanguage[]): { negators: ReadonlySet<string>; softeners: ReadonlySet<string> } {
  let words = functionWordCache.get(languages);
  if (!words) {
    const negators = new Set<string>();
    const softeners = new Set<string>();
    for (const l of languages) {
      const c = compiledLexicon(l);
      for (const w of c.negators) negators.add(w);
      for (const w of c.softeners) softeners.add(w);
    }
    words = { negators, softeners };
    functionWordCache.set(languages, words);
  }
  return words;
}

function isSuppressed(hit: PhraseMatch<TextSignal>, suppressors: readonly PhraseMatch<TextSignal>[]): boolean {
  for (const s of suppressors) {
    if (s.signal === hit.signal && s.start < hit.end && hit.start < s.end) return true;
  }
  return false;
}

const CHEERFUL_EMOJI = /[\u{1F600}-\u{1F60E}\u{1F923}\u{1F970}\u{1F973}\u{1F648}\u{1F642}\u{1F917}\u{1F44D}]/u;
const CAPS_WORD = /\b[A-ZÄÖÜÅÆØÉÈÀ]{3,}\b/g;
const VOWEL = /[AEIOUYÄÖÜÅÆØÉÈÀ]/;
const REPEATED_PUNCTUATION = /[!?]{2,}|!\s*!/g;

/** Shouting: whole words in capitals (not acronyms like PDF) and "!!!" or "?!?". */
function intensityOf(text: string): number {
  let caps = 0;
  const capsWords = text.match(CAPS_WORD);
  if (capsWords) {
    const letters = text.replace(/[^\p{L}]/gu, "");
    const upper = letters.replace(/[^\p{Lu}]/gu, "");
    // A message typed entirely in capitals is a keyboard habit as often as a shout.
    const mostlyCaps = letters.length > 0 && upper.length / letters.length > 0.6;
    for (const w of capsWords) if (VOWEL.test(w)) caps++;
    if (mostlyCaps) caps = Math.min(caps, 1);
  }
  const punctuation = text.match(REPEATED_PUNCTUATION)?.length ?? 0;
  return Math.min(1, caps * 0.5 + punctuation * 0.4);
}
