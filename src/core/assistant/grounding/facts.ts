import type { SupportedLanguage } from "../../languages.ts";
import { findCalendarNames } from "./calendar-words.ts";
import { combine, numberWordReader, type NumberWordReader } from "./number-words.ts";
import { findPromises, type PromiseGroup } from "./promise-phrases.ts";
import { CURRENCY, CURRENCY_BEFORE, currencyOf, FIRST_WORD, inBaseUnit, NEXT_WORD, ONE_WORD, PERCENT, UNIT, unitOf, VAGUE_WORD } from "./measures.ts";

/**
 * The checkable claims of a text: every figure, date, time limit, contact detail and
 * promise, each reduced to a key that does not depend on how it was written ("€50",
 * "50 EUR" and "fifty euros" share one key), so an answer's claims can be looked up
 * among the cited passages' claims.
 */
export type FactKind =
  | "number"
  | "amount"
  | "percentage"
  | "time limit"
  | "date"
  | "time"
  | "month"
  | "weekday"
  | "phone number"
  | "e-mail address"
  | "web address"
  | "promise"
  | "markup"
  /** Text the check cannot read, so cannot vouch for; never grounded. */
  | "unreadable";

export interface Fact {
  kind: FactKind;
  /** Alternative readings; the fact is grounded if any one is found. */
  keys: string[];
  /** As written, for the problem message. */
  text: string;
  /** Numbers the fact carries, so a bare "14" in an answer is grounded by "14 days" in a passage. */
  values: number[];
}

const L = "\\p{L}";
const NOT_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_AFTER = "(?![\\p{L}\\p{N}])";
/** Digits with thousands groups ("1,000", "1.000", "1 000") or decimals ("10,5"). */
const NUM = "\\d{1,3}(?:[,.' ]\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?";

const RE = {
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  // Any scheme a link could carry, "javascript:" included.
  url: /(?:https?:\/\/|www\.|javascript:|data:|vbscript:|file:|ftp:\/\/)[^\s<>()[\]"'`]+/giu,
  markup: /<\/?\s*([a-z][a-z0-9-]*|!--)[^>]*>/giu,
  domain: new RegExp(
    `${NOT_BEFORE}(?<![@.-])(?:[a-z0-9-]+\\.)+(?:com|net|org|io|co|uk|se|de|fr|es|nl|pl|it|fi|dk|no|pt|eu|info|app|example)(?:/[^\\s<>()"'\`]*)?${NOT_AFTER}`,
    "giu",
  ),
  phone: /(?<![\p{L}\p{N}+.,])(?:\+|00)?\d(?:[\d \-./()]*\d)?(?![\p{L}\p{N}])/gu,
  isoDate: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
  date: /(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})(?![\d])/g,
  amountBefore: new RegExp(`(?<![\\p{L}])(${CURRENCY_BEFORE})\\s?(${NUM})`, "giu"),
  amountAfter: new RegExp(`${NOT_BEFORE}(${NUM})\\s?(${CURRENCY})(?![\\p{L}])`, "giu"),
  percent: new RegExp(`${NOT_BEFORE}(${NUM})\\s?(?:${PERCENT})(?![\\p{L}])`, "giu"),
  clock: /(?<![\d.,:])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?([ap])\.?m\.?)?(?![\d\p{L}])/giu,
  clockAmPm: /(?<![\d.,:\p{L}])(1[0-2]|0?[1-9])\s?([ap])\.?m\.?(?![\p{L}])/giu,
  duration: new RegExp(
    `${NOT_BEFORE}(0[.,]5\\s+(?:${ONE_WORD})|${NUM}|${ONE_WORD}|${FIRST_WORD}|${VAGUE_WORD}|${NEXT_WORD})(?:\\s+(?:full|whole|calendar|clear|hela|volle|ganze|ganzen|pleins?|complet(?:o|os|e|a)s?))?\\s+(${UNIT})${NOT_AFTER}`,
    "giu",
  ),
  number: new RegExp(`${NOT_BEFORE}(${NUM})(?:st|nd|rd|th|:a|:e|e|er|re|ère|ème|º|ª|°)?${NOT_AFTER}`, "giu"),
  listMarker: /^(\s*)\d{1,2}[.)](?=\s)/gmu,
};

