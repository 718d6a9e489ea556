/**
 * A light Polish stemmer: Snowball has no Polish algorithm, and the well-known Polish
 * stemmers (Stempel, Morfologik) ship large dictionaries in Java. Stripping the common
 * inflectional endings conflates most case and number forms ("faktura", "faktury",
 * "fakturze" → "faktur"); what it misses, the character n-grams still catch.
 */
const SUFFIXES = [
  "owania", "owanie", "ością", "ościami", "ościach", "ościom",
  "ości", "ach", "ami", "ego", "emu", "ych", "ymi", "imi", "ich", "ową", "owe", "owy", "owa", "ów",
  "om", "em", "ie", "ia", "ii", "ze", "ą", "ę", "a", "e", "i", "y", "o", "u",
];

export function stemPolish(word: string): string {
  for (const suffix of SUFFIXES) {
    // Keep at least three letters of stem: shorter stems collide across unrelated words.
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
