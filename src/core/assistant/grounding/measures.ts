/**
 * The vocabulary of amounts and time limits in the twelve languages: currencies, percent
 * words, time units (with working days kept apart from days), and the words that stand
 * in for a figure before a unit ("a week", "a few days", "next month", "the first month").
 */
export const CURRENCIES: Array<[string, string]> = [
  ["€|eur|euros?", "EUR"],
  ["£|gbp|pounds?(?: sterling)?", "GBP"],
  ["\\$|usd|us dollars?|dollars?", "USD"],
  // Crowns are one family: "kr" alone does not say which.
  ["kr\\.?|sek|nok|dkk|kronor|kroner|krona|krone|:-|,-", "KR"],
  ["zł|pln|złotych|złote|zloty", "PLN"],
  ["chf|franken", "CHF"],
];
export const CURRENCY = CURRENCIES.map(([p]) => p).join("|");
/** ":-" and ",-" only follow a figure ("50:-"). */
export const CURRENCY_BEFORE = CURRENCY.replace("|:-|,-", "");

export const PERCENT =
  "%|percent|per cent|procent|prozent|pour cent|por ciento|por cento|per cento|prosent|prosenttia|procentu|procentów";

export const UNITS: Array<[string, string]> = [
  [
    "working days?|business days?|work ?days?|arbetsdag(?:ar|arna)?|bankdag(?:ar|e|er)?|werktag(?:e|en)?|arbeitstag(?:e|en)?|" +
      "geschäftstag(?:e|en)?|jours? ouvr(?:és|ables|é|able)|días? (?:hábiles|laborables|hábil|laborable)|werkdag(?:en)?|" +
      "dni robocz(?:ych|e)|dzień roboczy|dnia roboczego|giorni lavorativi|giorno lavorativo|arkipäiv\\p{L}*|työpäiv\\p{L}*|" +
      "arbejdsdag(?:e|en)?|hverdag(?:e)?|virkedag(?:er)?|arbeidsdag(?:er)?|dias? úte?is|dia útil|vardag(?:ar)?",
    "working day",
  ],
  ["days?|dag(?:ar|ars|en|e|er|arna)?|tag(?:e|en|es)?|jours?|días?|dias?|dni|dzień|dnia|giorn[oi]|päiv\\p{L}*|vuorokau\\p{L}*", "day"],
  ["fortnights?|two-week period", "fortnight"],
  ["weeks?|veck(?:a|or|ors|orna)|woche(?:n)?|semaines?|semanas?|we(?:e)?k(?:en)?|tygodni(?:e|a)?|tydzień|settiman[ae]|viik\\p{L}*|ug(?:e|er|en)|uk(?:e|er|en)", "week"],
  ["months?|månad(?:er|ers|en)?|monat(?:e|en)?|mois|mes(?:es)?|maand(?:en)?|miesi(?:ąc|ące|ęcy|ąca)|mes[ei]|kuukau\\p{L}*|måned(?:er|en)?", "month"],
  ["years?|år(?:s|et)?|jahr(?:e|en)?|ans|années?|años?|anos?|jaar|jaren|lat|rok(?:u)?|lata|ann[oi]|vuo(?:si|tta|den)\\p{L}*", "year"],
  // Not Danish "time" (an hour): English "at a time" would read as a time limit.
  ["hours?|hrs?|timm(?:e|ar)|stunde(?:n)?|heures?|horas?|uur|godzin(?:y|a)?|or[ae]|tunti\\p{L}*|tunnin|tim(?:er|en)", "hour"],
  ["minutes?|mins?|minut(?:er|en|y|i|o|os|a)?|minuten|minuuti\\p{L}*", "minute"],
];
export const UNIT = UNITS.map(([p]) => `(?:${p})`).join("|");
/** Indefinite articles stand for 1 before a time unit: "within a week" is a time limit. */
export const ONE_WORD = "an?|one|ein(?:e|en|em|er)?|en|ett|et|un(?:e|o|a)?|een|jeden|jedna|jedno|yksi|um|uma";
/** "A few days", "next week": a time limit without a figure, keyed by what it says. */
export const VAGUE_WORD =
  "few|a few|a couple of|couple of|several|några|ett par|flera|einige[nm]?|ein paar|mehrere[nm]?|wenigen|quelques|plusieurs|" +
  "un(?:os|as)|algun(?:os|as)|vari(?:os|as)|poc(?:os|as)|enkele|een paar|meerdere|kilka|kilku|paru|alcun[ie]|qualche|poch[ie]|" +
  "muutama[nt]?|pari|parin|useita|useamman|nogle|et par|flere|noen|alguns|algumas|poucos|poucas|vários|várias";
export const NEXT_WORD =
  "next|this|coming|following|nästa|kommande|denna|detta|nächste[nmrs]?|kommende[nmrs]?|diese[nmrs]?|prochaine?|cette|ce|" +
  "próxim[oa]|est[ea]|volgende|komende|deze|dit|przyszł\\p{L}*|następn\\p{L}*|prossim[oa]|quest[oa]|ensi|tämän|næste|" +
  "denne|dette|neste";
/** "The first month" is a claim of its own ("the first month is free"); keyed apart from "1 month". */
export const FIRST_WORD =
  "first|första|förste|erste[nmrs]?|premier|première|primer[oa]?|eerste|pierwsz\\p{L}*|prim[oa]|ensimmäi\\p{L}*|første|primeir[oa]";

/**
 * "Two weeks" is "14 days", "half an hour" is "30 minutes", "a year" is "12 months": the
 * same limit however it is counted. Working days stay apart (they are not calendar days).
 */
const BASE_UNITS: Record<string, [string, number]> = {
  minute: ["minute", 1], hour: ["minute", 60], day: ["day", 1], week: ["day", 7], fortnight: ["day", 14],
  month: ["month", 1], year: ["month", 12], "working day": ["working day", 1],
};

export function inBaseUnit(value: number, unit: string): [string, number] {
  const [base, factor] = BASE_UNITS[unit] ?? [unit, 1];
  return [base, Math.round(value * factor * 1000) / 1000];
}

const UNIT_READERS = UNITS.map(([p, unit]) => ({ re: new RegExp(`^(?:${p})$`, "iu"), unit }));
const CURRENCY_READERS = CURRENCIES.map(([p, code]) => ({ re: new RegExp(`^(?:${p})$`, "iu"), code }));

export function unitOf(raw: string): string | undefined {
  const s = raw.toLowerCase();
  return UNIT_READERS.find(({ re }) => re.test(s))?.unit;
}

/** "€", "euros", "EUR" → "EUR"; an unknown spelling stays as written. */
export function currencyOf(raw: string): string {
  const s = raw.toLowerCase();
  return CURRENCY_READERS.find(({ re }) => re.test(s))?.code ?? s;
}