/** Every checkable claim in `text`. `languages` choose the word lists (number words, promises, months). */
export function extractFacts(text: string, languages: readonly SupportedLanguage[]): Fact[] {
  const facts: Fact[] = [];
  let work = normalise(text);
  // List numbering ("1. Open the app") is layout, not a claim.
  work = work.replace(RE.listMarker, (m, lead: string) => lead + " ".repeat(m.length - lead.length));
  let asWritten = (_start: number, _end: number, fallback: string): string => fallback;
  const take = (re: RegExp, read: (m: RegExpExecArray) => Fact | undefined): void => {
    re.lastIndex = 0;
    let out = "";
    let last = 0;
    for (let m = re.exec(work); m; m = re.exec(work)) {
      const fact = read(m);
      if (!fact) continue;
      facts.push({ ...fact, text: asWritten(m.index, m.index + m[0].length, fact.text) });
      out += work.slice(last, m.index) + " ".repeat(m[0].length);
      last = m.index + m[0].length;
    }
    work = out + work.slice(last);
  };

  // Markup in an answer could render in the widget; it must be the firm's own, if any.
  take(RE.markup, (m) => fact("markup", [`<${m[1]!.toLowerCase()}>`], m[0]));
  take(RE.email, (m) => fact("e-mail address", [m[0].toLowerCase()], m[0]));
  take(RE.url, (m) => fact("web address", [urlKey(m[0])], m[0]));
  take(RE.domain, (m) => fact("web address", [urlKey(m[0])], m[0]));
  // Words are read after addresses are gone: ".../refund-policy" is no refund promise.
  const words = work;
  take(RE.phone, (m) => {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15 || !looksLikePhone(m[0])) return undefined;
    return fact("phone number", [(/^(\+|00)/.test(m[0]) ? "+" : "") + digits.replace(/^00/, "")], m[0]);
  });
  take(RE.isoDate, (m) => dateFact(m[0], Number(m[1]), Number(m[2]), Number(m[3])));
  take(RE.date, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let y = Number(m[4]);
    if (y < 100) y += 2000;
    const keys = [dateKey(y, b, a), dateKey(y, a, b)].filter((k): k is string => k !== undefined);
    return keys.length ? fact("date", [...new Set(keys)], m[0], [a, b, y]) : undefined;
  });
  const converted = wordsToDigits(work, numberWordReader(languages));
  work = converted.text;
  // Problems quote the answer as written ("fourteen days"), not as read ("14 days").
  asWritten = (start: number, end: number, fallback: string): string => {
    if (!converted.aligned) return fallback;
    const from = converted.spans.find((s) => s.start <= start && start < s.end)?.start ?? start;
    return words.slice(from, end).trim() || fallback;
  };
  take(RE.amountBefore, (m) => amountFact(m[0], m[2]!, m[1]!));
  take(RE.amountAfter, (m) => amountFact(m[0], m[1]!, m[2]!));
  take(RE.percent, (m) => {
    const v = parseNumber(m[1]!);
    return fact("percentage", [`${v}%`], m[0], [v]);
  });
  take(RE.clock, (m) => clockFact(m[0], Number(m[1]), Number(m[2]), m[3]));
  take(RE.clockAmPm, (m) => clockFact(m[0], Number(m[1]), 0, m[2]));
  take(RE.duration, (m) => {
    // "half an hour" arrives here as "0.5 an hour".
    const raw = m[1]!.replace(/^(0[.,]5)\s+\p{L}+$/u, "$1");
    const digits = /\d/.test(raw);
    const unit = unitOf(m[2]!);
    if (!unit) return undefined;
    if (!digits) {
      const kind = [
        ["first", FIRST_WORD],
        ["some", VAGUE_WORD],
        ["next", NEXT_WORD],
      ].find(([, words]) => new RegExp(`^(?:${words})$`, "iu").test(raw.replace(/\s+/g, " ")))?.[0];
      if (kind) return fact("time limit", [`${kind} ${unit}`], m[0]);
    }
    // "a day" grounds "a day", but must not ground a bare "1" ("one device").
    const v = digits ? parseNumber(raw) : 1;
    const [base, amount] = inBaseUnit(v, unit);
    return fact("time limit", [`${amount} ${base}`], m[0], digits ? [v] : []);
  });
  take(RE.number, (m) => {
    const v = parseNumber(m[1]!);
    return fact("number", [String(v)], m[0], [v]);
  });
  // What the check cannot read it cannot vouch for: digits of other scripts ("١٤"), and
  // words mixing Latin with look-alike Cyrillic or Greek letters ("аpproved").
  for (const m of words.matchAll(/[\p{Nd}]*(?:(?![0-9])\p{Nd})[\p{Nd}]*/gu)) facts.push(fact("unreadable", [], m[0]));
  for (const m of words.matchAll(/\p{L}+/gu)) {
    if (/\p{Script=Latin}/u.test(m[0]) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(m[0])) facts.push(fact("unreadable", [], m[0]));
  }
  for (const name of findCalendarNames(words, languages)) facts.push(fact(name.kind, [`${name.kind}:${name.index}`], name.text));
  for (const hit of findPromises(words, languages)) facts.push(fact("promise", [hit.group satisfies PromiseGroup], hit.text));
  return facts;
}

