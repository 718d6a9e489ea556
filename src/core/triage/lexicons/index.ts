import type { SupportedLanguage } from "../../languages.ts";
import type { TextSignal } from "../signals.ts";
import { PhraseMatcher, type PhraseSpec } from "../text/phrase-matcher.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { extendLexicon, NEGATABLE, type LanguageLexicon } from "./lexicon.ts";
import { MORE } from "./more/index.ts";
import { nl } from "./nl.ts";
import { no } from "./no.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { sv } from "./sv.ts";

/** The hand-kept base per language (en, sv, de, …), each extended by its `more/<language>.ts`. */
export const BASE_LEXICONS: Record<SupportedLanguage, LanguageLexicon> = { en, sv, de, fr, es, nl, pl, it, fi, da, no, pt };

export const LEXICONS: Record<SupportedLanguage, LanguageLexicon> = Object.fromEntries(
  Object.entries(BASE_LEXICONS).map(([language, base]) => {
    const more = MORE[language as SupportedLanguage];
    return [language, more ? extendLexicon(base, more) : base];
  }),
) as Record<SupportedLanguage, LanguageLexicon>;

export interface CompiledLexicon {
  language: SupportedLanguage;
  matcher: PhraseMatcher<TextSignal>;
  suppressors: PhraseMatcher<TextSignal>;
  negators: ReadonlySet<string>;
  softeners: ReadonlySet<string>;
}

const compiled = new Map<SupportedLanguage, CompiledLexicon>();

/** Compiled once per language on first use; a bad phrase throws here, which the lexicon tests catch. */
export function compiledLexicon(language: SupportedLanguage): CompiledLexicon {
  const cached = compiled.get(language);
  if (cached) return cached;
  const lexicon = LEXICONS[language];
  const specs: PhraseSpec<TextSignal>[] = [];
  for (const [signal, entries] of Object.entries(lexicon.phrases) as [TextSignal, readonly (string | readonly [string, number])[]][]) {
    // Indexed, and the entry read without destructuring: this runs ten thousand times at
    // start-up, mostly before the JIT optimises it, where for-of and destructuring each
    // walk an iterator (and destructuring a plain phrase first makes a pair of it).
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as string | readonly [string, number];
      const phrase = typeof entry === "string" ? entry : entry[0];
      const strength = typeof entry === "string" ? 1 : entry[1];
      if (!(typeof strength === "number" && strength > 0 && strength <= 1) || (typeof entry !== "string" && entry.length !== 2)) {
        throw new Error(`lexicon ${language}: entry ${JSON.stringify(entry)} needs a strength in (0, 1]`);
      }
      specs.push({ signal, phrase, strength, negatable: NEGATABLE.has(signal) });
    }
  }
  const suppressorSpecs: PhraseSpec<TextSignal>[] = [];
  for (const [signal, phrases] of Object.entries(lexicon.suppressors ?? {}) as [TextSignal, readonly string[]][]) {
    for (const phrase of phrases) suppressorSpecs.push({ signal, phrase, strength: 1, negatable: false });
  }
  const result: CompiledLexicon = {
    language,
    matcher: new PhraseMatcher(specs),
    suppressors: new PhraseMatcher(suppressorSpecs),
    negators: new Set(lexicon.negators.map((n) => n.toLowerCase())),
    softeners: new Set((lexicon.softeners ?? []).map((n) => n.toLowerCase())),
  };
  compiled.set(language, result);
  return result;
}
