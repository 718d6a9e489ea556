/**
 * Folding makes lexicons match however the customer typed: "wsciekliznie" and
 * "wściekliźnie", "piu" and "più", "don't" and "dont" all meet the same entry. Lexicon
 * phrases go through the same function, so authors write them with natural spelling.
 *
 * One pass over the characters with a lookup table, rather than String.normalize and
 * regular expressions: tokenising is on the hot path of every triage decision.
 */
const SPECIAL_LETTERS: Record<string, string> = {
  "ł": "l",
  "ø": "o",
  "æ": "ae",
  "œ": "oe",
  "ß": "ss",
  "đ": "d",
  "ı": "i",
  "þ": "th",
  "ð": "d",
};

/** Folded form of every Latin letter with a diacritic (U+00C0–U+024F), lower-cased. */
const TABLE = new Map<number, string>();
for (let code = 0xc0; code <= 0x24f; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  const special = SPECIAL_LETTERS[lower];
  const base = special ?? lower.normalize("NFD").replace(/\p{M}+/gu, "");
  if (/^[a-z]+$/.test(base)) TABLE.set(code, base);
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x60, 0xb4]);

/** After an apostrophe, these endings make an English contraction that joins: "don't" → "dont". */
function contractionEnds(text: string, i: number): boolean {
  const rest = (n: number) => {
    const next = text.charCodeAt(i + n);
    return Number.isNaN(next) || !isLetter(next);
  };
  const c1 = text.charCodeAt(i) | 0x20;
  if (c1 === 0x74 || c1 === 0x73 || c1 === 0x6d || c1 === 0x64) return rest(1); // t s m d
  const c2 = text.charCodeAt(i + 1) | 0x20;
  if ((c1 === 0x72 && c2 === 0x65) || (c1 === 0x76 && c2 === 0x65) || (c1 === 0x6c && c2 === 0x6c)) return rest(2); // re ve ll
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || TABLE.has(code);
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) current += text[i];
    else if (code >= 0x41 && code <= 0x5a) current += String.fromCharCode(code | 0x20);
    else if (code >= 0xc0 && code <= 0x24f && TABLE.has(code)) current += TABLE.get(code);
    else if (APOSTROPHES.has(code) && current !== "" && contractionEnds(text, i + 1)) continue;
    else if (current !== "") {
      tokens.push(current);
      current = "";
    }
  }
  if (current !== "") tokens.push(current);
  return tokens;
}

/** The folded text as space-separated tokens. */
export function fold(text: string): string {
  return tokenize(text).join(" ");
}