function fact(kind: FactKind, keys: string[], text: string, values: number[] = []): Fact {
  return { kind, keys, text: text.trim(), values };
}

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    // Invisible characters would split "appr\u200Boved" out of reach of the word lists.
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u2007\u2009\u202F]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[’`]/g, "'")
    // Markdown emphasis would split "**14** days"; underscores stay (they occur in addresses).
    .replace(/\*+/g, "");
}

/**
 * "1,000", "1.000" and "1 000" are a thousand; "10,5" and "10.5" are ten and a half. A
 * separator followed by exactly three digits is read as thousands, which is how prices
 * and limits are written in all twelve languages.
 */
export function parseNumber(raw: string): number {
  const s = raw.trim();
  const grouped = /^(\d{1,3})((?:[,.' ]\d{3})+)(?:[.,](\d+))?$/.exec(s);
  if (grouped) {
    const whole = grouped[1]! + grouped[2]!.replace(/[,.' ]/g, "");
    return Number(grouped[3] ? `${whole}.${grouped[3]}` : whole);
  }
  return Number(s.replace(",", "."));
}

function looksLikePhone(raw: string): boolean {
  const s = raw.trim();
  if (/^(\+|00)/.test(s)) return true;
  if (/^\d{1,3}(?:[ ,.]\d{3})+$/.test(s) && !s.startsWith("0")) return false;
  if (/^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$/.test(s)) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) return false;
  return /^0/.test(s) || /[ \-./()]/.test(s);
}

function urlKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[.,;:!?)]+$/, "")
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}

function dateKey(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${m}-${d}`;
}

function dateFact(text: string, y: number, m: number, d: number): Fact | undefined {
  const key = dateKey(y, m, d);
  return key ? fact("date", [key], text, [y, m, d]) : undefined;
}

function amountFact(text: string, rawNumber: string, rawCurrency: string): Fact {
  const v = parseNumber(rawNumber);
  const currency = currencyOf(rawCurrency);
  return fact("amount", [`${v} ${currency}`], text, [v]);
}

function clockFact(text: string, hour: number, minute: number, half: string | undefined): Fact {
  let h = hour;
  if (half?.toLowerCase() === "p" && h < 12) h += 12;
  if (half?.toLowerCase() === "a" && h === 12) h = 0;
  return fact("time", [`${h}:${String(minute).padStart(2, "0")}`], text, minute ? [h, minute] : [h]);
}


/**
 * Replaces runs of number words ("twenty-four", "vierzehn", "vinte e quatro") by digits,
 * padded in front to the same length so positions still point into the text as written.
 */
function wordsToDigits(text: string, reader: NumberWordReader): { text: string; spans: Array<{ start: number; end: number }>; aligned: boolean } {
  const token = new RegExp(`${L}+(?:-${L}+)*`, "gu");
  const tokens: Array<{ start: number; end: number; value?: number[]; connector: boolean }> = [];
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const word = m[0];
    let value: number[] | undefined;
    const whole = reader.valueOf(word);
    if (whole !== undefined) value = [whole];
    else if (word.includes("-")) {
      const parts = word.split("-");
      const values = parts.map((p) => (reader.isConnector(p) ? undefined : reader.valueOf(p)));
      if (values.every((v, i) => v !== undefined || (reader.isConnector(parts[i]!) && i > 0 && i < parts.length - 1))) {
        value = values.filter((v): v is number => v !== undefined);
      }
    }
    tokens.push({ start: m.index, end: m.index + word.length, ...(value ? { value } : {}), connector: reader.isConnector(word) });
  }
  let out = "";
  let last = 0;
  let aligned = true;
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.value) continue;
    const values = [...tokens[i]!.value!];
    let j = i;
    // Extend over "and"/"und"/"e" and further number words separated only by spaces.
    for (;;) {
      const next = tokens[j + 1];
      const gap = next ? text.slice(tokens[j]!.end, next.start) : "";
      if (!next || !/^\s+$/.test(gap)) break;
      if (next.value) {
        values.push(...next.value);
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (next.connector && after?.value && /^\s+$/.test(text.slice(next.end, after.start))) {
        values.push(...after.value);
        j += 2;
        continue;
      }
      break;
    }
    const start = tokens[i]!.start;
    const end = tokens[j]!.end;
    const digits = String(combine(values));
    if (digits.length > end - start) aligned = false;
    out += text.slice(last, start) + digits.padStart(end - start, " ");
    spans.push({ start, end });
    last = end;
    i = j;
  }
  return { text: out + text.slice(last), spans, aligned };
}
