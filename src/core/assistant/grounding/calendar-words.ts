import type { SupportedLanguage } from "../../languages.ts";

/**
 * Month and weekday names, as patterns per language, so a Swedish "måndag" in an answer
 * is grounded by "Monday" in an English article (same index) and an invented "Sunday"
 * is not. Patterns match lowercase text; inflected forms are listed or left open with
 * \p{L}* where a language inflects (Finnish, Polish).
 */
type Names = readonly string[];

const MONTHS: Record<SupportedLanguage, Names> = {
  // "may" and "march" are handled apart (english-ambiguous), see facts.ts.
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  pl: [
    "stycz(?:eń|nia|niu)", "lut(?:y|ego|ym)", "mar(?:zec|ca|cu)", "kwie(?:cień|tnia|tniu)", "maj(?:a|u)?",
    "czerw(?:iec|ca|cu)", "lip(?:iec|ca|cu)", "sierp(?:ień|nia|niu)", "wrze(?:sień|śnia|śniu)",
    "październik(?:a|u)?", "listopad(?:a|zie)?", "grud(?:zień|nia|niu)",
  ],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  fi: [
    "tammikuu\\p{L}*", "helmikuu\\p{L}*", "maaliskuu\\p{L}*", "huhtikuu\\p{L}*", "toukokuu\\p{L}*", "kesäkuu\\p{L}*",
    "heinäkuu\\p{L}*", "elokuu\\p{L}*", "syyskuu\\p{L}*", "lokakuu\\p{L}*", "marraskuu\\p{L}*", "joulukuu\\p{L}*",
  ],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  no: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
};

const WEEKDAYS: Record<SupportedLanguage, Names> = {
  en: ["mondays?", "tuesdays?", "wednesdays?", "thursdays?", "fridays?", "saturdays?", "sundays?"],
  sv: ["måndag\\p{L}*", "tisdag\\p{L}*", "onsdag\\p{L}*", "torsdag\\p{L}*", "fredag\\p{L}*", "lördag\\p{L}*", "söndag\\p{L}*"],
  de: ["montag\\p{L}*", "dienstag\\p{L}*", "mittwoch\\p{L}*", "donnerstag\\p{L}*", "freitag\\p{L}*", "(?:samstag|sonnabend)\\p{L}*", "sonntag\\p{L}*"],
  fr: ["lundis?", "mardis?", "mercredis?", "jeudis?", "vendredis?", "samedis?", "dimanches?"],
  es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábados?", "domingos?"],
  nl: ["maandag\\p{L}*", "dinsdag\\p{L}*", "woensdag\\p{L}*", "donderdag\\p{L}*", "vrijdag\\p{L}*", "zaterdag\\p{L}*", "zondag\\p{L}*"],
  pl: ["poniedział\\p{L}*", "wtor\\p{L}*", "środ(?:a|y|ę|zie|ą)", "czwart\\p{L}*", "piąt(?:ek|ku|ki)", "sobot\\p{L}*", "niedziel\\p{L}*"],
  it: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
  fi: ["maanantai\\p{L}*", "tiistai\\p{L}*", "keskiviikko\\p{L}*", "torstai\\p{L}*", "perjantai\\p{L}*", "lauantai\\p{L}*", "sunnuntai\\p{L}*"],
  da: ["mandag\\p{L}*", "tirsdag\\p{L}*", "onsdag\\p{L}*", "torsdag\\p{L}*", "fredag\\p{L}*", "lørdag\\p{L}*", "søndag\\p{L}*"],
  no: ["mandag\\p{L}*", "tirsdag\\p{L}*", "onsdag\\p{L}*", "torsdag\\p{L}*", "fredag\\p{L}*", "lørdag\\p{L}*", "søndag\\p{L}*"],
  pt: ["segunda(?:-feira)?", "terça(?:-feira)?", "quarta(?:-feira)?", "quinta(?:-feira)?", "sexta(?:-feira)?", "sábados?", "domingos?"],
};

export interface CalendarName {
  kind: "month" | "weekday";
  /** 1-based: January = 1, Monday = 1. */
  index: number;
  text: string;
}

const EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}])";

function patternFor(names: Names): RegExp {
  return new RegExp(`${EDGE_BEFORE}(?:${names.map((n, i) => `(?<n${i}>${n})`).join("|")})${EDGE_AFTER}`, "gu");
}

const cache = new Map<string, Array<{ kind: CalendarName["kind"]; re: RegExp }>>();

function patternsFor(languages: readonly SupportedLanguage[]) {
  const key = languages.join(",");
  let patterns = cache.get(key);
  if (!patterns) {
    patterns = languages.flatMap((l) => [
      { kind: "month" as const, re: patternFor(MONTHS[l]) },
      { kind: "weekday" as const, re: patternFor(WEEKDAYS[l]) },
    ]);
    cache.set(key, patterns);
  }
  return patterns;
}

/**
 * Month and weekday names in `text`. English "may" and "march" count only when they look
 * like months: capitalised inside a sentence, or next to a number ("May 5", "5 March").
 */
export function findCalendarNames(text: string, languages: readonly SupportedLanguage[]): CalendarName[] {
  const lower = text.toLowerCase();
  const found: CalendarName[] = [];
  const seen = new Set<string>();
  for (const { kind, re } of patternsFor(languages)) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const groups = m.groups ?? {};
      const slot = Object.keys(groups).find((k) => groups[k] !== undefined);
      if (!slot) continue;
      const word = m[0];
      if (kind === "month" && (word === "may" || word === "march") && !looksLikeMonth(text, m.index, word.length)) continue;
      const index = Number(slot.slice(1)) + 1;
      const key = `${kind}:${index}:${m.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ kind, index, text: text.slice(m.index, m.index + word.length) });
    }
  }
  return found;
}

function looksLikeMonth(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  const after = text.slice(at + length, at + length + 6);
  if (/\d\s*(?:st|nd|rd|th)?\s*(?:of\s*)?$/i.test(before) || /^\s*\d/.test(after)) return true;
  const capitalised = /^[A-Z]/.test(text.slice(at, at + 1));
  const sentenceStart = /(^|[.!?:]\s*|\n\s*)$/.test(text.slice(0, at));
  return capitalised && !sentenceStart;
}
