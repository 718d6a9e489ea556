import { dan, deu, eng, fin, fra, ita, nld, nob, pol, por, spa, swe } from "stopword";
import type { SupportedLanguage } from "../../languages.ts";
import { stemmerFor } from "./stemming.ts";

const LISTS: Record<SupportedLanguage, readonly string[]> = {
  en: eng, sv: swe, de: deu, fr: fra, es: spa, nl: nld, pl: pol, it: ita, fi: fin, da: dan, no: nob, pt: por,
};

/** Gaps in the package's short English list that customers' questions are full of. */
const SUPPLEMENT: Partial<Record<SupportedLanguage, readonly string[]>> = {
  en: ["when", "why", "will", "does", "please"],
};

const sets = new Map<SupportedLanguage, Set<string>>();

/**
 * Function words of a language, as stems ("what", "is", "your"; "hur", "jag"). A small
 * knowledge base cannot learn from its few questions that these say nothing about the
 * topic: "what is your name" would look like "what is your phone number". They are kept
 * (they still tell "how" from "why") but weighed as if every other question had them.
 */
export function functionWords(language: SupportedLanguage): Set<string> {
  let set = sets.get(language);
  if (!set) {
    const stem = stemmerFor(language);
    set = new Set([...LISTS[language], ...(SUPPLEMENT[language] ?? [])].map((w) => stem(w.toLowerCase())));
    sets.set(language, set);
  }
  return set;
}
